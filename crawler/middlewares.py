"""Downloader middlewares."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider


class MirrorMiddleware:
    """Send requests for the live host to the mirror the spider crawls instead (`-a base_url=`).

    Spiders map the links they follow themselves; this catches the URLs that other
    middlewares make: redirects and `<meta http-equiv="refresh">` pointing at the live host.
    """

    def process_request(self, request: Request, spider: Spider) -> Any:
        fetch_url = getattr(spider, "fetch_url", None)
        if fetch_url is None or not getattr(spider, "base_url", None):
            return None
        mapped = fetch_url(request.url)
        if mapped != request.url:
            return request.replace(url=mapped)
        return None
