"""The generic spider: point it at a city's website and get its news.

    scrapy crawl site -a url=https://www.some-city.de/
    scrapy crawl site -a profile=herne                  # crawler/sites/herne.toml

It finds articles by every means a site offers — `Sitemap:` lines in robots.txt,
`/sitemap.xml` and sitemap indexes (with `lastmod`), RSS and Atom feeds, news
listings and their pagination, and the "Aktuelles"/"Pressemitteilungen" links of the
start page — fetches each candidate, and keeps the pages that `extractors.page`
classifies as articles. It stays on the site, obeys robots.txt, `since` and
`max_articles`, and caps every listing's pagination (calendar traps).
"""

from __future__ import annotations

import email.utils
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from scrapy.exceptions import CloseSpider
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler import profiles
from crawler.items import ErrorItem
from extractors.dates import parse_date
from extractors.listing import ListingEntry
from extractors.page import EVENT_URL, NEWS_LINK_URL, PRESS_URL, analyze_page

from .base import NewsSpider

# Sitemaps of a sitemap index worth reading, and those that never hold news.
NEWS_SITEMAP = re.compile(r"post|news|artikel|article|presse|meldung|nachricht|aktuell", re.IGNORECASE)
NOT_NEWS_SITEMAP = re.compile(r"image|video|taxonom|categor|tag|author|user|product|event|veranstaltung|termin",
                              re.IGNORECASE)
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
            raise profiles.ProfileError("say where to start: -a url=https://www.some-city.de/ or -a profile=<slug>")
        self.source = self.profile.source
        self.live_base = self.profile.live_base
        super().__init__(**kwargs)
        self.listing_pages: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()

    # ---------- start ----------

    def initial_requests(self) -> Iterator[Any]:
        d = self.profile.discovery
        if d.sitemaps:
            yield self.request(self.live_base + "robots.txt", self.parse_robots, dont_filter=True)
        for url in self.profile.start_urls:
            yield self.request(url, self.parse_page, origin="start", depth=0)

    def request(self, live_url: str, callback: Any, *, priority: int = 0, dont_filter: bool = False,
                probe: bool = False, **cb_kwargs: Any):
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
        sitemaps = [self.live_url(u) for u in sitemap_urls_from_robots(response.body, base_url=response.url)]
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
                yield ErrorItem(url=live, kind="sitemap", source=self.source, message=f"unreadable sitemap: {e}")
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
            if lastmod and seen and (parse_date(lastmod) or "") > (seen.get("fetched_at") or ""):
                yield self.request(loc, self.parse_page, origin="sitemap", depth=2)  # changed since we fetched it
                continue
            req = self.article_request(loc, self.parse_page, origin="sitemap", depth=2)
            if req is not None:
                yield req

    @staticmethod
    def _newsy(url: str) -> bool:
        path = urlsplit(url).path + "?" + urlsplit(url).query
        return bool(PRESS_URL.search(path) or NEWS_LINK_URL.search(path)) and not EVENT_URL.search(path)

    # ---------- feeds ----------

    def parse_feed(self, response: Response) -> Iterator[Any]:
        live = self.live_url(response.url)
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False,
                                                                           no_network=True))
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
            req = self.article_request(link, self.parse_page, origin="feed", depth=2, entry=entry)
            if req is not None:
                yield req

    # ---------- pages ----------

    def parse_page(self, response: Response, origin: str = "link", depth: int = 0,
                   entry: ListingEntry | None = None) -> Iterator[Any]:
        live = self.live_url(response.url)
        if self.limit_reached():
            raise CloseSpider("max_articles")
        if self.unchanged(response) and origin in ("entry", "feed", "sitemap"):
            self.crawler.stats.inc_value("articles/unchanged")
            return
        if not self.is_html(response):
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
            if "xml" in ctype or response.body.lstrip()[:5] == b"<?xml":
                yield from (self.parse_feed(response) if b"<rss" in response.body[:2000] or b"<feed" in response.body[:2000]
                            else self.parse_sitemap(response))
            elif origin in ("entry", "feed", "sitemap"):
                yield ErrorItem(url=live, kind="not_html", source=self.source, status=response.status,
                                message=f"expected an HTML page, got {ctype or 'no content type'}")
            return
        try:
            page = analyze_page(response.body, live, encoding=self.declared_encoding(response),
                                selectors=self.profile.selectors or None)
        except Exception as e:  # a bug in an extractor must not stop the crawl; it is recorded as data
            self.logger.exception("extraction failed on %s", live)
            yield ErrorItem(url=live, kind="extraction", source=self.source, status=response.status,
                            message=f"{type(e).__name__}: {e}")
            return
        if not response.body.strip():
            yield ErrorItem(url=live, kind="empty", source=self.source, status=response.status,
                            message=f"HTTP {response.status} with an empty body")
            return
        if page.kind == "not-html":
            if origin in ("entry", "feed", "sitemap", "start"):
                yield ErrorItem(url=live, kind="not_html", source=self.source, status=response.status,
                                message=f"not an HTML page although the server says so: {'; '.join(page.reasons)}")
            return
        verdict = self.profile.is_article_url(live)
        kind = page.kind
        if verdict is True and kind != "listing" and page.article and page.article.title:
            kind = "article"
        elif verdict is False and kind == "article":
            kind = "other"
        self.kinds[kind] += 1
        self.crawler.stats.inc_value(f"pages/{kind}")
        self.logger.debug("%s: %s (%s)", live, kind, "; ".join(page.reasons))
        if kind == "article":
            yield from self.article_item(page.article, response, entry)
            return
        d = self.profile.discovery
        if d.feeds:
            for feed in page.listing.feeds:
                feed = self.live_url(feed)
                if self.wanted(feed) and "comments" not in feed:
                    yield self.request(feed, self.parse_feed)
        if d.listings and (kind == "listing" or origin in ("start", "menu")):
            yield from self.follow_listing(page, live, depth)
        if d.menu_links and origin in ("start", "menu") and depth < 2:
            for link in page.news_links:
                url = self.live_url(link.url)
                if self.wanted(url) and not EVENT_URL.search(urlsplit(url).path):
                    yield self.request(url, self.parse_page, origin="menu", depth=depth + 1)

    def follow_listing(self, page: Any, live: str, depth: int) -> Iterator[Any]:
        listing = page.listing
        key = urlsplit(live).path
        self.listing_pages[key] += 1
        all_old = bool(listing.entries)
        known_entries = 0
        for entry in listing.entries:
            if self.limit_reached():
                return
            if not self.too_old(entry.published):
                all_old = False
            elif entry.published:
                continue
            if entry.url:
                url = self.live_url(entry.url)
                if self.wanted(url) and url.split("#")[0] != live and self.profile.is_article_url(url) is not False \
                        and not EVENT_URL.search(urlsplit(url).path):
                    known_entries += self.previous.known(url)
                    req = self.article_request(url, self.parse_page, origin="entry", depth=depth + 1, entry=entry)
                    if req is not None:
                        yield req
            elif self.profile.discovery.listing_only_entries:
                item = self.listing_only_item(entry, live)
                known_entries += self.previous.known(item.article.url)
                if not self.previous.known(item.article.url) or self.refresh:
                    yield item
        if all_old or EVENT_URL.search(urlsplit(live).path):
            return
        if self.previous.last_finished and listing.entries and known_entries == len(listing.entries) and not self.refresh:
            # Everything on this page was stored by a crawl that ran to its end: older pages hold nothing new.
            self.logger.info("stopped paging %s: every entry is already stored", live)
            return
        if self.listing_pages[key] >= self.profile.discovery.max_listing_pages:
            self.logger.warning("stopped paging %s after %d pages (max_listing_pages)", key, self.listing_pages[key])
            return
        for nxt in [listing.next_url, *listing.page_urls]:
            if nxt:
                url = self.live_url(nxt)
                if self.wanted(url):
                    yield self.request(url, self.parse_page, origin="listing", depth=depth)

    def closed(self, reason: str) -> None:
        self.logger.info("pages by kind: %s", dict(self.kinds))


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
