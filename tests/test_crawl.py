"""Integration: both spiders crawl the bundled sample site over HTTP on 127.0.0.1 into SQLite."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from .conftest import GOLD, ROOT

SPIDERS = {"herne": "www.herne.de", "inherne": "www.inherne.net"}
LISTING_ONLY_NOTICES = 4  # herne.de notices without a page of their own (see data/sample-site/src/herne)


def crawl(
    spider: str, base_url: str, db: Path, *extra: str, log_level: str = "INFO"
) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        spider,
        "-a",
        f"base_url={base_url}",
        "-s",
        f"NEWS_DB={db}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_START_DELAY=0.01",
        "-s",
        f"LOG_LEVEL={log_level}",
        *extra,
    ]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db[t].count for t in ("articles", "quotes", "figures", "credits", "images", "errors")}


def gold_urls(prefix: str) -> set[str]:
    return {json.loads(p.read_text())["url"] for p in GOLD.glob(f"{prefix}-*.gold.json")}


@pytest.fixture(scope="module")
def crawled(
    sample_site: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("crawl") / "news.db"
    logs = {}
    for spider, host in SPIDERS.items():
        logs[spider] = crawl(spider, sample_site[host], db, log_level="DEBUG").stderr
    return db, logs


def test_every_sample_article_is_stored(crawled) -> None:
    db = sqlite_utils.Database(crawled[0])
    urls = {r["url"] for r in db.query("SELECT url FROM articles WHERE listing_only = 0")}
    assert urls == gold_urls("herne") | gold_urls("inherne")
    per_source = dict(db.execute("SELECT source, count(*) FROM articles GROUP BY source").fetchall())
    assert per_source == {
        "herne.de": len(gold_urls("herne")) + LISTING_ONLY_NOTICES,
        "inherne.net": len(gold_urls("inherne")),
    }


def test_listing_only_notices_are_articles(crawled) -> None:
    db = sqlite_utils.Database(crawled[0])
    rows = list(db.query("SELECT url, title, published, body FROM articles WHERE listing_only = 1"))
    assert len(rows) == LISTING_ONLY_NOTICES
    for r in rows:
        assert r["url"].startswith("https://www.herne.de/Meldungen/Alle-News.html#")
        assert r["title"] and r["published"] and r["body"]


def test_seed_article(crawled) -> None:
    db = sqlite_utils.Database(crawled[0])
    seed = next(
        db.query("SELECT * FROM articles WHERE url = 'https://www.inherne.net/zukunftsstab-ist-gestartet/'")
    )
    assert seed["title"] == "Zukunftsstab ist gestartet"
    assert seed["published_date"] == "2020-05-28"
    assert seed["category"] == "Gesellschaft"
    assert json.loads(seed["authors"]) == ["Christoph Hüsken"]
    quotes = list(
        db.query("SELECT text, speaker FROM quotes WHERE article_id = ? ORDER BY seq", [seed["id"]])
    )
    assert [(q["text"][:30], q["speaker"]) for q in quotes if len(q["text"].split()) > 5] == [
        ("Wir waren vor der Pandemie in ", "Frank Dudda"),
        ("Es darf kein Zurück in anfälli", "Frank Dudda"),
        ("Wir wollen aus der ITW die Kra", "Holger Stoye"),
        ("Wir möchten außerdem ein weite", "Frank Dudda"),
    ]
    figures = {
        (f["value"], f["unit"])
        for f in db.query("SELECT value, unit FROM figures WHERE article_id = ?", [seed["id"]])
    }
    assert {(4300.0, "Arbeitsplätze"), (800.0, "Menschen"), (5.0, "Jahren")} <= figures
    credits = list(db.query("SELECT name, organization FROM credits WHERE article_id = ?", [seed["id"]]))
    assert credits == [{"name": "Frank Dieper", "organization": "Stadt Herne"}]


def test_full_text_search_finds_the_seed(crawled) -> None:
    db = sqlite_utils.Database(crawled[0])
    assert "Zukunftsstab ist gestartet" in [r["title"] for r in db["articles"].search("Schockstarre")]
    assert any("Schockstarre" in r["text"] for r in db["quotes"].search("Schockstarre"))


def test_failures_are_recorded_not_fatal(crawled) -> None:
    db = sqlite_utils.Database(crawled[0])
    errors = list(db.query("SELECT url, kind, status FROM errors"))
    assert {
        "url": "https://www.herne.de/Meldungen/News-Detailansicht_121470.html",
        "kind": "http",
        "status": 404,
    } in errors
    assert all(e["kind"] != "extraction" for e in errors), errors


def test_no_request_leaves_the_site(crawled) -> None:
    # Every request went to the mirror on 127.0.0.1; links to the live hosts, facebook or
    # other sites were mapped or filtered, never fetched.
    for spider, log in crawled[1].items():
        fetched = [line for line in log.splitlines() if "Crawled (" in line]
        assert fetched, spider
        assert all("<GET http://127.0.0.1:" in line for line in fetched), spider


def test_second_crawl_changes_no_counts(crawled, sample_site: dict[str, str], tmp_path: Path) -> None:
    db_path = tmp_path / "twice.db"
    for spider, host in SPIDERS.items():
        crawl(spider, sample_site[host], db_path)
    first = counts(sqlite_utils.Database(db_path))
    for spider, host in SPIDERS.items():
        crawl(spider, sample_site[host], db_path)
    second = counts(sqlite_utils.Database(db_path))
    assert {k: v for k, v in second.items() if k != "errors"} == {
        k: v for k, v in first.items() if k != "errors"
    }


def test_since_and_max_articles(sample_site: dict[str, str], tmp_path: Path) -> None:
    db_path = tmp_path / "limited.db"
    crawl("herne", sample_site["www.herne.de"], db_path, "-a", "since=2023-01-01")
    db = sqlite_utils.Database(db_path)
    dates = [r["published_date"] for r in db.query("SELECT published_date FROM articles")]
    assert dates and min(dates) >= "2023-01-01"
    db_path2 = tmp_path / "max.db"
    crawl("inherne", sample_site["www.inherne.net"], db_path2, "-a", "max_articles=5")
    assert sqlite_utils.Database(db_path2)["articles"].count == 5
