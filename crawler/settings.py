"""Scrapy settings: polite by default, everything a research crawl needs to be reproducible.

Override any of them on the command line: `scrapy crawl herne -s NEWS_DB=/tmp/x.db`.
"""

from __future__ import annotations

import os

BOT_NAME = "citynews"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and how to reach us: site operators see this in their logs.
CONTACT = os.environ.get("CITYNEWS_CONTACT", "https://github.com/citynews/citynews (research crawler)")
USER_AGENT = f"citynews/0.1 (+{CONTACT}; news research for German municipalities)"

# Manners.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a news page is never 10 MB; a PDF or a video might be
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy's code-execution endpoint: never on a research machine
# Paginated listings are deep by nature (page 250 of an archive is depth 250); the spiders bound
# themselves instead: listings are paged at most max_listing_pages, menus followed two levels deep.
DEPTH_LIMIT = 0

# Development: `-s HTTPCACHE_ENABLED=1` keeps every response under .scrapy/httpcache.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# Outputs (items and requests) of one response handled at once. With the asyncio reactor Scrapy
# starts this many tasks for every response (default 100); the pipelines here are synchronous, so
# a few do the same work, and 90 idle tasks a page cost more CPU than following its links.
CONCURRENT_ITEMS = 16

# Extraction in worker processes: reading a page costs more CPU than Scrapy spends fetching it,
# so a crawl without politeness delays (a mirror, a replayed archive) would be capped at one core.
# Default: one worker where the machine has a second core; 0 extracts in the crawler's process.
EXTRACTION_PROCESSES = 1 if (os.cpu_count() or 1) > 1 else 0

# Storage.
NEWS_DB = os.environ.get("NEWS_DB", "data/news.db")
NEWS_DB_BATCH = 25  # articles per transaction: a crash loses at most the open batch

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.MirrorMiddleware": 50,
    "crawler.middlewares.RetryAfterMiddleware": 560,  # sees a 503's Retry-After before RetryMiddleware (550)
    "crawler.middlewares.RedirectLoopMiddleware": 610,  # sees a redirect before RedirectMiddleware (600)
    "crawler.archive.ArchiveMiddleware": 950,  # every raw response, redirects and errors included
}
EXTENSIONS = {
    "crawler.runs.CrawlRecorder": 100,
}
# The archive of every fetched page (table `pages`, bodies compressed in `page_bodies`).
ARCHIVE_ENABLED = True
ARCHIVE_MAX_BODY = 5 * 1024 * 1024
RETRY_AFTER_MAX = 120  # seconds we are willing to wait when a server says Retry-After

ITEM_PIPELINES = {
    "crawler.pipelines.ValidationPipeline": 100,
    "crawler.pipelines.SQLitePipeline": 800,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
# Scrapy re-reads the source of every generator callback on every response to warn about a
# `return value` in it (a development check, a sizeable share of a fast crawl's time).
WARN_ON_GENERATOR_RETURN_VALUE = False
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("SCRAPY_LOG_LEVEL", "INFO")
LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"
