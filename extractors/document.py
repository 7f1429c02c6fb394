"""Turning bytes into a parsed HTML tree: encodings, broken markup, text helpers.

Servers of city websites declare wrong charsets surprisingly often (an old
ISO-8859-1 header in front of UTF-8 pages, or the other way round), so the
declared encoding is a hint that the bytes have to confirm.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

import lxml.html
from lxml import etree

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# UTF-8 multi-byte sequences that a Latin-1 reading would turn into mojibake ("Ã¼" for "ü").
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")

# Runs of spaces become one space and a space before or after a line break goes. The patterns skip
# what is already clean (a lone " ", a lone "\n"): matching every gap between two words was the
# largest cost of cleaning text.
_SPACE_CHARS = "\t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
# Each pattern opens with one character class, which lets the regex engine skip ahead in C to
# where a match can start: a run of two or more, or one odd space; spaces around a line break.
_SPACES = re.compile(f"[ {_SPACE_CHARS}](?:(?<=[{_SPACE_CHARS}])|(?=[ {_SPACE_CHARS}]))[ {_SPACE_CHARS}]*")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_NEWLINES = re.compile(r"[ \n](?:(?<=\n)[ \n]+|(?<= ) *\n[ \n]*)")
# What _SPACES and _NEWLINES could change: most strings have nothing, and a substring test or
# a search for one character class (a fast scan in C) says so sooner than the patterns.
_ODD_SPACE = re.compile(f"[{_SPACE_CHARS}]")

# lxml refuses some control characters that broken pages still contain.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# lxml.html's own parser picks each element's class in Python (a call per element proxy, the
# largest single cost of walking a tree); a page needs no form-element classes, so the classes
# are chosen in C. The elements are the same `HtmlElement`s, with the same methods.
_PARSER = etree.HTMLParser()
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)


# Bytes below 32 that text never holds (tab, line feed, vertical tab, form feed, carriage return are text).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


class NotHTMLError(ValueError):
    """The input is not an HTML document (binary, PDF, empty)."""


def normalize_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        enc = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read a declared Latin-1 as Windows-1252; so do we ("„" is 0x84 there).
    return "cp1252" if enc in ("iso8859-1", "latin-1", "ascii") else enc


def sniff_encoding(data: bytes, declared: str | None = None) -> str:
    """The encoding that reads `data` correctly, given what the server declared."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    m = _META_CHARSET.search(head)
    candidates = [normalize_encoding(declared), normalize_encoding(m.group(1).decode("ascii") if m else None)]
    has_high = _HIGH_BYTE.search(data) is not None
    if not has_high:
        return next((c for c in candidates if c), "utf-8")
    utf8_ok = True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        utf8_ok = False
    if utf8_ok and _UTF8_MULTIBYTE.search(data):
        # Valid UTF-8 with multi-byte characters is UTF-8 whatever was declared:
        # the chance of Latin-1 text forming valid UTF-8 sequences is negligible.
        return "utf-8"
    for enc in candidates:
        if enc and enc != "utf-8":
            try:
                data.decode(enc)
                return enc
            except UnicodeDecodeError:
                continue
    from bs4.dammit import UnicodeDammit  # noqa: PLC0415  (rarely needed; bs4 takes 65 ms to import)

    dammit = UnicodeDammit(data[:65536], ["cp1252", "iso-8859-15"], is_html=True)
    return normalize_encoding(dammit.original_encoding) or "cp1252"


def looks_binary(data: bytes) -> bool:
    """PDFs, images, archives: bytes no HTML page starts with or contains many of."""
    head = data[:1024].lstrip()
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    if not head:
        return False
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte order mark
    # Text, in any encoding a web page uses, has next to no control bytes; binary data is full of them.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) // 50


def decode(data: bytes | str, declared: str | None = None) -> str:
    if isinstance(data, str):
        return data
    if looks_binary(data):
        raise NotHTMLError("binary content, not an HTML page")
    enc = sniff_encoding(data, declared)
    return data.decode(enc, errors="replace")


def parse(data: bytes | str, declared_encoding: str | None = None) -> lxml.html.HtmlElement:
    """Parse HTML leniently; raises NotHTMLError when there is nothing to parse."""
    text = decode(data, declared_encoding)
    text = _XML_DECL.sub("", text, count=1)
    text = _CONTROL.sub("", text)
    if not text.strip():
        raise NotHTMLError("empty document")
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as e:
        raise NotHTMLError(f"unparseable HTML: {e}") from e
    return root


def clean_text(s: str | None) -> str:
    """Collapse whitespace, drop soft hyphens and zero-width characters, NFC."""
    if not s:
        return ""
    ascii_only = s.isascii()  # no invisible characters, and already NFC
    if not ascii_only:
        s = _INVISIBLE.sub("", s)
    if "  " in s or _ODD_SPACE.search(s):
        s = _SPACES.sub(" ", s)
    if "\n" in s and (" \n" in s or "\n " in s or "\n\n" in s):
        s = _NEWLINES.sub("\n", s)
    s = s.strip()
    return s if ascii_only else unicodedata.normalize("NFC", s)


def clean_line(s: str | None) -> str:
    """Like clean_text, on one line."""
    return clean_text(s).replace("\n", " ")


# WordPress and Drupal put the post's taxonomy into its classes ("tag-fotografie",
# "category-kultur", "term-12"): words of the content, not of the layout.
_TAXONOMY_CLASS = re.compile(r"^(?:tag|category|categories|term|post-tag|format|postid|post|page-id|author)-")


def classes_of(el: lxml.html.HtmlElement) -> str:
    """The class and id of an element, lower-cased and without taxonomy classes, for pattern matching."""
    cls = el.get("class")
    ident = el.get("id")
    if not cls and not ident:
        return ""
    return _classes(cls, ident)


# A site's templates repeat the same few hundred class attributes on every page.
@functools.lru_cache(maxsize=4096)
def _classes(cls: str | None, ident: str | None) -> str:
    tokens = [t for t in f"{cls or ''} {ident or ''}".lower().split() if not _TAXONOMY_CLASS.match(t)]
    return " ".join(tokens)
