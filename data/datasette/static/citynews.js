// citynews: small aids for reading Datasette pages (loaded via extra_js_urls in metadata.yml).
//
// Datasette lists every column description above the rows; for a table of 24 columns
// that pushes the data off the screen. Fold the list into a <details> (one click to
// open), and put each description on its column header as a tooltip as well.
document.addEventListener("DOMContentLoaded", () => {
  const list = document.querySelector("dl.column-descriptions");
  if (list) {
    const fold = document.createElement("details");
    fold.className = "column-descriptions-fold";
    const summary = document.createElement("summary");
    summary.textContent = `What the ${list.querySelectorAll("dt").length} columns mean`;
    list.replaceWith(fold);
    fold.append(summary, list);
  }
  for (const th of document.querySelectorAll("th[data-column-description]")) {
    th.title = th.dataset.columnDescription;
  }
});
