"""Direct quotes in German text, and who said them.

    extract_quotes(text, context="") -> [Quote]

A span between quotation marks is a quote when German attributes it to someone: a
speech verb after it („…“, erklärte X) or before it (X sagte: „…“), a colon after a
name (Dudda: „…“), "so X", or the speaker's turn going on from the sentence before
(a quotation standing alone as a sentence). Quoted spans that name something (Leitmotiv
„Innovation durch Digitalisierung“, a title, a scare-quoted word) are not quotes; long
fragments inside a narrator's sentence (six words or more) are, attributed to the
sentence's speaker. Speakers are resolved to the full name the article gives, from
`text` and from `context` (title, teaser, captions), see `speakers.py`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from . import names as N
from .attribution import SPEAKING_KINDS, Attribution, AttributionReader, names_a_thing
from .mentions import Chunker, Mention, Token
from .model import Quote
from .quote_lexicon import NAMING_NOUNS, NAMING_WORDS, REPORTED_SPEECH_VERBS
from .quote_marks import CleanText, Span, find_spans
from .sentences import sentence_spans
from .speakers import CONTEXT_POSITION, Register, Resolved

# Fragments inside a narrator's sentence shorter than this are left out: they are
# mostly scare quotes and names, and gold lists short attributed ones as optional.
MIN_FRAGMENT_WORDS = 6
# A quotation standing alone as a sentence needs this many words (or its own full stop)
# to count as speech rather than a quoted heading or name.
MIN_STANDALONE_WORDS = 3
# Words that open a sentence pointing back at the quotation before it: "So sagte …", "Das erklärte …",
# "Mit diesen Worten …", "Dies betonte …".
_BACK_POINTERS = frozenset({"so", "das", "dies", "mit", "diese", "diesen"})
_COPULAS = frozenset("ist war wird wurde bleibt blieb sei".split())
# How many tokens around a quotation its attribution may stand.
WINDOW = 80
# How many sentences back a pronoun or a continuing turn may look for its speaker.
LOOKBACK_SENTENCES = 4

_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*")
_SPACES = re.compile(r"\s+")
_TERMINAL_INSIDE = re.compile(r"[.!?…][)\]]?\s*$")
_FOREIGN_FUNCTION_WORDS = frozenset("du de la le les of the and for des del y et".split())
# Words that make a quoted span read as a sentence someone said: pronouns, auxiliaries, "nicht".
_SPEECH_WORDS = re.compile(
    r"\b(?:ich|wir|du|ihr|sie|er|es|man|uns|mich|mir|ist|sind|war|waren|hat|haben|habe|hatte|wird|werden"
    r"|kann|können|muss|müssen|soll|sollen|will|wollen|gibt|geht|kommt|macht|nicht|nichts|kein|keine)\b"
)


@dataclass(slots=True)
class _Found:
    """A quotation being read: where it stands, how it is attributed, who said it."""

    span: Span
    sentence: int
    tok_open: int  # token index of the opening mark
    tok_close: int  # token index after the closing mark
    attribution: Attribution | None = None
    resolved: Resolved | None = None
    keep: bool = False
    embedded: bool = False  # inside a narrator's sentence, not a sentence of its own


def extract_quotes(text: str, context: str = "") -> list[Quote]:
    if not text or not text.strip():
        return []
    clean = CleanText(text)
    spans = find_spans(clean.text)
    if not spans:
        return []
    doc = _Document(clean.text, _join_adjacent(clean.text, spans), context)
    out: list[Quote] = []
    for f in doc.read():
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
        if (prev is not None and prev.mark == s.mark and not text[prev.close : s.open].strip()
                and "\n" not in text[prev.close : s.open] and _TERMINAL_INSIDE.search(text, prev.start, prev.end)):
            out[-1] = Span(prev.open, prev.start, s.end, s.close, prev.mark,
                           [*prev.inner_marks, prev.end, s.open, *s.inner_marks])
        else:
            out.append(s)
    return out


class _Document:
    def __init__(self, text: str, spans: list[Span], context: str) -> None:
        self.text = text
        self.spans = spans
        self.chunker = Chunker(text)
        self.tokens: list[Token] = self.chunker.tokens
        self.barrier = self._barrier()
        self.reader = AttributionReader(self.chunker, self.barrier)
        self.sentences = self._sentences()  # token index ranges, quotations never split
        self.sentence_of = self._sentence_index()
        self.found = [self._locate(s) for s in spans]
        self.found_in: dict[int, list[_Found]] = {}  # sentence -> its quotations
        self.opens_in: dict[int, list[int]] = {}  # sentence -> where its quotations open
        for f in self.found:
            self.found_in.setdefault(f.sentence, []).append(f)
            self.opens_in.setdefault(f.sentence, []).append(f.tok_open)
        self.mentions = self.chunker.mentions(0, len(self.tokens), self.barrier)
        self.mention_starts = [m.tok_start for m in self.mentions]
        self.register = self._register(context)
        self.reader.known = self._known
        self._pronoun_cache: dict[int, Resolved | None] = {}
        self.predicates: set[int] = set()
        self.predicates = self._predicate_roles()
        self._pronoun_cache.clear()  # filled before any quotation had a speaker

    # ---------- structure ----------

    def _tok(self, offset: int) -> int:
        return bisect.bisect_left(self.chunker.starts, offset)

    def _barrier(self) -> list[bool]:
        barrier = [False] * len(self.tokens)
        for s in self.spans:
            for k in range(self._tok(s.open), self._tok(s.close)):
                barrier[k] = True
        return barrier

    def _sentences(self) -> list[tuple[int, int]]:
        """Sentence token ranges; a boundary inside a quotation does not count."""
        opens = [s.open for s in self.spans]
        bounds: list[tuple[int, int]] = []
        for s, e in sentence_spans(self.text):
            k = bisect.bisect_right(opens, s) - 1
            inside = k >= 0 and self.spans[k].open < s < self.spans[k].close
            if bounds and inside and "\n\n" not in self.text[bounds[-1][1] : s]:
                bounds[-1] = (bounds[-1][0], e)
            else:
                bounds.append((s, e))
        return [(self._tok(s), self._tok(e)) for s, e in bounds]

    def _sentence_index(self) -> list[int]:
        index = [0] * (len(self.tokens) + 1)
        for n, (lo, hi) in enumerate(self.sentences):
            for k in range(lo, hi):
                index[k] = n
        for k in range(1, len(index)):
            index[k] = max(index[k], index[k - 1])
        return index

    def _locate(self, s: Span) -> _Found:
        o, c = self._tok(s.open), self._tok(s.close)
        return _Found(s, self.sentence_of[o], o, c)

    def _register(self, context: str) -> Register:
        reg = Register()
        if context.strip():
            ctx = Chunker(context)
            for m in ctx.mentions(0, len(ctx.tokens)):
                reg.add(m, CONTEXT_POSITION)
        for m in self.mentions:
            reg.add(m, m.tok_start)
        return reg

    def _predicate_roles(self) -> set[int]:
        """"Seit 2021 ist sie Citymanagerin", "Anna Beck ist Leiterin des …": the role after a
        copula belongs to the subject; it names nobody new. Returns those roles' token indexes."""
        found: set[int] = set()
        t = self.tokens
        for prev, m in itertools.pairwise(self.mentions):
            if m.kind != "role" or m.definite or m.label.lower().startswith(("ein ", "eine ")):
                continue
            subject = None
            if prev.tok_end == m.tok_start - 1 and t[prev.tok_end].fold in _COPULAS:
                subject = prev  # "sie ist Citymanagerin"
            elif prev.tok_end == m.tok_start and prev.tok_start > 0 and t[prev.tok_start - 1].fold in _COPULAS:
                subject = prev  # "ist sie Citymanagerin"
            if subject is None or subject.kind not in ("pronoun", "name"):
                continue
            res = self._pronoun(subject) if subject.kind == "pronoun" else self.register.resolve(subject, 0)
            if res is not None and res.person is not None:
                res.person.roles.append(m.label)
                found.add(m.tok_start)
        return found

    def _known(self, m: Mention) -> bool:
        return m.kind == "name" and m.name is not None and self.register.find_person(m.name) is not None

    # ---------- reading ----------

    def read(self) -> list[_Found]:
        for n, f in enumerate(self.found):
            self._attribute(n, f)
        self.prev_kept: list[_Found | None] = []
        last = None
        for f in self.found:
            self.prev_kept.append(last)
            last = f if f.keep else last
        for n, f in enumerate(self.found):
            if f.keep:
                f.resolved = self._resolve(n, f)
        self._carry_back()
        return [f for f in self.found if f.keep]

    def _window(self, n: int) -> tuple[int, int, int, int]:
        """Token ranges before quotation n (from its sentence's start) and after it (to the
        sentence's end or the next quotation)."""
        f = self.found[n]
        lo, hi = self._near(f.sentence, f.tok_open)
        nxt = self.found[n + 1] if n + 1 < len(self.found) else None
        after_hi = min(hi, nxt.tok_open) if nxt and nxt.sentence == f.sentence else hi
        return lo, f.tok_open, f.tok_close, max(after_hi, f.tok_close)

    def _near(self, k: int, at: int | None = None) -> tuple[int, int]:
        """Sentence k's tokens, cut to WINDOW tokens around `at` (or from its start, where the
        subject stands): no attribution reaches further, and a sentence a megabyte long costs
        no more than a short one."""
        lo, hi = self.sentences[k]
        if at is None:
            return lo, min(hi, lo + WINDOW)
        return max(lo, at - WINDOW), min(hi, at + WINDOW)

    def _attribute(self, n: int, f: _Found) -> None:
        b_lo, b_hi, a_lo, a_hi = self._window(n)
        words = _words(self.text[f.span.start : f.span.end])
        if not words or self._names_something(b_lo, b_hi):
            return
        before_words = any(self.tokens[k].word and not self.barrier[k] for k in range(b_lo, b_hi))
        after_words = any(self.tokens[k].word for k in range(a_lo, a_hi))
        after = self.reader.after(a_lo, a_hi)
        before = self.reader.before(b_lo, b_hi)
        if before is not None and before.how == "comma" and after_words and after is None:
            before = None  # Er schlug vor, „Zwangsheiraten“ als Straftat zu werten: a fragment
        if before_words and before is None:
            # inside a narrator's sentence: only long fragments count
            f.embedded = True
            f.keep = len(words) >= MIN_FRAGMENT_WORDS and not _name_shaped(words)
            f.attribution = after or self._sentence_attribution(f)
        elif after or before:
            f.attribution = a = _better(after, before)
            # a colon after an unknown word ("20 Uhr: „Kohle & Kaviar“") needs speech after it
            sure = a.mention is not None and not (a.how == "colon" and a.mention.weak and not self._known(a.mention))
            f.keep = sure or _speech_shaped(self.text[f.span.start : f.span.end], words)
        elif not after_words:
            f.keep = _speech_shaped(self.text[f.span.start : f.span.end], words)
        else:
            # „Hüls Süd“ heißt die Haltestelle: the quotation is a part of the sentence
            f.keep = len(words) >= MIN_FRAGMENT_WORDS and not _name_shaped(words)
            f.attribution = self._sentence_attribution(f)

    def _names_something(self, lo: int, open_tok: int) -> bool:
        """Leitmotiv „…“, Landesprogramm „…“, der sogenannte „…“: a name, not speech."""
        if open_tok <= lo:
            return False
        t = self.tokens[open_tok - 1]
        if t.text in ",:" and open_tok - 2 >= lo:
            prev = self.tokens[open_tok - 2]  # das Prinzip, „…“; Das Motto lautet: „…“
            return prev.word and names_a_thing(prev.fold)
        if not t.word:
            return False
        if t.fold in NAMING_WORDS or t.fold.endswith(NAMING_NOUNS):
            return True
        # a noun right before the marks, with no colon or comma: an apposition naming it
        if t.cap and not t.initial and not N.is_saying_noun(t.text):  # but: mit den Worten „…“
            m = self.chunker.parse_np(open_tok - 1, open_tok)
            return m is None or m.kind not in ("name", "role", "person", "pronoun")
        return False

    def _sentence_attribution(self, f: _Found) -> Attribution | None:
        """Who speaks in a narrator's sentence: "laut X", or the subject of a speech verb."""
        lo, hi = self._near(f.sentence, f.tok_open)
        src = self.reader.source(lo, hi)
        if src is not None:
            return Attribution(src, "laut", "source")
        mentions = [m for m in self._mentions_in(lo, hi) if m.kind in SPEAKING_KINDS | {"media"}]
        verb = self.reader.speech_verb(lo, hi)
        if verb is not None:
            m = self.reader.subject_of(mentions, verb, lo, hi)
            if m is not None:
                return Attribution(m, self.tokens[verb].text, "sentence")
        # no verb of saying: the person the sentence is about said it
        free = [m for m in mentions if not m.governed and not m.weak and m.kind != "media"]
        return Attribution(free[0], None, "sentence") if free else None

    def _found_between(self, k: int, lo: int, hi: int) -> list[_Found]:
        """The quotations of sentence k that open between tokens lo and hi."""
        found = self.found_in.get(k, [])
        opens = self.opens_in.get(k, [])
        return found[bisect.bisect_left(opens, lo) : bisect.bisect_left(opens, hi)]

    def _mentions_in(self, lo: int, hi: int) -> list[Mention]:
        a = bisect.bisect_left(self.mention_starts, lo)
        b = bisect.bisect_left(self.mention_starts, hi)
        return self.mentions[a:b]

    # ---------- who ----------

    def _resolve(self, n: int, f: _Found) -> Resolved | None:
        a = f.attribution
        if a is None or a.mention is None:
            return self._turn_speaker(n, f)
        return self._resolve_mention(a.mention)

    def _resolve_mention(self, m: Mention) -> Resolved | None:
        if m.kind in ("pronoun", "possessive"):
            return self._pronoun(m)
        res = self.register.resolve(m, m.tok_start)
        if m.kind == "name" and res.speaker and m.name:
            self.register.add_person(res.speaker, res.gender, m.role, m.tok_start)
        elif res.person is None and m.definite and m.kind == "person" and not m.plural:
            found = self._antecedent(m)  # "sagt der Rentner": the man just named
            if found is not None:
                return Resolved(found.speaker, found.role, found.gender, found.person)
        return res

    def _antecedent(self, m: Mention) -> Resolved | None:
        """The named person a definite description ("die Schülerin", "der Rentner") refers back
        to: the nearest one before it whose gender agrees. (Offices are matched by the register.)"""
        s = self.sentence_of[m.tok_start]
        for k in range(s, max(-1, s - LOOKBACK_SENTENCES - 1), -1):
            lo, hi = self._near(k, m.tok_start if k == s else self.sentences[k][1])
            for c in reversed(self._mentions_in(lo, min(hi, m.tok_start))):
                if c.kind != "name" or c.plural:
                    continue
                res = self.register.resolve(c, c.tok_start)
                if res.person is None or (m.gender and res.gender and m.gender != res.gender):
                    continue
                return res
        return None

    def _pronoun(self, m: Mention) -> Resolved | None:
        """er/sie/sein/ihr: the nearest person before it whose gender agrees; subjects first."""
        if m.tok_start in self._pronoun_cache:
            return self._pronoun_cache[m.tok_start]
        self._pronoun_cache[m.tok_start] = None  # guards against a cycle
        result = None
        s = self.sentence_of[m.tok_start]
        for k in range(s, max(-1, s - LOOKBACK_SENTENCES - 1), -1):
            result = self._person_in_sentence(k, m.tok_start, m.gender)
            if result is not None:
                break
        if result is None:
            result = self._only_person_in_context(m.gender)
        self._pronoun_cache[m.tok_start] = result
        return result

    def _only_person_in_context(self, gender: str | None) -> Resolved | None:
        """"sagt sie" with nobody before it in the text: the one woman the captions name."""
        people = [p for p in self.register.people
                  if CONTEXT_POSITION in p.positions and p.gender and (gender is None or p.gender == gender)]
        if len(people) != 1:
            return None
        p = people[0]
        return Resolved(p.name, p.roles[0] if p.roles else None, p.gender, p)

    def _salient(self, m: Mention, lo: int, hi: int) -> Resolved | None:
        """Who a phrase stands for, when it can be what a later pronoun or turn refers to."""
        if m.plural or m.tok_start in self.predicates:
            return None
        if m.kind in ("pronoun", "possessive"):
            return self._pronoun(m) if m.kind == "pronoun" else None
        if not m.is_person:
            return None
        if m.weak:
            known = m.kind == "name" and m.name and self.register.find_person(m.name)
            if not known and not self._speaks(m, lo, hi):
                return None  # an unknown word, unless it is the one who says something
        res = self._resolve_mention(m)
        return res if res is not None and res.speaker else None

    def _speaks(self, m: Mention, lo: int, hi: int) -> bool:
        """Is m the subject of a verb of saying in its sentence ("Ein Juwelier … klagt")?"""
        verb = self.reader.speech_verb(lo, hi)
        if verb is None:
            return False
        mentions = [x for x in self._mentions_in(lo, hi) if x.kind in SPEAKING_KINDS]
        return self.reader.subject_of(mentions, verb, lo, hi) is m

    def _person_in_sentence(self, k: int, before: int, gender: str | None) -> Resolved | None:
        lo, hi = self._near(k, before if self.sentences[k][0] <= before < self.sentences[k][1] else None)
        candidates: list[tuple[int, Resolved]] = []
        for m in self._mentions_in(lo, min(hi, before)):
            res = self._salient(m, lo, hi)
            if res is None or (gender and res.gender and res.gender != gender):
                continue
            candidates.append((1 if m.governed else 0, res))
        for f in self._found_between(k, lo, min(hi, before)):
            if f.keep and f.resolved and f.resolved.speaker:
                g = f.resolved.gender
                if not (gender and g and g != gender):
                    candidates.append((0, f.resolved))
        if not candidates:
            return None
        return min(candidates, key=lambda c: c[0])[1]

    def _turn_speaker(self, n: int, f: _Found) -> Resolved | None:
        """A quotation standing alone: the speaker whose turn it continues."""
        prev = self.prev_kept[n]
        if prev is not None and prev.resolved and prev.resolved.speaker and self._turn_goes_on(prev, f):
            return prev.resolved  # „A“, sagte X. „B.“ – or with reported speech between
        if f.embedded:
            return None  # a fragment in a sentence that names no speaker: do not guess
        res = self._named_after(f)
        if res is not None:
            return res
        if f.sentence > 0:
            res = self._subject(f.sentence - 1)
            if res is not None:
                return res
        nxt = self.found[n + 1] if n + 1 < len(self.found) else None
        if nxt is not None and nxt.keep and nxt.sentence - f.sentence <= 1 and nxt.attribution and nxt.attribution.mention:
            return self._resolve_mention(nxt.attribution.mention)  # „A.“ „B“, sagte X.
        if prev is not None and prev.resolved and f.sentence - prev.sentence <= LOOKBACK_SENTENCES:
            return prev.resolved
        return None

    def _named_after(self, f: _Found) -> Resolved | None:
        """„…“ So fasst Kämmerin Sandmann die Lage zusammen. / Das sagte X. / Mit diesen Worten …:
        the next sentence points back at the quotation and names its speaker."""
        k = f.sentence + 1
        if k >= len(self.sentences) or self.found_in.get(k):
            return None
        lo, hi = self._near(k)
        t = self.tokens
        words = [j for j in range(lo, min(hi, lo + 4)) if t[j].word]
        if not words or t[words[0]].fold not in _BACK_POINTERS:
            return None
        verb = self.reader.speech_verb(lo, hi)
        if verb is None or verb > lo + 6:
            return None
        mentions = [m for m in self._mentions_in(lo, hi) if m.kind in SPEAKING_KINDS and m.tok_start > verb]
        m = self.reader.subject_of(mentions, verb, lo, hi)
        if m is None:
            return None
        f.attribution = Attribution(m, self.tokens[verb].text, "next")
        return self._resolve_mention(m)

    def _turn_goes_on(self, prev: _Found, f: _Found) -> bool:
        """Nothing but reported speech (Konjunktiv: "Bislang könne …") between two quotations."""
        if f.sentence - prev.sentence > LOOKBACK_SENTENCES:
            return False
        for k in range(prev.sentence + 1, f.sentence):
            lo, hi = self._near(k)
            if not any(self.tokens[j].word and self.tokens[j].fold in REPORTED_SPEECH_VERBS for j in range(lo, hi)):
                return False
        return True

    def _subject(self, k: int) -> Resolved | None:
        """The person a sentence is about: its first free person (or organisation) phrase."""
        lo, hi = self._near(k)
        for f in self._found_between(k, lo, hi):
            if f.keep and f.resolved and f.resolved.speaker:
                return f.resolved
        for m in self._mentions_in(lo, hi):
            if m.governed or m.plural:
                continue
            if m.kind == "org" and not m.weak:
                return self.register.resolve(m, m.tok_start)
            res = self._salient(m, lo, hi)
            if res is not None:
                return res
        return None

    def _carry_back(self) -> None:
        """„A“, erklärte der Oberbürgermeister. „B“, so Dr. Dudda weiter: "weiter" says A's
        unnamed speaker is Dudda too."""
        kept = [f for f in self.found if f.keep]
        for prev, f in itertools.pairwise(kept):
            a, pa = f.attribution, prev.attribution
            if not (a and a.continues and f.resolved and f.resolved.person):
                continue
            if f.sentence - prev.sentence > 1 or not pa or not pa.mention:
                continue
            if pa.mention.kind in ("role", "pronoun") and not (prev.resolved and prev.resolved.person):
                prev.resolved = Resolved(f.resolved.speaker, pa.mention.role or f.resolved.role,
                                         f.resolved.gender, f.resolved.person)
                if pa.mention.role and f.resolved.person is not None:
                    f.resolved.person.roles.append(pa.mention.role)


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
    if _name_shaped(words) and len(words) < 8:
        return False
    if _TERMINAL_INSIDE.search(content):
        return True
    return len(words) >= MIN_STANDALONE_WORDS and bool(_SPEECH_WORDS.search(content.lower()))
