"""What every news spider shares: mirrors, limits, article items, failures as data.

Spiders are thin: they know where a site lists its news; `extractors` knows how
to read the pages. A spider crawls the live site by default, or an offline mirror
with `-a base_url=http://127.0.0.1:8000/` (live URLs are mapped onto the mirror
and back, so the database holds the live URLs either way).

Arguments every spider takes:
    -a base_url=URL        crawl a mirror of the site instead of the live host
    -a since=YYYY-MM-DD    skip articles published before this day (and stop paging past them)
    -a max_articles=N      stop after N articles (SiteSpider: the N newest it can tell in advance)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from crawler.items import ArticleItem, ErrorItem
from crawler.runs import PreviousRuns
from extractors.article import article_from_text
from extractors.listing import ListingEntry
from extractors.model import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Session parameters make endless distinct URLs of the same page.
SESSION_PARAMS = re.compile(
    r"^(?:sid|sessionid|session_id|phpsessid|jsessionid|cfid|cftoken|oscsid|zenid|s_id)$", re.I
)
_PATH_SESSION = re.compile(r";(?:jsessionid|sessionid|sid)=[^/?#]*", re.IGNORECASE)


def strip_session(url: str) -> str:
    """The URL without session ids (`?sid=…`, `;jsessionid=…`) and without its fragment."""
    parts = urlsplit(url)
    path = _PATH_SESSION.sub("", parts.path)
    query = "&".join(p for p in parts.query.split("&") if p and not SESSION_PARAMS.match(p.split("=", 1)[0]))
    if path == parts.path and query == parts.query and not parts.fragment:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


class NewsSpider(scrapy.Spider):
    """Base class: set `name`, `source`, `live_base` and implement `initial_requests`."""

    source: str = ""
    live_base: str = ""  # "https://www.herne.de/"

    def __init__(
        self,
        base_url: str | None = None,
        since: str | None = None,
        max_articles: str | int | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.base_url = self._with_slash(base_url) if base_url else None
        self.since = dt.date.fromisoformat(since) if since else None
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        self.article_count = 0
        self.crawl_args = {"base_url": base_url, "since": since, "max_articles": max_articles, **kwargs}
        self.crawl_id: str | None = None
        self.previous = PreviousRuns()  # replaced by CrawlRecorder when the spider opens
        self.refresh = str(kwargs.get("refresh", "")).lower() in ("1", "true", "yes")
        hosts = {urlsplit(self.live_base).hostname or ""}
        if self.base_url:
            hosts.add(urlsplit(self.base_url).hostname or "")
        self.allowed_domains = sorted(h for h in hosts if h)

    @staticmethod
    def _with_slash(url: str) -> str:
        return url if url.endswith("/") else url + "/"

    async def start(self) -> AsyncIterator[Any]:
        for request in self.initial_requests():
            yield request

    def initial_requests(self) -> Iterator[Any]:
        raise NotImplementedError(f"{type(self).__name__} must say where its news are listed")

    # ---------- live <-> mirror ----------

    def fetch_url(self, live_url: str) -> str:
        """Where to fetch a live URL: itself, or its place in the mirror."""
        if self.base_url and live_url.startswith(self.live_base):
            return self.base_url + live_url[len(self.live_base) :]
        if self.base_url:
            # The same host written differently (http://, no www.) maps too.
            live, url = urlsplit(self.live_base), urlsplit(live_url)
            if url.hostname and url.hostname.removeprefix("www.") == (live.hostname or "").removeprefix(
                "www."
            ):
                rest = live_url.split(url.netloc, 1)[1].lstrip("/")
                return self.base_url + rest
        return live_url

    def live_url(self, fetched_url: str) -> str:
        """The live URL of a fetched one."""
        if self.base_url and fetched_url.startswith(self.base_url):
            return self.live_base + fetched_url[len(self.base_url) :]
        return fetched_url

    def request(self, live_url: str, callback: Any, *, priority: int = 0, **cb_kwargs: Any) -> scrapy.Request:
        return scrapy.Request(
            self.fetch_url(strip_session(live_url)),
            callback=callback,
            errback=self.on_error,
            cb_kwargs=cb_kwargs,
            priority=priority,
        )

    def article_request(self, live_url: str, callback: Any, **cb_kwargs: Any) -> scrapy.Request | None:
        """A request for an article page, or None when an earlier crawl stored it and nothing says it changed.

        A stored article whose server gave an ETag or Last-Modified is asked for
        conditionally (a 304 costs nothing); one without them is not fetched again
        unless the crawl runs with `-a refresh=1`.
        """
        url = strip_session(live_url)
        if not self.previous.known(url):
            return self.request(url, callback, **cb_kwargs)
        seen = self.previous.pages.get(url, {})
        headers = {}
        if seen.get("etag"):
            headers["If-None-Match"] = seen["etag"]
        if seen.get("last-modified"):
            headers["If-Modified-Since"] = seen["last-modified"]
        if not headers and not self.refresh:
            self.crawler.stats.inc_value("articles/skipped_known")
            return None
        req = self.request(url, callback, **cb_kwargs)
        req.headers.update(headers)
        req.meta["handle_httpstatus_list"] = [304]
        return req

    def unchanged(self, response: Response) -> bool:
        """Is this response the page an earlier crawl stored (304, or the same bytes)?"""
        if response.status == 304:
            return True
        live = self.live_url(response.url)
        if not self.previous.known(live):
            return False  # fetched before (maybe by a killed crawl) but never stored: not done yet
        seen = self.previous.pages.get(live)
        return bool(seen) and seen.get("content_hash") == response.meta.get("archive_hash")

    # ---------- limits ----------

    def too_old(self, published: str | None) -> bool:
        if not self.since or not published:
            return False
        try:
            return dt.date.fromisoformat(published[:10]) < self.since
        except ValueError:
            return False

    def limit_reached(self) -> bool:
        return self.max_articles is not None and self.article_count >= self.max_articles

    # ---------- articles ----------

    def is_html(self, response: Response) -> bool:
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if ctype:
            return ctype.startswith(HTML_TYPES)
        return isinstance(response, TextResponse)

    def declared_encoding(self, response: Response) -> str | None:
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        for part in ctype.split(";")[1:]:
            k, _, v = part.strip().partition("=")
            if k.lower() == "charset" and v:
                return v.strip("\"' ")
        return None

    def article_item(
        self, article: Article, response: Response, entry: ListingEntry | None = None
    ) -> Iterator[ArticleItem]:
        """The item for an extracted article, unless `since` or `max_articles` say otherwise."""
        live = self.live_url(response.url)
        if article.canonical_url:
            # A mirror's canonical link points at the live site already; a live page's may point elsewhere.
            canon = self.live_url(article.canonical_url)
            if urlsplit(canon).hostname != urlsplit(live).hostname:
                canon = live
            article.canonical_url = canon
        if entry is not None:
            article.title = article.title or entry.title
            if not article.published and entry.published:
                article.published, article.date_source = entry.published, "listing"
            article.teaser = article.teaser or entry.teaser
        if self.too_old(article.published):
            return
        if self.limit_reached():
            raise CloseSpider("max_articles")
        self.article_count += 1
        yield ArticleItem(
            source=self.source,
            article=article,
            fetched_url=response.url,
            http_status=response.status,
            content_hash=hashlib.sha256(response.body).hexdigest(),
        )

    def listing_only_item(self, entry: ListingEntry, listing_url: str) -> ArticleItem:
        """A notice that exists only as a listing entry: its teaser is its text."""
        slug = hashlib.sha1(f"{entry.published}|{entry.title}".encode()).hexdigest()[:12]
        url = f"{listing_url.split('?', 1)[0].split('#', 1)[0]}#{entry.anchor or 'meldung-' + slug}"
        article = article_from_text(
            url,
            entry.title,
            entry.teaser or "",
            published=entry.published,
            teaser=entry.teaser,
            page_type="listing-entry",
        )
        self.article_count += 1
        return ArticleItem(source=self.source, article=article, fetched_url=listing_url, listing_only=True)

    # ---------- failures ----------

    def on_error(self, failure: Failure) -> Iterator[ErrorItem]:
        request = failure.request
        # The URL we asked for, not the last hop of its redirects.
        url = self.live_url(request.meta.get("redirect_urls", [request.url])[0])
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            kind, message = "http", f"HTTP {status}"
        elif failure.check(DNSLookupError):
            kind, message = "dns", "host name could not be resolved"
        elif failure.check(TimeoutError, TCPTimedOutError) or "Timeout" in failure.type.__name__:
            kind, message = (
                "timeout",
                f"no complete answer within {request.meta.get('download_timeout', '?')} s",
            )
        elif failure.check(ConnectionRefusedError):
            kind, message = "connection", "connection refused"
        elif failure.check(IgnoreRequest):
            text = str(failure.value)
            kind = "robots" if "robots.txt" in text else "redirect" if "redirect" in text else "ignored"
            message = text or "request ignored"
        else:
            text = str(failure.value) or failure.type.__name__
            kind = (
                "too_large"
                if "maxsize" in text.lower() or ("size" in text.lower() and "larger" in text.lower())
                else "download"
            )
            message = f"{failure.type.__name__}: {text}"
        if request.meta.get("probe") and kind in ("http", "ignored", "robots"):
            self.logger.debug("probe %s: %s", url, message)  # a guessed URL that is not there: no failure
            return
        if kind == "robots":
            self.logger.info("skipped %s: robots.txt disallows it", url)
        else:
            self.logger.warning("failed: %s (%s: %s)", url, kind, message)
        yield ErrorItem(url=url, kind=kind, message=message, source=self.source, status=status)
