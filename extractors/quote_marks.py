"""Find the spans between quotation marks: „…“ "…" »…« «…» ‚…‘ “…” and their HTML entities.

Marks are paired with a stack, so a quotation inside a quotation („Er rief ‚Halt!‘“)
stays part of the outer one. Which way an ambiguous mark (", ”, », «) faces is read
from the spacing around it. A quotation left open at the end of a paragraph goes on
when the next paragraph opens with the same mark (the German convention for speech
over several paragraphs); otherwise the stray mark is dropped. Every step is linear
in the length of the text, whatever marks it holds.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .quote_lexicon import MARK_ENTITIES, MARKS, PAIRS

_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_EVENT = re.compile(r"(?P<para>\n[^\S\n]*\n\s*)|(?P<mark>[„“”\"«»‚‘’‹›])")
_MARK = re.compile(r"[„“”\"«»‚‘’‹›]")
_OPEN_BEFORE = frozenset("([{/–—-")
# Deeper nesting than this is not language but noise; it must not grow the stack.
_MAX_DEPTH = 8
# A speech opened once goes on over at most this many paragraphs without marks.
_MAX_PARAGRAPHS = 6


@dataclass(slots=True)
class Span:
    """One quotation: content text[start:end], marks at text[open] and text[close - 1]."""

    open: int
    start: int
    end: int
    close: int
    mark: str
    # Offsets of marks inside the content that reopened it after a paragraph break,
    # or that joined two quotations standing side by side; they are not its text.
    inner_marks: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Open:
    mark: str
    pos: int
    closers: str
    inner: list[int]
    closed: list[Span] = field(default_factory=list)  # quotations closed inside this one


class CleanText:
    """Text with HTML entities decoded, and a map from its offsets back to the original."""

    def __init__(self, text: str) -> None:
        self.original = text
        if "&" not in text or not _ENTITY.search(text):
            self.text = text
            self._map: list[int] | None = None
            return
        parts: list[str] = []
        offsets: list[int] = []
        pos = 0
        for m in _ENTITY.finditer(text):
            decoded = MARK_ENTITIES.get(m.group(1)) or html.unescape(m.group(0))
            if decoded == m.group(0):
                continue
            parts.append(text[pos : m.start()])
            offsets.extend(range(pos, m.start()))
            parts.append(decoded)
            offsets.extend([m.start()] * len(decoded))
            pos = m.end()
        parts.append(text[pos:])
        offsets.extend(range(pos, len(text) + 1))
        self.text = "".join(parts)
        self._map = offsets

    def to_original(self, i: int, *, end: bool = False) -> int:
        """The offset in the original text of offset i in the clean text."""
        if self._map is None:
            return i
        if end and i > 0:
            # the end of a decoded entity is the end of the entity, not its start
            j = self._map[i - 1]
            m = _ENTITY.match(self.original, j)
            return m.end() if m and self.original[j] == "&" else j + 1
        return self._map[i]


def _faces(text: str, i: int) -> tuple[bool, bool]:
    """(could open, could close) for the mark at text[i], judged by its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    can_open = (before.isspace() or before in _OPEN_BEFORE or before in MARKS) and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    return can_open, can_close


def find_spans(text: str) -> list[Span]:
    """Top-level quotations in order of their opening marks."""
    spans: list[Span] = []
    stack: list[_Open] = []
    reopen_at = -1  # a paragraph start where an open quotation may be taken up again
    for m in _EVENT.finditer(text):
        if m.lastgroup == "para":
            reopen_at = _paragraph_break(text, stack, m.end(), spans)
            continue
        i = m.start()
        c = text[i]
        if i == reopen_at and stack and c == stack[0].mark:
            stack[0].inner.append(i)  # the same speech goes on in a new paragraph
            del stack[1:]
            continue
        can_open, can_close = _faces(text, i)
        closing = next((k for k in range(len(stack) - 1, -1, -1) if c in stack[k].closers), None)
        if (
            closing is not None
            and can_close
            and not (c == "“" and can_open and not _german_open(stack, closing))
        ):
            opened = stack[closing]
            del stack[closing:]
            span = Span(opened.pos, opened.pos + 1, i, i + 1, opened.mark, opened.inner)
            if stack:
                stack[-1].closed.append(span)  # inside another: it counts if that one never closes
            else:
                spans.append(span)
            continue
        if c in PAIRS and (can_open or c in "„‚") and len(stack) < _MAX_DEPTH and c not in "’":
            if c == "‚" and not can_open:
                continue  # a low comma-like mark inside a word
            stack.append(_Open(c, i, PAIRS[c], []))
    _give_up(stack, spans)
    return sorted(spans, key=lambda s: s.open)


def _give_up(stack: list[_Open], spans: list[Span]) -> None:
    """Marks that never closed („Erst offen. „Dann zu“, sagte sie.): drop them, keep what
    closed inside them."""
    for opened in stack:
        spans.extend(opened.closed)
    stack.clear()


def _german_open(stack: list[_Open], k: int) -> bool:
    """“ closes „ (German) but opens an English-style quotation: only a German opener claims it."""
    return stack[k].mark in "„‚"


def _paragraph_break(text: str, stack: list[_Open], next_start: int, spans: list[Span]) -> int:
    """At a blank line: keep an open quotation if the next paragraph reopens it (the German
    convention), or if it closes it before opening anything (a quotation that a page split
    into two paragraphs). Otherwise the open mark was a stray one."""
    if not stack:
        return -1
    if next_start < len(text) and text[next_start] == stack[0].mark:
        return next_start
    if _closes_first(text, next_start, stack[0]):
        del stack[1:]
        return -1
    _give_up(stack, spans)
    return -1


def _closes_first(text: str, start: int, opened: _Open) -> bool:
    """Does a paragraph at `start` close `opened` before it opens another quotation? Paragraphs
    without any mark in between go on the same speech („A … / B … / C …“, a statement
    opened once and closed once); a few of them at most."""
    for _ in range(_MAX_PARAGRAPHS):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        for m in _MARK.finditer(text, start, end):
            i = m.start()
            can_open, can_close = _faces(text, i)
            if m.group() in opened.closers and can_close:
                return True
            if can_open and m.group() in PAIRS:
                return False
        if end >= len(text):
            return False
        start = end + 2
    return False
