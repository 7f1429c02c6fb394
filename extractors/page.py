"""What kind of page is this? An article, a news listing, or something else.

The generic spider fetches pages it knows nothing about (from sitemaps, feeds,
listings and menus) and must keep only articles. One parse serves all three
readings: the page as an article, as a listing, and as a source of links to the
news section.

Signals, strongest first:
- JSON-LD `NewsArticle`/`Article`/`BlogPosting` or `og:type=article`: an article,
  unless the page is a listing of several dated entries;
- JSON-LD `Event`, event URLs (`/veranstaltungen/`, `/termine/`) or event labels
  ("Veranstaltungsort", "Beginn:"): not an article;
- a headline, a publication date the page states as such (metadata, `<time>`,
  "Meldung vom …", a dateline) and running text: an article;
- three or more dated entries with links: a listing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from . import content as C
from .article import EXTRACTOR_VERSION, extract_from_tree
from .document import NotHTMLError, clean_line, parse
from .listing import Listing, base_url, entries, main_list_entries, pagination
from .metadata import read_meta
from .model import Article

STRONG_DATE_SOURCES = frozenset({"json-ld", "meta", "microdata", "time", "label", "dateline", "selector"})
# "meta-dc" (Dublin Core, plain `date` meta), "header" and "url" are dates of some kind, not necessarily of publication.
EVENT_TYPES = frozenset(
    {
        "event",
        "festival",
        "exhibitionevent",
        "musicevent",
        "sportsevent",
        "theaterevent",
        "educationevent",
        "socialevent",
        "businessevent",
        "childrensevent",
        "communityevent",
    }
)
EVENT_URL = re.compile(
    r"/(?:veranstaltung(?:en)?|termine?|terminkalender|kalender|calendar|events?|agenda)(?:[/._?-]|$)", re.I
)
EVENT_WORDS = re.compile(
    r"\b(?:Veranstaltungsort|Veranstalter(?:in)?|Beginn|Einlass|Uhrzeit|Wann|Wo|Termin|Datum/Uhrzeit)\s*:",
    re.IGNORECASE,
)
# Links worth following to find the news: "Aktuelles", "Pressemitteilungen", "Meldungen", "News".
NEWS_LINK_TEXT = re.compile(
    r"^(?:aktuelles|aktuell|aktuelle meldungen|aktuelle nachrichten|news|neuigkeiten|meldungen|nachrichten|"
    r"pressemitteilungen|pressemeldungen|presseinformationen|presse|pressearchiv|pressemitteilungen archiv|"
    r"mitteilungen|rathausnachrichten|rathaus-news|stadtnachrichten|aus dem rathaus|alle meldungen|alle news|"
    r"alle pressemitteilungen|zur übersicht|übersicht|newsroom|archiv|meldungsarchiv|nachrichtenarchiv|"
    r"pressemitteilungen \d{4}|\d{4})$",
    re.IGNORECASE,
)
NEWS_LINK_URL = re.compile(
    r"/(?:aktuelles|aktuell|news|neuigkeiten|meldungen|nachrichten|presse|pressemitteilungen|pressemeldungen|"
    r"presseinformationen|mitteilungen|newsroom)(?:[/._?-]|$)",
    re.IGNORECASE,
)
# The words of NEWS_LINK_URL: a resolved path can only hold them if the base path or the link does.
_NEWS_URL_WORD = re.compile(
    r"aktuell|news|neuigkeiten|meldungen|nachrichten|presse|mitteilungen", re.IGNORECASE
)


@dataclass(slots=True)
class Link:
    url: str
    text: str


@dataclass(slots=True)
class Page:
    url: str
    kind: str  # "article", "listing", "other", "not-html"
    article: Article | None = None
    listing: Listing | None = None
    news_links: list[Link] = field(default_factory=list)  # links into the news section
    reasons: list[str] = field(default_factory=list)  # why the page got its kind, for logs and debugging


def analyze_page(
    html: bytes | str, url: str, *, encoding: str | None = None, selectors: dict[str, str] | None = None
) -> Page:
    try:
        root = parse(html, encoding)
    except NotHTMLError as e:
        art = Article(url=url, extractor_version=EXTRACTOR_VERSION, page_type="not-html", warnings=[str(e)])
        return Page(url=url, kind="not-html", article=art, reasons=[str(e)])
    pm = read_meta(root)
    base = base_url(root, url)
    listing = Listing(url=url, feeds=[urljoin(base, f) for f in pm.feeds])
    listing.next_url, listing.page_urls = pagination(root, base, url)
    C.clean(root)
    furniture = C.mark_furniture(root)
    article = extract_from_tree(root, pm, furniture, url, selectors)
    body = root.find("body")
    if body is not None:
        listing.entries = entries(body, furniture, base)
        if len(listing.entries) < 2 and not _has_article_text(article):
            # A news list that is the page's main content is no furniture, whatever its class says.
            listing.entries = main_list_entries(body, furniture, base) or listing.entries
    page = Page(url=url, kind="other", article=article, listing=listing)
    page.news_links = _news_links(root, base)
    body_class = (body.get("class") or "").lower().split() if body is not None else []
    page.kind = _classify(
        page, pm.ld_types, (pm.first("og:type") or "").lower(), pm.ld_article_typed, body_class
    )
    article.page_type = page.kind
    return page


# URLs of news: press words count twice, structural hints once.
PRESS_URL = re.compile(
    r"(?:pressemitteilung|pressemeldung|presseinformation|meldung|nachricht|news|(?:^|/)pm[_-])",
    re.IGNORECASE,
)
ARTICLE_URL = re.compile(
    r"(?:aktuelles/|artikel|article|detail|beitrag|/presse/|/20\d\d/|[_/-]20\d\d[_-]?\d\d|object=tx)",
    re.IGNORECASE,
)
NOT_ARTICLE_URL = re.compile(
    r"/(?:aemter|amt|verwaltung|fachbereich\w*|fachdienst\w*|themen|thema|seiten|kontakt|impressum|datenschutz|"
    r"suche|search|login|sitemap|barrierefreiheit|rathaus/pressestelle|leben|service)(?:[/._-]|$)",
    re.IGNORECASE,
)


# Body classes CMSes set on single news items and on static pages (WordPress, Drupal, TYPO3 themes).
ARTICLE_BODY_CLASSES = frozenset(
    {
        "single-post",
        "node--type-article",
        "page-node-type-article",
        "page-node-type-news",
        "news-detail",
        "newsdetail",
    }
)
PAGE_BODY_CLASSES = frozenset(
    {
        "page-template-default",
        "page-node-type-page",
        "page-node-type-basic-page",
        "archive",
        "category",
        "tag",
        "search",
        "search-results",
        "error404",
        "home",
        "blog",
    }
)


def _has_article_text(art: Article) -> bool:
    """Enough text for an article: 25 words, or 10 for a short notice ("Die Bürgerberatung bleibt am
    Freitag geschlossen.") whose headline has a publication date with it."""
    words = len(art.body.split())
    return words >= 25 or (words >= 10 and bool(art.published) and art.date_source in STRONG_DATE_SOURCES)


def _classify(page: Page, ld_types: set[str], og_type: str, ld_article: bool, body_class: list[str]) -> str:
    """Weigh the signals; `reasons` says which decided."""
    art, listing, why = page.article, page.listing, page.reasons
    assert art is not None and listing is not None
    linked_entries = {e.url for e in listing.entries if e.url and e.url.split("#")[0] != page.url}
    words = len(art.body.split())
    path = urlsplit(page.url).path + "?" + urlsplit(page.url).query
    marked = ld_article or og_type == "article"
    if ld_types & EVENT_TYPES or og_type in ("event", "events") or (EVENT_URL.search(path) and not marked):
        why.append("event page")
        return "other"
    if len(linked_entries) >= 2 and not (marked and words >= 150 and len(linked_entries) < 5):
        why.append(f"{len(linked_entries)} dated entries with links")
        return "listing"
    if not art.title or not _has_article_text(art):
        why.append("no headline" if not art.title else f"only {words} words of text")
        return "listing" if listing.entries else "other"
    if (
        EVENT_WORDS.search(art.body[:600])
        and not marked
        and art.date_source not in ("json-ld", "meta", "label")
    ):
        why.append("event labels in the text")
        return "other"
    score = 0
    if ld_article:
        score += 3
        why.append("JSON-LD article")
    elif og_type == "article":
        score += 2  # WordPress SEO plugins say og:type=article on static pages too
        why.append("og:type article")
    if ARTICLE_BODY_CLASSES & set(body_class):
        score += 2
        why.append("CMS marks a single news item")
    elif PAGE_BODY_CLASSES & set(body_class):
        score -= 2
        why.append("CMS marks a static page or archive")
    if art.published and art.date_source in STRONG_DATE_SOURCES:
        score += 2
        why.append(f"publication date from {art.date_source}")
    elif art.published:
        score += 1
        why.append(f"a date from {art.date_source}")
    if PRESS_URL.search(path):
        score += 2
        why.append("news URL")
    else:
        hints = {m.group(0).lower() for m in ARTICLE_URL.finditer(path)}
        if hints:
            score += min(2, len(hints))
            why.append(f"article-like URL ({', '.join(sorted(hints))})")
    if NOT_ARTICLE_URL.search(path):
        score -= 2
        why.append("URL of a non-news section")
    if words >= 150:
        score += 1
        why.append(f"{words} words")
    if art.quotes:
        score += 1
        why.append("quotes")
    if score >= 3:
        return "article"
    if listing.entries:
        return "listing"
    return "other"


def _news_links(root, base: str) -> list[Link]:
    host = urlsplit(base).hostname
    out: list[Link] = []
    seen: set[str] = set()
    base_has_word = bool(_NEWS_URL_WORD.search(urlsplit(base).path))
    for a in root.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        text = clean_line(a.text_content())
        if not NEWS_LINK_TEXT.match(text) and (
            len(text) >= 40 or not (base_has_word or _NEWS_URL_WORD.search(href))
        ):
            continue  # neither its text nor its URL can say "news": no need to resolve the URL
        absolute = urljoin(base, href.strip()).split("#")[0]
        if urlsplit(absolute).hostname != host or absolute in seen:
            continue
        if NEWS_LINK_TEXT.match(text) or (NEWS_LINK_URL.search(urlsplit(absolute).path) and len(text) < 40):
            seen.add(absolute)
            out.append(Link(absolute, text))
    return out
