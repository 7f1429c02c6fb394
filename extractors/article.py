"""extract_article(html, url) -> Article: every field of a news page.

Each field is a small function over the parsed page; the order of trust is
explicit in each: machine-readable metadata the CMS writes for the article
(JSON-LD, `article:*`, microdata, Dublin Core) first, the visible page
patterns of German city sites next ("Meldung vom …", "28. Mai 2020 |
Gesellschaft"), guesses last.
"""

from __future__ import annotations

import functools
import logging
import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from cssselect import SelectorError

from . import authors as A
from . import content as C
from . import patterns as P
from .credits import dedupe, parse_bare_credit, parse_credit_line, split_caption
from .dates import find_dates, labelled_dates, parse_date
from .document import NotHTMLError, classes_of, clean_line, clean_text, parse
from .figures import extract_figures
from .metadata import PageMeta, ld_value, ld_values, read_meta
from .model import Article, Credit, Image
from .quotes import extract_quotes

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "0.1.0"

HtmlElement = lxml.html.HtmlElement

_URL_DATE = re.compile(
    r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)|[/_-](20\d{2})(\d{2})(\d{2})[_-]"
)
_CREDIT_ONLY_LINE = re.compile(r"^\(?\s*(?:Fotos?|Bild(?:er)?|Grafik|Quelle|©|@)")
_INLINE_PHOTO_CREDIT = re.compile(r"\s*\((?:Fotos?|Bild(?:er)?|Grafik)\s*:\s*[^)]{2,80}\)")
_META_LINE = re.compile(
    r"^(?:Stand|Zuletzt aktualisiert|Aktualisiert|Letzte Änderung)\s*(?:am)?\s*:?\s*\d{1,2}\.|"
    r"^(?:[A-ZÄÖÜ][\w.\- ]{1,40},\s*(?:den\s+)?)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+\.?)\s?\d{2,4}$|"
    r"^(?:Meldung|Pressemitteilung|Pressemeldung|Presseinformation)(?:\s+(?:Nr\.\s*)?\S*\d\S*)?\s+vom\s+\d|"
    r"^(?:Veröffentlicht|Erstellt|Erscheinungsdatum|Datum)\s*(?:am)?\s*:?\s*\d",
    re.IGNORECASE,
)
# Labels before a date that make it something other than the publication date.
_NOT_PUBLISHED = re.compile(
    r"(?:Stand|aktualisiert|geändert|Update|Termin|Veranstaltung|Beginn|Wann|Zeit|Zeitraum|Frist|bis|ab|vom|am)"
    r"\s*(?:am)?\s*:?\s*$",
    re.IGNORECASE,
)
# "Oberkirchbach, den 14.03.2019", "Herne, 10. Dezember 2018", "Mittwoch, 3. März 2021", "2.4.19"
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][\w.\- ]{1,40},\s*(?:den\s+)?)?(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*\.?,?\s*(?:den\s+)?)?"
)
_TITLE_SITE_SPLIT = re.compile(r"\s+[-|–—•·»]\s+|\s*\|\s*")


def extract_article(
    html: bytes | str, url: str, *, encoding: str | None = None, selectors: dict[str, str] | None = None
) -> Article:
    """Every field of the article at `url`. Never raises on bad markup: problems go to `warnings`.

    `selectors` (CSS, from a site profile) override the generic logic for `title`, `body`,
    `published`, `category`, `authors` and `teaser` where they match.
    """
    art = Article(url=url, extractor_version=EXTRACTOR_VERSION)
    try:
        root = parse(html, encoding)
    except NotHTMLError as e:
        art.warnings.append(str(e))
        art.page_type = "not-html"
        return art
    pm = read_meta(root)
    C.clean(root)
    furniture = C.mark_furniture(root)
    return extract_from_tree(root, pm, furniture, url, selectors)


def extract_from_tree(
    root: HtmlElement,
    pm: PageMeta,
    furniture: set[HtmlElement],
    url: str,
    selectors: dict[str, str] | None = None,
) -> Article:
    """extract_article on a page already parsed, cleaned and with its furniture marked."""
    art = Article(url=url, extractor_version=EXTRACTOR_VERSION)
    chosen = _select(root, selectors or {})
    body_el = chosen["body"] if "body" in chosen else C.find_body(root, furniture)
    meta_titles = [
        t
        for t in (
            ld_value(pm, "headline"),
            pm.first("og:title", "twitter:title", "dcterms.title", "dc.title"),
            pm.first("title"),
            pm.title_tag,
        )
        if t
    ]
    headline = (
        chosen["title"] if "title" in chosen else C.find_headline(root, furniture, body_el, meta_titles)
    )
    region = C.find_region(headline, body_el)
    # Meta lines (date, category, author) sit in furniture-like blocks ("footer", "info") of the region.
    meta_skip = {f for f in furniture if not P.META_CLASS.search(classes_of(f))}
    meta_skip -= _own_header_blocks(headline, region, meta_skip)

    art.canonical_url = _absolute(pm.canonical, url)
    art.language = (pm.lang or pm.first("og:locale", "content-language", "language") or "").split("-")[
        0
    ].split("_")[0] or None
    art.site_name = pm.first("og:site_name", "application-name") or None
    inner_kicker, art.title = _title(pm, headline, meta_titles, url)
    art.kicker = inner_kicker or _kicker(headline, region)
    text_start = _text_start(body_el, headline)
    header_text, header_els = _header_zone(
        _header_region(region, body_el, headline), text_start, headline, meta_skip
    )
    datelines = _lines_after_headline(region, headline, meta_skip) if headline is not None else []
    art.published, art.date_source = _published(
        pm, region, text_start, header_text, meta_skip, url, datelines
    )
    if "published" in chosen:
        d = parse_date(clean_line(chosen["published"].get("datetime") or chosen["published"].text_content()))
        art.published, art.date_source = (d, "selector") if d else (art.published, art.date_source)
    region_text = _RegionText(region, meta_skip)
    art.modified = _modified(pm, region, region_text)
    art.category = _category(pm, root, region, header_text, header_els, meta_skip, region_text, art.title)
    if "category" in chosen:
        art.category = clean_line(chosen["category"].text_content()) or art.category
    art.tags = _tags(pm, region)

    lead_el = chosen["teaser"] if "teaser" in chosen else _lead_element(region, body_el, furniture)
    lead_blocks = C.text_blocks(lead_el, furniture, set()) if lead_el is not None else []
    art.teaser = "\n\n".join(lead_blocks) or None
    if not art.teaser:
        art.teaser = (
            pm.first("og:description", "description", "twitter:description", "dcterms.description") or None
        )

    images, loose_credit_texts = C.find_images(region, furniture) if region is not None else ([], [])
    credits: list[Credit] = []
    captions: list[str] = []
    for found in images:
        img_url = _absolute(found.src, url)
        caption, credit_raw = split_caption(found.caption) if found.caption else (None, None)
        image_credits = parse_credit_line(credit_raw, img_url) if credit_raw else []
        for ct in found.credit_texts:
            if ct.startswith("@attr:"):
                image_credits += parse_credit_line(ct[6:], img_url)
            else:
                image_credits += parse_bare_credit(ct, img_url)
                credit_raw = credit_raw or ct
        image_credits = dedupe(image_credits)
        credits += image_credits
        if caption:
            captions.append(caption)
        if img_url:
            art.images.append(
                Image(
                    src=img_url,
                    caption=caption or None,
                    credit=credit_raw or (image_credits[0].raw if image_credits else None),
                    alt=found.alt,
                )
            )
    byline_in_credits: list[str] = []
    for kind, text in loose_credit_texts:
        byline = A.from_byline(text)  # "Text: Anna Beck | Fotos: …", "Von Anna Beck"
        byline_in_credits += byline
        cap, credit_raw = split_caption(text)
        if credit_raw:
            credits += parse_credit_line(credit_raw)
        elif kind == "credit" and text and not byline and len(text) < 80:
            credits += parse_bare_credit(text)
        if cap:
            captions.append(cap)

    blocks, meta_els = _body_blocks(body_el, headline, lead_el, lead_blocks, furniture)
    blocks, byline_names, block_credits = _strip_meta_blocks(blocks)
    blocks = _strip_trailing_furniture(blocks)
    credits += block_credits
    # Meta lines inside the text container ("<p class="meta">16.05.2025 · Von Anna Beck</p>") are no
    # text, but their byline is the article's.
    for el in meta_els:
        for line in C.text_with_breaks(el).split("\n"):
            found = A.from_byline(line)
            if found:
                byline_names += found
                credits += parse_credit_line(line)
    # Byline lines between the headline and the text: "Autor: …", "Text: A · Fotos: B".
    header_names: list[str] = []
    for line in header_text.split("\n"):
        found = A.from_byline(line)
        if found:
            header_names += found
            credits += parse_credit_line(line)
    art.authors = A.unique(_authors(pm, region, meta_skip) + header_names + byline_names + byline_in_credits)
    if "authors" in chosen:
        text = clean_line(chosen["authors"].text_content())
        art.authors = A.from_byline(text) or A.split_names(text) or art.authors
    sig, n_sig = A.trailing_signature(blocks)
    if sig:
        art.authors = A.unique(art.authors + sig)
        blocks = blocks[:-n_sig]
    art.credits = dedupe(credits)
    art.body = "\n\n".join(blocks)

    if body_el is None:
        art.warnings.append("no article text found on the page")
    art.page_type = _page_type(pm, art, headline)

    context = "\n".join(x for x in [art.title or "", art.teaser or "", *captions] if x)
    add_text_records(art, context)
    return art


def add_text_records(art: Article, context: str = "") -> None:
    """Quotes and figures of the article's body. A failure is logged and kept in `warnings`."""
    try:
        art.quotes = extract_quotes(art.body, context=context)
    except Exception as e:  # one bad paragraph must not cost the article; the warning is stored with it
        log.exception("quote extraction failed on %s", art.url)
        art.warnings.append(f"quote extraction failed: {type(e).__name__}: {e}")
    try:
        art.figures = extract_figures(art.body)
    except Exception as e:
        log.exception("figure extraction failed on %s", art.url)
        art.warnings.append(f"figure extraction failed: {type(e).__name__}: {e}")


def article_from_text(
    url: str,
    title: str | None,
    text: str,
    *,
    published: str | None = None,
    teaser: str | None = None,
    page_type: str = "text",
) -> Article:
    """An article whose text is all we have (a notice that exists only as a listing entry)."""
    art = Article(
        url=url,
        canonical_url=url,
        title=title,
        published=published,
        teaser=teaser,
        body=text,
        page_type=page_type,
        extractor_version=EXTRACTOR_VERSION,
    )
    add_text_records(art, context=title or "")
    return art


def _select(root: HtmlElement, selectors: dict[str, str]) -> dict[str, HtmlElement]:
    """The first element each profile selector matches."""
    chosen: dict[str, HtmlElement] = {}
    for key, css in selectors.items():
        try:
            found = root.cssselect(css)
        except (SelectorError, ValueError) as e:
            log.warning("bad selector for %s: %r (%s)", key, css, e)
            continue
        if found:
            chosen[key] = found[0]
    return chosen


# ---------- title, kicker ----------


def _title(
    pm: PageMeta, headline: HtmlElement | None, meta_titles: list[str], url: str = ""
) -> tuple[str | None, str | None]:
    """(kicker found inside the headline, title)."""
    if headline is not None:
        kicker, text = C.split_inner_kicker(headline, meta_titles)
        if text:
            return kicker, text
    for t in (ld_value(pm, "headline"), pm.first("og:title", "twitter:title", "dcterms.title", "dc.title")):
        if t:
            return None, _strip_site_name(t, pm, url)
    if pm.title_tag:
        return None, _strip_site_name(pm.title_tag, pm, url)
    return None, None


_NOT_ALNUM = re.compile(r"[\W_]+")


def _strip_site_name(title: str, pm: PageMeta, url: str = "") -> str:
    parts = [p for p in _TITLE_SITE_SPLIT.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    # The site's name, as og:site_name gives it or the domain spells it ("gemeinde-mooskirch.de").
    sites = {_NOT_ALNUM.sub("", (pm.first("og:site_name", "application-name") or "").casefold())}
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed address has no domain to compare with
        host = ""
    sites.add(_NOT_ALNUM.sub("", host.removeprefix("www.").rsplit(".", 1)[0]))
    sites.discard("")
    not_site = [p for p in parts if _NOT_ALNUM.sub("", p.casefold()) not in sites]
    keep = [p for p in not_site if p.casefold() not in P.GENERIC_SECTIONS] or not_site or parts
    return max(keep, key=len).strip()


def _kicker(headline: HtmlElement | None, region: HtmlElement | None) -> str | None:
    if headline is None:
        return None
    parent = headline.getparent()
    scope = parent if parent is not None else region
    if scope is None:
        return None
    # A class that says so, near the headline.
    for el in scope.iter():
        if isinstance(el.tag, str) and el is not headline and P.KICKER_CLASS.search(classes_of(el)):
            text = clean_line(el.text_content())
            if text and len(text) <= 100:
                return text
    # A short line right above the headline, inside the headline's own header.
    prev = headline.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is not None and prev.tag in ("p", "span", "div", "h2", "h3", "h4", "strong"):
        text = clean_line(prev.text_content())
        if (
            text
            and len(text) <= 60
            and not find_dates(text)
            and not text.endswith((".", ":"))
            and len(prev) <= 1
        ):
            return text
    inner = headline.find(".//span")
    if inner is not None and P.KICKER_CLASS.search(classes_of(inner)):
        return clean_line(inner.text_content())
    return None


# ---------- header zone ----------


def _text_start(body_el: HtmlElement | None, headline: HtmlElement | None) -> HtmlElement | None:
    """Where the header zone (date line, byline) ends: the text container, or, when that
    container holds the headline too (blocks of one paragraph each), its first block after it."""
    if body_el is None or headline is None or not C.inside_or_is(headline, body_el) or headline is body_el:
        return body_el
    branch = headline
    while branch.getparent() is not None and branch.getparent() is not body_el:
        branch = branch.getparent()
    nxt = branch.getnext()
    # Short lines (date, byline, "Ressort: …") and images with their captions still belong to
    # the header; the text starts with the first block that reads like text.
    while nxt is not None and (not isinstance(nxt.tag, str) or _header_block(nxt)):
        nxt = nxt.getnext()
    return nxt if nxt is not None else body_el


def _header_block(el: HtmlElement) -> bool:
    text = clean_line(el.text_content())
    if len(text) < 100 and not text.endswith((".", "!", "?", "“", '"')):
        return True
    return el.tag != "p" and el.find(".//img") is not None and len(text) < 300


def _header_region(
    region: HtmlElement | None, body_el: HtmlElement | None, headline: HtmlElement | None
) -> HtmlElement | None:
    """Where the header zone is read. Without a visible headline (the h1 is a section name,
    the title comes from og:title) the article's container starts before its text: the text's
    parent, read up to the text."""
    if headline is None and body_el is not None and region is body_el:
        parent = body_el.getparent()
        if parent is not None and parent.tag not in ("body", "html"):
            return parent
    return region


_OWN_HEADER_CLASS = re.compile(r"(?:^|[\s_-])(?:header|kopf)(?=$|[\s_-])")


def _own_header_blocks(
    headline: HtmlElement | None, region: HtmlElement | None, skip: set[HtmlElement]
) -> set[HtmlElement]:
    """Header blocks ("meldung-kopf", "press-header") just before the headline, inside the article:
    its own meta lines, not the site's header (furniture is marked before the headline is known)."""
    own: set[HtmlElement] = set()
    if headline is None or region is None:
        return own
    node = headline
    for _ in range(3):  # the headline's own header, not a wrapper's site header
        if node is None or node is region:
            break
        for sib in node.itersiblings(preceding=True):
            if sib in skip and _OWN_HEADER_CLASS.search(classes_of(sib)):
                text = clean_line(sib.text_content())
                linked = sum(len(clean_line(a.text_content())) for a in sib.iter("a"))
                if text and len(text) <= 300 and linked < 0.5 * len(text):
                    own.add(sib)
        node = node.getparent()
    return own


def _header_zone(
    region: HtmlElement | None,
    body_el: HtmlElement | None,
    headline: HtmlElement | None,
    skip: set[HtmlElement],
) -> tuple[str, list[HtmlElement]]:
    """Visible lines of the region before the article text (date line, category, byline), and
    the elements they come from."""
    if region is None:
        return "", []
    parts: list[str] = []
    elements: list[HtmlElement] = []
    done = False

    def walk(el: HtmlElement) -> None:
        # In document order; inline elements stay on their line ("von <a>Anna Beck</a>",
        # "<span>veröffentlicht</span> 03.03.2025"), blocks start a new one.
        nonlocal done
        block = el.tag not in _INLINE_TAGS
        if block:
            parts.append("\n")
        if el is not headline and el.tag not in ("img", "figure"):
            elements.append(el)
            parts.append(el.text or "")
            for child in el:
                if isinstance(child.tag, str) and child not in skip:
                    if child is body_el:
                        done = True
                        return
                    walk(child)
                    if done:
                        return
                parts.append(child.tail or "")
        if block:
            parts.append("\n")

    walk(region)
    lines = (clean_line(line) for line in "".join(parts).split("\n"))
    return clean_text("\n".join(line for line in lines if line))[:2000], elements[1:]


def _lines_after_headline(
    region: HtmlElement | None, headline: HtmlElement, skip: set[HtmlElement], limit: int = 8
) -> list[str]:
    """The short lines between the headline and the first paragraph of the text (subline,
    dateline, meta line), wherever the text container starts."""
    if region is None:
        return []
    above = set(C._ancestors(headline))
    lines: list[str] = []
    started = stop = False

    def walk(el: HtmlElement) -> None:
        nonlocal started, stop
        for child in el:
            if stop:
                return
            if not isinstance(child.tag, str) or child in skip:
                continue
            if child is headline:
                started = True
                continue
            if not started:
                if child in above:
                    walk(child)
                continue
            if child.tag in ("figure", "picture", "img") or C.is_caption(child):
                continue
            if any(isinstance(c.tag, str) and c.tag in C.BLOCK_TAGS and c.tag != "br" for c in child):
                walk(child)
                continue
            text = C.text_with_breaks(child)
            if not text:
                continue
            if len(text) >= 120 and not P.LEAD_CLASS.search(classes_of(child)):
                stop = True  # the text has begun
                return
            lines.extend(text.split("\n"))
            if len(lines) >= limit:
                stop = True

    walk(region)
    return lines[:limit]


_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd label mark q s samp small span strong sub sup time u var".split()
)


# ---------- dates ----------

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "published_time",
    "cxenseparse:recs:publishtime",
)
# Dublin Core and plain `date` meta: any page's date, not necessarily a publication's.
_DC_DATE_META = (
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "dc.date.issued",
    "dc.date",
    "dc.date.created",
    "date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "revised",
)


def _microdata_date(region: HtmlElement | None, skip: set[HtmlElement], prop: str) -> str | None:
    if region is None:
        return None
    for el in C.iter_visible(region, skip):
        if el.get("itemprop") == prop:
            v = el.get("datetime") or el.get("content") or el.text_content()
            d = parse_date(v)
            if d:
                return d
    return None


def _time_elements(
    region: HtmlElement | None, skip: set[HtmlElement], body_el: HtmlElement | None
) -> str | None:
    """`<time datetime>` in the article's header, not one marked as the update."""
    if region is None:
        return None
    for el in C.iter_visible(region, skip):
        if el is body_el:
            break
        if el.tag != "time":
            continue
        cls = classes_of(el)
        if "updated" in cls or "modified" in cls:
            continue
        before = clean_line((el.getparent().text or "") if el.getparent() is not None else "")
        if re.search(r"(?:Stand|aktualisiert|geändert|verändert|bearbeitet)\s*:?\s*$", before, re.IGNORECASE):
            continue
        d = parse_date(el.get("datetime") or el.text_content())
        if d:
            return d
    return None


def _published(
    pm: PageMeta,
    region: HtmlElement | None,
    body_el: HtmlElement | None,
    header_text: str,
    skip: set[HtmlElement],
    url: str,
    datelines: list[str] | None = None,
) -> tuple[str | None, str | None]:
    """(publication date, where it was found), in the order of trust."""
    for source, v in (
        ("json-ld", ld_value(pm, "datePublished")),
        ("meta", pm.first(*_PUBLISHED_META)),
    ):
        d = parse_date(v)
        if d:
            return d, source
    d = _microdata_date(region, skip, "datePublished")
    if d:
        return d, "microdata"
    d = _time_elements(region, skip, body_el)
    if d:
        return d, "time"
    # A visible "Datum: 12.05.2025" by the headline beats a Dublin Core date, which CMSes
    # often fill with the last change ("Stand: 19.05.2025").
    published, _ = labelled_dates(header_text)
    if published:
        return published, "label"
    for source, v in (
        ("meta-dc", pm.first(*_DC_DATE_META)),
        ("json-ld", ld_value(pm, "dateCreated")),
    ):
        d = parse_date(v)
        if d:
            return d, source
    if region is not None:
        published, _ = labelled_dates(C.text_with_breaks(region)[:5000], line_start=True)
        if published:
            return published, "label"
    # "28. Mai 2020 | Gesellschaft", or a bare date line above the text.
    for iso, start, _end in find_dates(header_text):
        before = header_text[max(0, start - 40) : start]
        if not _NOT_PUBLISHED.search(before):
            return (iso[:10] if "T" not in iso else iso), "header"
    # A dateline below the headline (after a subline too) or at the start of the text:
    # "Herne, den 14.03.2019 – …", "14.3.19".
    lines = list(datelines or [])
    if body_el is not None:
        lines += C.text_with_breaks(body_el).split("\n")[:8]
    for line in lines:
        m = _DATELINE.match(line)
        if m:
            dates = find_dates(line[m.end() : m.end() + 25])
            if dates and dates[0][1] == 0:
                return dates[0][0], "dateline"
    d = _url_date(url)
    return (d, "url") if d else (None, None)


def _url_date(url: str) -> str | None:
    m = _URL_DATE.search(url)
    if not m:
        return None
    g = [x for x in m.groups() if x is not None]
    return parse_date(f"{g[0]}-{int(g[1]):02d}-{int(g[2]):02d}")


class _RegionText:
    """The region's visible text, cleaned, read once for the fields that search all of it."""

    __slots__ = ("_text", "region", "skip")

    def __init__(self, region: HtmlElement | None, skip: set[HtmlElement]) -> None:
        self.region, self.skip, self._text = region, skip, None

    def __call__(self) -> str:
        if self._text is None:
            # Blocks on lines of their own: "<p>Rubrik: X</p><h1>…" must not read "Rubrik: X…".
            self._text = C.text_with_breaks(self.region, self.skip) if self.region is not None else ""
        return self._text


def _modified(pm: PageMeta, region: HtmlElement | None, region_text: _RegionText) -> str | None:
    for v in (ld_value(pm, "dateModified"), pm.first(*_MODIFIED_META)):
        d = parse_date(v)
        if d:
            return d
    if region is not None:
        for el in region.iter("time"):
            if "updated" in classes_of(el) or "modified" in classes_of(el):
                d = parse_date(el.get("datetime") or el.text_content())
                if d:
                    return d
        _, modified = labelled_dates(region_text()[-3000:])
        return modified
    return None


# ---------- category, tags ----------


def _category(
    pm: PageMeta,
    root: HtmlElement,
    region: HtmlElement | None,
    header_text: str,
    header_els: list[HtmlElement],
    skip: set[HtmlElement],
    region_text: _RegionText,
    title: str | None,
) -> str | None:
    for v in (
        pm.first("article:section", "og:article:section", "section", "dcterms.subject"),
        ld_value(pm, "articleSection"),
    ):
        if v and _good_category(v, title):
            return v
    # An explicit label beats any position: "Rubrik: Verkehr", "<dt>Kategorie:</dt><dd>…</dd>".
    found = _labelled_category(header_text.split("\n"), title)
    if found:
        return found
    for line in header_text.split("\n"):
        m = P.DATE_PIPE_CATEGORY.match(line)
        if m and find_dates(m.group("date")) and not _YEAR_IN.search(m.group("cat")):
            cat = _category_value(m.group("cat"))  # not "18. März 2025 · Ausgabe Frühjahr 2025"
            if cat and _good_category(cat, title):
                return cat
    if region is not None:
        # rel="category tag", or a link into the site's category archive, first; then an element
        # whose class says category
        for el in C.iter_visible(region, skip):
            if el.tag == "a" and (
                "category" in (el.get("rel") or "").split() or P.CATEGORY_HREF.search(el.get("href") or "")
            ):
                text = clean_line(el.text_content())
                if _good_category(text, title):
                    return text
        for el in C.iter_visible(region, skip):
            if el.tag in ("a", "span", "div", "p", "li", "ul") and _category_class(el.get("class")):
                text = _category_value(_category_text(el))
                if text and _good_category(text, title):
                    return text
    # A label element in the article's header: "span.press-cat", ".press-detail__label".
    for el in header_els:
        if _header_label_class(el.get("class")) and len(clean_line(el.text_content())) <= 60:
            text = _category_value(_category_text(el))
            if text and _good_category(text, title, explicit=False):
                return text
    if region is not None:
        found = _labelled_category(region_text()[:5000].split("\n"), title, line_start=True)
        if found:
            return found
    return _breadcrumb_category(root, title)


_CATEGORY_LABEL = re.compile(
    r"^\s*(?:Kategorie|Kategorien|Rubrik|Rubriken|Thema|Themen|Themenbereich|Ressort|Bereich|Sparte)\s*:\s*",
    re.IGNORECASE,
)
# A field label above its values, without a colon (Drupal's "field__label"): the whole line.
_BARE_CATEGORY_LABEL = re.compile(r"^\s*(?:Kategorie|Kategorien|Rubrik|Rubriken|Thema|Themen|Ressort)\s*$")
# The parts of a meta line: "Veröffentlicht: 05.09.2025 · Rubrik: Verkehr | Lesezeit: 3 Minuten".
_META_SEGMENT = re.compile(r"\s*[·•|]\s*")
# "Lesezeit: 3 Minuten", "Seite: 2": a labelled value with digits is not a category.
_LABELLED_NUMBER = re.compile(r"^[\w .-]{1,30}:.*\d")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# The next label on the same line ends a value: "Kategorie: Bekanntmachungen Veröffentlicht: …".
_NEXT_LABEL = re.compile(r"\s+(?=[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:am|vom))?\s*:)")
# A label path: "Aktuelles » Gemeinderat", "Rathaus > Presse", "Leben / Familie".
_CATEGORY_PATH = re.compile(r"\s*[»›>|]\s*|\s+/\s+")


def _labelled_category(lines: list[str], title: str | None, *, line_start: bool = False) -> str | None:
    """The value after a category label, on the label's line or (a bare label: a dt, a span
    and a br) on the next one. With `line_start`, the label must open its line."""
    for i, line in enumerate(lines):
        segments = _META_SEGMENT.split(line)
        for seg in segments[:1] if line_start else segments:
            m = _CATEGORY_LABEL.match(seg) or _BARE_CATEGORY_LABEL.match(seg)
            if not m:
                continue
            value = seg[m.end() :].strip()
            if not value and i + 1 < len(lines) and len(lines[i + 1]) <= 80:
                value = _META_SEGMENT.split(lines[i + 1].strip())[0]
            value = _NEXT_LABEL.split(value, maxsplit=1)[0]  # "Kategorie: X Veröffentlicht: …"
            value = _LIST_SEPARATOR.split(value, maxsplit=1)[0]  # "Themen: A, B": the first
            cat = _category_value(value)
            if cat and _good_category(cat, title):
                return cat
    return None


def _category_value(text: str | None) -> str | None:
    """The category a label's text names: without the label word, the last part of a path."""
    t = clean_line(text)
    t = _CATEGORY_LABEL.sub("", t)
    if not t or _LABELLED_NUMBER.match(t) or _BARE_CATEGORY_LABEL.match(t):
        return None  # "Lesezeit: 3 Minuten"; or the label alone ("Themen")
    parts = [p for p in _CATEGORY_PATH.split(t) if p.strip()]
    if len(parts) > 1:
        specific = [p for p in parts if p.casefold() not in P.GENERIC_SECTIONS]
        t = (specific or parts)[-1]
    return clean_line(t) or None


@functools.lru_cache(maxsize=4096)
def _category_class(cls: str | None) -> bool:
    """A class naming a category element; page builders' layout tokens ("et_pb_section") do not."""
    if not cls:
        return False
    return any(P.CATEGORY_CLASS.search(t) for t in cls.split() if not P.PAGE_BUILDER_TOKEN.match(t))


@functools.lru_cache(maxsize=4096)
def _header_label_class(cls: str | None) -> bool:
    """A class naming a category label, by any of its tokens ("post-cat", "press-detail__label");
    taxonomy tokens ("category-kultur") name the post's terms, not the element."""
    if not cls:
        return False
    return any(P.HEADER_LABEL_CLASS.search(t) and not P.TAXONOMY_TOKEN.match(t) for t in cls.lower().split())


def _category_text(el: HtmlElement) -> str | None:
    """The first label of a category element: its first link, or its own text."""
    links = [
        clean_line(a.text_content())
        for a in el.iter("a")
        if not (a.get("href") or "").startswith(("mailto:", "tel:"))
    ]
    links = [x for x in links if x and x.casefold() not in ("startseite", "home", "homepage")]
    if links:
        return links[0]
    return clean_line(el.text or "") or clean_line(el.text_content()) or None


def _good_category(text: str | None, title: str | None, *, explicit: bool = True) -> bool:
    """A plausible category label. Breadcrumb items (`explicit=False`) must also not be generic sections."""
    t = clean_line(text)
    if not t or len(t) > 50 or (not explicit and t.casefold() in P.GENERIC_SECTIONS):
        return False
    if re.fullmatch(r"[\d\s./-]+", t) or find_dates(t) or "@" in t or "://" in t:
        return False  # a date, a mail or web address
    if title and t.casefold() == clean_line(title).casefold():
        return False
    return t.casefold() not in ("allgemein", "uncategorized", "unkategorisiert", "sonstiges", "news")


def _breadcrumb_category(root: HtmlElement, title: str | None) -> str | None:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if not re.search(r"breadcrumb|brotkrumen|brotkruemel|rootline|pfad", classes_of(el)):
            continue
        # (text, is a link to another page)
        crumbs = [
            (clean_line(x.text_content()), x.tag == "a" and x.get("aria-current") is None)
            for x in el.iter("a", "li", "span", "strong")
            if not len(x) or x.tag == "a"
        ]
        seen: list[tuple[str, bool]] = []
        for text, linked in crumbs:
            if text and text not in ("»", "/", ">", "›") and all(text != t for t, _ in seen):
                seen.append((text, linked))
        if title:
            seen = [x for x in seen if x[0].casefold() != clean_line(title).casefold()]
            if seen and not seen[-1][1] and _names_title(seen[-1][0], title):
                seen.pop()  # the current page, by a short form of its title
        if seen and _good_category(seen[-1][0], title, explicit=False):
            return seen[-1][0]
        return None
    return None


def _names_title(crumb: str, title: str) -> bool:
    """Is a breadcrumb the title or its start ("Schulwegsicherung" for "Schulwegsicherung: Neue …")?"""
    c = clean_line(crumb).rstrip(".… ").casefold()
    t = clean_line(title).casefold()
    return bool(c) and (c == t or c == t.split(":", 1)[0].strip() or (len(c) >= 12 and t.startswith(c)))


def _tags(pm: PageMeta, region: HtmlElement | None) -> list[str]:
    tags = pm.all("article:tag") or ld_values(pm, "keywords")
    if not tags and region is not None:
        tags = [
            clean_line(a.text_content()) for a in region.iter("a") if "tag" in (a.get("rel") or "").split()
        ]
    out: list[str] = []
    for t in tags:
        if t and t not in out:
            out.append(t)
    return out


# ---------- authors ----------


def _authors(pm: PageMeta, region: HtmlElement | None, skip: set[HtmlElement]) -> list[str]:
    names = A.from_meta_values(pm.ld_authors)
    if not names:
        names = A.from_meta_values(
            pm.all("author")
            + pm.all("article:author")
            + pm.all("dcterms.creator")
            + pm.all("dc.creator")
            + pm.all("byl")
            + pm.all("sailthru.author")
        )
    if region is not None:
        for el in C.iter_visible(region, skip):
            if el.get("itemprop") == "author" or (
                el.tag in ("span", "p", "div", "a", "address") and P.AUTHOR_CLASS.search(classes_of(el))
            ):
                inner = el.find(".//*[@itemprop='name']")
                text = clean_line((inner if inner is not None else el).text_content())
                found = A.from_byline(text) or A.split_names(text)
                names += found
            elif el.tag == "a" and "author" in (el.get("rel") or "").split():
                names += A.split_names(el.text_content())
    return A.unique(names)


# ---------- body ----------


def _lead_element(
    region: HtmlElement | None, body_el: HtmlElement | None, furniture: set[HtmlElement]
) -> HtmlElement | None:
    """A lead paragraph the CMS marks as such, outside the text container or at its start."""
    if region is None:
        return None
    for el in C.iter_visible(region, furniture):
        if el is region:
            continue
        if el.get("itemprop") == "description" or P.LEAD_CLASS.search(classes_of(el)):
            if el.tag in ("img", "a", "meta"):
                continue
            text = clean_line(el.text_content())
            if len(text) >= 40 and (body_el is None or not C.inside_or_is(body_el, el)):
                return el
    return None


def _body_blocks(
    body_el: HtmlElement | None,
    headline: HtmlElement | None,
    lead_el: HtmlElement | None,
    lead_blocks: list[str],
    furniture: set[HtmlElement],
) -> tuple[list[str], list[HtmlElement]]:
    """The text's blocks, and the meta lines (date, byline) left out of them."""
    if body_el is None:
        return list(lead_blocks), []
    skip: set[HtmlElement] = set()
    meta_els: list[HtmlElement] = []
    if headline is not None:
        skip.add(headline)
    for el in body_el.iter():
        if (
            isinstance(el.tag, str)
            and el is not body_el
            and P.META_CLASS.search(classes_of(el))
            and len(clean_line(el.text_content())) < 200
        ):
            if not any(C.inside_or_is(el, m) for m in meta_els):
                meta_els.append(el)
            skip.add(el)
        if isinstance(el.tag, str) and el is not body_el and P.KICKER_CLASS.search(classes_of(el)):
            skip.add(el)
    blocks = C.text_blocks(body_el, furniture, skip)
    if lead_el is not None and not C.inside_or_is(lead_el, body_el) and C._precedes(lead_el, body_el):
        if lead_blocks and (not blocks or clean_line(blocks[0]) != clean_line(lead_blocks[0])):
            blocks = lead_blocks + blocks
    return blocks, [m for m in meta_els if not C._inside(m, furniture)]


def _is_caption(block: str) -> bool:
    """What is left of a paragraph once its photo credit is gone: a caption when it is a short
    phrase, not a sentence of the text."""
    line = clean_line(block)
    return 0 < len(line) < 100 and not line.endswith((".", "!", "?", ":", "“", '"'))


def _strip_meta_blocks(blocks: list[str]) -> tuple[list[str], list[str], list[Credit]]:
    """Take date lines, bylines and credit lines out of the text; keep what they say."""
    out: list[str] = []
    names: list[str] = []
    credits: list[Credit] = []
    for i, block in enumerate(blocks):
        line = clean_line(block)
        if _META_LINE.match(line) and len(line) < 120:
            continue
        if len(line) < 160:
            byline = A.from_byline(line)
            # a byline opens the text or closes it (captions and "Stand:" lines may follow)
            if byline and (i <= 1 or all(len(b) < 100 for b in blocks[i + 1 :])):
                names += byline
                credits += parse_credit_line(line)
                continue
            if _CREDIT_ONLY_LINE.match(line):
                found = parse_credit_line(line)
                if found:
                    credits += found
                    continue
        # "(Foto: Name)" at the end of a paragraph is a credit, not text.
        had_credit = False
        for m in list(_INLINE_PHOTO_CREDIT.finditer(block)):
            credits += parse_credit_line(m.group(0).strip(" ()"))
            had_credit = True
        block = _INLINE_PHOTO_CREDIT.sub("", block)
        if had_credit and _is_caption(block):
            continue  # "Das Freibad Kleinberg (Bild: Stadt Kleinberg)": a caption, not text
        if block.strip():
            out.append(block)
    return out, names, credits


# "« zurück zur Übersicht | Drucken", "Seite drucken · nach oben": links of the page, not text.
_PAGE_LINK_LINE = re.compile(
    r"^(?:\s*[«‹<←↑^]*\s*(?:zurück(?:\s+zu[rm]?\s+[\wäöüÄÖÜ-]+)?|zur\s+(?:Übersicht|Startseite|Liste|Newsübersicht)"
    r"|(?:Seite\s+|Artikel\s+|Beitrag\s+)?(?:drucken|teilen|empfehlen|weiterempfehlen|versenden)|Druckversion"
    r"|nach\s+oben|Seitenanfang|zum\s+Seitenanfang|alle\s+(?:Meldungen|Nachrichten|Pressemitteilungen|Beiträge)"
    r"|Übersicht|PDF|Drucken)\s*[»›>→↑]*\s*(?:[|·•]|$))+$",
    re.IGNORECASE,
)
# "Themen: Verkehr, Umwelt", "Schlagwörter: …": the article's tags, not its text.
_TAG_LINE = re.compile(
    r"^(?:Themen|Thema|Schlagw(?:ö|o)rter|Schlagworte|Stichw(?:ö|o)rter|Stichworte|Tags|Kategorien?)\s*:\s*"
    r"(?:[^\s,;|·.!?]+(?:\s+[^\s,;|·.!?]+){0,3})(?:\s*[,;|·]\s*[^\s,;|·.!?]+(?:\s+[^\s,;|·.!?]+){0,3})*$"
)


def _strip_trailing_furniture(blocks: list[str]) -> list[str]:
    """Link lines ("« zurück zur Übersicht | Drucken") and tag lines at the end of the text."""
    end = len(blocks)
    while end and len(blocks[end - 1]) < 200:
        line = clean_line(blocks[end - 1])
        if not (_PAGE_LINK_LINE.match(line) or _TAG_LINE.match(line)):
            break
        end -= 1
    return blocks[:end]


# ---------- page type, helpers ----------


def _page_type(pm: PageMeta, art: Article, headline: HtmlElement | None) -> str:
    og = (pm.first("og:type") or "").lower()
    if pm.ld_article is not None or og == "article":
        return "article"
    if headline is not None and art.published and len(art.body) >= 200:
        return "article"
    if og and og != "website":
        return og
    return "page"


def _absolute(href: str | None, base: str) -> str | None:
    if not href:
        return None
    try:
        return urljoin(base, href.strip())
    except ValueError:
        return None


__all__ = ["EXTRACTOR_VERSION", "article_from_text", "extract_article"]
