"""The reference crawl: a bare Scrapy spider that fetches what the site spider fetches and nothing more.

    scrapy runspider bench/fetch_only_spider.py -a url=http://127.0.0.1:PORT/aktuelles -a report=out.json

It follows the listing's pagination and requests every linked article, as the
generic spider does on the generated site, but parses nothing beyond the links
(Scrapy's own selector) and stores nothing. Run it outside the project folder so
that none of citynews' middlewares, pipelines or extensions load. At the end it
writes the number of responses and their URLs to `report`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response


class FetchOnlySpider(scrapy.Spider):
    name = "fetch_only"

    def __init__(self, url: str, report: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [url]
        self.report = Path(report)
        self.host = urlsplit(url).netloc
        self.fetched: list[str] = []

    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        self.fetched.append(response.url)
        if "/aktuelles/meldung-" in response.url:
            return  # an article: fetched, and that is all
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == self.host and "/aktuelles" in url:
                yield scrapy.Request(url, callback=self.parse)

    def closed(self, reason: str) -> None:
        self.report.write_text(
            json.dumps({"responses": len(self.fetched), "reason": reason, "urls": self.fetched}),
            encoding="utf-8",
        )
