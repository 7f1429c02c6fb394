"""Soak: a generated site with faults, a crawl killed twice with SIGKILL and resumed.

Every reachable article must end up in the database exactly once, and every
article the server refuses must be recorded as a failure. The size is small in
the normal test run; CITYNEWS_SOAK_ARTICLES=5000 runs the full soak (README has
the figures).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from crawler.gensite import GeneratedSite, SiteSpec

from .conftest import ROOT

ARTICLES = int(os.environ.get("CITYNEWS_SOAK_ARTICLES", "300"))


def stored(db_path: Path) -> int:
    try:
        con = sqlite3.connect(db_path, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0  # not created yet


def crawl_cmd(site: GeneratedSite, db_path: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "site",
        "-a",
        f"url={site.url}aktuelles",
        "-s",
        f"NEWS_DB={db_path}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_START_DELAY=0.01",
        "-s",
        "AUTOTHROTTLE_TARGET_CONCURRENCY=8",
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s",
        "RETRY_TIMES=1",
        "-s",
        "LOG_LEVEL=WARNING",
        "-s",
        "NEWS_DB_BATCH=10",
    ]


def kill_when(proc: subprocess.Popen, db_path: Path, at_least: int, timeout: float = 300) -> int:
    """SIGKILL the crawl once the database holds `at_least` articles; returns what it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        n = stored(db_path)
        if n >= at_least:
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            return n
        time.sleep(0.2)
    pytest.fail(f"the crawl ended or stalled before storing {at_least} articles")


@pytest.mark.slow
def test_killed_twice_and_resumed(tmp_path: Path) -> None:
    spec = SiteSpec(articles=ARTICLES, faults=0.05, max_delay_ms=20)
    faulty = {n for n in range(1, ARTICLES + 1) if spec.is_faulty(n)}
    db_path = tmp_path / "soak.db"
    started = time.monotonic()
    with GeneratedSite(spec) as site:
        for fraction in (0.3, 0.6):
            proc = subprocess.Popen(
                crawl_cmd(site, db_path), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            kill_when(proc, db_path, int((ARTICLES - len(faulty)) * fraction))
        final = subprocess.run(
            crawl_cmd(site, db_path), cwd=ROOT, capture_output=True, text=True, timeout=900
        )
        assert final.returncode == 0, final.stderr[-3000:]
        expected_ok = {site.article_url(n) for n in range(1, ARTICLES + 1) if n not in faulty}
        expected_failed = {site.article_url(n) for n in faulty}
    db = sqlite_utils.Database(db_path)
    urls = [r["url"] for r in db.query("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)), "an article was stored twice"
    assert set(urls) == expected_ok
    failed = {
        r["url"] for r in db.query("SELECT DISTINCT url FROM errors WHERE kind = 'http' AND status = 500")
    }
    assert failed == expected_failed
    runs = list(db.query("SELECT finished_at, finish_reason FROM crawls ORDER BY started_at, rowid"))
    assert [r["finish_reason"] for r in runs] == [None, None, "finished"]  # two killed, one finished
    print(
        f"\nsoak: {ARTICLES} articles, {len(faulty)} faulty, killed twice, {time.monotonic() - started:.1f} s"
    )
