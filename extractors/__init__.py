"""Pure extraction functions: HTML or text in, records out. No Scrapy, no I/O.

extract_article(html, url) -> Article   every field of a news page
extract_quotes(text)       -> [Quote]    direct speech and who said it
extract_figures(text)      -> [Figure]   numbers with what they count
"""

from __future__ import annotations

from .article import EXTRACTOR_VERSION, extract_article
from .figures import extract_figures
from .model import Article, Credit, Figure, Image, Quote
from .quotes import extract_quotes

__version__ = EXTRACTOR_VERSION

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
