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
