"""No HTML, however broken or hostile, makes the page extractors crash or hang.

Property-based (hypothesis): random markup built from the tags, classes and
German text city pages use, random bytes, and hand-made pathological cases.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_article
from extractors.listing import extract_listing
from extractors.page import analyze_page

TAGS = [
    "div",
    "p",
    "span",
    "h1",
    "h2",
    "article",
    "main",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "img",
    "a",
    "time",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "br",
    "script",
    "style",
    "strong",
    "b",
    "font",
    "header",
    "footer",
    "q",
]
CLASSES = [
    "entry-content",
    "news-text-wrap",
    "caption",
    "copyright",
    "sidebar",
    "related",
    "teaser",
    "meta",
    "date",
    "footer",
    "breadcrumb",
    "kicker",
    "author",
    "",
    "hidden",
    "cat-links",
    "bildunterschrift",
]
WORDS = st.sampled_from(
    [
        "Stadt",
        "Herne",
        "„Wir",
        "freuen",
        "uns“,",
        "sagte",
        "Dr.",
        "Dudda.",
        "4.300",
        "Euro",
        "Meldung vom 28. Mai 2020",
        "Foto:",
        "Frank Dieper/Stadt Herne",
        "©",
        "|",
        "Stand: 1.2.2021",
        "&amp;",
        "&#8222;",
        "<",
        ">",
        "\u00ad",
        "\x00",
        "ß",
        "1,5 Millionen",
        "Telefon 02323 16-0",
    ]
)
TEXT = st.lists(WORDS, max_size=12).map(" ".join)


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    cls = draw(st.sampled_from(CLASSES))
    attrs = f' class="{cls}"' if cls else ""
    if tag == "img":
        return f'<img src="/{draw(TEXT)[:20]}.jpg" alt="{draw(TEXT)}" title="{draw(TEXT)}">'
    if tag == "time":
        attrs += f' datetime="{draw(st.sampled_from(["2020-05-28", "kaputt", "2020-13-45T99:99", ""]))}"'
    children = [] if depth >= 4 else draw(st.lists(html_trees(depth + 1), max_size=4))
    close = draw(st.booleans())  # unclosed tags are everyday HTML
    return f"<{tag}{attrs}>{draw(TEXT)}{''.join(children)}{draw(TEXT)}" + (f"</{tag}>" if close else "")


PAGES = st.builds(
    lambda head, body: f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>",
    st.sampled_from(
        [
            '<meta charset="utf-8">',
            '<script type="application/ld+json">{"@graph": [{"@type": '
            '"NewsArticle", "author": {"@id": "x"}, "datePublished": 5}]}</script>',
            '<script type="application/ld+json">{broken</script>',
            "<title>Titel | Stadt</title>",
            '<meta property="og:type" content="article"><meta name="author" content="Stadt X">',
        ]
    ),
    st.lists(html_trees(), max_size=6).map("".join),
)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_random_markup(html: str) -> None:
    art = extract_article(html, "https://www.example-stadt.de/a")
    assert isinstance(art.body, str)
    for q in art.quotes:
        assert 0 <= q.start <= q.end <= len(art.body)
    for f in art.figures:
        assert 0 <= f.start <= f.end <= len(art.body)
    page = analyze_page(html.encode("utf-8"), "https://www.example-stadt.de/a")
    assert page.kind in ("article", "listing", "other", "not-html")
    extract_listing(html, "https://www.example-stadt.de/a")


@settings(max_examples=100, deadline=2000)
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    art = extract_article(data, "https://www.example-stadt.de/a")
    assert art.page_type in ("not-html", "article", "page", "listing", "other") or art.page_type


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"   \n  ",
        b"<html>",
        b"<html><body>" + b"<div>" * 5000 + b"Text" + b"</div>" * 10,  # very deep nesting, unclosed
        b"<p>" + "„Zitat ohne Ende ".encode() * 20000,  # a 300 kB paragraph with unbalanced marks
        b"<p>" + b"1234567890" * 100_000 + b"</p>",  # a 1 MB run of digits
        "<html><body><h1>Ümläute</h1><p>Größe</p></body></html>".encode("utf-16"),
        b"\xff\xfe\x00\x00garbage",
        b"%PDF-1.7\n" + bytes(range(256)) * 100,
        b"<?xml version='1.0'?><rss><channel><item><title>x</title></item></channel></rss>",
        b"<html><head><meta charset='no-such-charset'></head><body><h1>Titel</h1></body></html>",
        b"<table>" + b"<tr><td>Zelle</td>" * 20000 + b"</table>",
    ],
)
def test_pathological_pages(html: bytes) -> None:
    start = time.perf_counter()
    art = extract_article(html, "https://www.example-stadt.de/a")
    analyze_page(html, "https://www.example-stadt.de/a")
    assert isinstance(art.body, str)
    assert time.perf_counter() - start < 30, "extraction must not hang"
