"""The archive: every fetched page kept, re-extracted without network, replayed as a crawl source;
edits of published articles kept as versions; repeated crawls fetch only what changed."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import sqlite_utils

from crawler import archive, storage
from crawler.archive import ArchiveServer
from crawler.mirror import MirrorServer
from crawler.reextract import reextract

from .conftest import ROOT, SAMPLE_SITE

EXTRA = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "LOG_LEVEL=INFO"]


def crawl(spider: str, base_url: str, db: Path, *extra: str) -> str:
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
        *EXTRA,
        *extra,
    ]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stderr


@pytest.fixture(scope="module")
def herne_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the herne.de mirror the tests may edit."""
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(SAMPLE_SITE / "www.herne.de", root / "www.herne.de")
    return root


@pytest.fixture(scope="module")
def crawled(herne_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "news.db"
    with MirrorServer(herne_site) as server:
        crawl("herne", server.base_urls()["www.herne.de"], db)
    return db


def test_every_fetch_is_archived(crawled: Path) -> None:
    db = sqlite_utils.Database(crawled)
    pages = {r["url"]: r for r in db.query("SELECT * FROM pages")}
    for row in db.query("SELECT url, content_hash FROM articles WHERE listing_only = 0"):
        assert row["url"] in pages
        assert archive.load_body(db, row["content_hash"]).startswith((b"<!DOCTYPE", b"<!doctype", b"<html"))
    assert pages["https://www.herne.de/Meldungen/News-Detailansicht_121470.html"]["status"] == 404
    assert "https://www.herne.de/robots.txt" in pages
    raw = db.execute("SELECT compression, body FROM page_bodies LIMIT 1").fetchone()
    assert raw[0] == "zlib" and zlib.decompress(raw[1])


def test_reextract_needs_no_network_and_gives_the_same_data(crawled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with sqlite3.connect(crawled) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)  # a WAL database is more than its main file
    db = storage.open_db(copy)
    before = {t: db[t].count for t in ("articles", "quotes", "figures", "credits", "images")}
    db.execute("DELETE FROM quotes")
    db.execute("UPDATE articles SET extractor_version = 'old'")
    db.execute(
        "UPDATE articles SET title = 'x' WHERE listing_only = 0"
    )  # notices have no page to re-read a title from
    db.conn.commit()
    result = reextract(db, progress=False)
    assert result["failed"] == 0, list(db.query("SELECT url, message FROM errors WHERE kind = 'reextract'"))
    assert result["reextracted"] == before["articles"]
    assert {t: db[t].count for t in before} == before
    assert (
        db.execute("SELECT count(*) FROM articles WHERE title = 'x' OR extractor_version = 'old'").fetchone()[
            0
        ]
        == 0
    )
    assert (
        db.execute("SELECT max(version) FROM articles").fetchone()[0] == 1
    )  # no edit by the city, no new version


def test_archive_replays_as_a_crawl_source(crawled: Path, tmp_path: Path) -> None:
    replayed = tmp_path / "replayed.db"
    server = ArchiveServer(crawled)
    try:
        crawl("herne", server.start()["www.herne.de"], replayed)
    finally:
        server.stop()
    original = sqlite_utils.Database(crawled)
    again = sqlite_utils.Database(replayed)
    query = "SELECT url, title, published_date, body FROM articles ORDER BY url"
    assert list(again.query(query)) == list(original.query(query))


def test_warc_export(crawled: Path, tmp_path: Path) -> None:
    out = tmp_path / "crawl.warc.gz"
    n = archive.export_warc(sqlite_utils.Database(crawled), out)
    assert n > 20
    import gzip

    data = gzip.decompress(out.read_bytes())
    assert data.count(b"WARC/1.1\r\nWARC-Type: response") == n
    assert b"WARC-Target-URI: https://www.herne.de/Meldungen/Alle-News.html" in data


def test_repeated_crawl_fetches_only_what_changed_and_keeps_versions(
    herne_site: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "versions.db"
    page = herne_site / "www.herne.de" / "Meldungen" / "News-Detailansicht_131745.html"
    with MirrorServer(herne_site) as server:
        base = server.base_urls()["www.herne.de"]
        crawl("herne", base, db_path)
        first = sqlite_utils.Database(db_path)
        fetched_first = first["pages"].count
        # The city edits a published article.
        original = page.read_bytes()
        page.write_bytes(original.replace(b"offiziell", b"feierlich"))
        try:
            log = crawl("herne", base, db_path)
        finally:
            page.write_bytes(original)
    db = sqlite_utils.Database(db_path)
    fetched_second = db["pages"].count - fetched_first
    assert fetched_second < 15, "a repeated crawl should not fetch the whole site again"
    assert db.execute("SELECT count(*) FROM pages WHERE status = 304").fetchone()[0] >= 1
    row = next(db.query("SELECT id, title, version FROM articles WHERE url LIKE '%131745.html'"))
    assert row["version"] == 2
    assert "feierlich" in row["title"]
    versions = list(
        db.query(
            "SELECT version, title FROM article_versions WHERE article_id = ? ORDER BY version", [row["id"]]
        )
    )
    assert [v["version"] for v in versions] == [1, 2]
    assert "offiziell" in versions[0]["title"] and "feierlich" in versions[1]["title"]
    assert db["articles"].count == 24
    assert "resuming" not in log


def test_an_interrupted_crawl_is_resumed_not_restarted(herne_site: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "resume.db"
    with MirrorServer(herne_site) as server:
        base = server.base_urls()["www.herne.de"]
        crawl("herne", base, db_path, "-a", "max_articles=5")  # stops early: not a finished crawl
        log = crawl("herne", base, db_path)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 24
    assert "resuming" in log
    assert [
        r["finish_reason"] for r in db.query("SELECT finish_reason FROM crawls ORDER BY started_at, rowid")
    ] == ["max_articles", "finished"]
