"""News listing pages: the entries (title, date, teaser, link) and the next page.

Listings on city sites repeat one pattern per entry: a date ("Meldung vom 9. Juli
2019", `<time>`, "14.06.2021"), a title (a heading or a link), often a teaser
and a "mehr"/"weiterlesen" link. An entry is the largest element around one
dated title that holds no other entry. Short notices on some sites have no page
of their own: their entry has no link, and the listing is all there is.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html

from . import content as C
from . import patterns as P
from .dates import find_dates, labelled_dates, parse_date
from .document import NotHTMLError, clean_line, clean_text, parse

HtmlElement = lxml.html.HtmlElement

NEXT_TEXT = re.compile(
    r"^(?:(?:weiter|weitere|nächste(?:\s+seite)?|naechste(?:\s+seite)?|vor|vorwärts|next|seite\s+vor|"
    r"(?:mehr|weitere|ältere|aeltere)\s+(?:meldungen|nachrichten|news|beiträge|einträge|artikel|"
    r"pressemitteilungen|mitteilungen)(?:\s+(?:laden|anzeigen))?|"
    r"(?:mehr|weitere)\s+(?:laden|anzeigen)|load\s+more|show\s+more|more\s+news|older\s+(?:posts|entries))"
    r"\s*(?:»|›|>|>>|→|&gt;|\.\.\.|…)*|(?:»|›|>|>>|→)+)$",
    re.IGNORECASE,
)
# "nächster Monat ›", "next week": calendars, whose pages never end.
_CALENDAR_TEXT = re.compile(
    r"monat|woche|\btag\b|jahr|month|week|\bday\b|year|januar|februar|märz|april|mai\b|juni|juli|august|"
    r"september|oktober|november|dezember",
    re.IGNORECASE,
)
# Query parameters of calendars (and their values: 2024-05, 2024-05-17, 17.05.2024).
_CALENDAR_PARAM = re.compile(
    r"(?:^|[\[_])(?:monat|month|woche|week|kw|tag|day|datum|date|jahr_monat|ym|cal|kalender|calendar)\]?$",
    re.IGNORECASE,
)
_DATE_VALUE = re.compile(r"^(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}\.\d{1,2}\.\d{2,4})$")
# Query parameters that number a listing's pages (TYPO3: tx_news_pi1[@widget_0][currentPage]) ...
_PAGE_PARAM = re.compile(
    r"(?:^|\[)(?:page|seite|p|pg|paged|currentpage|pagenumber|seitennr)\]?$", re.IGNORECASE
)
# ... and those that count its entries (start=20: the page after the one at 10).
_OFFSET_PARAM = re.compile(r"(?:^|\[)(?:start|offset|skip)\]?$", re.IGNORECASE)
# Parameters that differ between the pages of one listing without saying which page it is.
_VOLATILE_PARAM = re.compile(r"^(?:chash|sid|sessionid|phpsessid|jsessionid|_)$", re.IGNORECASE)
MORE_TEXT = re.compile(
    r"^(?:mehr|weiterlesen|weiter lesen|mehr lesen|mehr zur meldung|zur meldung|zum artikel|details|"
    r"mehr erfahren|lesen sie mehr|artikel lesen|\.\.\.|mehr \.\.\.|mehr…)",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(r"^\s*(?:seite\s*)?(\d{1,4})\s*$", re.IGNORECASE)
# An aria-label or title that says "next page" ("Nächste Seite", "Zur nächsten Seite", "Weiter"); the
# title of an entry's link ("Grundschule bekommt einen Erweiterungsbau") does not.
_NEXT_LABEL = re.compile(
    r"^(?:(?:zur|zu|go\s+to|to)\s+(?:the\s+)?)?(?:next|nächste\w*|naechste\w*|weiter)\b.{0,25}$",
    re.IGNORECASE,
)
_NEXT_CLASS = re.compile(r"(?:^|[\s_-])next(?:$|[\s_-])|pager__item--next|page-next")
_PREVIOUS = re.compile(r"prev|zurück|zurueck|vorherige", re.IGNORECASE)
_PAGER = re.compile(r"pag|seite|page|browse|blaettern|blättern|nav", re.IGNORECASE)
_TITLE_TAGS = ("h1", "h2", "h3", "h4", "h5")


@dataclass(slots=True)
class ListingEntry:
    title: str
    url: str | None  # the entry's own page; None for notices that exist only in the listing
    published: str | None
    teaser: str | None = None
    category: str | None = None
    anchor: str | None = None  # an id the entry carries on the page


@dataclass(slots=True)
class Listing:
    url: str
    entries: list[ListingEntry] = field(default_factory=list)
    next_url: str | None = None
    page_urls: list[str] = field(default_factory=list)  # other numbered pages of the listing
    feeds: list[str] = field(default_factory=list)


def extract_listing(html: bytes | str, url: str, *, encoding: str | None = None) -> Listing:
    listing = Listing(url=url)
    try:
        root = parse(html, encoding)
    except NotHTMLError:
        return listing
    base = base_url(root, url)
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" in rel and "xml" in (link.get("type") or "") and link.get("href"):
            listing.feeds.append(urljoin(base, link.get("href")))
    listing.next_url, listing.page_urls = pagination(root, base, url)
    C.clean(root)
    furniture = C.mark_furniture(root)
    body = root.find("body")
    if body is None:
        return listing
    listing.entries = entries(body, furniture, base)
    if len(listing.entries) < 2:
        listing.entries = main_list_entries(body, furniture, base) or listing.entries
    return listing


def base_url(root: HtmlElement, url: str) -> str:
    b = root.find(".//base")
    if b is not None and b.get("href"):
        return urljoin(url, b.get("href"))
    return url


# ---------- entries ----------


def _date_elements(body: HtmlElement, furniture: set[HtmlElement]) -> list[HtmlElement]:
    """The smallest elements that show a date: `<time>` or an element whose own text has one."""
    out: list[HtmlElement] = []
    for el in C.iter_visible(body, furniture):
        if el.tag == "time" and (el.get("datetime") or find_dates(el.text_content())):
            out.append(el)
            continue
        own = " ".join(t for t in [el.text or "", *(c.tail or "" for c in el)] if t)
        if own.strip() and len(own) < 200 and find_dates(own) and el.tag not in ("body", "html"):
            if not any(C.inside_or_is(el, o) for o in out if o.tag == "time"):
                out.append(el)
    return out


def _title_of(el: HtmlElement) -> tuple[str | None, str | None]:
    """(title, link) of an entry: its heading (and the heading's link), else its longest link."""
    for tag in _TITLE_TAGS:
        for h in el.iter(tag):
            text = clean_line(h.text_content())
            if len(text) >= 8:
                a = h if h.tag == "a" else h.find(".//a")
                href = a.get("href") if a is not None else None
                return text, href
    links = [(clean_line(a.text_content()), a.get("href")) for a in el.iter("a") if a.get("href")]
    links = [(t, h) for t, h in links if t and not MORE_TEXT.match(t) and not find_dates(t) and len(t) >= 15]
    if links:
        return max(links, key=lambda x: len(x[0]))
    for strong in el.iter("strong", "b"):
        text = clean_line(strong.text_content())
        if len(text) >= 15:
            return text, None
    return None, None


def _more_link(el: HtmlElement, title: str) -> str | None:
    for a in el.iter("a"):
        href = a.get("href")
        text = clean_line(a.text_content())
        if href and (MORE_TEXT.match(text) or (title and title in text)):
            return href
    return None


def entries(body: HtmlElement, furniture: set[HtmlElement], base: str) -> list[ListingEntry]:
    furniture = {f for f in furniture if not _entry_part(f)}
    dates = _date_elements(body, furniture)
    found: list[ListingEntry] = []
    roots: list[HtmlElement] = []
    flat_parents: set[HtmlElement] = set()
    for parent, group in _flat_groups(dates).items():
        flat_parents.add(parent)
        for segment, d in _segments(parent, group):
            entry = _segment_entry(segment, d, base)
            if entry:
                found.append(entry)
    for d in dates:
        if d.getparent() in flat_parents:
            continue
        entry_root = _entry_root(d, dates)
        if entry_root is None or any(
            C.inside_or_is(entry_root, r) or C.inside_or_is(r, entry_root) for r in roots
        ):
            continue
        if any(C.inside_or_is(fp, entry_root) for fp in flat_parents):
            continue
        roots.append(entry_root)
        title, href = _title_of(entry_root)
        if not title:
            continue
        href = href or _more_link(entry_root, title)
        url = urljoin(base, href) if href and not href.startswith(("javascript:", "mailto:", "#")) else None
        found.append(
            ListingEntry(
                title=title,
                url=url,
                published=_entry_date(entry_root, d),
                teaser=_teaser(entry_root, title),
                anchor=entry_root.get("id"),
            )
        )
    return found


def main_list_entries(body: HtmlElement, furniture: set[HtmlElement], base: str) -> list[ListingEntry]:
    """The entries of a news list that is the page's main content although its class says furniture.

    TYPO3's tx_news renders every list as `div.news-list-view`: on an article page that is a
    related-news box, on the news page it is the listing itself. For pages whose entries, read
    without furniture, are too few (and, says `analyze_page`, which hold no article text of their
    own): the furniture blocks (by class, never `nav`, `aside`, header or footer by tag) holding
    most of the page's dates are read as content, their entries' headers and footers included.
    """
    counts: dict[HtmlElement, int] = {}
    for f in furniture:
        if not _furniture_by_tag(f):
            n = len(_date_elements(f, _inner_furniture(f)))
            if n:
                counts[f] = n
    if not counts:
        return []
    best = max(counts.values())
    blocks = [f for f, n in counts.items() if 2 * n >= best]
    relaxed = set(furniture).difference(blocks)
    for block in blocks:
        relaxed |= _inner_furniture(block)
    return entries(body, relaxed, base)


_FURNITURE_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search", "banner"})
# Class words of an entry's own header and footer (TYPO3: `div.header` > h3, `div.footer` > time).
_PART_CLASS = re.compile(r"(?:^|[\s_-])(?:header|footer|kopf|fuss)(?=$|[\s_-])")


def _furniture_by_tag(el: HtmlElement) -> bool:
    role = (el.get("role") or "").lower()
    return el.tag in P.FURNITURE_TAGS or el.tag in ("header", "footer") or role in _FURNITURE_ROLES


def _inner_furniture(block: HtmlElement) -> set[HtmlElement]:
    """Furniture inside a block read as content: its entries' headers and footers are their own."""
    out: set[HtmlElement] = set()
    stack = [c for c in block if isinstance(c.tag, str)]
    while stack:
        el = stack.pop()
        role = (el.get("role") or "").lower()
        if (
            el.tag in P.FURNITURE_TAGS
            or role in _FURNITURE_ROLES - {"banner"}
            or (C._furniture_by_class(el, True) and not _entry_part(el))
        ):
            out.add(el)
            continue
        stack.extend(c for c in el if isinstance(c.tag, str))
    return out


def _entry_part(el: HtmlElement) -> bool:
    """Is this header or footer (by tag or class) the part of one listing entry, not of the page?

    Small, with the entry's heading or date, no navigation and few links, in a parent of the
    size of one entry.
    """
    classes = C.classes_of(el)
    if el.tag not in ("header", "footer") and not _PART_CLASS.search(classes):
        return False
    if P.BOILERPLATE.search(_PART_CLASS.sub(" ", classes)):
        return False  # "footer-nav", "header-menu": page furniture whatever its place
    parent = el.getparent()
    if parent is None or parent.tag in ("body", "html", "main"):
        return False
    if el.find(".//nav") is not None or len(el.findall(".//a")) > 2:
        return False
    text = clean_line(el.text_content())
    if len(text) > 200:
        return False
    if el.find(".//time") is None and not any(True for _ in el.iter(*_TITLE_TAGS)) and not find_dates(text):
        return False
    return (
        len(clean_line(parent.text_content())) <= 1500
        and parent.find(".//nav") is None
        and parent.find(".//main") is None
        and parent.find(".//form") is None
    )


# ---------- flat listings: entries as runs of siblings ----------


def _flat_groups(dates: list[HtmlElement]) -> dict[HtmlElement, list[HtmlElement]]:
    """Containers whose entries are not wrapped: date, title, teaser, link, <hr>, date, title, …"""
    by_parent: dict[HtmlElement, list[HtmlElement]] = {}
    for d in dates:
        parent = d.getparent()
        if parent is not None:
            by_parent.setdefault(parent, []).append(d)
    groups = {}
    for parent, group in by_parent.items():
        if len(group) < 2:
            continue
        children = [c for c in parent if isinstance(c.tag, str)]
        positions = [children.index(d) for d in group]
        # A link between consecutive dates: each date starts an entry of its own.
        if all(
            any(c.tag == "a" or c.find(".//a") is not None for c in children[a + 1 : b])
            for a, b in itertools.pairwise(positions)
        ):
            groups[parent] = group
    return groups


def _segments(parent: HtmlElement, group: list[HtmlElement]) -> list[tuple[list[HtmlElement], HtmlElement]]:
    children = [c for c in parent if isinstance(c.tag, str)]
    starts = [children.index(d) for d in group]
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(children)
        out.append((children[start:end], children[start]))
    return out


def _segment_entry(segment: list[HtmlElement], d: HtmlElement, base: str) -> ListingEntry | None:
    title = href = None
    texts: list[str] = []
    for el in segment:
        if el is not d and title is None:
            for cand in [el, *el.iter("b", "strong", "font", "h2", "h3", "h4", "a")]:
                t = clean_line(cand.text_content())
                if len(t) >= 8 and not find_dates(t) and not MORE_TEXT.match(t):
                    title = t
                    if cand.tag == "a":
                        href = cand.get("href")
                    break
            if title is not None:
                if el.tail:
                    texts.append(el.tail)
                continue
        if el is not d and title is not None:
            t = clean_line(el.text_content())
            if t and not MORE_TEXT.match(t) and el.tag != "a":
                texts.append(t)
        for a in el.iter("a"):
            if href is None and a.get("href") and MORE_TEXT.match(clean_line(a.text_content())):
                href = a.get("href")
        if el.tail and title is not None:
            texts.append(el.tail)
    if not title:
        return None
    found = find_dates(clean_line(d.text_content()))
    teaser = clean_text(" ".join(texts)) or None
    url = urljoin(base, href) if href and not href.startswith(("javascript:", "mailto:", "#")) else None
    return ListingEntry(title=title, url=url, published=found[0][0][:10] if found else None, teaser=teaser)


def _headings(node: HtmlElement) -> int:
    return sum(1 for h in node.iter(*_TITLE_TAGS) if len(clean_line(h.text_content())) >= 8)


def _entry_root(d: HtmlElement, dates: list[HtmlElement]) -> HtmlElement | None:
    """Climb from a date while the ancestor holds one entry; the last ancestor with a title is the entry."""
    node, entry_root = d, None
    while node is not None and node.tag not in ("body", "html", "main"):
        n = _headings(node)
        if n >= 2:
            break
        if n == 0:
            # Entries without headings: the ancestor must not hold another entry's date.
            parent = d.getparent()
            if any(
                x is not d
                and C.inside_or_is(x, node)
                and not C.inside_or_is(x, d)
                and not C.inside_or_is(d, x)
                and x.getparent() is not parent
                for x in dates
            ):
                break
        title, _ = _title_of(node)
        if title:
            entry_root = node
        node = node.getparent()
    return entry_root


def _entry_date(root: HtmlElement, d: HtmlElement) -> str | None:
    """The entry's publication date: a `<time>`, a labelled date, a date element, else the first date."""
    for t in root.iter("time"):
        v = parse_date(t.get("datetime") or t.text_content())
        if v and "updated" not in C.classes_of(t) and "modified" not in C.classes_of(t):
            return v[:10]
    text = clean_text(root.text_content())
    published, _ = labelled_dates(text)
    if published:
        return published[:10]
    for el in root.iter():
        if isinstance(el.tag, str) and re.search(r"date|datum", C.classes_of(el)):
            found = find_dates(clean_line(el.text_content()))
            if found:
                return found[0][0][:10]
    found = find_dates(clean_line(d.text_content()))
    return found[0][0][:10] if found else None


def _teaser(el: HtmlElement, title: str) -> str | None:
    parts = []
    for p in el.iter("p", "div"):
        if len(p) and any(isinstance(c.tag, str) and c.tag in ("p", "div", "h2", "h3", "h4") for c in p):
            continue
        if P.META_CLASS.search(C.classes_of(p)) or P.KICKER_CLASS.search(C.classes_of(p)):
            continue
        text = clean_text(p.text_content())
        if not text or text == title or len(text) < 30 or MORE_TEXT.match(text):
            continue
        if find_dates(text) and len(text) < 50:
            continue
        parts.append(text)
    return "\n\n".join(parts) or None


# ---------- pagination ----------


def pagination(root: HtmlElement, base: str, url: str | None = None) -> tuple[str | None, list[str]]:
    """The listing's next page and its numbered pages. `url` is the page's own address (when a
    `<base>` differs): a link to it with its page number plus one is the next page whatever its text."""
    host = urlsplit(base).netloc
    nxt = None
    for el in root.iter("link", "a"):
        rel = (el.get("rel") or "").lower().split()
        if "next" in rel and el.get("href"):
            nxt = urljoin(base, el.get("href"))
            break
    pages: list[str] = []
    current = None
    candidates: list[tuple[str, str]] = []
    for a in root.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        text = clean_line(a.text_content())
        m = PAGE_NUMBER.match(text)
        if nxt is not None and m is None:
            continue  # neither the next page nor a numbered one: no need to resolve the URL
        label = clean_line(a.get("aria-label") or a.get("title") or "")
        parent = a.getparent()
        cls = C.classes_of(a) + " " + (C.classes_of(parent) if parent is not None else "")
        is_next = (
            nxt is None
            and bool(NEXT_TEXT.match(text) or _NEXT_LABEL.match(label) or _NEXT_CLASS.search(cls))
            and not _CALENDAR_TEXT.search(text + " " + label)
        )
        numbered = m is not None and bool(_PAGER.search(cls + " " + href))
        if not is_next and not numbered:
            continue
        absolute = urljoin(base, href)
        if urlsplit(absolute).netloc != host:
            continue
        if is_next and calendar_url(absolute):
            continue
        if is_next and not _PREVIOUS.search(text + " " + label + " " + cls):
            nxt = absolute
        if numbered:
            candidates.append((m.group(1), absolute))
            if "current" in cls or "active" in cls or a.get("aria-current"):
                current = int(m.group(1))
    for _num, u in candidates:
        if u not in pages:
            pages.append(u)
    if nxt is None and current is not None:
        for num, u in candidates:
            if int(num) == current + 1:
                nxt = u
                break
    if nxt is None:
        nxt = _next_by_number(root, base, url or base)
    return nxt, pages


def calendar_url(url: str) -> bool:
    """A link that turns a calendar's month, week or day ("?monat=2024-05", "?date=17.05.2024")."""
    return any(
        _CALENDAR_PARAM.search(key) or _DATE_VALUE.match(value)
        for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True)
    )


def _page_numbers(url: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(host and path, page-number parameters, the other parameters) of a URL."""
    parts = urlsplit(url)
    numbers: dict[str, str] = {}
    rest: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if _VOLATILE_PARAM.match(key):
            continue
        if (_PAGE_PARAM.search(key) or _OFFSET_PARAM.search(key)) and value.isdigit():
            numbers[key] = value
        else:
            rest[key] = value
    return parts.netloc.lower() + parts.path.rstrip("/"), numbers, rest


def _next_by_number(root: HtmlElement, base: str, url: str) -> str | None:
    """A link to this page's path whose page number is this page's plus one ("?page=3" on page 2,
    TYPO3's currentPage, "?start=20" after "?start=10"), whatever its text says. Its other
    parameters must be this page's (a plugin's own, `tx_news_pi1[action]`, may be added)."""
    path, numbers, rest = _page_numbers(url)
    found: list[tuple[int, str]] = []
    for a in root.iter("a"):
        href = a.get("href")
        if not href or "?" not in href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        if _CALENDAR_TEXT.search(clean_line(a.text_content())):
            continue
        absolute = urljoin(base, href)
        there_path, there_numbers, there_rest = _page_numbers(absolute)
        if there_path != path or len(there_numbers) != 1:
            continue
        if any(there_rest.get(k) != v for k, v in rest.items()) or any(
            k not in rest and "[" not in k for k in there_rest
        ):
            continue  # another listing (another category, year, search) or another view
        ((key, value),) = there_numbers.items()
        if set(numbers) - {key}:
            continue
        if _OFFSET_PARAM.search(key):
            step = int(value) - int(numbers.get(key, "0"))
            if step > 0:
                found.append((step, absolute))  # the smallest step forward is the next page
        elif int(value) == int(numbers.get(key, "1")) + 1:
            return absolute
        elif key not in numbers and value == "1":
            found.append((1 << 30, absolute))  # on an unnumbered first page, ?page=1 may be the second
    return min(found)[1] if found else None
