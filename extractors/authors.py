"""Who wrote the text: bylines, author meta, JSON-LD persons, signature lines.

Organisations ("Stadt Herne", "Presse- und Öffentlichkeitsarbeit") are not
authors, nor are press contacts or photographers.
"""

from __future__ import annotations

import re

from .document import clean_line
from .persons import is_org, is_person_name, strip_titles

# "Von Anna Beck", "Text: Anna Beck", "Autorin: Anna Beck", "von Anna Beck und Jan Roth"
BYLINE = re.compile(
    r"^(?:(?:Ein\s+(?:Beitrag|Artikel|Bericht)\s+)?von|Text(?:e)?|Autor(?:in)?|Autoren|Autorinnen|Verfasst von|"
    r"Verfasser(?:in)?|Geschrieben von|Redaktion|Bericht)\s*:?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
# "Text: A", "Text und Foto: A", "Text/Fotos: A", up to the next part ("| Fotos: B", "· Bild: C").
_INLINE_TEXT_CREDIT = re.compile(
    r"(?<!\w)(?:Texte?(?:\s*(?:und|&|/|,)\s*(?:Fotos?|Bild(?:er)?))?|Autor(?:in)?)\s*:\s*"
    r"(?P<names>[^|/\n·•—]+?)\s*(?=[|·•—]|$|\n|/\s*(?:Fotos?|Bild)\s*:|\s[-–]\s)"
)
# The parts of a one-line byline: "von Anna Beck — veröffentlicht 03.03.2025 — zuletzt verändert …".
_BYLINE_PARTS = re.compile(r"\s+[—–|·•]\s+|\s*[|·•]\s*")
_NAME_SPLIT = re.compile(r"\s*(?:,|\bund\b|&|\bsowie\b|/)\s*")
_TRAILING_DATE = re.compile(r"[\s,|–-]+(?:am\s+)?\d{1,2}\.\s?\S+\s?\d{2,4}.*$")
_PARENS = re.compile(r"\s*\([^)]*\)\s*")


def clean_author(name: str) -> str | None:
    name = _PARENS.sub(" ", clean_line(name)).strip(" .,;:|–-")
    name = _TRAILING_DATE.sub("", name)
    name = strip_titles(name)
    if not name or is_org(name) or not is_person_name(name):
        return None
    return name


def split_names(text: str) -> list[str]:
    out = []
    for part in _NAME_SPLIT.split(text):
        n = clean_author(part)
        if n:
            out.append(n)
    return out


def from_byline(text: str) -> list[str]:
    """Names in a byline text ("Von Anna Beck", "Text: A und B | Fotos: …")."""
    text = clean_line(text)
    if not text or len(text) > 160:
        return []
    m = _INLINE_TEXT_CREDIT.search(text)
    if m:
        return split_names(m.group("names"))
    for part in _BYLINE_PARTS.split(text):
        m = BYLINE.match(part.strip())
        if m:
            names = split_names(m.group("names"))
            if names:
                return names
    return []


def from_meta_values(values: list[str]) -> list[str]:
    out = []
    for v in values:
        if not v or v.startswith(("http://", "https://", "@")):
            continue
        out.extend(split_names(v))
    return out


def signature(block: str) -> list[str]:
    """A last paragraph that is only a name (or two): the writer's signature line."""
    text = clean_line(block)
    if not text or len(text) > 70 or any(ch in text for ch in '„“"!?:;'):
        return []
    text = text.strip("()[]– -")
    names = split_names(text)
    joined = len(" ".join(names))
    # Every word of the line must belong to a name: "Christoph Hüsken", "Anna Beck und Jan Roth".
    if names and joined >= 0.7 * len(re.sub(r"\b(?:und|sowie)\b|[,&/]", "", text).replace("  ", " ").strip()):
        return names
    return []


def unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        k = n.casefold()
        if k not in seen:
            seen.add(k)
            out.append(n)
    return out
