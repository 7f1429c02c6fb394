"""Crawling a generated site on 127.0.0.1: the full crawl against a fetch-only spider, memory, re-extraction.

The full crawl is `scrapy crawl site` (fetch, classify, extract, archive, store), run
as a subprocess with the politeness delays removed for 127.0.0.1; the reference is
`fetch_only_spider.py`, which requests the same listing and article pages and does
nothing with them. Both are timed by the wall clock from start to exit (interpreter
start included, for both), and their peak resident memory is the kernel's high-water mark (VmHWM).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler import storage
from crawler.archive import load_body
from crawler.gensite import GeneratedSite, SiteSpec
from crawler.reextract import reextract
from extractors.page import analyze_page

from .corpus import ROOT
from .measure import ProcessRun, Samples, db_size, run_process, wall_rate

# No politeness towards our own server on 127.0.0.1; everything else as configured.
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "WARNING",
}
FETCH_ONLY = ROOT / "bench" / "fetch_only_spider.py"


class CrawlFailed(RuntimeError):
    pass


@dataclass(slots=True)
class CrawlResult:
    articles: int
    processes: int  # extraction worker processes of the second full crawl
    full_rate: Samples = field(default_factory=lambda: Samples("full crawl", "pages/s"))
    pool_rate: Samples = field(default_factory=lambda: Samples("full crawl, extraction workers", "pages/s"))
    fetch_rate: Samples = field(default_factory=lambda: Samples("fetch-only spider", "pages/s"))
    full_rss: Samples = field(default_factory=lambda: Samples("full crawl peak RSS", "MB"))
    pool_rss: Samples = field(
        default_factory=lambda: Samples("full crawl, extraction workers, peak RSS", "MB")
    )
    fetch_rss: Samples = field(default_factory=lambda: Samples("fetch-only peak RSS", "MB"))
    full_cpu_ms: Samples = field(default_factory=lambda: Samples("full crawl CPU a page", "ms"))
    fetch_cpu_ms: Samples = field(default_factory=lambda: Samples("fetch-only CPU a page", "ms"))
    db_bytes_per_article: Samples = field(default_factory=lambda: Samples("database per article", "kB"))
    pages: int = 0

    def samples(self) -> list[Samples]:
        return [
            self.full_rate,
            self.pool_rate,
            self.fetch_rate,
            self.full_rss,
            self.pool_rss,
            self.fetch_rss,
            self.full_cpu_ms,
            self.fetch_cpu_ms,
            self.db_bytes_per_article,
        ]


def _settings(values: dict[str, str]) -> list[str]:
    return [arg for k, v in values.items() for arg in ("-s", f"{k}={v}")]


def full_crawl(site: GeneratedSite, db_path: Path, processes: int = 0) -> tuple[ProcessRun, int, int]:
    """(the run, pages fetched, articles stored) of one `scrapy crawl site`, extracting in `processes`
    worker processes (0: in the crawler's own)."""
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "site",
        "-a",
        f"url={site.url}aktuelles",
        *_settings({**FAST, "NEWS_DB": str(db_path), "EXTRACTION_PROCESSES": str(processes)}),
    ]
    run = run_process(cmd, cwd=ROOT)
    if run.returncode != 0:
        raise CrawlFailed(f"scrapy crawl site exited {run.returncode}: {run.stderr}")
    con = sqlite3.connect(db_path)
    try:
        pages = con.execute("SELECT count(*) FROM pages").fetchone()[0]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()
    return run, pages, articles


def fetch_only(site: GeneratedSite, workdir: Path) -> tuple[ProcessRun, int]:
    """(the run, responses) of the fetch-only spider, run outside the project folder."""
    report = workdir / "fetch-only.json"
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "runspider",
        str(FETCH_ONLY),
        "-a",
        f"url={site.url}aktuelles",
        "-a",
        f"report={report}",
        *_settings({**FAST, "ROBOTSTXT_OBEY": "True"}),
    ]
    run = run_process(cmd, cwd=workdir)
    if run.returncode != 0 or not report.exists():
        raise CrawlFailed(f"fetch-only spider exited {run.returncode}: {run.stderr}")
    return run, json.loads(report.read_text(encoding="utf-8"))["responses"]


def crawl_site(
    articles: int, repeats: int, processes: int, workdir: Path, log: Callable[[str], None]
) -> tuple[CrawlResult, Path]:
    """The three crawls of a generated site, `repeats` times each; returns the last full crawl's database."""
    result = CrawlResult(articles, processes)
    last_db = workdir / "none.db"
    with GeneratedSite(SiteSpec(articles=articles, faults=0.0, max_delay_ms=0)) as site:
        for r in range(repeats):
            db_path = workdir / f"crawl-{articles}-{r}.db"
            run, pages, stored = full_crawl(site, db_path)
            _check(stored, articles)
            result.full_rate.values.append(pages / run.seconds)
            result.full_rss.values.append(run.peak_rss_mb)
            result.full_cpu_ms.values.append(run.cpu_seconds / pages * 1000)
            result.db_bytes_per_article.values.append(db_size(db_path) / stored / 1000)
            result.pages = pages
            log(_crawl_line(articles, r, repeats, "full", pages, run))
            pool_db = workdir / f"crawl-{articles}-{r}-workers.db"
            p_run, p_pages, p_stored = full_crawl(site, pool_db, processes)
            _check(p_stored, articles)
            if content(pool_db) != content(db_path):
                raise CrawlFailed(
                    "the crawl with extraction workers stored something else than the crawl without"
                )
            result.pool_rate.values.append(p_pages / p_run.seconds)
            result.pool_rss.values.append(p_run.peak_rss_mb)
            log(
                _crawl_line(articles, r, repeats, f"full, {processes} extraction process(es)", p_pages, p_run)
            )
            for old in (last_db, pool_db):
                if old.exists():
                    old.unlink()
            last_db = db_path
            f_run, responses = fetch_only(site, workdir)
            result.fetch_rate.values.append(responses / f_run.seconds)
            result.fetch_rss.values.append(f_run.peak_rss_mb)
            result.fetch_cpu_ms.values.append(f_run.cpu_seconds / responses * 1000)
            log(_crawl_line(articles, r, repeats, "fetch-only", responses, f_run))
    return result, last_db


def _check(stored: int, articles: int) -> None:
    if stored != articles:
        raise CrawlFailed(f"the crawl stored {stored} of {articles} articles")


def content(db_path: Path) -> list[tuple]:
    """What a crawl extracted and stored, without the times it did so."""
    con = sqlite3.connect(db_path)
    try:
        rows = con.execute(
            "SELECT id, url, title, published, category, authors, text_hash, body FROM articles ORDER BY id"
        )
        out = list(rows)
        for table in ("quotes", "figures", "credits", "images"):
            out += con.execute(f"SELECT * FROM [{table}] ORDER BY article_id, seq").fetchall()
        return out
    finally:
        con.close()


def _crawl_line(articles: int, r: int, repeats: int, what: str, pages: int, run: ProcessRun) -> str:
    return (
        f"  crawl {articles} articles, run {r + 1}/{repeats}: {what} {pages} pages in {run.seconds:.1f} s, "
        f"{run.cpu_seconds / pages * 1000:.1f} ms CPU a page, {run.peak_rss_mb:.0f} MB"
    )


@dataclass(slots=True)
class ReextractResult:
    articles: int
    rate: Samples = field(default_factory=lambda: Samples("re-extraction", "articles/s"))
    analyze_rate: Samples = field(
        default_factory=lambda: Samples("analyze_page on the archived bodies", "pages/s")
    )


def reextract_archive(db_path: Path, repeats: int, log: Callable[[str], None]) -> ReextractResult:
    """`crawler.reextract` over a crawled database, against analyze_page alone on the same bodies in memory."""
    db = storage.open_db(db_path)
    try:
        rows = db.execute(
            "SELECT a.content_hash, p.url FROM articles a JOIN pages p ON p.content_hash = a.content_hash "
            "WHERE a.content_hash IS NOT NULL GROUP BY a.id"
        ).fetchall()
        bodies = [(load_body(db, h), url) for h, url in rows]
        result = ReextractResult(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        for r in range(repeats):
            start = time.perf_counter()
            done = reextract(db, progress=False)["reextracted"]
            result.rate.values.append(done / (time.perf_counter() - start))
            result.analyze_rate.values.append(wall_rate(lambda: _analyze_all(bodies)))
            log(
                f"  re-extraction run {r + 1}/{repeats}: {result.rate.values[-1]:,.0f} articles/s "
                f"(analyze_page alone {result.analyze_rate.values[-1]:,.0f} pages/s)"
            )
    finally:
        db.close()
    return result


def _analyze_all(bodies: list[tuple[bytes | None, str]]) -> int:
    for body, url in bodies:
        if body is not None:
            analyze_page(body, url)
    return len(bodies)


def scratch_dir() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="citynews-bench-")
