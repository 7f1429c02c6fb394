"""Bad input from a misbehaving server: the crawl finishes, says what happened, loses nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlite_utils

from crawler import storage
from crawler.items import ArticleItem
from extractors.model import Article

from .conftest import ROOT
from .servers import GOOD, FaultyServer

SETTINGS = {
    "DOWNLOAD_TIMEOUT": "2",
    "DOWNLOAD_MAXSIZE": "1000000",
    "DOWNLOAD_WARNSIZE": "0",
    "RETRY_TIMES": "1",
    "RETRY_AFTER_MAX": "2",
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_START_DELAY": "0.01",
    "CLOSESPIDER_TIMEOUT": "120",
    "LOG_LEVEL": "INFO",
}


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[sqlite_utils.Database, str, str]:
    db_path = tmp_path_factory.mktemp("faults") / "news.db"
    # Something a previous crawl stored: it must survive whatever this crawl meets.
    earlier = storage.open_db(db_path)
    storage.save_articles(
        earlier,
        [
            ArticleItem(
                source="127.0.0.1",
                fetched_url="http://127.0.0.1/alt",
                article=Article(
                    url="http://127.0.0.1/alt", title="Alte Meldung", body="Ein Text aus einem früheren Lauf."
                ),
            )
        ],
    )
    earlier.close()
    with FaultyServer() as server:
        cmd = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "site",
            "-a",
            f"url={server.url}",
            "-s",
            f"NEWS_DB={db_path}",
        ]
        for k, v in SETTINGS.items():
            cmd += ["-s", f"{k}={v}"]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240)
        assert out.returncode == 0, out.stderr[-3000:]
        return sqlite_utils.Database(db_path), server.url, out.stderr


def test_crawl_finishes_and_keeps_the_good_pages(faulty_crawl) -> None:
    db, base, log = faulty_crawl
    stored = {r["url"].removeprefix(base.rstrip("/")) for r in db.query("SELECT url FROM articles")}
    assert GOOD <= stored, sorted(GOOD - stored)
    assert "Spider closed (finished)" in log or "Spider closed (closespider_timeout)" not in log


def test_earlier_data_is_not_lost(faulty_crawl) -> None:
    db, _base, _log = faulty_crawl
    assert [
        r["title"] for r in db.query("SELECT title FROM articles WHERE url = 'http://127.0.0.1/alt'")
    ] == ["Alte Meldung"]


def test_wrong_and_missing_charsets_are_read_right(faulty_crawl) -> None:
    db, base, _log = faulty_crawl
    titles = {
        r["url"].removeprefix(base.rstrip("/")): r["title"]
        for r in db.query("SELECT url, title FROM articles")
    }
    assert titles["/latin1"] == "Grünfläche am Bahnhof wird größer"
    assert titles["/nocharset"] == "Straßenfest in der Südstadt"
    body = next(db.query("SELECT body FROM articles WHERE url = ?", [base + "nocharset"]))["body"]
    assert "Über das Straßenfest freuen sich alle." in body


def test_truncated_html_still_yields_the_article(faulty_crawl) -> None:
    db, base, _log = faulty_crawl
    row = next(db.query("SELECT title, body FROM articles WHERE url = ?", [base + "broken"]))
    assert row["title"] == "Abgebrochene Seite über den Marktplatz"
    assert "Marktplatz wird neu gestaltet" in row["body"]


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/empty", "empty"),
        ("/pdf", "not_html"),
        ("/binary", "not_html"),
        ("/huge", "too_large"),
        ("/hang", "timeout"),
        ("/drip", "timeout"),
        ("/gone", "http"),
        ("/missing", "http"),
        ("/error", "http"),
        ("/loop", "redirect"),
        ("/private/intern", "robots"),
    ],
)
def test_every_failure_is_recorded(faulty_crawl, path: str, kind: str) -> None:
    db, base, _log = faulty_crawl
    rows = list(db.query("SELECT kind, status, message FROM errors WHERE url = ?", [base + path.lstrip("/")]))
    assert rows, f"no error recorded for {path}"
    assert rows[0]["kind"] == kind, rows
    assert rows[0]["message"]


def test_statuses_are_kept(faulty_crawl) -> None:
    db, base, _log = faulty_crawl
    status = {r["url"]: r["status"] for r in db.query("SELECT url, status FROM errors")}
    assert status[base + "gone"] == 410
    assert status[base + "missing"] == 404
    assert status[base + "error"] == 500


def test_traps_do_not_run_away(faulty_crawl) -> None:
    db, base, _log = faulty_crawl
    calendar = db.execute("SELECT count(*) FROM pages WHERE url LIKE ?", [base + "kalender%"]).fetchone()[0]
    sessions = db.execute("SELECT count(*) FROM pages WHERE url LIKE ?", [base + "sitzung%"]).fetchone()[0]
    assert calendar <= 2
    assert sessions == 1


def test_offsite_redirect_is_not_followed(faulty_crawl) -> None:
    db, _base, log = faulty_crawl
    assert (
        db.execute("SELECT count(*) FROM pages WHERE url LIKE 'http://other-city.invalid%'").fetchone()[0]
        == 0
    )


def test_log_says_what_happened_in_plain_words(faulty_crawl) -> None:
    _db, _base, log = faulty_crawl
    assert "HTTP 404" in log
    assert "Retry-After" in log


def test_the_run_is_recorded(faulty_crawl) -> None:
    db, _base, _log = faulty_crawl
    run = list(db.query("SELECT * FROM crawls ORDER BY started_at, rowid"))[-1]
    assert run["finish_reason"] == "finished"
    assert run["errors"] >= 10
