"""News listings on unknown pages: entries of lists whose class says furniture, and next pages.

The pages are small and invented (Stadt Kranichfurt); each holds one way a CMS marks up
a listing or its pagination.
"""

from __future__ import annotations

import lxml.html
import pytest

from extractors.listing import pagination
from extractors.page import analyze_page

BASE = "https://www.kranichfurt.de"
HEAD = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} - Stadt Kranichfurt</title>'
    '</head><body><header class="header"><a class="logo" href="/">Kranichfurt</a><nav class="mainnav">'
    '<a href="/rathaus/">Rathaus</a> <a href="/rathaus/meldungen/">Meldungen</a></nav></header>'
)
FOOT = (
    '<div id="footer" class="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a>'
    ' <a href="/kontakt">Kontakt</a> Stand: 01.02.2024</div></body></html>'
)
ITEMS = [
    ("radwege-am-kanal", "Neue Radwege am Kanal freigegeben", "2024-03-12"),
    ("bibliothek-samstags", "Stadtbibliothek öffnet künftig auch samstags", "2024-03-09"),
    ("sperrung-brueckenstrasse", "Brückenstraße ab Montag gesperrt", "2024-03-04"),
]


def tx_news_item(slug: str, title: str, iso: str) -> str:
    """One entry as TYPO3's tx_news renders it by default: headline in div.header, date in div.footer."""
    day = f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"
    return (
        '<div class="article articletype-0" itemscope itemtype="http://schema.org/Article">'
        f'<div class="header"><h3><a title="{title}" href="/rathaus/meldungen/detail/{slug}">'
        f'<span itemprop="headline">{title}</span></a></h3></div>'
        f'<div class="footer"><p><span class="news-list-date"><time datetime="{iso}">{day}</time></span>'
        '<span class="news-list-category">Rathaus</span></p></div>'
        '<div class="teaser-text"><p>Die Stadt Kranichfurt informiert über eine Neuerung, die ab sofort gilt.</p>'
        f'</div><a class="more" href="/rathaus/meldungen/detail/{slug}">Weiterlesen</a></div>'
    )


def listing_page(list_class: str = "news-list-view", wrapper: str = "main") -> str:
    items = "".join(tx_news_item(*i) for i in ITEMS)
    pager = (
        '<div class="page-navigation"><p>Seite 1 von 3.</p><ul class="f3-widget-paginator">'
        '<li class="next"><a href="/rathaus/meldungen/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2'
        '&amp;cHash=4f2a">nächste Seite ›</a></li></ul></div>'
    )
    return (
        HEAD.format(title="Meldungen")
        + f'<{wrapper} id="content"><h1>Meldungen</h1><div class="news"><div class="{list_class}">'
        + f"{items}{pager}</div></div></{wrapper}>"
        + FOOT
    )


@pytest.mark.parametrize(
    ("list_class", "wrapper"),
    [
        ("news-list-view", "main"),
        ("news-list-view", "div"),
        ("newslist", "div"),
        ("news-list-view", "section"),
    ],
)
def test_tx_news_list_on_the_news_page_is_the_listing(list_class: str, wrapper: str) -> None:
    """`news-list-view` marks a related-news box on article pages; on the news page it is the list
    itself. Entry headers and footers are the entry's own, inside <main> or not."""
    page = analyze_page(listing_page(list_class, wrapper), f"{BASE}/rathaus/meldungen/")
    assert page.kind == "listing", page.reasons
    assert [(e.title, e.published, e.url) for e in page.listing.entries] == [
        (title, iso, f"{BASE}/rathaus/meldungen/detail/{slug}") for slug, title, iso in ITEMS
    ]
    assert page.listing.next_url == (
        f"{BASE}/rathaus/meldungen/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2&cHash=4f2a"
    )


def test_related_news_box_on_an_article_page_stays_furniture() -> None:
    related = "".join(tx_news_item(*i) for i in ITEMS)
    body = " ".join(
        f"Der Rat der Stadt Kranichfurt hat am Dienstag den Haushalt für {y} beschlossen."
        for y in range(2024, 2031)
    )
    html = (
        HEAD.format(title="Haushalt beschlossen")
        + '<main><div class="news news-single"><div class="article"><div class="header">'
        + "<h1>Rat beschließt den Haushalt</h1></div>"
        + '<div class="footer"><time itemprop="datePublished" datetime="2024-03-14">14.03.2024</time></div>'
        + f'<div class="news-text-wrap" itemprop="articleBody"><p>{body}</p></div></div></div>'
        + f'<div class="news-list-view">{related}</div></main>'
        + FOOT
    )
    page = analyze_page(html, f"{BASE}/rathaus/meldungen/detail/haushalt-beschlossen")
    assert page.kind == "article", page.reasons
    assert page.article.title == "Rat beschließt den Haushalt"
    assert "Radwege" not in page.article.body


def _next(html_links: str, url: str = f"{BASE}/aktuelles/") -> str | None:
    root = lxml.html.fromstring(f"<html><body><main>{html_links}</main></body></html>")
    return pagination(root, url, url)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Mehr laden",
        "Mehr anzeigen",
        "Weitere laden",
        "Weitere Meldungen",
        "Mehr Nachrichten",
        "Ältere Beiträge",
        "Ältere Meldungen »",
        "Load more",
    ],
)
def test_load_more_texts_are_the_next_page(text: str) -> None:
    assert _next(f'<a class="btn" href="/aktuelles/liste-b">{text}</a>') == f"{BASE}/aktuelles/liste-b"


@pytest.mark.parametrize(
    ("url", "links", "expected"),
    [
        # ?page=N+1 whatever the link says
        (f"{BASE}/aktuelles/", '<a href="?page=2">Zeig mir mehr</a>', f"{BASE}/aktuelles/?page=2"),
        (
            f"{BASE}/aktuelles/?page=2",
            '<a href="?page=1">1</a><a href="?page=4">Seite vier</a><a href="?page=3">Nachschub</a>',
            f"{BASE}/aktuelles/?page=3",
        ),
        (f"{BASE}/presse.php?seite=4", '<a href="presse.php?seite=5">⟶</a>', f"{BASE}/presse.php?seite=5"),
        # TYPO3: the page number inside the plugin's parameters, cHash changing with it
        (
            f"{BASE}/aktuelles/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2&cHash=aa11",
            '<a href="/aktuelles/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=3&amp;cHash=bb22">Blättern</a>',
            f"{BASE}/aktuelles/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=3&cHash=bb22",
        ),
        # an offset counts entries: the smallest step forward
        (
            f"{BASE}/aktuelles/?start=10",
            '<a href="?start=0">Anfang</a><a href="?start=30">Später</a><a href="?start=20">Später</a>',
            f"{BASE}/aktuelles/?start=20",
        ),
        # other filters of the same listing stay the same
        (
            f"{BASE}/aktuelles/?kategorie=3&page=2",
            '<a href="?kategorie=4&amp;page=3">Sport</a><a href="?kategorie=3&amp;page=3">Vor</a>',
            f"{BASE}/aktuelles/?kategorie=3&page=3",
        ),
    ],
)
def test_link_to_the_following_page_number_is_the_next_page(url: str, links: str, expected: str) -> None:
    assert _next(links, url) == expected


@pytest.mark.parametrize(
    ("url", "links"),
    [
        # calendars: never the next page of a listing
        (f"{BASE}/termine/", '<a href="?monat=2024-05">nächster Monat ›</a>'),
        (f"{BASE}/termine/", '<a href="?page=2">Nächste Woche</a>'),
        (
            f"{BASE}/termine/?monat=4",
            '<a href="?monat=5">»</a><a href="?monat=5" title="Nächster Monat">Mai</a>',
        ),
        # another listing (a filter added), another path, or a page further on
        (f"{BASE}/aktuelles/", '<a href="?kategorie=5&amp;page=2">Sport</a>'),
        (f"{BASE}/aktuelles/", '<a href="/archiv/?page=2">Archiv</a>'),
        (f"{BASE}/aktuelles/?page=2", '<a href="?page=4">Seite vier</a><a href="?page=1">Zurück</a>'),
        # an entry whose title says "weiter" is no next link
        (f"{BASE}/aktuelles/", '<a href="/a/schule" title="Schule bekommt einen Erweiterungsbau">Schule</a>'),
    ],
)
def test_calendars_filters_and_other_pages_are_not_the_next_page(url: str, links: str) -> None:
    assert _next(links, url) is None
