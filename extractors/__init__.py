"""Pure extraction functions: HTML or text in, records out. No Scrapy, no I/O.

    extract_article(html, url) -> Article   every field of a news page
    extract_quotes(text)       -> [Quote]    direct speech and who said it
    extract_figures(text)      -> [Figure]   numbers with what they count
"""

from __future__ import annotations

from .figures import extract_figures
from .model import Article, Credit, Figure, Image, Quote
from .quotes import extract_quotes

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Credit",
    "Figure",
    "Image",
    "Quote",
    "__version__",
    "extract_article",
    "extract_figures",
    "extract_quotes",
]


def extract_article(html: bytes | str, url: str) -> Article:
    from .article import extract_article as _extract  # noqa: PLC0415

    return _extract(html, url)
