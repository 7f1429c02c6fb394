"""Figures in German text: numbers with what they count or measure (issue 3).

    extract_figures("Insgesamt sind 4.300 neue Arbeitsplätze entstanden, von denen 2.700 ...")
    -> [Figure(4300, "Arbeitsplätze", ...), Figure(2700, "Arbeitsplätze", ...)]

One pass of the master number pattern finds every number; each is then read from the
few tokens around it: its value and multiplier, the unit after it, the qualifier before
it, and whether it is a quantity at all (dates, times, ordinals and identifiers are not).
Numbers without a noun of their own take one from a range partner ("20 bis 30 Minuten"),
from "N von M Standorten", or from the figure they refer back to ("von denen 2.700").
"""

from __future__ import annotations

import bisect
from decimal import Decimal
from itertools import pairwise
from re import Match

from .figure_context import (
    is_alphanumeric_code,
    is_bare_acronym,
    is_club_before,
    is_name_before,
    is_ordinal,
    is_postal_code,
    is_strong_cue,
    is_year,
    looks_like_year,
    starts_sentence,
    token_before,
)
from .figure_implied import imply_unit
from .figure_lexicon import (
    AGE_WORDS_AFTER,
    DURATION_ADJECTIVES,
    LASTING_NOUN_ENDINGS,
    PERSON_NOUN_STEMS,
    YEAR_CUES,
)
from .figure_mention import Mention
from .figure_numbers import as_number, multiplier_value, parse_digits, parse_number_word
from .figure_patterns import (
    AGE_BEFORE,
    AGE_LIMIT_BEFORE,
    ARTICLE_BEFORE,
    CLOCK_TIME,
    CURRENCY_BEFORE,
    DIAL_AFTER,
    DIGIT_ADJECTIVE,
    FILE_NUMBER_RUN,
    LIST_COMMA,
    LIST_GAP,
    MAIL_ADDRESS,
    MINUS_BEFORE,
    MONEY_DASH,
    MULTIPLIER_AFTER,
    NAMING_WORD_BEFORE,
    NUMBER,
    PHONE_RUN,
    QUALIFIER_BEFORE,
    QUOTED,
    RANGE_GAP,
    TOKEN_AFTER,
    UNIT_ABBREVIATION_AFTER,
    VON_BEFORE,
    WEB_ADDRESS,
    ZWISCHEN_BEFORE,
)
from .figure_units import read_unit
from .model import Figure
from .sentences import sentence_spans

_MAX_GAP = 24  # characters between the two numbers of a range or a list
_LOOKBACK = 40  # characters searched before a number for qualifiers and back references
MIN_NUMBER_WORD = Decimal("1.5")  # "eineinhalb" and up; "ein" is no figure


def extract_figures(text: str) -> list[Figure]:
    """The quantities of a German text, in text order."""
    if not text:
        return []
    spans = sentence_spans(text)
    starts = [s for s, _ in spans] or [0]
    numbers = [n for n in _find_numbers(text) if n is not None]
    _share_range_units(text, numbers)  # first: "je nach Aufbau 60 bis 90 Prozent" has a noun
    for n in numbers:
        n.sentence = max(0, bisect.bisect_right(starts, n.start) - 1)
        _judge(text, n, spans[n.sentence][0] if spans else 0)
    _spread_identifiers(text, numbers)
    return _resolve(text, numbers, spans)


# ---------- finding and reading numbers ----------


def _identifier_runs(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers are never figures: phone numbers, addresses, quoted names."""
    runs = [m.span() for m in PHONE_RUN.finditer(text)]
    runs += [m.span() for m in FILE_NUMBER_RUN.finditer(text)]
    if "www." in text or "://" in text:
        runs += [m.span() for m in WEB_ADDRESS.finditer(text)]
    if "@" in text:
        runs += [m.span() for m in MAIL_ADDRESS.finditer(text)]
    for m in QUOTED.finditer(text):
        if NAMING_WORD_BEFORE.search(text, max(0, m.start() - _LOOKBACK), m.start()):
            runs.append(m.span())
    return sorted(runs)


def _find_numbers(text: str) -> list[Mention | None]:
    runs = _identifier_runs(text)
    out: list[Mention | None] = []
    k = 0
    for m in NUMBER.finditer(text):
        while k < len(runs) and runs[k][1] <= m.start():
            k += 1
        if k < len(runs) and runs[k][0] <= m.start():
            continue  # inside a phone number, a web address, a quoted name ...
        out.append(_read(text, m))
    return out


def _read(text: str, m: Match[str]) -> Mention | None:
    if m["digits"]:
        n = _read_digits(text, m)
    elif m["word"]:
        n = _read_word(text, m)
    else:
        # "eine Million", "eine halbe Million"
        one = Decimal("0.5") if m["half"] else Decimal(1)
        n = Mention(m.start(), m.end(), one, is_word=True, raw=m.group(), needs_referent=True)
    if n is None or n.block or n.unit:
        return n
    mm = MULTIPLIER_AFTER.match(text, n.end)
    if mm:
        n.mult = multiplier_value(mm["mult"])
        n.end = mm.end()
    elif m["one"]:
        return None
    n.raw_end = n.end
    np = read_unit(text, n.end)
    if np is not None:
        if np.block:
            n.block = np.block
            return n
        n.unit, n.counted, n.kind, n.raw_end = np.unit, np.counted, np.kind, np.end
        n.direct_noun, n.partitive = np.direct, np.partitive
        if n.kind == "duration" and _is_age(text, n):
            n.kind = "age"
    return n


def _read_digits(text: str, m: Match[str]) -> Mention:
    start, end = m.span()
    raw = m["digits"]
    base = parse_digits(raw)
    n = Mention(start, end, base or Decimal(0), is_word=False, raw=raw, raw_end=end)
    if base is None:
        # dates, times, file numbers: "14.03.2022", "10:30", "2019/0873"
        n.block = "time" if CLOCK_TIME.match(text, start) else "malformed"
        return n
    if start >= 2 and text[start - 1] in "-–" and text[start - 2].isalpha():
        n.block = "name"  # "Tempo-30-Zone", "COVID-19"
        return n
    dash = MONEY_DASH.match(text, end)
    if dash:
        n.end = dash.end()  # "5,- Euro"
    adjective = DIGIT_ADJECTIVE.match(text, end)
    if adjective:
        return _adjective_figure(text, n, adjective.start("adj"), adjective.end())
    nxt = text[n.end : n.end + 2]
    if len(nxt) == 2 and nxt[0] in ".," and nxt[1] in ".,":
        n.block = "malformed"  # "1,,5", "1..000"
    elif nxt[:1] == "-" and (nxt[1:].isalpha() or nxt[1:].isspace()):
        n.block = "compound"  # "24-Stunden-Dienst", "3-Zimmer-Wohnung", "zwei- bis dreimal"
    elif nxt[:1].isalpha() and not UNIT_ABBREVIATION_AFTER.match(text, n.end):
        n.block = "compound"  # "3b", "1970er", "3D", "5G"
    elif nxt[:1] == "." and is_ordinal(text, start, end):
        n.block = "ordinal"  # "13. Runde", "28. Mai"
    return n


def _read_word(text: str, m: Match[str]) -> Mention | None:
    start = m.start()
    number_end = m.start("wadj") if m["wadj"] else m.end()
    word = text[start:number_end].rstrip("-")
    value = parse_number_word(word)
    if value is None or value < MIN_NUMBER_WORD:
        return None
    n = Mention(
        start,
        start + len(word),
        value,
        is_word=True,
        raw=word,
        raw_end=start + len(word),
        needs_referent=True,
    )
    if m["wadj"]:
        return _adjective_figure(text, n, m.start("wadj"), m.end())
    if text[n.end : n.end + 1] == "-":
        n.block = "compound"  # "Zwei-Ufer-Fest"
    return n


def _adjective_figure(text: str, n: Mention, adjective_start: int, end: int) -> Mention:
    """ "81-jährige", "dreijähriger", "zweitägige": an age or a duration, in years or days."""
    adjective = text[adjective_start:end].casefold()
    stem = next(key for key in DURATION_ADJECTIVES if adjective.startswith(key))
    n.unit, n.kind = DURATION_ADJECTIVES[stem]
    n.counted = n.unit
    n.end = n.raw_end = end
    if n.kind == "age":
        following = TOKEN_AFTER.match(text, end)
        if following and following["w"].casefold().endswith(LASTING_NOUN_ENDINGS):
            n.kind = "duration"  # "das 50-jährige Bestehen"
    return n


def _is_age(text: str, n: Mention) -> bool:
    """ "81 Jahre alt", "im Alter von 81 Jahren", "Kinder ab sechs Jahren"."""
    following = TOKEN_AFTER.match(text, n.raw_end)
    if following and following["w"].casefold() in AGE_WORDS_AFTER:
        return True  # "drei Monate alt"
    if not (n.unit or "").casefold().startswith("jahr"):
        return False
    lo = max(0, n.start - _LOOKBACK)
    if AGE_BEFORE.search(text, lo, n.start):
        return True
    if AGE_LIMIT_BEFORE.search(text, lo, n.start):
        before = text[lo : n.start].casefold()
        return any(stem in before for stem in PERSON_NOUN_STEMS)
    return False


# ---------- deciding what is a quantity ----------


def _judge(text: str, n: Mention, sentence_start: int) -> None:
    """Qualifier, currency before the number, and the rules for identifiers and years."""
    q = QUALIFIER_BEFORE.search(text, max(0, n.start - _LOOKBACK), n.start)
    if q:
        n.qualifier = " ".join(q["q"].casefold().split())
    if n.block:
        return
    if MINUS_BEFORE.search(text, max(0, n.start - 8), n.start):
        n.base = -n.base  # "minus 5 Grad"
    if n.is_word:
        return
    if n.unit is None:
        cur = CURRENCY_BEFORE.search(text, max(0, n.start - 6), n.start)
        if cur and cur["cur"] == "Euro" and n.raw.isdigit() and n.mult == 1:
            cur = None  # "Abgasnorm Euro 6" is a class; amounts are written "50 Euro" or "€ 50"
        if cur:
            n.unit, n.counted, n.kind = "Euro", "Euro", "money"
            n.start = cur.start()
            return
    token, token_start = token_before(text, n.start)
    has_noun = n.unit is not None and not n.partitive
    if not has_noun and DIAL_AFTER.match(text, n.end):
        n.block = "identifier"  # "Im Notfall gilt: 112 wählen."
    elif looks_like_year(n.raw, float(n.base)) and token and is_club_before(token):
        n.block = "name"  # "Turnverein 1875 Fehrbach", "TuS 1911"
    elif token and is_strong_cue(token) and not (has_noun and is_bare_acronym(token)):
        n.block = "identifier"  # "die VBN 18 neue Elektrobusse" is a count; "A 43" a road
    elif (
        not has_noun
        and token.casefold() == "unter"
        and not n.raw.replace("\u00a0", " ").strip().isdigit()
        and " " in n.raw.replace("\u00a0", " ")
    ):
        n.block = "identifier"  # "unter 116 117 erreichbar": a phone number grouped like a count
    elif not has_noun and _follows_code_list(text, token, token_start):
        n.block = "identifier"  # "die Buslinien R12 und 634"
    elif not has_noun and ARTICLE_BEFORE.search(text, max(0, n.start - 6), n.start):
        n.needs_referent = True  # "zu den 5, die es gibt" counts; "über die 112" names
    elif is_postal_code(text, n.start, n.raw, n.raw_end if has_noun and n.kind == "count" else None):
        n.block = "postal code"
    elif n.mult == 1 and looks_like_year(n.raw, float(n.base)):
        first = starts_sentence(text, n.start, sentence_start)
        qualified = n.qualifier is not None and n.qualifier not in YEAR_CUES  # "rund 2000", not "ab 2020"
        if is_year(token, has_noun, n.direct_noun, qualified, first, float(n.base)):
            n.block = "year"
    elif not has_noun and n.mult == 1 and token and is_name_before(token, token_start, text, sentence_start):
        n.block = "identifier"  # "Feuerwache 2", "Knotenpunkte 34", "Lernorte 2030"


def _follows_code_list(text: str, token: str, token_start: int) -> bool:
    if token not in ("und", "oder", "sowie") and not token.endswith(","):
        return False
    if token.endswith(","):
        return is_alphanumeric_code(token)
    return is_alphanumeric_code(token_before(text, token_start)[0])


def _spread_identifiers(text: str, numbers: list[Mention]) -> None:
    """Lists and ranges of identifiers: "Buslinien 311, 312 und 323", "Hauptstraße 6-8"."""
    for a, b in pairwise(numbers):
        if a.block == "year" and not b.block and looks_like_year(b.raw, float(b.base)):
            gap = text[a.end : b.start]
            if len(gap) <= _MAX_GAP and RANGE_GAP.fullmatch(gap):
                b.block = "year"  # "zwischen 2019 und 2022 Leistungen", "von 2020 bis 2024 Mittel"
                continue
        # "die Buslinien 2 und 5 fahren Umleitungen": a verb read as an adjective is no noun
        if b.block or (b.unit is not None and b.direct_noun) or b.is_word or a.is_word:
            continue
        gap = text[a.end : b.start]
        if len(gap) > _MAX_GAP or not LIST_GAP.fullmatch(gap):
            continue
        if a.block in ("identifier", "postal code"):
            b.block = a.block
        elif a.block is None and a.unit is None and b.unit is None and not gap.strip():
            a.block = b.block = "identifier"  # digit groups: "3456 7890 1234"


def _share_range_units(text: str, numbers: list[Mention]) -> None:
    """ "20 bis 30 Minuten", "zwischen 15 und 40 Kilometern", "31 von 42 Standorten",
    "von 2,1 auf 2,4 Millionen Euro", "Kinder von vier, sieben und elf Jahren": the first
    number takes the second one's unit. Read right to left, so lists pass the unit on."""
    listed: set[int] = set()  # numbers that took their unit from a list partner
    for i in range(len(numbers) - 2, -1, -1):
        a, b = numbers[i], numbers[i + 1]
        if a.block or a.unit is not None:
            continue
        if not _joined(text, a, b, listed_b=i + 1 in listed):
            continue
        listed.add(i)
        if b.block == "time":
            a.block = "time"  # "von 8 bis 20 Uhr", "um 10, 12 und 14 Uhr"
        elif b.block is None and b.unit is not None:
            a.unit, a.counted, a.kind = b.unit, b.counted, b.kind
            if a.mult == 1 and b.mult > 1 and a.base < b.base:
                a.mult = b.mult  # "2 bis 3 Millionen Euro"
            if a.kind == "duration" and _is_age(text, a):
                a.kind = "age"  # "Kinder zwischen 6 und 12 Jahren"
    for i in sorted(listed):  # an age range is ages throughout
        if numbers[i].kind == "age" and numbers[i + 1].unit == numbers[i].unit:
            numbers[i + 1].kind = "age"


def _joined(text: str, a: Mention, b: Mention, listed_b: bool) -> bool:
    """Do two numbers form a range, a pair or a list that shares one unit?"""
    gap = text[a.end : b.start]
    if len(gap) > _MAX_GAP:
        return False
    if LIST_COMMA.fullmatch(gap):
        return listed_b  # "vier, sieben und elf Jahren": only inside a list that ends in a unit
    m = RANGE_GAP.fullmatch(gap)
    if not m:
        return False
    lo = max(0, a.start - _LOOKBACK)
    if m["word"] == "und":
        # "zwischen 20 und 30 Prozent"; "sieben und elf Jahren" with the unit right after
        direct = b.direct_noun or b.block == "time"
        return bool(ZWISCHEN_BEFORE.search(text, lo, a.start)) or direct or listed_b
    if m["word"] == "auf":
        return bool(VON_BEFORE.search(text, lo, a.start))  # "von 25 auf 30 Euro"
    return True


# ---------- implied units and the records ----------


def _resolve(text: str, numbers: list[Mention], spans: list[tuple[int, int]]) -> list[Figure]:
    figures: list[Figure] = []
    with_unit: list[Mention] = []
    sentences: dict[int, str] = {}
    for i, n in enumerate(numbers):
        if n.block:
            continue
        if (
            n.unit is None
            and not imply_unit(text, n, earlier=with_unit, numbers=numbers, index=i, spans=spans)
            and n.needs_referent
        ):
            continue  # nothing it counts: "Acht geben", "über die 112"
        if n.unit is not None:
            with_unit.append(n)
        if n.sentence not in sentences:
            s, e = spans[n.sentence] if spans else (0, len(text))
            sentences[n.sentence] = text[s:e]
        figures.append(
            Figure(
                value=as_number(n.value),
                unit=n.unit,
                counted=n.counted,
                qualifier=n.qualifier,
                kind=n.kind,
                raw=text[n.start : n.raw_end],
                start=n.start,
                end=n.raw_end,
                sentence=sentences[n.sentence],
            )
        )
    return figures
