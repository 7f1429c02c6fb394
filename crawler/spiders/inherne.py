"""inherne.net, Herne's city magazine on WordPress: posts from the sitemap, the home listing as fallback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from extractors.listing import extract_listing

from .base import NewsSpider


class InherneSpider(NewsSpider):
    name = "inherne"
    source = "inherne.net"
    live_base = "https://www.inherne.net/"

    def initial_requests(self) -> Iterator[Any]:
        yield self.request(self.live_base + "robots.txt", self.parse_robots)

    def parse_robots(self, response: Response) -> Iterator[Any]:
        sitemaps = [self.live_url(u) for u in sitemap_urls_from_robots(response.body, base_url=response.url)]
        if not sitemaps:
            sitemaps = [self.live_base + "wp-sitemap.xml"]
        for url in sitemaps:
            yield self.request(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        try:
            sitemap = Sitemap(response.body)
        except Exception as e:  # lxml raises several types on broken XML; fall back to the listing
            self.logger.warning("unreadable sitemap %s (%s); crawling the home listing instead", response.url, e)
            yield self.request(self.live_base, self.parse_listing)
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                loc = self.live_url(entry["loc"])
                # WordPress core: wp-sitemap-posts-post-N.xml holds the posts; pages, tags and users are not news.
                if "posts-post" in loc or "post-sitemap" in loc:
                    yield self.request(loc, self.parse_sitemap)
            return
        for entry in sitemap:
            if self.limit_reached():
                return
            lastmod = entry.get("lastmod")
            if lastmod and self.too_old(lastmod):
                continue  # not changed since before `since`, so not published after it either
            yield self.request(self.live_url(entry["loc"]), self.parse_article)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        live = self.live_url(response.url)
        listing = extract_listing(response.body, live, encoding=self.declared_encoding(response))
        for entry in listing.entries:
            if entry.url and not self.too_old(entry.published):
                yield self.request(entry.url, self.parse_article, entry=entry)
        if listing.next_url and not all(self.too_old(e.published) for e in listing.entries):
            yield self.request(listing.next_url, self.parse_listing)
