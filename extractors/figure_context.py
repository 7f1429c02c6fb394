"""Numbers that are no quantities: identifiers, years, postal codes, ordinals.

Each rule looks at the word right before a number and at whether a noun follows it.
German names things with a noun and a number after it ("Raum 214", "Buslinie 311",
"Feuerwache 2", "Gute Schule 2020"), while a counted number stands before its noun
("214 Plätze"). So a number straight after a capitalised word, with no noun of its own,
names something; after a cue word ("§", "Telefon", "Raum", "Cranger Straße") it always does.
"""

from __future__ import annotations

import re

from .figure_lexicon import (
    IDENTIFIER_CUE_ENDINGS,
    IDENTIFIER_CUES,
    MONTHS,
    ORDINAL_LEADS,
    QUALIFIERS,
    SENTENCE_OPENERS,
    YEAR_CUES,
)
from .figure_patterns import AFTER_PERIOD, ORDINAL_LIST_BEFORE

_QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
_OPENERS = "„“\"»«‚'(["
_SENTENCE_ENDS = ".!?:;"
_CLOSERS = ",;:!?)]“”\"»«'"
_WINDOW = 48
_POSTAL_FOLLOWERS = ",.;)\n"
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei)\s\Z")
YEAR_RANGE = (1000, 2100)


def token_before(text: str, pos: int) -> tuple[str, int]:
    """The whitespace-delimited token that ends right before `pos` (spaces skipped), and its start."""
    lo = max(0, pos - _WINDOW)
    i = pos
    while i > lo and text[i - 1] in " \t\u00a0\u202f":
        i -= 1
    j = i
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j


def starts_sentence(text: str, token_start: int, sentence_start: int) -> bool:
    """Is the token at `token_start` the first word of a sentence or of a quote?"""
    if token_start <= sentence_start:
        return True
    i = token_start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] == "\n" or text[i - 1] in _SENTENCE_ENDS or text[i - 1] in _OPENERS


def is_ordinal(text: str, start: int, end: int) -> bool:
    """Is the number at [start, end) followed by the period of an ordinal ("13. Runde")?"""
    m = AFTER_PERIOD.match(text, end)
    if not m:
        return False
    nxt = m["next"]
    if not nxt:
        return False  # "... lag bei 40." at the end of a line
    word = nxt + m["rest"]
    if nxt.islower() or nxt.isdigit() or nxt == "(" or word.casefold() in MONTHS:
        return True  # "3. bis 5. Mai", "(2. v. l.)", "28. Mai"
    if word.casefold() in SENTENCE_OPENERS:
        return False  # "... mit ihren 82. Dazwischen ist noch Platz."
    if ORDINAL_LIST_BEFORE.search(text, max(0, start - 12), start):
        return True  # "am 2. und 4. Montag"
    lead = _clean(token_before(text, start)[0])
    # "zur 13. Runde", a list item "10. Dezember: 13. Festival", a line that starts "3. Preis"
    return lead.casefold() in ORDINAL_LEADS or lead.endswith(":") or not lead


def _clean(token: str) -> str:
    return token.lstrip(_OPENERS)


def is_alphanumeric_code(token: str) -> bool:
    """ "R12", "A42", "SB25": letters and digits in one token name a line or a road."""
    word = _clean(token).rstrip(",")
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and word.isalnum()


def is_strong_cue(token: str) -> bool:
    """Words after which a number always identifies: "§", "Raum", "Nr.", "Carl-Duisberg-Straße"."""
    word = _clean(token)
    folded = word.casefold()
    if folded in IDENTIFIER_CUES:
        return True
    if word[:1].isupper() and folded.endswith(IDENTIFIER_CUE_ENDINGS):
        return True
    # Road, bus and train lines: "A 42", "B 226", "SB 25", "RE 3", "U 35".
    return 1 <= len(word) <= 3 and word.isalpha() and word.isupper() and word != "EUR"


# Letters that name roads and lines before a number ("A 43", "B 226", "SB 25", "RE 3", "U 35").
_LINE_PREFIXES = frozenset("A B L K S U N X E M R SB RE RB NE ST IC EC ICE MEX RS".split())


def is_bare_acronym(token: str) -> bool:
    """An organisation's acronym ("VBN", "ADFC"), not a road or line prefix."""
    word = _clean(token)
    return word.isalpha() and word.isupper() and word not in _LINE_PREFIXES


# Clubs carry their founding year in their name: "Turnverein 1875 Fehrbach", "SV 1919", "TuS 1911".
_CLUB_ENDINGS = ("verein", "club", "klub", "chor", "kapelle", "gesellschaft", "bruderschaft", "gilde")
_CLUB_ABBREVIATIONS = frozenset("SV TV FC TuS VfB VfL VfR SC TSV TSG SpVgg DJK BSC SSV ESV FSV MTV".split())


def is_club_before(token: str) -> bool:
    word = _clean(token)
    return word in _CLUB_ABBREVIATIONS or (word[:1].isupper() and word.casefold().endswith(_CLUB_ENDINGS))


def is_name_before(token: str, token_start: int, text: str, sentence_start: int) -> bool:
    """A capitalised word glued to the number: "Feuerwache 2", "Lernorte 2030"."""
    word = _clean(token)
    if not word or not word[0].isupper() or word[-1] in _CLOSERS or word.endswith("."):
        return False
    folded = word.casefold()
    if folded in _QUALIFIER_WORDS:
        return False
    if starts_sentence(text, token_start + (len(token) - len(word)), sentence_start):
        # Any word may open a sentence capitalised; names still do ("Windows 10 wird ...").
        return folded not in SENTENCE_OPENERS
    return True


def looks_like_year(raw: str, value: float) -> bool:
    return raw.isdigit() and len(raw) == 4 and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def is_year(
    token: str, has_noun: bool, direct_noun: bool, qualified: bool, sentence_first: bool, value: float = 0
) -> bool:
    """A four-digit number is a year unless a noun it counts follows ("1500 Fahrten")."""
    if not has_noun:
        return True
    if qualified:
        return False  # "rund 2000 Besucher"
    cue = _clean(token).casefold().rstrip(".")
    if cue in YEAR_CUES or sentence_first:
        return True  # "seit 2018 pflanzte", "2018 kamen"
    if cue in ("für", "auf") and 1950 <= value <= 2050 and value % 100:
        return True  # "sieht für 2026 Mittel vor", "auf 2027 verschoben"; "für 2000 Menschen" counts
    return not direct_noun


def is_postal_code(text: str, start: int, raw: str, name_end: int | None) -> bool:
    """ "44623 Herne": five digits and a place name, after a street and a comma, on a line
    of its own, or closing a phrase ("in 44623 Herne.")."""
    if name_end is None or not (len(raw) == 5 and raw.isdigit()):
        return False
    before = text[max(0, start - 3) : start]
    if start == 0 or before.endswith(("\n", ", ", "D-", ",\u00a0", "PLZ ")):
        return True
    if _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start):
        return True  # "In 45879 Gelsenkirchen-Buer leben …": counts this large are written "45.879"
    after = text[name_end : name_end + 1]
    return not after or after in _POSTAL_FOLLOWERS
