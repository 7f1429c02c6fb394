"""Downloader middlewares."""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import Any
from urllib.parse import urljoin

from scrapy import Request
from scrapy.exceptions import IgnoreRequest


class MirrorMiddleware:
    """Send requests for the live host to the mirror the spider crawls instead (`-a base_url=`).

    Spiders map the links they follow themselves; this catches the URLs that other
    middlewares make: redirects and `<meta http-equiv="refresh">` pointing at the live host.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> MirrorMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Any:
        spider = self.crawler.spider
        fetch_url = getattr(spider, "fetch_url", None)
        if fetch_url is None or not getattr(spider, "base_url", None):
            return None
        mapped = fetch_url(request.url)
        if mapped != request.url:
            return request.replace(url=mapped)
        return None


class RetryAfterMiddleware:
    """Honour `Retry-After` on 429 and 503: slow the whole site down before RetryMiddleware retries.

    Scrapy's RetryMiddleware retries at once; a server that asks for a pause gets it
    (up to RETRY_AFTER_MAX seconds) through the download slot's delay, which AutoThrottle
    later brings back down.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("RETRY_AFTER_MAX", 120)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Any) -> Any:
        if response.status not in (429, 503):
            return response
        wait = parse_retry_after(response.headers.get("Retry-After", b"").decode("latin-1"))
        if wait is None:
            return response
        wait = min(wait, self.max_wait)
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is not None and slot.delay < wait:
            self.crawler.spider.logger.info(
                "%s asks us to wait %.0f s (HTTP %d, Retry-After); slowing down", key, wait, response.status
            )
            slot.delay = wait
        return response


def parse_retry_after(value: str) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


class RedirectLoopMiddleware:
    """Stop a redirect chain that comes back to a URL it already visited, and say so.

    Without it the second visit is dropped silently as a duplicate request.
    """

    def process_response(self, request: Request, response: Any) -> Any:
        if not 300 <= response.status < 400 or b"Location" not in response.headers:
            return response
        target = urljoin(request.url, response.headers[b"Location"].decode("latin-1"))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise IgnoreRequest("redirect loop: " + " -> ".join([*chain, target]))
        return response
