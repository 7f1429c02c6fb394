/* Stadtportal CMS 6.4 */
document.addEventListener('click', function (e) {
  var b = e.target.closest('[data-consent]');
  if (b) { document.getElementById('consent').hidden = true; }
});
