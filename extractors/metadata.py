"""What a page says about itself in machine-readable form.

JSON-LD (including Yoast's `@graph` with `@id` references), Open Graph and
`article:*` meta, Dublin Core (`dcterms.*`, `DC.*`), plain `<meta name>` tags and
microdata (`itemprop`). Each is read once into `PageMeta`; `article.py` decides
whom to trust for each field.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from .document import clean_line

log = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "report",
     "pressrelease", "scholarlyarticle", "socialmediaposting", "liveblogposting", "backgroundnewsarticle"}
)  # fmt: skip
PERSON_TYPES = frozenset({"person"})

_JSON_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_JSON_CONTROL = re.compile(r"[\x00-\x1f]")


@dataclass(slots=True)
class PageMeta:
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property -> contents
    title_tag: str | None = None
    canonical: str | None = None
    lang: str | None = None
    ld_article: dict[str, Any] | None = None  # the main Article-like JSON-LD object
    ld_article_typed: bool = False  # it is typed Article/NewsArticle/…, not a WebPage standing in for one
    ld_objects: list[dict[str, Any]] = field(default_factory=list)
    ld_authors: list[str] = field(default_factory=list)  # names of Person authors, @id resolved
    ld_author_orgs: list[str] = field(default_factory=list)
    ld_types: set[str] = field(default_factory=set)
    feeds: list[str] = field(default_factory=list)

    def first(self, *names: str) -> str | None:
        for n in names:
            for v in self.meta.get(n, ()):
                if v:
                    return v
        return None

    def all(self, name: str) -> list[str]:
        return [v for v in self.meta.get(name, ()) if v]


def _in_foreign_item(el: lxml.html.HtmlElement, head: lxml.html.HtmlElement | None) -> bool:
    """A <meta itemprop> in the body inside an itemscope that holds no <h1>: another item's data."""
    node = el.getparent()
    while node is not None and node is not head:
        if node.get("itemscope") is not None:
            return node.find(".//h1") is None
        node = node.getparent()
    return False


def read_meta(root: lxml.html.HtmlElement) -> PageMeta:
    pm = PageMeta()
    pm.lang = root.get("lang") or root.get("xml:lang")
    head = root.find("head")
    for el in root.iter("meta"):
        prop = el.get("property") or el.get("name") or el.get("http-equiv")
        if not prop and el.get("itemprop") and _in_foreign_item(el, head):
            continue  # microdata of another item (a ticker, a teaser): read where it stands
        key = (prop or el.get("itemprop") or "").strip()
        content = el.get("content")
        if key and content is not None:
            pm.meta.setdefault(key.lower(), []).append(clean_line(content))
    t = root.find(".//title")
    if t is not None:
        pm.title_tag = clean_line(t.text_content())
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = link.get("href")
        if not href:
            continue
        if "canonical" in rel and not pm.canonical:
            pm.canonical = href.strip()
        if "alternate" in rel and (link.get("type") or "").lower() in (
            "application/rss+xml",
            "application/atom+xml",
            "application/feed+json",
        ):
            pm.feeds.append(href.strip())
    _read_json_ld(root, pm)
    return pm


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    # CMS templates often leave trailing commas or raw newlines in strings.
    repaired = _JSON_CONTROL.sub(" ", _JSON_TRAILING_COMMA.sub(r"\1", text))
    try:
        return json.loads(repaired)
    except json.JSONDecodeError as e:
        log.debug("unreadable JSON-LD: %s", e)
        return None


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower().rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {str(x).lower().rsplit("/", 1)[-1] for x in t}
    return set()


def _walk(data: Any, out: list[dict[str, Any]]) -> None:
    if isinstance(data, list):
        for x in data:
            _walk(x, out)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _walk(data["@graph"], out)
        for key in ("mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
            v = data.get(key)
            if isinstance(v, (dict, list)):
                _walk(v, out)


def _read_json_ld(root: lxml.html.HtmlElement, pm: PageMeta) -> None:
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower().strip() != "application/ld+json":
            continue
        data = _load_json(script.text or "")
        if data is not None:
            _walk(data, objects)
    if not objects:
        return
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    pm.ld_objects = objects
    for o in objects:
        pm.ld_types |= _types(o)
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    pm.ld_article_typed = bool(articles)
    if not articles:
        # A WebPage with datePublished is the next best thing (some GSB and TYPO3 sites).
        articles = [o for o in objects if "webpage" in _types(o) and o.get("datePublished")]
    if not articles:
        return
    # The richest Article object is the page's own; listing pages carry small ones for teasers.
    art = max(articles, key=lambda o: (bool(o.get("articleBody")), bool(o.get("headline")), len(o)))
    pm.ld_article = art
    authors = art.get("author") or art.get("creator") or []
    for a in authors if isinstance(authors, list) else [authors]:
        if isinstance(a, dict) and set(a) <= {"@id"} | {"@type"} and a.get("@id") in by_id:
            a = by_id[a["@id"]]
        if isinstance(a, str):
            pm.ld_authors.append(a)
        elif isinstance(a, dict):
            name = a.get("name")
            if isinstance(name, str) and name.strip():
                if _types(a) & {"organization", "governmentorganization", "newsmediaorganization"}:
                    pm.ld_author_orgs.append(name.strip())
                else:
                    pm.ld_authors.append(name.strip())


def ld_value(pm: PageMeta, key: str) -> str | None:
    """A string value of the main JSON-LD article (first of a list)."""
    if not pm.ld_article:
        return None
    v = pm.ld_article.get(key)
    if isinstance(v, list):
        v = next((x for x in v if isinstance(x, str) and x.strip()), None)
    if isinstance(v, dict):
        v = v.get("name") or v.get("@value")
    return clean_line(v) if isinstance(v, str) else None


def ld_values(pm: PageMeta, key: str) -> list[str]:
    if not pm.ld_article:
        return []
    v = pm.ld_article.get(key)
    if isinstance(v, str):
        return [clean_line(x) for x in v.split(",") if x.strip()] if key == "keywords" else [clean_line(v)]
    if isinstance(v, list):
        return [clean_line(x) for x in v if isinstance(x, str) and x.strip()]
    return []
