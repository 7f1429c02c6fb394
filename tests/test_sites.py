"""The generic spider on sample sites of eight CMS platforms: every article found, nothing else.

Each site in tests/fixtures/sites/<platform>/ is served on 127.0.0.1 as its own
origin and crawled with `scrapy crawl site -a url=<start page>`, without a profile.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from crawler.mirror import MirrorServer

from .conftest import FIXTURES, ROOT

SITES = sorted(p.parent.name for p in (FIXTURES / "sites").glob("*/expected.json"))


def crawl_site(platform: str, db: Path, *extra: str) -> tuple[dict, str]:
    expected = json.loads((FIXTURES / "sites" / platform / "expected.json").read_text(encoding="utf-8"))
    host = urlsplit(expected["start_url"]).hostname
    with MirrorServer(FIXTURES / "sites" / platform) as server:
        base = server.base_urls()[host]
        cmd = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "site",
            "-a",
            f"url={expected['start_url']}",
            "-a",
            f"base_url={base}",
            "-s",
            f"NEWS_DB={db}",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_START_DELAY=0.01",
            "-s",
            "LOG_LEVEL=DEBUG",
            *extra,
        ]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return expected, out.stderr


@pytest.fixture(scope="module", params=SITES)
def crawled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp(request.param) / "news.db"
    expected, log = crawl_site(request.param, db)
    return request.param, expected, sqlite_utils.Database(db), log


def test_finds_every_article_and_nothing_else(crawled) -> None:
    platform, expected, db, log = crawled
    stored = {r["url"] for r in db.query("SELECT url FROM articles")}
    missing = set(expected["articles"]) - stored
    extra = stored - set(expected["articles"])
    assert not missing, f"{platform}: articles not found: {sorted(missing)}"
    assert not extra, f"{platform}: pages taken for articles: {sorted(extra)}"


def test_articles_have_their_fields(crawled) -> None:
    platform, _expected, db, _log = crawled
    for row in db.query("SELECT url, title, published, body FROM articles"):
        assert row["title"], row["url"]
        assert len(row["body"].split()) >= 20, row["url"]


def test_stays_on_the_site_and_obeys_robots(crawled) -> None:
    platform, expected, _db, log = crawled
    fetched = [line for line in log.splitlines() if "Crawled (" in line]
    assert fetched
    assert all("<GET http://127.0.0.1:" in line for line in fetched), platform
    disallowed = [u for u in expected["not_articles"] if "such" in u.lower() or "search" in u.lower()]
    for url in disallowed:
        path = urlsplit(url).path
        assert not any(f"{path} " in line or f"{path}>" in line for line in fetched), (
            f"{platform} fetched {url}"
        )


def test_since_limits_the_crawl(tmp_path: Path) -> None:
    db = tmp_path / "since.db"
    crawl_site("typo3", db, "-a", "since=2022-01-01")
    dates = [
        r["published_date"] for r in sqlite_utils.Database(db).query("SELECT published_date FROM articles")
    ]
    assert dates and all(d >= "2022-01-01" for d in dates)


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | Stadt Quellbach</title>'
        f"</head><body><nav><a href='/'>Start</a> <a href='/impressum.html'>Impressum</a></nav>"
        f"<main>{body}</main></body></html>"
    )


def test_site_without_robots_txt_is_read_from_its_sitemap(tmp_path: Path) -> None:
    """No robots.txt (404) and a home page that links no article: /sitemap.xml at the usual
    path is still read, and the missing robots.txt and sitemap guesses are no failures."""
    site = tmp_path / "site" / "www.quellbach.de"
    (site / "presse").mkdir(parents=True)
    (site / "index.html").write_text(
        _page("Startseite", "<h1>Willkommen in Quellbach</h1>"), encoding="utf-8"
    )
    (site / "impressum.html").write_text(_page("Impressum", "<h1>Impressum</h1><p>Stadt Quellbach</p>"))
    urls = []
    for n, day in enumerate(("03", "10", "17"), start=1):
        body = (
            f"<article><h1>Neue Bänke im Kurpark, Teil {n}</h1><p>Meldung vom {day}.04.2024</p>"
            f"<p>Die Stadt stellt {n * 12} neue Bänke im Kurpark auf. Das kostet {n * 9}.000 Euro.</p>"
            f"<p>„Der Park wird schöner“, sagte Bürgermeister Jonas Lehnert.</p></article>"
        )
        (site / "presse" / f"meldung-{n}.html").write_text(
            _page(f"Neue Bänke, Teil {n}", body), encoding="utf-8"
        )
        urls.append(f"https://www.quellbach.de/presse/meldung-{n}.html")
    locs = "".join(
        f"<url><loc>{u}</loc><lastmod>2024-04-{n + 2:02d}</lastmod></url>" for n, u in enumerate(urls)
    )
    (site / "sitemap.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{locs}</urlset>",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    with MirrorServer(tmp_path / "site") as server:
        base = server.base_urls()["www.quellbach.de"]
        cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", "url=https://www.quellbach.de/",
               "-a", f"base_url={base}", "-s", f"NEWS_DB={db}", "-s", "DOWNLOAD_DELAY=0",
               "-s", "AUTOTHROTTLE_START_DELAY=0.01"]  # fmt: skip
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    con = sqlite_utils.Database(db)
    assert sorted(r["url"] for r in con.query("SELECT url FROM articles")) == urls
    assert list(con.query("SELECT url, message FROM errors")) == []


# ---------- a news list paged to its end; the newest articles first ----------

KRANICHFURT = "www.kranichfurt.de"
# (slug, title, date), newest first as the listing shows them
NOTICES = [
    (f"meldung-{n}", title, f"2024-05-{28 - 3 * n:02d}")
    for n, title in enumerate(
        [
            "Neue Radwege am Kanal freigegeben",
            "Stadtbibliothek öffnet künftig auch samstags",
            "Brückenstraße ab Montag gesperrt",
            "Jugendrat wählt neuen Vorstand",
            "Wochenmarkt zieht auf den Lindenplatz",
            "Freibad startet in die Saison",
            "Bürgerbüro mit neuen Öffnungszeiten",
            "Baumpflanzaktion im Stadtpark",
            "Seniorentreff feiert Jubiläum",
        ],
        start=1,
    )
]


def _kranichfurt_page(title: str, main: str, aside: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} - Stadt Kranichfurt</title>'
        '</head><body><header class="header"><nav class="mainnav"><a href="/">Start</a> '
        '<a href="/aktuelles/">Aktuelles</a> <a href="/rathaus/">Rathaus</a></nav></header>'
        f'<div class="page">{aside}<main id="content">{main}</main></div>'
        '<footer class="footer"><a href="/impressum.html">Impressum</a></footer></body></html>'
    )


def _tx_news_entry(slug: str, title: str, iso: str) -> str:
    return (
        f'<div class="article articletype-0"><div class="header"><h3><a href="/aktuelles/detail/{slug}">{title}'
        f'</a></h3></div><div class="footer"><p><span class="news-list-date"><time datetime="{iso}">'
        f'{iso[8:]}.{iso[5:7]}.{iso[:4]}</time></span></p></div><div class="teaser-text"><p>Die Stadt '
        f'Kranichfurt informiert: {title}.</p></div><a class="more" href="/aktuelles/detail/{slug}">Weiterlesen</a></div>'
    )


def _kranichfurt(tmp_path: Path, *, sitemap: bool = False) -> Path:
    """TYPO3-style news pages in `news-list-view` (class furniture on article pages) over four pages,
    each with another kind of next link; page 3 holds a single entry without its date (no entry to
    read, and "other" to the classifier); a month calendar beside the list links "»" to the next month."""
    root = tmp_path / "site"
    site = root / KRANICHFURT
    (site / "aktuelles" / "detail").mkdir(parents=True)
    (site / "rathaus").mkdir()
    robots = "User-agent: *\nDisallow: /suche\n"
    if sitemap:
        robots += f"Sitemap: https://{KRANICHFURT}/news-sitemap.xml\n"
        shuffled = NOTICES[4::2] + NOTICES[::-2]
        locs = "".join(
            f"<url><loc>https://{KRANICHFURT}/aktuelles/detail/{slug}</loc><lastmod>{iso}</lastmod></url>"
            for slug, _title, iso in dict.fromkeys(shuffled)
        )
        (site / "news-sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{locs}</urlset>",
            encoding="utf-8",
        )
    (site / "robots.txt").write_text(robots, encoding="utf-8")
    undated = NOTICES[6]  # listed without its date (on page 3 alone): the start page links it
    (site / "index.html").write_text(
        _kranichfurt_page(
            "Startseite",
            "<h1>Willkommen in Kranichfurt</h1><p>Die Stadt am Fluss.</p>"
            f'<p>Gerade gelesen: <a href="/aktuelles/detail/{undated[0]}">Bürgerbüro</a></p>',
        ),
        encoding="utf-8",
    )
    (site / "impressum.html").write_text(
        _kranichfurt_page("Impressum", "<h1>Impressum</h1>"), encoding="utf-8"
    )
    (site / "rathaus" / "index.html").write_text(
        _kranichfurt_page("Rathaus", "<h1>Rathaus</h1><p>Öffnungszeiten und Ämter.</p>"), encoding="utf-8"
    )

    def page_url(n: int) -> str:
        return (
            "/aktuelles/"
            if n == 1
            else f"/aktuelles/?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D={n}&amp;cHash=c{n}"
        )

    pages = [NOTICES[0:3], NOTICES[3:6], NOTICES[6:7], NOTICES[7:9]]
    next_links = ['<li class="next"><a href="{}">nächste Seite ›</a></li>', '<a href="{}">Mehr anzeigen</a>',
                  '<a class="btn" href="{}">Blättern</a>', ""]  # fmt: skip
    calendar = (
        '<div class="calendar-box"><h2>Sitzungskalender Mai 2024</h2><p><a href="/aktuelles/?monat=2024-04">«</a> '
        '<a href="/aktuelles/?monat=2024-06">»</a></p></div>'
    )
    for n, (entries, nxt) in enumerate(zip(pages, next_links, strict=True), start=1):
        items = "".join(_tx_news_entry(*e) for e in entries)
        if n == 3:  # no date: no entry to read, and no listing to the classifier
            items = items.replace('<div class="footer">', '<div class="footer" hidden>')
        pager = nxt.format(page_url(n + 1)) if nxt else ""
        html = _kranichfurt_page(
            f"Aktuelles, Seite {n}",
            f'<h1>Aktuelles</h1>{calendar}<div class="news"><div class="news-list-view">{items}'
            f'<div class="page-navigation">{pager}</div></div></div>',
        )
        name = "index.html" if n == 1 else "index.html?" + page_url(n).split("?", 1)[1].replace("&amp;", "&")
        (site / "aktuelles" / name).write_text(html, encoding="utf-8")
    for month in ("2024-04", "2024-06"):
        (site / "aktuelles" / f"index.html?monat={month}").write_text(
            _kranichfurt_page("Kalender", f"<h1>Sitzungen {month}</h1>{calendar}"), encoding="utf-8"
        )
    for i, (slug, title, iso) in enumerate(NOTICES):
        related = "".join(_tx_news_entry(*e) for e in NOTICES[i + 1 : i + 3])
        body = (
            f"<p>{title}: Die Stadtverwaltung Kranichfurt teilt mit, dass die Arbeiten planmäßig verlaufen. "
            f"Rund {40 + i} Beschäftigte sind beteiligt, die Kosten liegen bei {i + 2}00.000 Euro.</p>"
            "<p>„Wir freuen uns über den Fortschritt“, sagte Bürgermeisterin Paula Wendrich. Weitere "
            "Informationen gibt es im Bürgerbüro im Rathaus und auf der Internetseite der Stadt.</p>"
        )
        main = (
            f'<div class="news news-single"><div class="article"><div class="header"><h1>{title}</h1></div>'
            f'<div class="footer"><time itemprop="datePublished" datetime="{iso}">{iso[8:]}.{iso[5:7]}.{iso[:4]}'
            f'</time></div><div class="news-text-wrap" itemprop="articleBody">{body}</div></div></div>'
            f'<div class="news-related"><h2>Weitere Meldungen</h2><div class="news-list-view">{related}</div></div>'
        )
        (site / "aktuelles" / "detail" / slug).write_text(_kranichfurt_page(title, main), encoding="utf-8")
    return root


def _crawl_site_dir(root: Path, host: str, db: Path, *extra: str) -> str:
    with MirrorServer(root) as server:
        base = server.base_urls()[host]
        cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"url=https://{host}/",
               "-a", f"base_url={base}", "-s", f"NEWS_DB={db}", "-s", "DOWNLOAD_DELAY=0",
               "-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "LOG_LEVEL=DEBUG", *extra]  # fmt: skip
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stderr


def test_news_list_is_paged_to_its_end(tmp_path: Path) -> None:
    """A TYPO3 news list (`news-list-view`, furniture on article pages) is the listing of the news
    page; its pages are followed by "nächste Seite", "Mehr anzeigen" and by the page number in the
    URL, through a page the classifier does not take for a listing; the month calendar is no page."""
    db = tmp_path / "news.db"
    log = _crawl_site_dir(_kranichfurt(tmp_path), KRANICHFURT, db)
    con = sqlite_utils.Database(db)
    stored = {r["url"]: r["published_date"] for r in con.query("SELECT url, published_date FROM articles")}
    assert stored == {f"https://{KRANICHFURT}/aktuelles/detail/{slug}": iso for slug, _t, iso in NOTICES}
    fetched = [line for line in log.splitlines() if "Crawled (" in line]
    assert not [line for line in fetched if "monat=" in line]
    assert "currentPage%5D=4" in log
    assert next(iter(con.query("SELECT finish_reason FROM crawls")))["finish_reason"] == "finished"


@pytest.mark.parametrize("sitemap", [False, True], ids=["listing", "sitemap"])
def test_max_articles_stores_the_newest(tmp_path: Path, sitemap: bool) -> None:
    """With max_articles=N the N newest articles are stored, by the dates the listing or the sitemap
    tell before the pages are fetched; an article linked from the start page waits its turn."""
    db = tmp_path / "news.db"
    _crawl_site_dir(_kranichfurt(tmp_path, sitemap=sitemap), KRANICHFURT, db, "-a", "max_articles=4")
    con = sqlite_utils.Database(db)
    stored = sorted(r["published_date"] for r in con.query("SELECT published_date FROM articles"))
    assert stored == sorted(iso for _slug, _t, iso in NOTICES[:4])
    # the listings were not walked to their end: the next crawl must not take this one for complete
    assert next(iter(con.query("SELECT finish_reason FROM crawls")))["finish_reason"] == "max_articles"
