"""Direct quotes in German text, and who said them.

    extract_quotes(text, context="") -> [Quote]

A span between quotation marks is a quote when German attributes it to someone: a
speech verb after it („…“, erklärte X) or before it (X sagte: „…“), a colon after a
name (Dudda: „…“), "so X", or the speaker's turn going on from the sentence before
(a quotation standing alone as a sentence). Quoted spans that name something (Leitmotiv
„Innovation durch Digitalisierung“, a title, a scare-quoted word) are not quotes; long
fragments inside a narrator's sentence (six words or more) are, attributed to the
sentence's speaker. Speakers are resolved to the full name the article gives, from
`text` and from `context` (title, teaser, captions): see `speakers.py` and `coreference.py`.
"""

from __future__ import annotations

import re

from . import names as N
from .attribution import SPEAKING_KINDS, Attribution, names_a_thing
from .coreference import Coreference
from .model import Quote
from .quote_document import Document, Found
from .quote_lexicon import NAMING_NOUNS, NAMING_WORDS, SOURCE_LIST_LABELS, SOURCE_PREPOSITIONS
from .quote_marks import CleanText, Span, find_spans
from .speakers import Resolved

# Fragments inside a narrator's sentence shorter than this are left out: they are
# mostly scare quotes and names, and gold lists short attributed ones as optional.
MIN_FRAGMENT_WORDS = 6
# A quotation standing alone as a sentence needs this many words (or its own full stop)
# to count as speech rather than a quoted heading or name.
MIN_STANDALONE_WORDS = 3
# How many words a source phrase may have before a quotation: "laut der amtlichen Statistik „…“".
_MAX_SOURCE_PHRASE = 5
# The label a line opens with ("Quellen: …") and a bracket alone after a title ("(spanisch)").
# A source line is short: read no further than this around a quotation.
_SOURCE_LINE = 300
_LINE_LABEL = re.compile(r"\s*(\w+)\s*:")
# what stands after a cited title: its language, format or date ("(spanisch)", "(PDF)")
_BRACKET_ONLY = re.compile(r"^\((?:[a-zäöü]+isch|PDF|pdf|[\d.\s/-]+|abgerufen[^()]{0,40})\)[.;,]?$")

_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*")
_SPACES = re.compile(r"\s+")
_MAX_NICKNAME = 12
_LAST_WORD = re.compile(r"(\w+) $")
_FIRST_WORD = re.compile(r" (\w[\w-]*)")
_TERMINAL_INSIDE = re.compile(r"[.!?…][)\]]?\s*$")
_TITLE_OPENERS = frozenset(
    "Der Die Das Ein Eine Einer Im Am Vom Zum Zur Auf Unter Über Mit Von Vor Nach".split()
)
_FOREIGN_FUNCTION_WORDS = frozenset("du de la le les of the and for des del y et".split())
# Words that make a quoted span read as a sentence someone said: pronouns, auxiliaries, "nicht".
_SPEECH_WORDS = re.compile(
    r"\b(?:ich|wir|du|ihr|sie|er|es|man|uns|mich|mir|ist|sind|war|waren|hat|haben|habe|hatte|wird|werden"
    r"|kann|können|muss|müssen|soll|sollen|will|wollen|gibt|geht|kommt|macht|nicht|nichts|kein|keine)\b"
)


def extract_quotes(text: str, context: str = "") -> list[Quote]:
    if not text or not text.strip():
        return []
    clean = CleanText(text)
    spans = [s for s in find_spans(clean.text) if not _nickname(clean.text, s)]
    if not spans:
        return []
    doc = Document(clean.text, _join_adjacent(clean.text, spans), context)
    out: list[Quote] = []
    for f in _read(doc):
        res = f.resolved or Resolved(None)
        a = f.attribution
        mention = doc.chunker.span(a.mention.start, a.mention.end) if a and a.mention else None
        out.append(
            Quote(
                text=_quote_text(clean.text, f.span),
                speaker=res.speaker,
                speaker_role=res.role or (res.person.roles[0] if res.person and res.person.roles else None),
                speaker_mention=mention,
                cue=a.cue if a else None,
                start=clean.to_original(f.span.start),
                end=clean.to_original(f.span.end, end=True),
            )
        )
    return out


def _nickname(text: str, span: Span) -> bool:
    """Ingeborg „Inge“ Petersen: a quoted name word between a first name and a surname."""
    inner = text[span.start : span.end]
    if span.end - span.start > _MAX_NICKNAME or not N.NAME_WORD.match(inner):
        return False
    before = _LAST_WORD.search(text, max(0, span.open - 40), span.open)
    after = _FIRST_WORD.match(text, span.close)
    if not (before and after and N.NAME_WORD.match(before.group(1)) and N.NAME_WORD.match(after.group(1))):
        return False
    # a known first name, or one the nickname shortens ("Ingeborg „Inge“", "Karl-Heinz „Kalle“")
    first = before.group(1)
    return N.is_first_name(first) or first[:2] == inner[:2]


def _quote_text(text: str, span: Span) -> str:
    """What stands between the marks, without marks that reopened or joined it."""
    parts, pos = [], span.start
    for i in sorted(span.inner_marks):
        parts.append(text[pos:i])
        pos = i + 1
    parts.append(text[pos : span.end])
    return _SPACES.sub(" ", "".join(parts).replace("\u00ad", "")).strip()


def _join_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """„Erster Satz.“ „Zweiter Satz.“ with nothing between: one turn, one quote."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.mark == s.mark
            and not text[prev.close : s.open].strip()
            and "\n" not in text[prev.close : s.open]
            and _TERMINAL_INSIDE.search(text, prev.start, prev.end)
        ):
            out[-1] = Span(
                prev.open,
                prev.start,
                s.end,
                s.close,
                prev.mark,
                [*prev.inner_marks, prev.end, s.open, *s.inner_marks],
            )
        else:
            out.append(s)
    return out


def _read(doc: Document) -> list[Found]:
    for n, f in enumerate(doc.found):
        _attribute(doc, n, f)
    who = Coreference(doc)
    prev: Found | None = None
    for n, f in enumerate(doc.found):
        if f.keep:
            f.resolved = who.resolve(n, f, prev)
            prev = f
    who.carry_back()
    return [f for f in doc.found if f.keep]


def _attribute(doc: Document, n: int, f: Found) -> None:
    b_lo, b_hi, a_lo, a_hi = doc.window(n)
    words = _words(doc.text[f.span.start : f.span.end])
    if not words or _names_something(doc, b_lo, b_hi) or _cited_work(doc.text, f.span):
        return
    before_words = any(doc.tokens[k].word and not doc.barrier[k] for k in range(b_lo, b_hi))
    after_words = any(doc.tokens[k].word for k in range(a_lo, a_hi))
    after = doc.reader.after(a_lo, a_hi)
    before = doc.reader.before(b_lo, b_hi) or _interrupted(doc, n)
    if before is not None and before.how == "comma" and after_words and after is None:
        before = None  # Er schlug vor, „Zwangsheiraten“ als Straftat zu werten: a fragment
    if before_words and before is None:
        # inside a narrator's sentence: only long fragments count
        f.embedded = True
        f.keep = len(words) >= MIN_FRAGMENT_WORDS and not _name_shaped(words) and not _title_shaped(words)
        f.attribution = after or _sentence_attribution(doc, f)
    elif after or before:
        f.attribution = a = _better(after, before)
        # a colon after an unknown word ("20 Uhr: „Kohle & Kaviar“") needs speech after it
        sure = a.mention is not None and not (
            a.how == "colon" and a.mention.weak and not doc.known(a.mention)
        )
        f.keep = sure or _speech_shaped(doc.text[f.span.start : f.span.end], words)
    elif not after_words:
        f.keep = _speech_shaped(doc.text[f.span.start : f.span.end], words)
    else:
        # „Hüls Süd“ heißt die Haltestelle: the quotation is a part of the sentence
        f.keep = len(words) >= MIN_FRAGMENT_WORDS and not _name_shaped(words)
        f.attribution = _sentence_attribution(doc, f)


def _cited_work(text: str, span: Span) -> bool:
    """A work in a list of sources: "Quellen: X: „Titel“", a line under a heading "Quellen",
    or a line "Herausgeber: „Titel“ (spanisch)" with nothing but a bracket after the title."""
    lo = text.rfind("\n", max(0, span.open - _SOURCE_LINE), span.open) + 1
    hi = text.find("\n", span.close, span.close + _SOURCE_LINE)
    if (
        span.close - span.open > _SOURCE_LINE
        or (lo == 0 and span.open > _SOURCE_LINE)
        or (hi < 0 and len(text) - span.close > _SOURCE_LINE)
    ):
        return False  # a long line is running text, not a list of sources
    hi = len(text) if hi < 0 else hi
    before, after = text[lo : span.open], text[span.close : hi].strip()
    label = _LINE_LABEL.match(before)
    if label and label.group(1).lower() in SOURCE_LIST_LABELS:
        return True
    if not before.rstrip().endswith(":") or (after and not _BRACKET_ONLY.match(after)):
        return False
    if after and not _TERMINAL_INSIDE.search(text[span.start : span.end]):
        return True  # "Nationales Zentrum: „Informe 13-03-2025“ (spanisch)"
    above = text[max(0, lo - _SOURCE_LINE) : lo].rstrip()
    heading = above.rsplit("\n", 1)[-1].strip().rstrip(":").lower()
    return heading in SOURCE_LIST_LABELS


def _interrupted(doc: Document, n: int) -> Attribution | None:
    """„A“, so X, „B“ / „A“, sagte X, „B“: the clause between commas that attributes the
    quotation before it attributes the one right after it too; the same speaker goes on."""
    if n == 0:
        return None
    prev, f = doc.found[n - 1], doc.found[n]
    a = prev.attribution
    if prev.sentence != f.sentence or not prev.keep or a is None or a.how not in ("after", "so"):
        return None
    if f.tok_open - 1 <= prev.tok_close or doc.tokens[f.tok_open - 1].text != ",":
        return None
    return Attribution(a.mention, a.cue, "comma")


def _names_something(doc: Document, lo: int, open_tok: int) -> bool:
    """Leitmotiv „…“, Landesprogramm „…“, der sogenannte „…“: a name, not speech."""
    if open_tok <= lo:
        return False
    t = doc.tokens[open_tok - 1]
    if t.text in ",:" and open_tok - 2 >= lo:
        prev = doc.tokens[open_tok - 2]  # das Prinzip, „…“; Das Motto lautet: „…“
        return prev.word and names_a_thing(prev.fold)
    if not t.word:
        return False
    if t.fold in NAMING_WORDS:
        return True
    if t.cap and _after_source_preposition(doc, lo, open_tok):
        return False  # "laut Statistik „…“", "laut Bebauungsplan „…“": the source, not a name
    if t.fold.endswith(NAMING_NOUNS):
        return True
    # a noun right before the marks, with no colon or comma: an apposition naming it
    if t.cap and not t.initial and not N.is_saying_noun(t.text):  # but: mit den Worten „…“
        m = doc.chunker.parse_np(open_tok - 1, open_tok)
        if m is not None and m.kind in ("name", "role", "person", "pronoun"):
            return False
        src = doc.reader.source(lo, open_tok)  # "Nach Berechnungen der Stadt „…“": the source
        return src is None or src.tok_end != open_tok
    return False


def _after_source_preposition(doc: Document, lo: int, end: int) -> bool:
    """Is tokens[…:end] a noun phrase governed by "laut" or "gemäß" ("laut der Statistik")?"""
    for k in range(end - 1, max(lo, end - _MAX_SOURCE_PHRASE) - 1, -1):
        if doc.tokens[k].fold in SOURCE_PREPOSITIONS:
            m = doc.chunker.parse_np(k + 1, end) if k + 1 < end else None
            return m is not None and m.tok_end == end
    return False


def _sentence_attribution(doc: Document, f: Found) -> Attribution | None:
    """Who speaks in a narrator's sentence: "laut X", or the subject of a speech verb."""
    lo, hi = doc.near(f.sentence, f.tok_open)
    src = doc.reader.source(lo, hi)
    if src is not None:
        return Attribution(src, "laut", "source")
    mentions = [m for m in doc.mentions_in(lo, hi) if m.kind in SPEAKING_KINDS | {"media"}]
    verb = doc.reader.speech_verb(lo, hi)
    if verb is not None:
        m = doc.reader.subject_of(mentions, verb, lo, hi)
        if m is not None:
            return Attribution(m, doc.tokens[verb].text, "sentence")
    # no verb of saying: the person the sentence is about said it
    free = [m for m in mentions if not m.governed and not m.weak and m.kind != "media"]
    return Attribution(free[0], None, "sentence") if free else None


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _better(after: Attribution | None, before: Attribution | None) -> Attribution | None:
    """Both sides attribute (X sagte: „…“, so X): the side that names someone wins."""
    if after is None or before is None:
        return after or before
    if after.mention is None:
        return before
    if before.mention is None or after.mention.kind in ("name", "role"):
        return after
    return before


def _name_shaped(words: list[str]) -> bool:
    """A name or title rather than speech: mostly capitalised words, or not German."""
    rest = words[1:]
    if not rest:
        return True
    caps = sum(1 for w in rest if w[0].isupper())
    if caps / len(rest) > 0.5:
        return True
    foreign = sum(1 for w in words if w.lower() in _FOREIGN_FUNCTION_WORDS)
    return foreign >= 2 and foreign * 4 >= len(words)


def _speech_shaped(content: str, words: list[str]) -> bool:
    """Could this quotation, standing alone as a sentence, be something said?"""
    if _TERMINAL_INSIDE.search(content):
        return len(words) < 2 or not _name_shaped(words) or len(words) >= 8  # „Nein.“ is speech
    if _name_shaped(words):
        return False
    return len(words) >= MIN_STANDALONE_WORDS and bool(_SPEECH_WORDS.search(content.lower()))


def _title_shaped(words: list[str]) -> bool:
    """A span inside a sentence that opens with a capitalised article or preposition is a title:
    a quoted part of the sentence would go on in lower case (… spielt „Der Besuch der alten Dame“)."""
    return bool(words) and words[0] in _TITLE_OPENERS
