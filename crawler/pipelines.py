"""Item pipelines: check what the spiders found, then store it."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler

from . import storage
from .items import ArticleItem, ErrorItem
from .runs import crawl_db

log = logging.getLogger(__name__)

# Fields whose presence the crawl stats report per item: a selector that silently
# breaks shows up as a falling count, not as missing data discovered months later.
TRACKED_FIELDS = (
    "title",
    "published",
    "category",
    "authors",
    "body",
    "quotes",
    "figures",
    "credits",
    "images",
)


class ValidationPipeline:
    """Counts which fields each article has; turns an article with nothing in it into a recorded failure."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidationPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        a = item.article
        self.stats.inc_value("articles/seen")
        for name in TRACKED_FIELDS:
            if getattr(a, name):
                self.stats.inc_value(f"articles/with_{name}")
        for w in a.warnings:
            self.stats.inc_value("articles/warnings")
            log.info("%s: %s", a.url, w)
        if not a.title and not a.body:
            self.stats.inc_value("articles/empty")
            return ErrorItem(
                url=a.url,
                kind="extraction",
                source=item.source,
                message="no title and no text found: " + ("; ".join(a.warnings) or "page has neither"),
            )
        return item


class SQLitePipeline:
    """Writes articles in batched transactions and failures at once."""

    def __init__(self, path: str, batch: int, crawler: Crawler) -> None:
        self.path = path
        self.batch_size = max(1, batch)
        self.crawler = crawler
        self.stats = crawler.stats
        self.buffer: list[ArticleItem] = []
        self.db = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SQLitePipeline:
        s = crawler.settings
        return cls(s.get("NEWS_DB"), s.getint("NEWS_DB_BATCH", 25), crawler)

    def open_spider(self) -> None:
        self.db = crawl_db(self.crawler)
        log.info("writing to %s", self.path)

    def close_spider(self) -> None:
        self.flush()
        if self.db is not None:
            log.info("database %s now holds %s", self.path, storage.summary(self.db))

    def process_item(self, item: Any) -> Any:
        crawl_id = getattr(self.crawler.spider, "crawl_id", None)
        if isinstance(item, ErrorItem):
            storage.record_error(
                self.db,
                item.url,
                item.kind,
                item.message,
                source=item.source,
                status=item.status,
                crawl_id=crawl_id,
            )
            self.stats.inc_value(f"errors/{item.kind}")
            return item
        if isinstance(item, ArticleItem):
            item.crawl_id = item.crawl_id or crawl_id
            self.buffer.append(item)
            if len(self.buffer) >= self.batch_size:
                self.flush()
        return item

    def flush(self) -> None:
        if not self.buffer or self.db is None:
            return
        n = storage.save_articles(self.db, self.buffer)
        self.stats.inc_value("articles/stored", n)
        self.buffer.clear()
