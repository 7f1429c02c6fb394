"""An article read for quotations: its words, its sentences, where its quotations stand
and the people and organisations it names. `quotes.py` decides what is a quote; `coreference.py`
finds who said it; both read the same `Document`."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .attribution import Attribution, AttributionReader
from .mentions import Chunker, Mention, Token
from .quote_lexicon import CREDIT_LABELS
from .quote_marks import Span
from .sentences import sentence_spans
from .speakers import CONTEXT_POSITION, Register, Resolved

# How many tokens around a quotation its attribution may stand.
WINDOW = 80
# A quoted name inside a phrase („Allee aktiv“) has at most this many tokens.
QUOTED_NAME_TOKENS = 6

# A credit in a caption or byline, to the end of its line or bracket.
_CREDIT = re.compile(r"(?:\b(?:" + "|".join(CREDIT_LABELS) + r")\s*:|©)[^\n)\]]*")


@dataclass(slots=True)
class Found:
    """A quotation being read: where it stands, how it is attributed, who said it."""

    span: Span
    sentence: int
    tok_open: int  # token index of the opening mark
    tok_close: int  # token index after the closing mark
    attribution: Attribution | None = None
    resolved: Resolved | None = None
    keep: bool = False
    embedded: bool = False  # inside a narrator's sentence, not a sentence of its own


class Document:
    def __init__(self, text: str, spans: list[Span], context: str) -> None:
        self.text = text
        self.spans = spans
        self.chunker = Chunker(text)
        self.tokens: list[Token] = self.chunker.tokens
        self.barrier = self._barrier()  # tokens inside quotations
        self.reader = AttributionReader(self.chunker, self.barrier)
        self.sentences = self._sentences()  # token index ranges, quotations never split
        self.sentence_of = self._sentence_index()
        self.found = [self._locate(s) for s in spans]
        self.found_in: dict[int, list[Found]] = {}  # sentence -> its quotations
        self.opens_in: dict[int, list[int]] = {}  # sentence -> where its quotations open
        for f in self.found:
            self.found_in.setdefault(f.sentence, []).append(f)
            self.opens_in.setdefault(f.sentence, []).append(f.tok_open)
        self.mentions = self.chunker.mentions(0, len(self.tokens), self.barrier)
        self.mention_starts = [m.tok_start for m in self.mentions]
        self.register = self._register(context)
        self.reader.known = self.known

    def _tok(self, offset: int) -> int:
        return bisect.bisect_left(self.chunker.starts, offset)

    def _barrier(self) -> list[bool]:
        barrier = [False] * len(self.tokens)
        for s in self.spans:
            o, c = self._tok(s.open), self._tok(s.close)
            if self._quoted_name(o, c):
                continue
            for k in range(o, c):
                barrier[k] = True
        return barrier

    def _quoted_name(self, o: int, c: int) -> bool:
        """ "Die Sprecherin der Händlergemeinschaft „Allee aktiv“, Claudia Reuter, …": a short
        quoted name after a noun, a comma and a capitalised word after it, is part of the
        phrase that names the person, not a quotation in the way of it."""
        t = self.tokens
        if o == 0 or c + 1 >= len(t) or c - o > QUOTED_NAME_TOKENS + 1:
            return False
        if not (t[o - 1].word and t[o - 1].cap and not t[o - 1].initial):
            return False
        if t[c].text != "," or not (t[c + 1].word and t[c + 1].cap):
            return False
        return all(x.word or x.text in "-&" for x in t[o + 1 : c - 1])

    def _sentences(self) -> list[tuple[int, int]]:
        """Sentence token ranges; a boundary inside a quotation does not count."""
        opens = [s.open for s in self.spans]
        bounds: list[tuple[int, int]] = []
        for s, e in sentence_spans(self.text):
            k = bisect.bisect_right(opens, s) - 1
            inside = k >= 0 and self.spans[k].open < s < self.spans[k].close
            if bounds and inside:  # also over a paragraph break the quotation goes on
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

    def _locate(self, s: Span) -> Found:
        o, c = self._tok(s.open), self._tok(s.close)
        return Found(s, self.sentence_of[o], o, c)

    def _register(self, context: str) -> Register:
        reg = Register()
        context = _CREDIT.sub("", context)
        if context.strip():
            ctx = Chunker(context)
            for m in ctx.mentions(0, len(ctx.tokens)):
                reg.add(m, CONTEXT_POSITION)
        for m in self.mentions:
            reg.add(m, m.tok_start)
        return reg

    def known(self, m: Mention) -> bool:
        return m.kind == "name" and m.name is not None and self.register.find_person(m.name) is not None

    def window(self, n: int) -> tuple[int, int, int, int]:
        """Token ranges before quotation n (from its sentence's start) and after it (to the
        sentence's end or the next quotation)."""
        f = self.found[n]
        lo, hi = self.near(f.sentence, f.tok_open)
        nxt = self.found[n + 1] if n + 1 < len(self.found) else None
        after_hi = min(hi, nxt.tok_open) if nxt and nxt.sentence == f.sentence else hi
        return lo, f.tok_open, f.tok_close, max(after_hi, f.tok_close)

    def near(self, k: int, at: int | None = None) -> tuple[int, int]:
        """Sentence k's tokens, cut to WINDOW tokens around `at` (or from its start, where the
        subject stands): no attribution reaches further, and a sentence a megabyte long costs
        no more than a short one."""
        lo, hi = self.sentences[k]
        if at is None:
            return lo, min(hi, lo + WINDOW)
        return max(lo, at - WINDOW), min(hi, at + WINDOW)

    def found_between(self, k: int, lo: int, hi: int) -> list[Found]:
        """The quotations of sentence k that open between tokens lo and hi."""
        found = self.found_in.get(k, [])
        opens = self.opens_in.get(k, [])
        return found[bisect.bisect_left(opens, lo) : bisect.bisect_left(opens, hi)]

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        a = bisect.bisect_left(self.mention_starts, lo)
        b = bisect.bisect_left(self.mention_starts, hi)
        return self.mentions[a:b]
