"""A fast sentence splitter for German news text.

Returns character spans so callers can keep offsets into the original text.
A period ends a sentence unless it closes a known abbreviation ("Dr.", "z. B."),
an initial ("F. Dudda", "J.P. Morgan"), or an ordinal number ("28. Mai", "zur 13. Runde").
No punctuation ends a sentence when the next word starts in lower case ("ca. fünf",
„Wohin?“ fragte sie), and an elision ("[…]") never does. Paragraph breaks (a blank
line) always end a sentence.

Measured against SoMaJo (de_CMC) on the 150 Wikinews dev texts (~1,900 sentences): the two
disagree on 22 boundaries, 19 of them cuts SoMaJo does not make, mostly before a sentence
that opens with a number ("… gesperrt. 30.000 Menschen …"), where this splitter is right.
It is about sixty times faster (0.2 ms against 13 ms per article) and keeps offsets
without a second pass, so it stays our own.
"""

from __future__ import annotations

import functools
import re

# Abbreviations that end in a period but rarely end a sentence (compared case-folded).
# Company forms (GmbH, AG, KG) are left out: they are written without a period, so
# "… Stadtwerke AG." ends a sentence.
ABBREVIATIONS = frozenset(
    """
    dr prof dipl ing med phil rer nat jur h c hc mag univ
    st str nr no tel fax abs art bzw ca etc evtl ggf inkl usw vgl z b zb d h dh u a ua o ä oä
    s sog bspw insb gem lt max min mio mrd tsd jh jhd jahrh mind geb gest verh
    hr frl herr bd bde kap ziff anm hrsg jr sen
    jan feb febr mär apr jun jul aug sep sept okt nov dez
    e v ev co
    """.split()
)

# Abbreviations that are also ordinary words ("so", "da"): only written with a capital
# ("So., 12. Mai", "Fr. Beck") do they count as abbreviations.
CAPITALISED_ABBREVIATIONS = frozenset("Mo Di Mi Do Fr Sa So".split())

# Words before an ordinal number: "am 3. Oktober", "zur 13. Runde", "der 583. Cranger Kirmes".
ORDINAL_LEADS = frozenset(
    """
    der die das den dem des am im zum zur vom beim ins ab bis seit vor nach zu von für
    ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner unser unsere jede jeden jedem jeder
    """.split()
)

MONTHS = frozenset(
    """
    januar jänner februar märz april mai juni juli august september oktober november dezember
    """.split()
)

_CANDIDATE = re.compile(r"[.!?…]+[\"“”»«'’)\]]*(?=\s)")
# A sentence whose space after the period went missing: "sollen bald folgen.Eine neue …".
_GLUED = re.compile(r"(?<=[a-zäöüß)]{3})[.!?][\"“”»«'’]?(?=[\"„»'‚]?[A-ZÄÖÜ][a-zäöüß])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_NEXT_WORD = re.compile(r"\s+[\"„“»«‚'(\[]*(\w+)")
# "[…]" and "(...)": an elision inside a quotation, not the end of a sentence.
_ELISION = re.compile(r"[(\[](?:…|\.\.\.)[)\]]$")
# "F." "J.P." "C.-Y.": initials of a name.
_INITIALS = re.compile(r"^(?:[A-ZÄÖÜ]\.-?)*[A-ZÄÖÜ]$")
# Adjective endings before a number that make it an ordinal: "die kommende 2. Liga".
_ADJECTIVE_LEAD = re.compile(r"^[a-zäöüß]+(?:te|ten|ende|enden|ige|igen|ische|ischen)$")
_CLOSING_MARKS = "\"“”»«'’)]"
# How far back to look for the word before a period; words are never longer.
_LOOKBACK = 80


def _word_before(text: str, end: int) -> str:
    """The last run of non-space characters before `end`, within the look-back window.

    Done with str methods: an anchored regex (r"(\\S+)\\s*$") tried every start in the window."""
    rest = text[max(0, end - _LOOKBACK) : end].rstrip()
    return rest.rsplit(None, 1)[-1] if rest else ""


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Is the punctuation at text[start:end] the end of a sentence?"""
    nxt = _NEXT_WORD.match(text, end)
    next_word = nxt.group(1) if nxt else ""
    if next_word and next_word[0].islower():
        return False  # "ca. fünf", "d. h. dass", "3. bis 5. Mai", „Wohin?“ fragte sie
    if _ELISION.search(text, max(0, start - 2), end):
        return False
    if text[start] != ".":
        return True  # ! ? … end a sentence here
    before = _word_before(text, start)
    if not before:
        return True
    if before[-1] in _CLOSING_MARKS:
        return True  # „… Schäuble I“. – a quote or bracket closes before the period
    core = before.lstrip("(\"„“»«'")
    if core in CAPITALISED_ABBREVIATIONS:
        return False
    folded = core.casefold().rstrip(".")
    last = folded.rsplit(".", 1)[-1]  # "z.b" -> "b"
    if folded in ABBREVIATIONS or (last in ABBREVIATIONS and "." in folded):
        return False
    if _INITIALS.match(core):
        return False  # "F. Dudda", "J.P. Morgan"
    if core.isdigit():
        if next_word.casefold() in MONTHS:
            return False
        lead = _word_before(text, start - len(before))
        lead_folded = lead.casefold()
        if len(core) <= 3 and (lead_folded in ORDINAL_LEADS or _ADJECTIVE_LEAD.match(lead)):
            return False
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of the sentences of `text`, whitespace trimmed."""
    return list(_sentence_spans(text))


# Quotes and figures both split the same article body: the second split is a lookup.
@functools.lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    cuts: list[int] = []
    for m in _CANDIDATE.finditer(text):
        if _is_boundary(text, m.start(), m.end()):
            cuts.append(m.end())
    for m in _GLUED.finditer(text):
        if _is_boundary(text, m.start(), m.end()):
            cuts.append(m.end())
    for m in _PARAGRAPH.finditer(text):
        cuts.append(m.start())
    cuts.sort()
    pos = 0
    for cut in [*cuts, len(text)]:
        if cut <= pos:
            continue
        s, e = pos, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        pos = cut
    return tuple(spans)


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
