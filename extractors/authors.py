"""Who wrote the text: bylines, author meta, JSON-LD persons, signature lines.

Organisations ("Stadt Herne", "Presse- und Öffentlichkeitsarbeit") are not
authors, nor are press contacts or photographers.
"""

from __future__ import annotations

import re

from .document import clean_line
from .names import is_role
from .persons import is_org, is_person_name, strip_titles

# "Von Anna Beck", "Text: Anna Beck", "Autorin: Anna Beck", "von Anna Beck und Jan Roth"
BYLINE = re.compile(
    r"^(?:(?:Ein\s+(?:Beitrag|Artikel|Bericht)\s+)?von|Text(?:e)?|Autor(?:in)?|Autoren|Autorinnen|Verfasst von|"
    r"Verfasser(?:in)?|Geschrieben von|Redaktion|Bericht|"
    # Who asked the questions wrote the interview: "Interview: A", "Das Interview führte A".
    r"Interview(?=\s*:)|Interview von|Das Interview führten?|Interview geführt von|Die Fragen stellten?)"
    r"\s*:?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
# "Text: A", "Text und Foto: A", "Text/Fotos: A", up to the next part ("| Fotos: B", "· Bild: C").
_INLINE_TEXT_CREDIT = re.compile(
    r"(?<!\w)(?:Texte?(?:\s*(?:und|&|/|,)\s*(?:Fotos?|Bild(?:er)?))?|Autor(?:in)?)\s*:\s*"
    r"(?P<names>[^|/\n·•—]+?)\s*(?=[|·•—]|$|\n|/\s*(?:Fotos?|Bild)\s*:|\s[-–]\s|\s(?:Fotos?|Bilder?|Grafik)\s*:)"
)
# "Veröffentlicht am 12.01.2025 von Jan Röder", "Erstellt von Anna Beck am …".
_PUBLISHED_BY = re.compile(
    r"(?:Veröffentlicht|Erstellt|Geschrieben|Verfasst|Eingestellt)\b[^|·•\n]{0,40}?\bvon\s+"
    r"(?P<names>[^|·•\n]+?)\s*(?=[|·•]|\bam\b|$|\n)",
    re.IGNORECASE,
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
    m = _PUBLISHED_BY.search(text)
    if m:
        names = split_names(m.group("names"))
        if names:
            return names
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
    """A last paragraph that is only a name (or two): the writer's signature line.

    The lines of a letter's close count too: "Ihr<br>Anna Beck<br>Bürgermeisterin",
    "Ihre Anna Beck", "Anna Beck, Bürgermeisterin". Closing words and role lines are dropped;
    every other line must be a name.
    """
    lines = [clean_line(x) for x in block.split("\n")]
    names: list[str] = []
    for line in lines:
        if not line:
            continue
        if _CONTACT_ROLE.search(line):
            return []  # "Anna Beck, Pressesprecherin": a press contact, not the writer
        line = _CLOSING.sub("", line).strip()
        if not line or _role_phrase(line):
            continue
        found = _name_line(line)
        if not found or names:
            return []  # not a name, or a second name line: a list of names, not a signature
        names = found
    return names


def trailing_signature(blocks: list[str]) -> tuple[list[str], int]:
    """The names of a signature that ends the text, and how many of its last blocks it takes
    ("Ihr" / "Anna Beck" / "Bürgermeisterin" may be three paragraphs)."""
    best: tuple[list[str], int] = ([], 0)
    for n in range(1, min(3, len(blocks)) + 1):
        if len(clean_line(blocks[-n])) > 70:
            break
        names = signature("\n".join(blocks[-n:]))
        if names:
            best = (names, n)
        elif best[1]:
            break
    return best


# Words that close a letter before the signature.
_CLOSING = re.compile(
    r"^(?:(?:Mit\s+)?(?:herzlichen|freundlichen|besten|vielen|lieben|sonnigen|solidarischen)\s+Grüßen"
    r"|(?:Herzliche|Beste|Viele|Liebe|Freundliche|Sonnige)\s+Grüße|Herzlichst|Ihr(?:e)?(?:\s+und\s+Eu(?:er|re))?"
    r"|Eu(?:er|re)|Dein(?:e)?)(?=$|[\s,])\s*,?\s*",
    re.IGNORECASE,
)
_CONTACT_ROLE = re.compile(r"presse|sprecher|kontakt|ansprech|öffentlichkeitsarbeit", re.IGNORECASE)
# An adjective before an office: "Erster Bürgermeister", "Stellvertretende Landrätin".
_ROLE_ADJECTIVE = re.compile(r"^(?:Erste|Zweite|Dritte|Stellvertretende|Kommissarische|Amtierende)[rn]?$")


def _role_phrase(text: str) -> bool:
    """'Bürgermeister', 'Erste Beigeordnete', 'Leiterin des Ordnungsamts': an office, no name."""
    words = text.strip(" ,.").split()
    if not words:
        return False
    if _ROLE_ADJECTIVE.match(words[0]) and len(words) > 1:
        words = words[1:]
    return is_role(words[0].strip(",.")) and not is_person_name(" ".join(words[1:3]))


def _name_line(text: str) -> list[str]:
    """The names of a line that holds nothing but names (and an office after a comma)."""
    if len(text) > 70 or any(ch in text for ch in '„“"!?:;'):
        return []
    text = text.strip("()[]– -")
    # "Anna Beck, Bürgermeisterin", "Bürgermeisterin Anna Beck": the office is not part of the name.
    parts = [p for p in text.split(",") if not _role_phrase(p)]
    text = ",".join(parts).strip(" ,")
    words = text.split()
    lead = 0
    while lead < len(words) - 2 and (_ROLE_ADJECTIVE.match(words[lead]) or is_role(words[lead])):
        lead += 1
    if lead and is_person_name(" ".join(words[lead:])):
        text = " ".join(words[lead:])
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
