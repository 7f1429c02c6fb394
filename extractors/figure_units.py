"""What a number counts: the unit and noun phrase written after it.

German puts the counted noun after the number, with adjectives between
("4.300 neue sozialversicherungspflichtige Arbeitsplätze"): skip lower-case words that
look like declined adjectives, take the first capitalised word as the head noun, and keep
gendered pairs together ("620 Schülerinnen und Schüler").
"""

from __future__ import annotations

from dataclasses import dataclass

from .figure_lexicon import (
    ADJECTIVE_ENDINGS,
    CLOCK_WORDS,
    COORDINATORS,
    FRACTION_NOUNS,
    MONTHS,
    MULTIWORD_UNITS,
    NOT_ADJECTIVES,
    NOUNS_ENDING_IN_ER,
    UNIT_ABBREVIATIONS,
    UNIT_ENDING_EXCEPTIONS,
    UNIT_ENDING_KINDS,
    UNIT_WORD_KINDS,
)
from .figure_patterns import TOKEN_AFTER, UNIT_ABBREVIATION_AFTER

# "480 der neuen Bäume", "zwei dieser Anlagen": a part of a counted whole.
PARTITIVE_ARTICLES = frozenset({"der", "dieser", "aller", "unserer", "ihrer"})
# Words that join two adjectives before the counted noun.
ADJECTIVE_JOINERS = frozenset({"und", "oder", "bzw.", "sowie"})
_ENDINGS_LONGEST_FIRST = sorted(UNIT_ENDING_KINDS, key=lambda pair: len(pair[0]), reverse=True)
_UMLAUTS = str.maketrans("äöüß", "aous")
MAX_ADJECTIVES = 4
MAX_TOKENS = 7

# Capitalised words after a number that are no noun of it: articles and pronouns that
# start a sentence or a title.
_FUNCTION_WORDS = (
    frozenset("die der das den dem des ein eine sie er es wir ich ihr und oder uhr".split()) - CLOCK_WORDS
)


@dataclass(slots=True)
class NounPhrase:
    unit: str | None
    counted: str | None
    kind: str
    end: int  # where the unit ends: the end of the figure's `raw`
    block: str | None = None  # the noun says this is no quantity: "time", "date", "fraction"
    direct: bool = True  # the unit follows the number with no adjective between
    partitive: bool = False  # "480 der neuen Bäume": the noun is the whole the number is part of


def unit_kind(unit: str) -> str:
    """count, money, percent, measure or duration, from the last word of the unit."""
    word = unit.rsplit(" ", 1)[-1].casefold()
    kind = UNIT_WORD_KINDS.get(word)
    if kind:
        return kind
    if word in UNIT_ENDING_EXCEPTIONS:
        return "count"
    for ending, kind in _ENDINGS_LONGEST_FIRST:
        if word.endswith(ending):
            return kind
    return "count"


def is_unit_word(word: str) -> bool:
    return word in UNIT_ABBREVIATIONS or unit_kind(word) != "count"


def read_unit(text: str, pos: int) -> NounPhrase | None:
    """The unit written at `pos`, right after a number (and its multiplier), or None."""
    m = UNIT_ABBREVIATION_AFTER.match(text, pos)
    if m:
        abbr = m["abbr"]
        spelled, kind = UNIT_ABBREVIATIONS[abbr]
        # The unit as the text writes it ("m²", "kWh", "°C"), the counted phrase spelt out
        # ("Quadratmeter"); "€" and "%" are "Euro" and "Prozent" in both (the guidelines' rule).
        unit = spelled if kind in ("money", "percent") else abbr
        return NounPhrase(unit, spelled, kind, m.end())
    return read_noun_phrase(text, pos)


def _tokens(text: str, pos: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for _ in range(MAX_TOKENS):
        m = TOKEN_AFTER.match(text, pos)
        if not m:
            break
        out.append((m["w"], m.start("w"), m.end("w")))
        pos = m.end()
    return out


def is_adjective(word: str) -> bool:
    return (
        len(word) > 2
        and word[0].islower()
        and word not in NOT_ADJECTIVES
        and word.endswith(ADJECTIVE_ENDINGS)
    )


def _is_adverb(word: str) -> bool:
    """An uninflected lower-case word before an adjective ("neu", "sehr", "frisch")."""
    return (
        2 < len(word) < 14
        and word.isalpha()
        and word.islower()
        and word not in NOT_ADJECTIVES
        and word.casefold() not in _FUNCTION_WORDS
        and not word.endswith(ADJECTIVE_ENDINGS)
    )


def is_head(word: str) -> bool:
    """A capitalised word, or a compound led by digits ("3D-Drucker", "2-Zimmer-Wohnungen")."""
    first = word[0]
    if first.isdigit():
        return "-" in word
    return first.isupper() and word.casefold() not in _FUNCTION_WORDS


def _fold(word: str) -> str:
    return word.casefold().translate(_UMLAUTS)


def _joins(first: str, second: str) -> bool:
    """Do two nouns joined by "und" name one group: a gendered pair or a split compound?"""
    if first.endswith("-"):
        return True  # "Nil- und Kanadagänse"
    a, b = _fold(first), _fold(second)
    if a.endswith("innen"):
        return b.startswith(a[:-5][:4])
    if b.endswith("innen"):
        return a.startswith(b[:-5][:4])
    return False


def _is_place_adjective(word: str, following: str) -> bool:
    """ "Herner" in "24 Herner Grundschulen": a capitalised -er word before another noun."""
    return (
        word.endswith("er")
        and word.casefold() not in NOUNS_ENDING_IN_ER
        and not is_unit_word(word)
        and is_head(following)
        and following not in COORDINATORS
    )


def read_noun_phrase(text: str, pos: int) -> NounPhrase | None:
    tokens = _tokens(text, pos)
    i = 0
    partitive = bool(tokens) and tokens[0][0] in PARTITIVE_ARTICLES
    if partitive:
        i = 1  # "Rund 480 der neuen Bäume"
    if (
        i + 2 < len(tokens)
        and tokens[i][0] in ("und", "oder")
        and tokens[i + 1][0] in ("mehr", "weniger")
        and is_head(tokens[i + 2][0])
    ):
        i += 2  # "Familien mit drei und mehr Kindern"
    while i < len(tokens) and i < MAX_ADJECTIVES + partitive:
        if is_adjective(tokens[i][0]):
            i += 1
        elif (
            tokens[i][0] in ADJECTIVE_JOINERS
            and i > partitive
            and i + 1 < len(tokens)
            and is_adjective(tokens[i + 1][0])
        ):
            i += 1  # "14 neue oder erweiterte Einrichtungen"
        elif tokens[i][0] in ("mehr", "weniger") and i + 1 < len(tokens) and is_head(tokens[i + 1][0]):
            i += 1  # "3.000 mehr Wohnungen"
        elif i + 1 < len(tokens) and _is_adverb(tokens[i][0]) and is_adjective(tokens[i + 1][0]):
            i += 1  # "acht neu gepflanzte Linden", "drei sehr alte Bäume"
        else:
            break
    if i >= len(tokens) or not is_head(tokens[i][0]):
        return None
    word, head_start, end = tokens[i]
    folded = word.casefold()
    if folded in CLOCK_WORDS:
        return NounPhrase(None, None, "count", end, block="time")
    if folded in MONTHS:
        return NounPhrase(None, None, "count", end, block="date")
    if folded in FRACTION_NOUNS:
        return NounPhrase(None, None, "count", end, block="fraction")
    if i + 1 < len(tokens) and _is_place_adjective(word, tokens[i + 1][0]):
        i += 1
        word, head_start, end = tokens[i]
    unit = word
    for multiword in MULTIWORD_UNITS:
        if text.startswith(multiword, head_start):
            unit, end = multiword, head_start + len(multiword)
            i += multiword.count(" ")
            break
    if i + 2 < len(tokens) and tokens[i + 1][0] in COORDINATORS:
        j = i + 2
        if word.endswith("-"):  # "23 Grund- und weiterführende Schulen"
            while j < len(tokens) - 1 and is_adjective(tokens[j][0]):
                j += 1
        if is_head(tokens[j][0]) and _joins(word, tokens[j][0]):
            i = j
            end = tokens[i][2]
            unit = text[head_start:end]
    kind = unit_kind(unit)
    counted_end = end
    # What a measure measures belongs to the phrase: "12 Kubikmeter Substrat".
    if kind in ("measure", "duration") and i + 1 < len(tokens) and tokens[i + 1][1] == end + 1:
        following = tokens[i + 1][0]
        if is_head(following) and following.casefold() not in CLOCK_WORDS:
            counted_end = tokens[i + 1][2]
    counted = " ".join(text[tokens[int(partitive)][1] : counted_end].split())
    return NounPhrase(
        " ".join(unit.split()),
        counted,
        kind,
        end,
        direct=tokens[int(partitive)][1] == head_start,
        partitive=partitive,
    )
