"""The generic spider: point it at a city's website and get its news.

    scrapy crawl site -a url=https://www.some-city.de/
    scrapy crawl site -a profile=herne                  # crawler/sites/herne.toml

It finds articles by every means a site offers — `Sitemap:` lines in robots.txt,
`/sitemap.xml` and sitemap indexes (with `lastmod`), RSS and Atom feeds, news
listings and their pagination, and the "Aktuelles"/"Pressemitteilungen" links of the
start page — fetches each candidate, and keeps the pages that `extractors.page`
classifies as articles. It stays on the site, obeys robots.txt, `since` and
`max_articles`, and caps every listing's pagination (calendar traps).

Articles are fetched newest first, by the date the site tells before the page is
fetched (sitemap `lastmod`, feed `pubDate`, the listing entry's date): with
`max_articles=N` the crawl stores the N newest of those it has found.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import heapq
import logging
import multiprocessing
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler import profiles
from crawler.items import ErrorItem
from extractors.dates import parse_date
from extractors.listing import ListingEntry, calendar_url
from extractors.page import EVENT_URL, NEWS_LINK_URL, PRESS_URL, Page, analyze_page

from .base import NewsSpider, strip_session

log = logging.getLogger(__name__)

# Sitemaps of a sitemap index worth reading, and those that never hold news.
NEWS_SITEMAP = re.compile(r"post|news|artikel|article|presse|meldung|nachricht|aktuell", re.IGNORECASE)
NOT_NEWS_SITEMAP = re.compile(
    r"image|video|taxonom|categor|tag|author|user|product|event|veranstaltung|termin", re.IGNORECASE
)
# Sitemaps, feeds, listings and menus go before any article: what they tell decides which articles come first.
DISCOVERY_PRIORITY = 1_000_000
# A listing is paged through one page without new entries (one whose entries cannot be read), not two.
MAX_EMPTY_PAGES = 2
SKIP_URL = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|svg|webp|docx?|xlsx?|pptx?|zip|mp[34]|ics|vcf)(?:$|\?)|/(?:wp-admin|wp-login|wp-json|"
    r"login|logout|warenkorb|cart|print|drucken|feed/atom)(?:[/?]|$)|[?&](?:print|replytocom|share)=",
    re.IGNORECASE,
)


class SiteSpider(NewsSpider):
    name = "site"
    profile_slug: str | None = None  # set by spiders that are a fixed profile ("herne")

    def __init__(self, url: str | None = None, profile: str | None = None, **kwargs: Any) -> None:
        slug = profile or self.profile_slug
        if slug:
            self.profile = profiles.load(slug)
            if url:
                self.profile.start_urls = [url]
        elif url:
            self.profile = profiles.for_url(url)
        else:
            raise profiles.ProfileError(
                "say where to start: -a url=https://www.some-city.de/ or -a profile=<slug>"
            )
        self.source = self.profile.source
        self.live_base = self.profile.live_base
        super().__init__(**kwargs)
        self.listing_pages: Counter[str] = Counter()
        self.listed: set[str] = set()  # entries seen on listing pages (URL, or date and title)
        # With max_articles: article requests waiting for discovery to end, newest first (a heap).
        self.waiting: list[tuple[int, int, Any]] = []
        self.candidates: set[str] = set()
        # With max_articles: a listing was left before its end because enough newer articles were known.
        self.paging_cut = False
        self.kinds: Counter[str] = Counter()
        self._pool: ExtractionPool | bool | None = None  # made on first use, from the crawl's settings

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.spider_idle, signal=signals.spider_idle)
        return spider

    # ---------- start ----------

    def initial_requests(self) -> Iterator[Any]:
        d = self.profile.discovery
        if d.sitemaps:
            robots = self.request(
                self.live_base + "robots.txt", self.parse_robots, dont_filter=True, probe=True
            )
            # a site without robots.txt may still have a sitemap at the usual paths
            robots.meta["handle_httpstatus_list"] = [403, 404, 410]
            yield robots
        for url in self.profile.start_urls:
            yield self.request(url, self.page_callback, origin="start", depth=0)

    def request(
        self,
        live_url: str,
        callback: Any,
        *,
        priority: int = DISCOVERY_PRIORITY,
        dont_filter: bool = False,
        probe: bool = False,
        **cb_kwargs: Any,
    ):
        req = super().request(live_url, callback, priority=priority, **cb_kwargs)
        req = req.replace(dont_filter=dont_filter)
        if probe:
            req.meta["probe"] = True  # a guess (a sitemap at the usual path): a 404 is no failure
        return req

    def wanted(self, url: str) -> bool:
        """A URL on this site that is worth fetching at all."""
        host = urlsplit(url).hostname or ""
        live_host = urlsplit(self.live_base).hostname or ""
        if host.removeprefix("www.") != live_host.removeprefix("www."):
            return False
        return not SKIP_URL.search(url) and not self.profile.is_excluded(url)

    # ---------- sitemaps ----------

    def parse_robots(self, response: Response) -> Iterator[Any]:
        body = response.body if response.status == 200 else b""
        sitemaps = [self.live_url(u) for u in sitemap_urls_from_robots(body, base_url=response.url)]
        if sitemaps:
            for url in sitemaps:
                yield self.request(url, self.parse_sitemap)
            return
        for path in ("sitemap.xml", "sitemap_index.xml", "wp-sitemap.xml"):
            yield self.request(self.live_base + path, self.parse_sitemap, probe=True)

    def parse_sitemap(self, response: Response, news: bool = False) -> Iterator[Any]:
        live = self.live_url(response.url)
        try:
            sitemap = Sitemap(response.body)
        except (etree.XMLSyntaxError, ValueError, TypeError) as e:
            if not response.meta.get("probe"):
                yield ErrorItem(
                    url=live, kind="sitemap", source=self.source, message=f"unreadable sitemap: {e}"
                )
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                loc = self.live_url(entry.get("loc", ""))
                if loc and self.wanted(loc) and not NOT_NEWS_SITEMAP.search(loc.rsplit("/", 1)[-1]):
                    yield self.request(loc, self.parse_sitemap, news=news or bool(NEWS_SITEMAP.search(loc)))
            return
        news = news or bool(NEWS_SITEMAP.search(live.rsplit("/", 1)[-1]))
        for entry in sitemap:
            if self.limit_reached():
                return
            loc = self.live_url(entry.get("loc", ""))
            if not loc or not self.wanted(loc):
                continue
            lastmod = entry.get("lastmod")
            if lastmod and self.too_old(parse_date(lastmod)):
                continue  # unchanged since before `since`, so not published after it
            verdict = self.profile.is_article_url(loc)
            if verdict is False or (verdict is None and not news and not self._newsy(loc)):
                continue
            seen = self.previous.pages.get(loc)
            changed = bool(lastmod and seen and (parse_date(lastmod) or "") > (seen.get("fetched_at") or ""))
            req = self.dated_article_request(
                loc, parse_date(lastmod) if lastmod else None, again=changed, origin="sitemap", depth=2
            )
            if req is not None:
                yield req

    @staticmethod
    def _newsy(url: str) -> bool:
        path = urlsplit(url).path + "?" + urlsplit(url).query
        return bool(PRESS_URL.search(path) or NEWS_LINK_URL.search(path)) and not EVENT_URL.search(path)

    # ---------- articles newest first ----------

    def dated_article_request(
        self, live_url: str, published: str | None, *, again: bool = False, **cb_kwargs: Any
    ) -> Any:
        """The request for a candidate article, with the date the site tells for it as its priority.

        With `max_articles` the request waits (and None is returned) until discovery has run dry:
        `spider_idle` then sends the newest waiting ones. `again`: fetch it although an earlier
        crawl stored it (its sitemap `lastmod` is newer).
        """
        day = _day(published)
        if again:
            req = self.request(live_url, self.page_callback, priority=day, **cb_kwargs)
        else:
            req = self.article_request(live_url, self.page_callback, priority=day, **cb_kwargs)
        if req is None or self.max_articles is None:
            return req
        self._wait(strip_session(live_url), day, req)
        return None

    def _wait(self, url: str, day: int, req: Any) -> None:
        if url not in self.candidates:
            self.candidates.add(url)
            heapq.heappush(self.waiting, (-day, len(self.candidates), req))

    def take_turn(self, live: str, published: str | None, **cb_kwargs: Any) -> None:
        """An article found without a date told in advance (a menu link, the start page) waits
        among the others by its own date, and is fetched again when its turn comes."""
        day = _day(published)
        self._wait(
            strip_session(live), day, self.request(live, self.page_callback, priority=day, **cb_kwargs)
        )

    def spider_idle(self) -> None:
        """Discovery has run dry: send the newest waiting articles, as many as `max_articles` still wants.

        Each batch is no larger than what is missing, so the order in which pages arrive cannot
        put an older article in place of a newer one; candidates that are no article make room
        for the next batch.
        """
        if self.max_articles is None:
            return
        if not self.waiting or self.limit_reached():
            if self.limit_reached() or self.paging_cut:
                # Listings were not walked to their end: the next crawl must not take this one for complete.
                raise CloseSpider("max_articles")
            return
        wanted = self.max_articles - self.article_count
        for _ in range(min(wanted, len(self.waiting))):
            req = heapq.heappop(self.waiting)[2]
            req.meta["turn"] = True
            # The page may have been fetched already (by a menu link, or as a listing): fetch it again.
            self.crawler.engine.crawl(req.replace(dont_filter=True))
        raise DontCloseSpider

    def enough_newer(self, entries: list[ListingEntry]) -> bool:
        """With `max_articles`: do N waiting articles come before this listing page, newest first?
        Its later pages hold older entries still: paging on cannot change which articles are the N newest."""
        if self.max_articles is None:
            return False
        days = [_day(e.published) for e in entries]
        if not days or not all(days) or days != sorted(days, reverse=True):
            return False  # undated or not in date order: later pages may hold anything
        newer = sum(1 for neg_day, _seq, _req in self.waiting if -neg_day > days[0])
        return self.article_count + newer >= self.max_articles

    # ---------- feeds ----------

    def parse_feed(self, response: Response) -> Iterator[Any]:
        live = self.live_url(response.url)
        try:
            root = etree.fromstring(
                response.body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
            )
        except etree.XMLSyntaxError as e:
            yield ErrorItem(url=live, kind="feed", source=self.source, message=f"unreadable feed: {e}")
            return
        if root is None:
            yield ErrorItem(url=live, kind="feed", source=self.source, message="empty feed")
            return
        for item in root.iter("{*}item", "{*}entry"):
            link = item.findtext("{*}link") or ""
            if not link.strip():
                el = item.find("{*}link")
                link = el.get("href", "") if el is not None else ""
            link = self.live_url(urljoin(live, link.strip()))
            title = (item.findtext("{*}title") or "").strip()
            published = _feed_date(item)
            if not link or not self.wanted(link) or self.too_old(published):
                continue
            entry = ListingEntry(title=title, url=link, published=published)
            req = self.dated_article_request(link, published, origin="feed", depth=2, entry=entry)
            if req is not None:
                yield req

    # ---------- pages ----------

    @property
    def page_callback(self) -> Any:
        """parse_page, or parse_page_offloaded when EXTRACTION_PROCESSES asks for worker processes."""
        if self._pool is None:
            processes = self.settings.getint("EXTRACTION_PROCESSES", 0) if hasattr(self, "crawler") else 0
            self._pool = ExtractionPool(processes) if processes > 0 else False
        return self.parse_page_offloaded if self._pool else self.parse_page

    def parse_page(
        self, response: Response, origin: str = "link", depth: int = 0, entry: ListingEntry | None = None
    ) -> Iterator[Any]:
        live = self.live_url(response.url)
        early = self._screen(response, live, origin)
        if early is not None:
            yield from early
            return
        try:
            page = analyze_page(
                response.body,
                live,
                encoding=self.declared_encoding(response),
                selectors=self.profile.selectors or None,
            )
        except Exception as e:  # a bug in an extractor must not stop the crawl; it is recorded as data
            yield self._extraction_failed(live, response, e)
            return
        yield from self._read_page(page, response, live, origin, depth, entry)

    async def parse_page_offloaded(
        self, response: Response, origin: str = "link", depth: int = 0, entry: ListingEntry | None = None
    ) -> AsyncIterator[Any]:
        """parse_page with analyze_page run in a worker process, so that a fast crawl uses more than one core."""
        live = self.live_url(response.url)
        early = self._screen(response, live, origin)
        if early is not None:
            for out in early:
                yield out
            return
        try:
            page = await self._pool.analyze(
                response.body,
                live,
                encoding=self.declared_encoding(response),
                selectors=self.profile.selectors or None,
            )
        except Exception as e:  # a bug in an extractor must not stop the crawl; it is recorded as data
            yield self._extraction_failed(live, response, e)
            return
        for out in self._read_page(page, response, live, origin, depth, entry):
            yield out

    def _screen(self, response: Response, live: str, origin: str) -> Iterator[Any] | None:
        """What to yield instead of reading the page as HTML, or None to read it."""
        if self.limit_reached():
            raise CloseSpider("max_articles")
        if self.unchanged(response) and origin in ("entry", "feed", "sitemap"):
            self.crawler.stats.inc_value("articles/unchanged")
            return iter(())
        if not self.is_html(response):
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
            if "xml" in ctype or response.body.lstrip()[:5] == b"<?xml":
                return (
                    self.parse_feed(response)
                    if b"<rss" in response.body[:2000] or b"<feed" in response.body[:2000]
                    else self.parse_sitemap(response)
                )
            if origin in ("entry", "feed", "sitemap"):
                return iter(
                    [
                        ErrorItem(
                            url=live,
                            kind="not_html",
                            source=self.source,
                            status=response.status,
                            message=f"expected an HTML page, got {ctype or 'no content type'}",
                        )
                    ]
                )
            return iter(())
        return None

    def _extraction_failed(self, live: str, response: Response, e: Exception) -> ErrorItem:
        self.logger.exception("extraction failed on %s", live)  # called in the `except` block that caught `e`
        return ErrorItem(
            url=live,
            kind="extraction",
            source=self.source,
            status=response.status,
            message=f"{type(e).__name__}: {e}",
        )

    def _read_page(
        self, page: Page, response: Response, live: str, origin: str, depth: int, entry: ListingEntry | None
    ) -> Iterator[Any]:
        """Items and requests from an analyzed page."""
        if not response.body.strip():
            yield ErrorItem(
                url=live,
                kind="empty",
                source=self.source,
                status=response.status,
                message=f"HTTP {response.status} with an empty body",
            )
            return
        if page.kind == "not-html":
            if origin in ("entry", "feed", "sitemap", "start"):
                yield ErrorItem(
                    url=live,
                    kind="not_html",
                    source=self.source,
                    status=response.status,
                    message=f"not an HTML page although the server says so: {'; '.join(page.reasons)}",
                )
            return
        verdict = self.profile.is_article_url(live)
        kind = page.kind
        if verdict is True and kind != "listing" and page.article and page.article.title:
            kind = "article"
        elif verdict is False and kind == "article":
            kind = "other"
        self.kinds[kind] += 1
        self.crawler.stats.inc_value(f"pages/{kind}")
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug("%s: %s (%s)", live, kind, "; ".join(page.reasons))
        if kind == "article":
            if self.max_articles is not None and not response.meta.get("turn"):
                self.take_turn(live, page.article.published, origin=origin, depth=depth, entry=entry)
            else:
                yield from self.article_item(page.article, response, entry)
            if origin != "listing":
                return
        d = self.profile.discovery
        if d.feeds:
            for feed in page.listing.feeds:
                feed = self.live_url(feed)
                if self.wanted(feed) and "comments" not in feed:
                    yield self.request(feed, self.parse_feed)
        if d.listings and (kind == "listing" or origin in ("start", "menu", "listing")):
            # A page reached by a listing's next link is read as a listing whatever it was taken for
            # (a page of one entry, a list the classifier missed) and paged on.
            yield from self.follow_listing(page, live, depth, response.meta)
        if d.menu_links and origin in ("start", "menu") and depth < 2:
            for link in page.news_links:
                url = self.live_url(link.url)
                if self.wanted(url) and not EVENT_URL.search(urlsplit(url).path) and not calendar_url(url):
                    yield self.request(url, self.page_callback, origin="menu", depth=depth + 1)

    def follow_listing(
        self, page: Any, live: str, depth: int, meta: dict[str, Any] | None = None
    ) -> Iterator[Any]:
        """Requests for a listing's entries and its next pages.

        Its response's `meta` says how many next links were followed to it (`listing_hops`) and how
        many pages in a row before it brought no entry this crawl had not seen (`listing_empty`).
        """
        meta = meta or {}
        hops = meta.get("listing_hops", 0)
        listing = page.listing
        key = urlsplit(live).path
        self.listing_pages[key] += 1
        all_old = bool(listing.entries)
        known_entries = 0
        new_entries = 0
        for entry in listing.entries:
            if self.limit_reached():
                return
            entry_key = self.live_url(entry.url) if entry.url else f"{entry.published}|{entry.title}"
            if entry_key not in self.listed:
                self.listed.add(entry_key)
                new_entries += 1
            if not self.too_old(entry.published):
                all_old = False
            elif entry.published:
                continue
            if entry.url:
                url = self.live_url(entry.url)
                if (
                    self.wanted(url)
                    and url.split("#")[0] != live
                    and self.profile.is_article_url(url) is not False
                    and not EVENT_URL.search(urlsplit(url).path)
                ):
                    known_entries += self.previous.known(url)
                    req = self.dated_article_request(
                        url, entry.published, origin="entry", depth=depth + 1, entry=entry
                    )
                    if req is not None:
                        yield req
            elif self.profile.discovery.listing_only_entries:
                item = self.listing_only_item(entry, live)
                known_entries += self.previous.known(item.article.url)
                if not self.previous.known(item.article.url) or self.refresh:
                    yield item
        if all_old or EVENT_URL.search(urlsplit(live).path):
            return
        if (
            self.previous.last_finished
            and listing.entries
            and known_entries == len(listing.entries)
            and not self.refresh
        ):
            # Everything on this page was stored by a crawl that ran to its end: older pages hold nothing new.
            self.logger.info("stopped paging %s: every entry is already stored", live)
            return
        empty = 0 if new_entries else meta.get("listing_empty", 0) + 1
        if hops and empty >= MAX_EMPTY_PAGES:
            # Pages of the listing with nothing this crawl has not seen: the listing has ended, or
            # its pages go round in circles (calendars, filters, session ids).
            self.logger.info("stopped paging at %s: %d pages in a row without new entries", live, empty)
            return
        if self.enough_newer(listing.entries):
            self.paging_cut = True
            self.logger.info("stopped paging at %s: max_articles newer articles are known", live)
            return
        limit = self.profile.discovery.max_listing_pages
        if self.listing_pages[key] >= limit or hops >= limit:
            self.logger.warning(
                "stopped paging %s after %d pages (max_listing_pages)",
                key,
                max(self.listing_pages[key], hops),
            )
            return
        for nxt in [listing.next_url, *listing.page_urls]:
            if nxt:
                url = self.live_url(nxt)
                if self.wanted(url):
                    req = self.request(url, self.page_callback, origin="listing", depth=depth)
                    req.meta["listing_hops"] = hops + 1
                    req.meta["listing_empty"] = empty
                    yield req

    def closed(self, reason: str) -> None:
        self.logger.info("pages by kind: %s", dict(self.kinds))
        if self._pool:
            self._pool.close()


class ExtractionPool:
    """analyze_page in worker processes (`-s EXTRACTION_PROCESSES=N`).

    Reading a page costs more CPU than Scrapy spends fetching it; in the crawler's own
    process extraction caps a crawl at one core. Workers start from a fork server (the
    crawler's reactor and database connections are never forked) and get the page's
    bytes; the Page comes back pickled. Results are those of analyze_page in-process.
    """

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes, mp_context=multiprocessing.get_context("forkserver")
        )

    async def analyze(
        self, body: bytes, url: str, *, encoding: str | None, selectors: dict[str, str] | None
    ) -> Page:
        """The page read by a worker. A worker that dies (a page that crashes lxml, the OOM killer)
        takes the pages in flight with it: new workers start and each page is tried once more, so
        only a page that kills its worker twice fails (and becomes an extraction error)."""
        for attempt in (1, 2):
            executor = self.executor
            try:
                future = executor.submit(analyze_page, body, url, encoding=encoding, selectors=selectors)
                return await asyncio.wrap_future(future)
            except BrokenProcessPool:
                if executor is self.executor:  # the first page to notice starts new workers
                    log.warning("an extraction worker died; starting new ones")
                    executor.shutdown(wait=False, cancel_futures=True)
                    self.executor = self._start()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _feed_date(item: Any) -> str | None:
    for tag in ("{*}pubDate", "{*}published", "{*}date", "{*}updated"):
        text = (item.findtext(tag) or "").strip()
        if not text:
            continue
        try:
            return email.utils.parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            d = parse_date(text)
            if d:
                return d[:10]
    return None


def _day(published: str | None) -> int:
    """The day number of a date (newer is larger), 0 for none: an article request's priority."""
    if not published:
        return 0
    try:
        return dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return 0
