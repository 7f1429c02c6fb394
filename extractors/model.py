"""The records every extractor returns.

These dataclasses are the project's public interface: the crawler stores them,
`python -m extractors` prints them, and other tools call `extract_article`,
`extract_quotes` and `extract_figures` and read these fields. Add fields, do not
rename them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


class _Record:
    """`to_dict()` for every record: plain dicts and lists, ready for JSON."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(slots=True)
class Quote(_Record):
    """Direct speech: `text` is what stands between the quotation marks.

    `start`/`end` are offsets of `text` (without the marks) in the text the
    quote was found in (the article body for `extract_article`).
    """

    text: str
    speaker: str | None = None  # canonical full name without titles: "Frank Dudda"
    speaker_role: str | None = None  # "Oberbürgermeister"
    speaker_mention: str | None = None  # the words naming the speaker near the quote
    cue: str | None = None  # "erklärte", "so", ":"
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Figure(_Record):
    """A quantity: a number that counts or measures something."""

    value: float
    unit: str | None = None  # what is counted, as the text words it: "Arbeitsplätze", "Euro"
    counted: str | None = None  # the whole noun phrase: "neue sozialversicherungspflichtige Arbeitsplätze"
    qualifier: str | None = None  # "rund", "über", "mehr als", "bis zu"
    kind: str = "count"  # count, money, percent, measure, duration, age
    raw: str = ""  # the words as they stand in the text: "1,5 Millionen Euro"
    start: int = 0
    end: int = 0
    sentence: str | None = None


@dataclass(slots=True)
class Credit(_Record):
    """Who made an image (or other media) used by the article."""

    name: str | None = None  # the person: "Frank Dieper"
    organization: str | None = None  # "Stadt Herne"
    role: str = "photo"  # photo, graphic, video, image
    raw: str = ""  # "@ Frank Dieper, Stadt Herne"
    image_url: str | None = None


@dataclass(slots=True)
class Image(_Record):
    src: str
    caption: str | None = None
    credit: str | None = None  # the raw credit line, parsed into `Article.credits`
    alt: str | None = None


@dataclass(slots=True)
class Article(_Record):
    url: str
    canonical_url: str | None = None
    title: str | None = None
    kicker: str | None = None  # the small line above the headline (Dachzeile)
    teaser: str | None = None  # the lead paragraph or description
    published: str | None = None  # ISO date or datetime
    date_source: str | None = (
        None  # where `published` was found: json-ld, meta, microdata, time, label, header, dateline, url
    )
    modified: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    body: str = ""  # plain text, paragraphs separated by blank lines
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str | None = None
    site_name: str | None = None
    page_type: str | None = None  # "article" when the page looks like one, else what it looks like
    extractor_version: str = ""
    warnings: list[str] = field(default_factory=list)  # what went wrong while parsing, in plain words

    @property
    def word_count(self) -> int:
        return len(self.body.split())
