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
