"""Units a number does not write itself: "von denen 2.700", "heute sind es 210.000",
"Die Plätze sind auf 40 begrenzt", "Statt bisher vier sollen sechs Impfstraßen ...".

Press releases often drop the noun when it was just named. The unit is then taken from
the figure the number refers to, from the clause's subject, or left None when unclear.
"""

from __future__ import annotations

from .figure_lexicon import (
    COUNT_NOUN_ENDINGS,
    COUNT_NOUNS_OF,
    MONEY_CUES,
    SENTENCE_ADVERBS,
    TIME_NOUNS,
    VALUE_NOUNS,
)
from .figure_mention import Mention
from .figure_patterns import (
    AGE_APPOSITION_AFTER,
    AGE_APPOSITION_BEFORE,
    AGE_POSSESSIVE_BEFORE,
    AGE_SUPERLATIVE_BEFORE,
    ARTICLE_BEFORE,
    BACK_REFERENCE_AFTER,
    BACK_REFERENCE_BEFORE,
    CLAUSE_SUBJECT,
    ES_BEFORE,
    ES_TOPIC,
    GROUP_AFTER,
    INSTEAD_BEFORE,
    PARALLEL_BEFORE,
    QUALIFIER_BEFORE,
    SUBJECT_MEASURE_BEFORE,
)

# Kinds of referent a bare number least likely refers back to ("in fünf Jahren 4.300 ...").
_WEAK_REFERENTS = ("duration", "age")
_LOOKBACK = 40  # characters searched before a number
_LOOKAHEAD = 4  # numbers searched after one for "statt vier ... sechs Impfstraßen"
_CLAUSE_MARKS = ",;:"
_CLAUSE_WINDOW = 240  # characters: no clause of a press release is longer
_REFERENT_WINDOW = 12  # figures looked back at for a referent
MAX_AGE = 120


def imply_unit(
    text: str,
    n: Mention,
    *,
    earlier: list[Mention],
    numbers: list[Mention],
    index: int,
    spans: list[tuple[int, int]],
) -> bool:
    """Give a number without a noun the unit it stands for; False when that is unclear.

    `earlier` are the figures with a unit before `n`; `numbers[index]` is `n` itself.
    """
    lo = max(0, n.start - _LOOKBACK)
    q = QUALIFIER_BEFORE.search(text, lo, n.start)
    anchor = q.start() if q else n.start
    sentence_start = spans[n.sentence][0] if spans else 0
    clause_start = _clause_start(text, sentence_start, anchor)
    if not n.is_word and _is_bare_age(text, n, lo, anchor):
        n.unit, n.counted, n.kind = "Jahre", "Jahre", "age"
        return True
    back = bool(BACK_REFERENCE_BEFORE.search(text, lo, anchor) or BACK_REFERENCE_AFTER.match(text, n.end))
    es = not back and bool(ES_BEFORE.search(text, lo, anchor) or GROUP_AFTER.match(text, n.end))
    if es:
        topic = ES_TOPIC.match(text, clause_start, anchor)
        if topic and topic["noun"].casefold() not in SENTENCE_ADVERBS:
            n.unit = n.counted = topic["noun"]  # "Brände gab es 512"
            return True
    if INSTEAD_BEFORE.search(text, lo, anchor):
        later = _next_with_unit(n, numbers, index)
        if later is not None:
            n.take_unit(later)  # "Statt bisher vier sollen sechs Impfstraßen arbeiten"
            return True
    # "38 Ratsmitglieder dafür, zwei dagegen"; with an article, also across sentences:
    # "zwölf neue Trinkbrunnen, zusätzlich zu den fünf", "... Die übrigen drei folgen 2025."
    article = n.needs_referent and bool(ARTICLE_BEFORE.search(text, lo, anchor))
    parallel = n.needs_referent and bool(PARALLEL_BEFORE.search(text, max(0, anchor - 6), anchor))
    if back or es or article or parallel or not n.needs_referent:
        # Digits after an article reach no further than their sentence: "über die 112".
        ref = _referent(n, earlier, across=back or es or (article and n.is_word), weak_ok=back)
        if ref is not None:
            n.take_unit(ref)
            return True
    if n.needs_referent:
        return False  # a number word needs a noun or a clear referent
    if n.mult > 1 and _mentions_money(text, sentence_start, n):
        n.unit, n.counted, n.kind = "Euro", None, "money"  # "Die Kosten liegen bei 2,5 Millionen."
        return True
    if SUBJECT_MEASURE_BEFORE.search(text, max(0, anchor - 6), anchor):
        noun = _clause_subject(text, clause_start, anchor)
        if noun and noun.casefold() in VALUE_NOUNS:
            ref = _referent(n, earlier, across=True, weak_ok=False)  # "Der Rekord lag bei 104.000."
            if ref is not None:
                n.take_unit(ref)
                return True
        elif noun:
            n.unit = n.counted = noun  # "Die Plätze sind auf 40 begrenzt."
            return True
    return False


def _is_bare_age(text: str, n: Mention, lo: int, anchor: int) -> bool:
    """ "mit ihren 82", "Holger Mattern, 71, sagte", "Der Jüngste ist 16"."""
    if n.value > MAX_AGE or n.mult > 1 or n.base != n.base.to_integral_value():
        return False
    if AGE_POSSESSIVE_BEFORE.search(text, lo, anchor) or AGE_SUPERLATIVE_BEFORE.search(text, lo, anchor):
        return True
    return bool(AGE_APPOSITION_BEFORE.search(text, lo, anchor) and AGE_APPOSITION_AFTER.match(text, n.end))


def _referent(n: Mention, earlier: list[Mention], across: bool, weak_ok: bool) -> Mention | None:
    """The figure a bare number refers to: the nearest earlier one of its sentence that
    counts something; with `across`, else one of the sentence before, counts first
    ("... 31 von 187 Ladenlokalen leer, eine Quote von 16,6 Prozent. Zuletzt waren es 22.").
    Durations and ages only for an explicit "davon" (`weak_ok`)."""
    weak = None
    before: list[Mention] = []
    for ref in reversed(earlier[-_REFERENT_WINDOW:]):
        if ref.sentence == n.sentence:
            if ref.kind not in _WEAK_REFERENTS:
                return ref
            weak = weak or ref
        elif across and ref.sentence == n.sentence - 1:
            before.append(ref)
        else:
            break
    # The sentence before is read from its start: its first count is its topic
    # ("Neun Geschäfte sind neu, darunter zwei Cafés. Geschlossen haben vier.").
    counts = [r for r in before if r.kind == "count"]
    strong = [r for r in before if r.kind not in _WEAK_REFERENTS]
    if counts or strong:
        return (counts or strong)[-1]
    if weak_ok:
        return weak or (before[0] if before else None)
    return None


def _next_with_unit(n: Mention, numbers: list[Mention], index: int) -> Mention | None:
    for later in numbers[index + 1 : index + 1 + _LOOKAHEAD]:
        if later.sentence != n.sentence:
            break
        if later.unit is not None and not later.block:
            return later
    return None


def _clause_start(text: str, sentence_start: int, pos: int) -> int:
    lo = max(sentence_start, pos - _CLAUSE_WINDOW)  # bounded: a run-on "sentence" may be huge
    start = max([lo] + [text.rfind(mark, lo, pos) + 1 for mark in _CLAUSE_MARKS])
    while start < pos and text[start].isspace():
        start += 1
    return start


def _mentions_money(text: str, sentence_start: int, n: Mention) -> bool:
    window = text[max(sentence_start, n.start - _CLAUSE_WINDOW) : n.end + 20].casefold()
    return any(cue in window for cue in MONEY_CUES)


def _clause_subject(text: str, clause_start: int, pos: int) -> str | None:
    """What a bare number in "auf/bei/von N" measures: a counted noun ("Die Zahl der
    Teilnehmer", "die Schülerzahl") anywhere in the clause, else its first noun that is
    not a time ("Der Rekord aus dem Sommer 2018 lag bei ...": Rekord)."""
    first = None
    for m in CLAUSE_SUBJECT.finditer(text, clause_start, pos):
        noun = m["noun"]
        folded = noun.casefold()
        if m["of"] and folded in COUNT_NOUNS_OF:
            return m["of"]  # "Die Zahl der Teilnehmer ist auf 40 begrenzt."
        for ending in COUNT_NOUN_ENDINGS:
            if folded.endswith(ending) and len(noun) > len(ending) + 2:
                return noun[: -len(ending)]  # "die Schülerzahl stieg von 214 auf 301": Schüler
        if first is None and folded not in TIME_NOUNS:
            first = noun
    return first
