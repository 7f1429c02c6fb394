"""Extraction throughput per core: citynews against trafilatura and a bare lxml parse, same pages.

Every tool reads the whole corpus once per repeat, in an order that rotates from one
repeat to the next (so none always runs first, on a cold cache or a quiet machine);
the rate is pages per second of this process's CPU time, i.e. per core.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import lxml.html
import trafilatura

from extractors import extract_article
from extractors.page import analyze_page

from .corpus import Page
from .measure import Samples, cpu_rate

# The tools, by the name the table shows.
EXTRACT = "extract_article (every field)"
ANALYZE = "analyze_page (what the crawler calls)"
TRAFILATURA = "trafilatura.bare_extraction(with_metadata=True)"
LXML = "lxml.html.fromstring + text_content()"


def _extract(page: Page) -> None:
    extract_article(page.html, page.url)


def _analyze(page: Page) -> None:
    analyze_page(page.html, page.url)


def _trafilatura(page: Page) -> None:
    trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)


def _lxml(page: Page) -> None:
    lxml.html.fromstring(page.html).text_content()


TOOLS: dict[str, Callable[[Page], None]] = {
    EXTRACT: _extract,
    ANALYZE: _analyze,
    TRAFILATURA: _trafilatura,
    LXML: _lxml,
}


@dataclass(slots=True)
class ExtractionResult:
    pages: int
    distinct: int
    rates: dict[str, Samples]  # pages per second per core, by tool


def _pass(tool: Callable[[Page], None], pages: list[Page]) -> int:
    for page in pages:
        tool(page)
    return len(pages)


def run(pages: list[Page], repeats: int, log: Callable[[str], None]) -> ExtractionResult:
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it warns about every page it finds little in
    names = list(TOOLS)
    for name in names:  # warm up: imports, compiled patterns, dateparser's data
        _pass(TOOLS[name], pages[:20])
    rates = {name: Samples(name, "pages/s per core") for name in names}
    for r in range(repeats):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            rate = cpu_rate(lambda name=name: _pass(TOOLS[name], pages))
            rates[name].values.append(rate)
            log(f"  extraction run {r + 1}/{repeats}: {name}: {rate:,.0f} pages/s")
    return ExtractionResult(len(pages), len({p.path for p in pages}), rates)
