"""herne.de press releases: a paginated listing, detail pages, and notices that live only in the listing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Response

from extractors.listing import extract_listing

from .base import NewsSpider


class HerneSpider(NewsSpider):
    name = "herne"
    source = "herne.de"
    live_base = "https://www.herne.de/"
    listing_path = "Meldungen/Alle-News.html"
    # Detail pages: /Meldungen/News-Detailansicht_<id>.html
    detail_marker = "/Meldungen/News-Detailansicht_"

    def initial_requests(self) -> Iterator[Any]:
        yield self.request(self.live_base + self.listing_path, self.parse_listing, page=1)

    def parse_listing(self, response: Response, page: int) -> Iterator[Any]:
        live = self.live_url(response.url)
        listing = extract_listing(response.body, live, encoding=self.declared_encoding(response))
        if not listing.entries:
            self.logger.warning("listing page %s has no entries; the page layout may have changed", live)
        all_old = bool(listing.entries)
        for entry in listing.entries:
            if self.limit_reached():
                return
            if not self.too_old(entry.published):
                all_old = False
            elif entry.published:
                continue
            if entry.url and self.detail_marker in urlsplit(entry.url).path:
                yield self.request(entry.url, self.parse_article, entry=entry)
            elif entry.url is None:
                yield self.listing_only_item(entry, self.live_base + self.listing_path)
        if listing.next_url and not all_old:
            yield self.request(listing.next_url, self.parse_listing, page=page + 1)
