"""Crawl runs: one database connection per crawl, the `crawls` table, and what earlier runs left.

A crawl killed at any moment (SIGKILL included) leaves a `crawls` row without
`finished_at`. The next crawl of the same source sees that and walks every listing
to the end again, skipping articles it already stored; only after a finished crawl
does a repeated one stop paging at the first listing page it has fully seen.
"""

from __future__ import annotations

import json
import logging
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from scrapy import Spider, signals
from scrapy.crawler import Crawler

from extractors import __version__ as EXTRACTOR_VERSION

from . import archive, storage
from .items import now_iso

log = logging.getLogger(__name__)

# One connection per database file per process: spiders that run side by side in one reactor
# (the demo runs two) share it, so they never wait on each other's locks.
_OPEN: dict[str, tuple[sqlite_utils.Database, int]] = {}


def crawl_db(crawler: Crawler) -> sqlite_utils.Database:
    """The crawl's connection to the news database (opened on first use, released when the engine stops)."""
    db = getattr(crawler, "_citynews_db", None)
    if db is not None:
        return db
    path = str(Path(crawler.settings.get("NEWS_DB")).resolve())
    if path in _OPEN:
        db, users = _OPEN[path]
        _OPEN[path] = (db, users + 1)
    else:
        db = storage.open_db(path)
        _OPEN[path] = (db, 1)
    crawler._citynews_db = db
    crawler.signals.connect(lambda: _release(crawler, path), signal=signals.engine_stopped, weak=False)
    return db


def _release(crawler: Crawler, path: str) -> None:
    db = getattr(crawler, "_citynews_db", None)
    if db is None:
        return
    crawler._citynews_db = None
    db.conn.commit()
    shared, users = _OPEN.get(path, (db, 1))
    if users <= 1:
        _OPEN.pop(path, None)
        db.close()
    else:
        _OPEN[path] = (shared, users - 1)


@dataclass(slots=True)
class PreviousRuns:
    """What the database knows about a source before a crawl starts."""

    articles: set[str] = field(default_factory=set)  # live URLs of articles already stored
    pages: dict[str, dict[str, str]] = field(default_factory=dict)  # URL -> etag, last-modified, content_hash
    last_finished: bool = False  # did the most recent crawl of this source run to its end?

    def known(self, url: str) -> bool:
        return url in self.articles


def previous_runs(db: sqlite_utils.Database, source: str) -> PreviousRuns:
    state = PreviousRuns()
    for row in db.query("SELECT url, fetched_url, canonical_url FROM articles WHERE source = ?", [source]):
        state.articles.update(u for u in (row["url"], row["canonical_url"]) if u)
    state.pages = archive.validators(db, source)
    last = list(
        db.query(
            "SELECT finished_at, finish_reason FROM crawls WHERE source = ? ORDER BY started_at DESC, "
            "rowid DESC LIMIT 1",
            [source],
        )
    )
    state.last_finished = (
        bool(last) and bool(last[0]["finished_at"]) and last[0]["finish_reason"] == "finished"
    )
    return state


class CrawlRecorder:
    """Extension: a `crawls` row per run, with its arguments, outcome and stats."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRecorder:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        db = crawl_db(self.crawler)
        source = getattr(spider, "source", None) or spider.name
        args = {k: v for k, v in (getattr(spider, "crawl_args", {}) or {}).items() if v is not None}
        previous = previous_runs(db, source)
        started = now_iso()
        crawl_id = (
            f"{started.replace('-', '').replace(':', '').removesuffix('+0000')}Z-{secrets.token_hex(3)}"
        )
        with db.conn:
            db["crawls"].insert({
                "id": crawl_id, "spider": spider.name, "source": source, "args": json.dumps(args, ensure_ascii=False),
                "started_at": started, "extractor_version": EXTRACTOR_VERSION, "host": socket.gethostname(),
            })  # fmt: skip
        spider.crawl_id = crawl_id
        spider.previous = previous
        log.info(
            "crawl %s of %s started; %d articles already stored%s",
            crawl_id,
            source,
            len(previous.articles),
            ""
            if previous.last_finished or not previous.articles
            else " (the last crawl did not finish: resuming)",
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        crawl_id = getattr(spider, "crawl_id", None)
        if crawl_id is None:
            return
        db = crawl_db(self.crawler)
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        with db.conn:
            db["crawls"].update(crawl_id, {
                "finished_at": now_iso(), "finish_reason": reason,
                "articles_stored": stats.get("articles/stored", 0), "pages_fetched": stats.get("archive/pages", 0),
                "errors": sum(v for k, v in stats.items() if k.startswith("errors/")),
                "stats": json.dumps({k: v for k, v in stats.items() if isinstance(v, (int, float, str))}, default=str),
            })  # fmt: skip
