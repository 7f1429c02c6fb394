"""What spiders yield: an extracted article with what the crawl knows about it, or a failure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from extractors.model import Article


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass(slots=True)
class ArticleItem:
    source: str  # the site profile or spider that found it: "herne.de", "inherne.net"
    article: Article
    fetched_url: str  # where the page was actually fetched (a mirror's URL when crawling one)
    fetched_at: str = field(default_factory=now_iso)
    http_status: int = 200
    listing_only: bool = False  # a notice that exists only as a listing entry, without a page of its own
    content_hash: str | None = None  # of the fetched page's bytes, the key of its body in the archive
    crawl_id: str | None = None


@dataclass(slots=True)
class ErrorItem:
    """A URL that could not be turned into an article, and why."""

    url: str
    kind: str  # http, timeout, dns, too_large, not_html, extraction, robots, offsite...
    message: str
    source: str | None = None
    status: int | None = None
    crawl_id: str | None = None
