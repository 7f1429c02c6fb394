"""Finding the article on a page: its headline, its text, its images.

No site-specific selectors. The page is cleaned of what never holds article
text (scripts, forms, hidden elements), page furniture is marked (navigation,
sidebars, related-article blocks, contact boxes, footers), and the text
container is chosen by the markers CMSes emit (`itemprop=articleBody`,
`entry-content`, `news-text-wrap`, `field--name-body`...) checked against a
readability-style score of paragraph text and link density.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from . import patterns as P
from .document import classes_of, clean_line, clean_text

HtmlElement = lxml.html.HtmlElement

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th section article main "
    "header footer figure figcaption address hr br center details summary".split()
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
TEXT_BLOCK_TAGS = frozenset(
    {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "address"}
)

_COMMA = re.compile(r"[,;]")
_WS = re.compile(r"\s+")


@dataclass(slots=True)
class Layout:
    """Where the article's parts are on the page."""

    root: HtmlElement
    furniture: set[HtmlElement] = field(default_factory=set)
    body: HtmlElement | None = None  # the container of the article text
    headline: HtmlElement | None = None  # the visible headline
    region: HtmlElement | None = None  # the element holding headline, meta line, images and text


# ---------- cleaning ----------


def _is_hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    cls = el.get("class")
    if cls and _hidden_class(cls):
        return True
    style = el.get("style")
    return bool(style and P.HIDDEN_STYLE.search(style))


_HIDING_ATTRIBUTES = etree.XPath("descendant-or-self::*[@hidden or @aria-hidden or @style]")
# Class attributes as strings that know their element (`getparent()`), in document order.
_CLASS_VALUES = etree.XPath("descendant-or-self::*/@class")


@functools.lru_cache(maxsize=4096)
def _hidden_class(cls: str) -> bool:
    return not P.HIDDEN_CLASSES.isdisjoint(cls.lower().split())


def clean(root: HtmlElement) -> None:
    """Drop what never holds article text: scripts, forms, comments, hidden elements."""
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *P.NOISE_TAGS, with_tail=False)
    body = root.find("body")
    start = body if body is not None else root
    # Only elements with an attribute `_is_hidden` reads can be hidden; XPath finds them in C, and
    # class attributes are read as strings, so that no Python element is made for the many that
    # hide nothing. Dropping is the same in any order.
    hidden = [el for el in _HIDING_ATTRIBUTES(start) if _is_hidden(el)]
    hidden += [cls.getparent() for cls in _CLASS_VALUES(start) if _hidden_class(cls)]
    for el in hidden:
        if el.getparent() is not None and el.tag not in ("html", "body"):
            el.drop_tree()


_HEADER_FOOTER = re.compile(r"(?:^|[\s_-])(?:header|footer|kopf)(?=$|[\s_-])")


def _furniture_by_class(el: HtmlElement, in_article: bool) -> bool:
    classes = classes_of(el)
    if not classes:
        return False
    return _furniture_classes(classes, in_article)


@functools.lru_cache(maxsize=4096)
def _furniture_classes(classes: str, in_article: bool) -> bool:
    boiler = content = False
    for token in classes.split():
        if P.PAGE_BUILDER_TOKEN.match(token):
            # Page builders wrap every block, the article's text too, in a "widget":
            # "elementor-widget-container" is layout; "elementor-widget-nav-menu" is still a menu.
            token = P.BUILDER_WIDGET.sub("-", token)
        if P.BOILERPLATE.search(token):
            # Inside an article or main column, "header" and "footer" are the entry's own parts.
            if (
                in_article
                and _HEADER_FOOTER.search(token)
                and not P.BOILERPLATE.search(_HEADER_FOOTER.sub(" ", token))
            ):
                continue
            boiler = True
        elif P.CONTENT_HINT.search(token):
            content = True
    return boiler and not content


def mark_furniture(root: HtmlElement) -> set[HtmlElement]:
    """The roots of navigation, sidebars, related blocks, contact boxes and footers."""
    marked: set[HtmlElement] = set()
    body = root.find("body")
    if body is None:
        return marked

    def visit(el: HtmlElement, in_article: bool) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag
            role = (child.get("role") or "").lower()
            furniture = tag in P.FURNITURE_TAGS or role in (
                "navigation",
                "complementary",
                "contentinfo",
                "search",
            )
            if not furniture and (
                role == "banner"
                or (tag == "footer" and not in_article)
                or (tag == "header" and not in_article)
                or _furniture_by_class(child, in_article)
            ):
                # A block holding the page's headline is the article's own header, not furniture.
                furniture = child.find(".//h1") is None
            if furniture and tag not in ("main", "article"):
                marked.add(child)
                continue
            visit(child, in_article or tag in ("article", "main") or role == "main")

    visit(body, False)
    _mark_furniture_sections(body, marked)
    return marked


def _mark_furniture_sections(body: HtmlElement, marked: set[HtmlElement]) -> None:
    """Blocks introduced by "Weitere Meldungen", "Kontakt", "Das könnte Sie auch interessieren"."""
    for h in body.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div"):
        if h.tag in ("p", "span", "div", "strong", "b") and len(h):
            continue  # only leaf elements can be a heading-like label
        text = clean_line(h.text_content())
        if not text or len(text) > 60 or not P.FURNITURE_HEADING.match(text):
            continue
        if _inside(h, marked):
            continue
        label = h
        # A <strong> label inside a <p> stands for the paragraph.
        while (
            label.getparent() is not None
            and label.getparent().tag in ("p", "strong", "b", "em", "span")
            and clean_line(label.getparent().text_content()) == text
        ):
            label = label.getparent()
        parent = label.getparent()
        if parent is None:
            continue
        rest = len(clean_line(parent.text_content())) - len(text)
        if rest < 1500 and parent.tag not in ("body", "main", "article") and not _has_body_marker(parent):
            marked.add(parent)
        else:
            # The label stands in the article text: it and what follows are furniture.
            marked.add(label)
            for sib in label.itersiblings():
                if isinstance(sib.tag, str):
                    marked.add(sib)


def _has_body_marker(el: HtmlElement) -> bool:
    if (el.get("itemprop") or "") == "articleBody" or P.BODY_CLASS.search(el.get("class") or ""):
        return True
    return bool(el.xpath(".//*[@itemprop='articleBody']"))


def _inside(el: HtmlElement, marked: set[HtmlElement]) -> bool:
    node = el
    while node is not None:
        if node in marked:
            return True
        node = node.getparent()
    return False


def iter_visible(el: HtmlElement, furniture: set[HtmlElement]) -> Iterator[HtmlElement]:
    """Descendants of `el` in document order, furniture subtrees left out."""
    stack = [el]
    while stack:
        node = stack.pop()
        yield node
        children = [c for c in node if isinstance(c.tag, str) and c not in furniture]
        stack.extend(reversed(children))


def visible_text(el: HtmlElement, furniture: set[HtmlElement]) -> str:
    """The text of `el` without furniture subtrees."""
    if not furniture or not any(inside_or_is(f, el) for f in furniture):
        return el.text_content()
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child not in furniture:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def inside_or_is(node: HtmlElement, ancestor: HtmlElement) -> bool:
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


# ---------- the text container ----------


def _link_density(el: HtmlElement, text_len: int) -> float:
    if not text_len:
        return 1.0
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return min(1.0, linked / text_len)


def _score_candidates(root: HtmlElement, furniture: set[HtmlElement]) -> dict[HtmlElement, float]:
    """Readability's idea: paragraphs give points to their parent and grandparent."""
    scores: dict[HtmlElement, float] = {}
    body = root.find("body")
    if body is None:
        return scores
    for el in iter_visible(body, furniture):
        if el.tag not in ("p", "pre", "td", "blockquote") and not (el.tag == "div" and _has_direct_text(el)):
            continue
        if el.tag == "td" and (el.find(".//p") is not None or el.find(".//table") is not None):
            continue  # a layout cell: its paragraphs score on their own
        text = clean_line(el.text_content())
        linked = sum(len(a.text_content()) for a in el.iter("a"))
        if len(text) - linked < 25:
            continue
        points = 1 + len(_COMMA.findall(text)) + min(len(text) / 100, 3)
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + points
        grand = parent.getparent()
        if grand is not None and grand.tag != "html":
            scores[grand] = scores.get(grand, 0.0) + points / 2
    for el in list(scores):
        text_len = len(el.text_content())
        scores[el] *= 1 - _link_density(el, text_len)
    return scores


def _has_direct_text(el: HtmlElement) -> bool:
    if el.text and len(el.text.strip()) > 25:
        return True
    return any(c.tail and len(c.tail.strip()) > 25 for c in el)


def _text_len(el: HtmlElement, furniture: set[HtmlElement]) -> int:
    return len(clean_line(visible_text(el, furniture)))


_ARTICLE_BODY_PROP = etree.XPath("descendant-or-self::*[@itemprop='articleBody']")


@functools.lru_cache(maxsize=4096)
def _body_class(cls: str) -> bool:
    return bool(P.BODY_CLASS.search(cls))


def find_body(root: HtmlElement, furniture: set[HtmlElement]) -> HtmlElement | None:
    body = root.find("body")
    if body is None:
        return None
    scores = _score_candidates(root, furniture)
    best = max(scores, key=scores.__getitem__) if scores else None
    best_len = _text_len(best, furniture) if best is not None else 0

    marked: list[HtmlElement] = _ARTICLE_BODY_PROP(body)
    marked += [cls.getparent() for cls in _CLASS_VALUES(body) if _body_class(cls)]
    marked = [el for el in marked if not _inside(el, furniture)]
    if marked:
        # The first marker with substantial text: an inner `news-text-wrap` may hold less
        # than its `entry-content` parent, which is fine; a marker far smaller than the
        # best-scored block is a teaser, not the article.
        for el in marked:
            n = _text_len(el, furniture)
            if n >= 200 or (n >= 60 and n >= 0.5 * best_len):
                if best is not None and n < 0.25 * best_len and not inside_or_is(best, el):
                    continue
                return el
    return _with_sibling_blocks(best, furniture) if best is not None else None


def _with_sibling_blocks(best: HtmlElement, furniture: set[HtmlElement]) -> HtmlElement:
    """CMSes that wrap every paragraph of an article in a block of its own (Neos
    `neos-nodetypes-text`, Drupal `paragraph--type--text`, FirstSpirit sections) leave the best
    block holding one paragraph: take the container of its sibling blocks of the same class."""
    branch = best
    for _ in range(3):
        parent = branch.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        cls = branch.get("class")
        if cls:
            same = [
                c
                for c in parent
                if c.tag == branch.tag
                and c.get("class") == cls
                and c not in furniture
                and _text_len(c, furniture) >= 40
            ]
            if len(same) >= 2:
                return parent
        branch = parent
    return best


# ---------- headline and region ----------


def find_headline(
    root: HtmlElement, furniture: set[HtmlElement], body: HtmlElement | None, titles: list[str]
) -> HtmlElement | None:
    """The visible headline.

    A heading whose text matches the page's meta titles wins (many sites give the
    section name "Meldungen" the h1 and the article title an h2); else the last
    h1 before the text; never a generic label ("Aktuelles", "Sie sind hier:").
    """
    page = root.find("body")
    if page is None:
        return None
    headings = [h for h in page.iter("h1", "h2", "h3") if not _inside(h, furniture) and _headline_like(h)]
    norm_titles = [_norm(t) for t in titles if t]
    ranked = [
        (_title_match(_norm(h.text_content()), norm_titles), ("h1", "h2", "h3").index(h.tag), i, h)
        for i, h in enumerate(headings)
    ]
    ranked = [r for r in ranked if r[0] > 0]
    if ranked:
        return max(ranked, key=lambda r: (r[0], -r[1], -r[2]))[3]
    h1s = [h for h in headings if h.tag == "h1"]
    if body is not None:
        before = [h for h in h1s if _precedes(h, body) or inside_or_is(h, body)]
        if before:
            return before[-1]
        # No h1 with the article (Joomla, many TYPO3 themes): the heading right before the text,
        # best one the CMS marks as the headline.
        preceding = [h for h in headings if h.tag != "h1" and _precedes(h, body)]
        marked = [
            h
            for h in preceding
            if h.get("itemprop") == "headline"
            or re.search(r"title|titel|headline|ueberschrift|überschrift", classes_of(h))
        ]
        if marked:
            return marked[-1]
        if preceding and len(clean_line(preceding[-1].text_content())) >= 15 and not h1s:
            return preceding[-1]
        if not h1s:
            top = _top_heading(body, furniture)
            if top is not None:
                return top
    if h1s:
        return h1s[0]
    return visual_headline(body, furniture)


def _top_heading(body: HtmlElement, furniture: set[HtmlElement]) -> HtmlElement | None:
    """A page without an h1 whose text container opens with the headline as an h2 or h3,
    below at most a date line or a kicker."""
    seen = 0
    for el in iter_visible(body, furniture):
        if el is body:
            continue
        if el.tag in ("h2", "h3"):
            text = clean_line(el.text_content())
            # A linked heading is a teaser of another page (a listing), not this page's headline.
            linked = _link_density(el, len(text)) >= 0.5 or any(a.tag == "a" for a in el.iterancestors())
            if _headline_like(el) and len(text) >= 10 and not linked:
                return el
            return None
        if el.tag in TEXT_BLOCK_TAGS or (el.tag == "div" and _has_direct_text(el)):
            seen += len(clean_line(el.text_content()))
            if seen >= 150:
                return None  # the text has begun: a heading further down is a subheading
    return None


# Legacy pages without headings mark the title by size or weight: <font size=4><b>…</b></font>.
_SENTENCE_END = re.compile(r"[.;,]\s*$")


def visual_headline(body: HtmlElement | None, furniture: set[HtmlElement]) -> HtmlElement | None:
    """The most prominent short line before the first paragraph of the text."""
    if body is None:
        return None
    # The line may stand just above the text's container (a table row of its own).
    scope = body
    for _ in range(3):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    best: tuple[int, HtmlElement] | None = None
    for el in iter_visible(scope, furniture):
        if el.tag == "p" and len(clean_line(el.text_content())) >= 100:
            break
        if el.tag not in ("b", "strong", "font", "big", "span", "div", "h4", "h5", "h6") or el is body:
            continue
        text = clean_line(el.text_content())
        if not 10 <= len(text) <= 200 or text.endswith(":") or _SENTENCE_END.search(text):
            continue
        from .dates import find_dates  # noqa: PLC0415  (dates imports nothing from here; avoids a cycle at import)

        if find_dates(text):
            continue
        score = 0
        size = el.get("size") or ""
        if size.lstrip("+").isdigit():
            score += int(size.lstrip("+")) + (2 if size.startswith("+") else 0)
        if el.tag in ("b", "strong", "big") or el.find("b") is not None or el.find("strong") is not None:
            score += 2
        if re.search(r"title|titel|headline|ueberschrift|überschrift", classes_of(el)):
            score += 3
        if score >= 4 and (best is None or score > best[0]):
            best = (score, el)
    return best[1] if best else None


def _headline_like(h: HtmlElement) -> bool:
    text = clean_line(h.text_content())
    if not text or len(text) > 300 or text.endswith(":"):
        return False
    if (h.get("role") or "") == "presentation" or "logo" in classes_of(h):
        return False
    folded = text.casefold()
    return folded not in P.GENERIC_SECTIONS and not P.FURNITURE_HEADING.match(text)


def _title_match(ht: str, norm_titles: list[str]) -> int:
    """2: the heading is a meta title; 1: it is most of one ("Titel | Stadt X"); 0: neither."""
    best = 0
    for t in norm_titles:
        if ht == t:
            return 2
        if len(ht) > 12 and ht in t and len(ht) >= 0.6 * len(t):
            best = 1
    return best


def split_inner_kicker(headline: HtmlElement, titles: list[str]) -> tuple[str | None, str]:
    """An h1 that starts with a kicker in its own element: `<h1><em>Klimaanpassung </em>Stadt fördert …</h1>`."""
    full = clean_line(headline.text_content())
    first = next((c for c in headline if isinstance(c.tag, str)), None)
    if (
        first is None
        or first.tag not in ("em", "span", "small", "strong", "b", "i")
        or (headline.text or "").strip()
    ):
        return None, full
    lead = clean_line(first.text_content())
    rest = clean_line(full[len(lead) :]) if full.startswith(lead) else ""
    if not lead or not rest or len(lead) > 80:
        return None, full
    nrest = _norm(rest)
    marked = bool(P.KICKER_CLASS.search(classes_of(first))) or (
        first.getnext() is not None and first.getnext().tag == "br"
    )
    if marked or any(nrest == _norm(t) for t in titles if t):
        return lead, rest
    return None, full


def _norm(s: str | None) -> str:
    return _WS.sub(
        " ", clean_line(s).casefold().replace("„", '"').replace("“", '"').replace("”", '"')
    ).strip()


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """Does `a` come before `b` in document order?"""
    for el in b.getroottree().getroot().iter():
        if el is a:
            return True
        if el is b:
            return False
    return False


def _ancestors(el: HtmlElement) -> list[HtmlElement]:
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return out


def find_region(headline: HtmlElement | None, body: HtmlElement | None) -> HtmlElement | None:
    """The smallest element holding both headline and text; the text's parent if that is the whole page."""
    if body is None:
        return headline.getparent() if headline is not None else None
    if headline is None:
        found = _article_ancestor(body)
        return found if found is not None else body
    body_chain = _ancestors(body)
    ids = {id(x) for x in body_chain}
    for anc in _ancestors(headline):
        if id(anc) in ids:
            if anc.tag in ("body", "html"):
                found = _article_ancestor(body)
                return found if found is not None else body
            return anc
    return body


def _article_ancestor(el: HtmlElement) -> HtmlElement | None:
    node = el.getparent()
    depth = 0
    while node is not None and depth < 4:
        if node.tag == "article" or (node.get("itemtype") or "").lower().endswith(("article", "newsarticle")):
            return node
        node = node.getparent()
        depth += 1
    return None


# ---------- the text ----------


def text_with_breaks(el: HtmlElement, skip: set[HtmlElement] | frozenset[HtmlElement] = frozenset()) -> str:
    """The text of an element with `<br>` and block boundaries as line breaks, `skip` subtrees left out."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                if child in skip:
                    if child.tail:
                        parts.append(child.tail)
                    continue
                if child.tag == "br" or child.tag in BLOCK_TAGS:
                    parts.append("\n")
                walk(child)
                if child.tag in BLOCK_TAGS:
                    parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return clean_text("".join(parts))


def is_caption(el: HtmlElement) -> bool:
    if el.tag in ("figcaption", "figure"):
        return True
    c = classes_of(el)
    return bool(P.CAPTION_CLASS.search(c) or P.CREDIT_CLASS.search(c))


def text_blocks(container: HtmlElement, furniture: set[HtmlElement], skip: set[HtmlElement]) -> list[str]:
    """Paragraphs of `container` in order: one string per block, `<br>` as a line break."""
    blocks: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = clean_text("".join(buf))
        buf.clear()
        if text:
            blocks.append(text)

    def walk(node: HtmlElement) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                if child.tail:
                    buf.append(child.tail)
                continue
            tag = child.tag
            if (
                child in furniture
                or child in skip
                or tag in ("figure", "img", "picture")
                or is_caption(child)
            ):
                if tag in BLOCK_TAGS:
                    flush()
                if child.tail:
                    buf.append(child.tail)
                continue
            if tag == "br":
                buf.append("\n")
            elif tag == "table":
                flush()
                for row in child.iter("tr"):
                    cells = [
                        clean_line(c.text_content())
                        for c in row
                        if isinstance(c.tag, str) and c.tag in ("td", "th")
                    ]
                    line = " | ".join(c for c in cells if c)
                    if line:
                        blocks.append(line)
            elif tag in BLOCK_TAGS:
                flush()
                if child.text:
                    buf.append(child.text)
                walk(child)
                flush()
            else:
                if child.text:
                    buf.append(child.text)
                walk(child)
            if child.tail:
                buf.append(child.tail)

    if container.text:
        buf.append(container.text)
    walk(container)
    flush()
    return blocks


# ---------- images ----------


@dataclass(slots=True)
class FoundImage:
    src: str | None
    alt: str | None
    caption: str | None  # the caption text, credit included where the page prints it inside
    credit_texts: list[str]  # credit lines from copyright elements and attributes
    element: HtmlElement | None = None


def _image_container(img: HtmlElement, limit: HtmlElement) -> HtmlElement:
    """The nearest figure-like element around an image (a figure, an image box, a block with a caption)."""
    node = img.getparent()
    depth = 0
    while node is not None and node is not limit and depth < 4:
        if node.tag == "figure" or P.IMAGE_CONTAINER_CLASS.search(classes_of(node)):
            return node
        if any(
            isinstance(c.tag, str)
            and c is not img
            and (
                c.tag == "figcaption"
                or P.CAPTION_CLASS.search(classes_of(c))
                or P.CREDIT_CLASS.search(classes_of(c))
            )
            for c in node
        ):
            return node
        if node.tag in ("p", "li", "td") or len(clean_line(node.text_content())) > 400:
            break
        node = node.getparent()
        depth += 1
    return img.getparent() if img.getparent() is not None else img


def _caption_parts(
    container: HtmlElement,
    img: HtmlElement | None,
    furniture: set[HtmlElement],
    used: set[HtmlElement],
    captions: list[str],
    credits: list[str],
) -> None:
    """Collect caption and credit elements inside `container` (not yet used by another image)."""
    for el in iter_visible(container, furniture):
        if el in used or el is img or any(inside_or_is(el, u) for u in used):
            continue
        c = classes_of(el)
        if el.tag == "figcaption" or P.CAPTION_CLASS.search(c):
            used.add(el)
            captions.append(text_with_breaks(el))
        elif P.CREDIT_CLASS.search(c):
            used.add(el)
            credits.append(text_with_breaks(el))


def _is_caption_block(el: HtmlElement) -> bool:
    c = classes_of(el)
    return el.tag == "figcaption" or bool(P.CAPTION_CLASS.search(c) or P.CREDIT_CLASS.search(c))


def _nearby_credit_text(img: HtmlElement, region: HtmlElement) -> str | None:
    """Legacy pages put "Foto: …" in a table cell under the image: the small block around it."""
    from .credits import CREDIT_MARK  # noqa: PLC0415  (credits imports nothing from here)

    node = img.getparent()
    for _ in range(4):
        if node is None or node is region:
            break
        text = text_with_breaks(node)
        if len(text) > 400 or node.find(".//h1") is not None:
            break
        if CREDIT_MARK.search(text):
            return text  # the smallest block that holds a credit, not the headline and byline around it
        node = node.getparent()
    return None


def find_images(
    region: HtmlElement, furniture: set[HtmlElement]
) -> tuple[list[FoundImage], list[tuple[str, str]]]:
    """Images of the article with captions and credit lines; plus (kind, text) of captions and
    credit lines with no image ("caption" or "credit")."""
    images: list[FoundImage] = []
    used: set[HtmlElement] = set()
    for img in list(iter_visible(region, furniture)):
        if img.tag != "img":
            continue
        src = img.get("src") or img.get("data-src") or img.get("data-lazy-src") or ""
        if src.startswith("data:") and img.get("data-src"):
            src = img.get("data-src") or ""
        container = _image_container(img, region)
        captions: list[str] = []
        credits: list[str] = []
        _caption_parts(container, img, furniture, used, captions, credits)
        if not captions and not credits:
            # Drupal fields and many themes put caption and credit beside the image's box.
            for sib in container.itersiblings():
                if not isinstance(sib.tag, str) or sib in furniture or not _is_caption_block(sib):
                    break
                _caption_parts(sib, None, furniture, used, captions, credits)
                if sib not in used:
                    used.add(sib)
                    (
                        captions
                        if P.CAPTION_CLASS.search(classes_of(sib)) or sib.tag == "figcaption"
                        else credits
                    ).append(text_with_breaks(sib))
        if not captions and not credits:
            nearby = _nearby_credit_text(img, region)
            if nearby:
                captions.append(nearby)
        for attr in ("title", "alt", "data-copyright", "data-credit"):
            v = img.get(attr)
            if v:
                credits.append(f"@attr:{clean_line(v)}")
        parent_a = img.getparent()
        if parent_a is not None and parent_a.tag == "a" and parent_a.get("title"):
            credits.append(f"@attr:{clean_line(parent_a.get('title'))}")
        images.append(
            FoundImage(
                src=src or None,
                alt=img.get("alt"),
                caption="\n".join(x for x in captions if x) or None,
                credit_texts=credits,
                element=img,
            )
        )
    loose: list[tuple[str, str]] = []
    for el in iter_visible(region, furniture):
        if el in used or el is region or not _is_caption_block(el) or any(inside_or_is(el, u) for u in used):
            continue
        text = text_with_breaks(el)
        if len(text) > 400:
            continue  # a container that merely has such a class, not a caption
        used.add(el)
        kind = (
            "credit"
            if P.CREDIT_CLASS.search(classes_of(el)) and not P.CAPTION_CLASS.search(classes_of(el))
            else "caption"
        )
        loose.append((kind, text))
    return images, loose
