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
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from re import Match

from .figure_context import (
    is_name_before,
    is_ordinal,
    is_postal_code,
    is_strong_cue,
    is_year,
    looks_like_year,
    starts_sentence,
    token_before,
)
from .figure_lexicon import (
    AGE_WORDS_AFTER,
    DURATION_ADJECTIVES,
    LASTING_NOUN_ENDINGS,
    MONEY_CUES,
    PERSON_NOUN_STEMS,
)
from .figure_numbers import as_number, multiplier_value, parse_digits, parse_number_word
from .figure_patterns import (
    AGE_BEFORE,
    AGE_LIMIT_BEFORE,
    BACK_REFERENCE_AFTER,
    BACK_REFERENCE_BEFORE,
    CLAUSE_SUBJECT,
    COUNT_NOUNS_OF,
    CURRENCY_BEFORE,
    DIGIT_ADJECTIVE,
    ES_BEFORE,
    IDENTIFIER_RUN,
    LIST_GAP,
    MONEY_DASH,
    MULTIPLIER_AFTER,
    NUMBER,
    QUALIFIER_BEFORE,
    RANGE_GAP,
    SUBJECT_MEASURE_BEFORE,
    TOKEN_AFTER,
    UNIT_ABBREVIATION_AFTER,
    VON_BEFORE,
    ZWISCHEN_BEFORE,
)
from .figure_units import read_unit
from .model import Figure
from .sentences import sentence_spans

# Kinds of referent a bare number least likely refers back to ("in fünf Jahren 4.300 ...").
_WEAK_REFERENTS = ("duration", "age")
_MAX_GAP = 24  # characters between the two numbers of a range or a list
_LOOKBACK = 40  # characters searched before a number for qualifiers and back references
MIN_NUMBER_WORD = Decimal("1.5")  # "eineinhalb" and up; "ein" is no figure


@dataclass(slots=True)
class _Number:
    """A number found in the text, while it is being read."""

    start: int
    end: int  # end of the number and its multiplier
    base: Decimal  # the number as written, before the multiplier
    is_word: bool
    raw: str
    mult: int = 1
    unit: str | None = None
    counted: str | None = None
    kind: str = "count"
    raw_end: int = 0
    qualifier: str | None = None
    block: str | None = None  # why it is no figure: "year", "time", "identifier", ...
    direct_noun: bool = False
    sentence: int = 0

    @property
    def value(self) -> Decimal:
        return self.base * self.mult


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


def _find_numbers(text: str) -> list[_Number | None]:
    runs = [m.span() for m in IDENTIFIER_RUN.finditer(text)]
    out: list[_Number | None] = []
    k = 0
    for m in NUMBER.finditer(text):
        while k < len(runs) and runs[k][1] <= m.start():
            k += 1
        if k < len(runs) and runs[k][0] <= m.start():
            continue  # inside a phone number, post box or ISO date
        out.append(_read(text, m))
    return out


def _read(text: str, m: Match[str]) -> _Number | None:
    if m["digits"]:
        n = _read_digits(text, m)
    elif m["word"]:
        n = _read_word(text, m)
    else:
        n = _Number(m.start(), m.end(), Decimal(1), is_word=True, raw=m.group())
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
        n.unit, n.counted, n.kind, n.raw_end, n.direct_noun = np.unit, np.counted, np.kind, np.end, np.direct
        if n.unit and n.unit.casefold().startswith("jahr") and _is_age(text, n):
            n.kind = "age"
    return n


def _read_digits(text: str, m: Match[str]) -> _Number:
    start, end = m.span()
    raw = m["digits"]
    base = parse_digits(raw)
    n = _Number(start, end, base or Decimal(0), is_word=False, raw=raw, raw_end=end)
    if base is None:
        n.block = "malformed"  # dates, times, file numbers: "14.03.2022", "10:30", "2019/0873"
        return n
    if start >= 2 and text[start - 1] in "-–" and text[start - 2].isalpha():
        n.block = "name"  # "Tempo-30-Zone", "COVID-19"
        return n
    dash = MONEY_DASH.match(text, end)
    if dash:
        n.end = dash.end()  # "5,- Euro"
    adjective = DIGIT_ADJECTIVE.match(text, end)
    if adjective:
        return _adjective_figure(text, n, adjective["adj"], adjective.end())
    nxt = text[n.end : n.end + 2]
    if nxt[:1] == "-" and (nxt[1:].isalpha() or nxt[1:].isspace()):
        n.block = "compound"  # "24-Stunden-Dienst", "3-Zimmer-Wohnung", "zwei- bis dreimal"
    elif nxt[:1].isalpha() and not UNIT_ABBREVIATION_AFTER.match(text, n.end):
        n.block = "compound"  # "3b", "1970er", "3D", "5G"
    elif nxt[:1] == "." and is_ordinal(text, start, end):
        n.block = "ordinal"  # "13. Runde", "28. Mai"
    return n


def _read_word(text: str, m: Match[str]) -> _Number | None:
    start = m.start()
    number_end = m.start("wadj") if m["wadj"] else m.end()
    word = text[start:number_end].rstrip("-")
    value = parse_number_word(word)
    if value is None or value < MIN_NUMBER_WORD:
        return None
    n = _Number(start, start + len(word), value, is_word=True, raw=word, raw_end=start + len(word))
    if m["wadj"]:
        return _adjective_figure(text, n, m["wadj"], m.end())
    if text[n.end : n.end + 1] == "-":
        n.block = "compound"  # "Zwei-Ufer-Fest"
    return n


def _adjective_figure(text: str, n: _Number, adjective: str, end: int) -> _Number:
    """ "81-jährige", "dreijähriger", "zweitägige": an age or a duration."""
    n.unit, n.kind = DURATION_ADJECTIVES[adjective.casefold()]
    n.counted = n.unit
    n.end = n.raw_end = end
    if n.kind == "age":
        following = TOKEN_AFTER.match(text, end)
        if following and following["w"].casefold().endswith(LASTING_NOUN_ENDINGS):
            n.kind = "duration"  # "das 50-jährige Bestehen"
    return n


def _is_age(text: str, n: _Number) -> bool:
    """ "81 Jahre alt", "im Alter von 81 Jahren", "Kinder ab sechs Jahren"."""
    following = TOKEN_AFTER.match(text, n.raw_end)
    if following and following["w"].casefold() in AGE_WORDS_AFTER:
        return True
    lo = max(0, n.start - _LOOKBACK)
    if AGE_BEFORE.search(text, lo, n.start):
        return True
    if AGE_LIMIT_BEFORE.search(text, lo, n.start):
        before = text[lo : n.start].casefold()
        return any(stem in before for stem in PERSON_NOUN_STEMS)
    return False


# ---------- deciding what is a quantity ----------


def _judge(text: str, n: _Number, sentence_start: int) -> None:
    """Qualifier, currency before the number, and the rules for identifiers and years."""
    q = QUALIFIER_BEFORE.search(text, max(0, n.start - _LOOKBACK), n.start)
    if q:
        n.qualifier = " ".join(q["q"].casefold().split())
    if n.block or n.is_word:
        return
    if n.unit is None:
        cur = CURRENCY_BEFORE.search(text, max(0, n.start - 6), n.start)
        if cur:
            n.unit, n.counted, n.kind = "Euro", "Euro", "money"
            n.start = cur.start()
            return
    token, token_start = token_before(text, n.start)
    has_noun = n.unit is not None
    if token and is_strong_cue(token):
        n.block = "identifier"
    elif is_postal_code(text, n.start, n.raw, has_noun and n.kind == "count"):
        n.block = "postal code"
    elif n.mult == 1 and looks_like_year(n.raw, float(n.base)):
        first = starts_sentence(text, n.start, sentence_start)
        if is_year(token, has_noun, n.direct_noun, n.qualifier is not None, first):
            n.block = "year"
    elif not has_noun and n.mult == 1 and token and is_name_before(token, token_start, text, sentence_start):
        n.block = "identifier"  # "Feuerwache 2", "Knotenpunkte 34", "Lernorte 2030"


def _spread_identifiers(text: str, numbers: list[_Number]) -> None:
    """Lists and ranges of identifiers: "Buslinien 311, 312 und 323", "Hauptstraße 6-8"."""
    for a, b in pairwise(numbers):
        if b.block or b.unit is not None or b.is_word or a.is_word:
            continue
        gap = text[a.end : b.start]
        if len(gap) > _MAX_GAP or not LIST_GAP.fullmatch(gap):
            continue
        if a.block in ("identifier", "postal code"):
            b.block = a.block
        elif a.block is None and a.unit is None and not gap.strip():
            a.block = b.block = "identifier"  # digit groups: "3456 7890 1234"


def _share_range_units(text: str, numbers: list[_Number]) -> None:
    """ "20 bis 30 Minuten", "zwischen 15 und 40 Kilometern", "31 von 42 Standorten",
    "von 2,1 auf 2,4 Millionen Euro": the first number takes the second one's unit."""
    for a, b in pairwise(numbers):
        if a.block or a.unit is not None:
            continue
        gap = text[a.end : b.start]
        m = RANGE_GAP.fullmatch(gap) if len(gap) <= _MAX_GAP else None
        if not m:
            continue
        lo = max(0, a.start - _LOOKBACK)
        if m["word"] == "und" and not ZWISCHEN_BEFORE.search(text, lo, a.start):
            continue
        if m["word"] == "auf" and not VON_BEFORE.search(text, lo, a.start):
            continue
        if b.block == "time":
            a.block = "time"  # "von 8 bis 20 Uhr"
        elif b.block is None and b.unit is not None:
            a.unit, a.counted, a.kind = b.unit, b.counted, b.kind
            if a.mult == 1 and b.mult > 1 and a.base < b.base:
                a.mult = b.mult  # "2 bis 3 Millionen Euro"


# ---------- implied units and the records ----------


def _resolve(text: str, numbers: list[_Number], spans: list[tuple[int, int]]) -> list[Figure]:
    figures: list[Figure] = []
    with_unit: list[_Number] = []
    sentences: dict[int, str] = {}
    for n in numbers:
        if n.block:
            continue
        if n.unit is None and not _imply_unit(text, n, with_unit, spans) and n.is_word:
            continue  # a number word with nothing it counts: "die zwei", "Acht geben"
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


def _imply_unit(text: str, n: _Number, earlier: list[_Number], spans: list[tuple[int, int]]) -> bool:
    """Give a number without a noun the unit it stands for; False when that is unclear."""
    lo = max(0, n.start - _LOOKBACK)
    anchor = n.start
    q = QUALIFIER_BEFORE.search(text, lo, n.start)
    if q:
        anchor = q.start()
    back = bool(BACK_REFERENCE_BEFORE.search(text, lo, anchor) or BACK_REFERENCE_AFTER.match(text, n.end))
    es = bool(ES_BEFORE.search(text, lo, anchor))
    if back or es or not n.is_word:
        ref = _referent(n, earlier, reach=1 if back or es else 0)
        if ref is not None:
            n.unit, n.counted, n.kind = ref.unit, ref.counted, ref.kind
            return True
    if n.is_word:
        return False
    sentence_start = spans[n.sentence][0] if spans else 0
    if n.mult > 1 and _mentions_money(text, sentence_start, n):
        n.unit, n.counted, n.kind = "Euro", None, "money"  # "Die Kosten liegen bei 2,5 Millionen."
        return True
    if SUBJECT_MEASURE_BEFORE.search(text, max(0, anchor - 6), anchor):
        noun = _clause_subject(text, sentence_start, anchor)
        if noun:
            n.unit = n.counted = noun  # "Die Plätze sind auf 40 begrenzt."
            return True
    return False


def _referent(n: _Number, earlier: list[_Number], reach: int) -> _Number | None:
    """The nearest earlier figure with a unit in this sentence (or `reach` sentences back),
    preferring counted things over durations."""
    fallback = None
    for ref in reversed(earlier):
        if ref.sentence < n.sentence - reach:
            break
        if ref.kind not in _WEAK_REFERENTS:
            return ref
        fallback = fallback or ref
    return fallback


def _mentions_money(text: str, sentence_start: int, n: _Number) -> bool:
    window = text[sentence_start : n.end + 20].casefold()
    return any(cue in window for cue in MONEY_CUES)


def _clause_subject(text: str, sentence_start: int, pos: int) -> str | None:
    clause_start = max(sentence_start, text.rfind(",", sentence_start, pos) + 1)
    m = CLAUSE_SUBJECT.search(text, clause_start, pos)
    if not m:
        return None
    if m["of"] and m["noun"].casefold() in COUNT_NOUNS_OF:
        return m["of"]  # "Die Zahl der Teilnehmer ist auf 40 begrenzt."
    return m["noun"]
