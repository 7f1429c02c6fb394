"""A fast sentence splitter for German news text.

Returns character spans so callers can keep offsets into the original text.
A period ends a sentence unless it closes a known abbreviation ("Dr.", "z. B."),
an initial ("F. Dudda"), or an ordinal number ("28. Mai", "zur 13. Runde").
Paragraph breaks (a blank line) always end a sentence.
"""

from __future__ import annotations

import re

# Abbreviations that end in a period but rarely end a sentence (compared case-folded).
ABBREVIATIONS = frozenset(
    """
    dr prof dipl ing med phil rer nat jur h c hc mag univ
    st str nr no tel fax abs art bzw ca etc evtl ggf inkl usw vgl z b zb d h dh u a ua o ä oä
    s sog bspw insb gem lt max min mio mrd tsd jh jhd jahrh mind geb gest verh
    hr fr frl herr bd bde kap ziff anm hrsg jr sen
    jan feb febr mär apr jun jul aug sep sept okt nov dez
    mo di mi do fr sa so
    gmbh e v ev co kg ag
    """.split()
)

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
_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_NEXT_WORD = re.compile(r"\s+[\"„“»«‚'(\[]*(\w+)")


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Is the punctuation at text[start:end] the end of a sentence?"""
    if text[start] != ".":
        return True  # ! ? … always end a sentence here
    m = _WORD_BEFORE.search(text, 0, start)
    before = m.group(1) if m else ""
    nxt = _NEXT_WORD.match(text, end)
    next_word = nxt.group(1) if nxt else ""
    if next_word and next_word[0].islower():
        return False  # "ca. fünf", "d. h. dass", "3. bis 5. Mai"
    if not before:
        return True
    core = before.strip("(\"„“»«'")
    folded = core.casefold().rstrip(".")
    last = folded.rsplit(".", 1)[-1]  # "z.b" -> "b"
    if folded in ABBREVIATIONS or last in ABBREVIATIONS and "." in folded:
        return False
    if len(core) == 1 and core.isalpha() and core.isupper():
        return False  # an initial: "F. Dudda"
    if core.isdigit():
        if next_word.casefold() in MONTHS:
            return False
        m2 = _WORD_BEFORE.search(text, 0, start - len(before))
        lead = m2.group(1).casefold() if m2 else ""
        if lead in ORDINAL_LEADS and len(core) <= 3:
            return False
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of the sentences of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    cuts: list[int] = []
    for m in _CANDIDATE.finditer(text):
        if _is_boundary(text, m.start(), m.end()):
            cuts.append(m.end())
    for m in _PARAGRAPH.finditer(text):
        cuts.append(m.start())
    cuts.sort()
    pos = 0
    for cut in cuts + [len(text)]:
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
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
