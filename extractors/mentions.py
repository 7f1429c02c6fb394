"""Who is named where: words with offsets, and the noun phrases that can name a speaker.

`Chunker(text)` splits German text into words and marks (keeping offsets) and reads
the noun phrases that can name a speaker: a person ("Oberbürgermeister Dr. Frank Dudda",
"Holger Stoye, Geschäftsführer der …"), a role ("die Dezernentin"), an unnamed person
("eine Anwohnerin"), an organisation ("die Feuerwehr Marl") or a pronoun ("er").
It is a small hand-written chunker over capitalisation and the word lists in `names.py`:
German capitalises every noun, so the question is which capitalised words are names,
which are roles and which are things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import names as N
from .quote_lexicon import (
    CLAUSE_STARTERS,
    DEFINITE,
    DETERMINERS,
    FUNCTION_WORDS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    WEEKDAYS_MONTHS,
)
from .sentences import ABBREVIATIONS

_TOKEN = re.compile(
    r"(?P<initials>(?:[A-ZÄÖÜ]\.-?){1,3}(?=\s))"  # "W." in George W. Bush, "C.Y."
    r"|(?P<title>\w+\.(?:-\w+\.)+)"  # "Dipl.-Ing."
    r"|(?P<word>\w+(?:[-'’]\w+)*-?)(?P<dot>\.)?"
    r"|(?P<punct>[^\w\s])"
)
_SENTENCE_END = frozenset(".!?…:")
_OPENING = frozenset("„“”\"»«‚‘")
_ADJECTIVE = re.compile(
    r"^(?:[a-zäöüß][a-zäöüß\-]*(?:e|en|er|es|em)|\d+(?:[.,]\d+)?-[a-zäöüß]+(?:e|en|er|es|em)|\d+\.)$"
)
_NOT_ADJECTIVE = frozenset("eine einen einem einer seine ihre sie die der des dem den wie als oder aber über unter".split())
# Lowercase words allowed inside an apposition after a name: "Leiter des Fachbereichs Stadtgrün".
_ROLE_GLUE = frozenset("und für im in am von vom des der den dem zur zum bei beim mit".split())
_SPACES = re.compile(r"\s+")
# Endings of adjectives and adverbs, which open sentences capitalised: "Ähnlich", "Zufrieden".
_ADVERB_SHAPE = re.compile(r"(?:lich|ig|isch|bar|sam|haft|los|voll|weise|mals|wärts|ens|ieden|falls)$")
_ARTICLES_AT_APPOSITION = frozenset({"ein", "eine", "der", "die"})


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    fold: str
    word: bool  # a word, not punctuation
    cap: bool  # starts with a capital letter
    initial: bool  # the first word of a sentence or paragraph


@dataclass(slots=True)
class _Phrase:
    """The parts of a noun phrase as read so far."""

    start: int  # token index where it starts (its determiner, if any)
    end: int  # token index after its last capitalised word
    det: str | None
    items: list[Token]  # capitalised words, initials and name particles
    titles: list[Token]  # "Dr.", "Prof.", "Frau"
    modifiers: tuple[str, ...]  # adjectives after the determiner
    address_gender: str | None
    governed: bool


@dataclass(slots=True)
class Mention:
    """A noun phrase that may name a speaker, with what it tells about them."""

    kind: str  # name, role, person, org, media, thing, pronoun, possessive
    start: int  # offsets of the phrase, determiner included, apposition not
    end: int
    tok_start: int  # token indexes [tok_start, tok_end); tok_end is after an apposition
    tok_end: int
    label: str  # what to call the speaker when nothing better is known: "Anwohnerin"
    name: str | None = None  # "Frank Dudda", titles dropped
    role: str | None = None  # "Oberbürgermeister", "Leiter des Fachbereichs Stadtgrün"
    head: str | None = None  # the head noun: "Dezernentin", "Feuerwehr"
    gender: str | None = None  # "f", "m" or None
    definite: bool = False
    governed: bool = False  # inside a prepositional phrase ("mit der Dezernentin")
    weak: bool = False  # a lone unknown capitalised word: perhaps a name, perhaps not
    modifiers: tuple[str, ...] = ()  # adjectives before the head: ("brasilianische",)

    @property
    def is_person(self) -> bool:
        return self.kind in ("name", "role", "person")


def _is_cap_word(t: Token) -> bool:
    return (
        t.word
        and t.cap
        and len(t.text) > 1
        and t.fold not in FUNCTION_WORDS
        and t.fold not in WEEKDAYS_MONTHS
        and not t.text[0].isdigit()
    )


def _is_adjective(t: Token) -> bool:
    return t.word and not t.cap and t.fold not in _NOT_ADJECTIVE and _ADJECTIVE.match(t.text) is not None


def _noun_kind(word: str) -> str | None:
    """role, person, org, media or thing for a capitalised word; None when it may be a name."""
    if N.is_role(word):
        return "role"
    if N.is_person_noun(word):
        return "person"
    if N.is_media_noun(word):
        return "media"
    if N.ORG_NOUN.match(word.lower()):
        return "org"
    if N.is_thing(word):
        return "thing"  # before acronyms: "US-Position" is a thing, "SPD" an organisation
    if N.ACRONYM.match(word):
        return "org"
    return None


class Chunker:
    """The words of one text and the noun phrases among them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[Token] = []
        prev_end = 0
        for m in _TOKEN.finditer(text):
            if m.group("word"):
                word, dot = m.group("word"), m.group("dot")
                keep_dot = bool(dot) and bool(N.TITLE_TOKEN.match(word + ".") or word.lower() in ABBREVIATIONS)
                end = m.end() if keep_dot else m.end("word")
                self._add(m.start(), end, prev_end, word=True)
                if dot and not keep_dot:
                    self._add(end, m.end(), end, word=False)
            else:
                self._add(m.start(), m.end(), prev_end, word=m.lastgroup != "punct")
            prev_end = m.end()
        self.starts = [t.start for t in self.tokens]

    def _add(self, start: int, end: int, prev_end: int, *, word: bool) -> None:
        s = self.text[start:end]
        prev = self.tokens[-1] if self.tokens else None
        initial = (
            prev is None
            or (not prev.word and (prev.text in _SENTENCE_END or prev.text in _OPENING))
            or "\n" in self.text[prev_end:start]
        )
        self.tokens.append(Token(s, start, end, s.lower(), word, s[:1].isupper(), initial))

    def span(self, start: int, end: int) -> str:
        return _SPACES.sub(" ", self.text[start:end]).strip()

    # ---------- reading noun phrases ----------

    def mentions(self, lo: int, hi: int, barrier: list[bool] | None = None) -> list[Mention]:
        """Mentions in tokens[lo:hi], left to right; tokens with barrier[i] set are never read."""
        out: list[Mention] = []
        i = lo
        while i < hi:
            if barrier is not None and barrier[i]:
                i += 1
                continue
            stop = i
            while stop < hi and (barrier is None or not barrier[stop]) and stop - i < 40:
                stop += 1
            m = self.parse_np(i, stop) if self.tokens[i].word else None
            if m is None:
                i += 1
                continue
            out.append(m)
            i = max(m.tok_end, i + 1)
        return out

    def _governed(self, i: int) -> bool:
        t = self.tokens
        return i > 0 and t[i - 1].word and t[i - 1].fold in PREPOSITIONS

    def parse_np(self, i: int, hi: int) -> Mention | None:
        """The noun phrase that starts at token i (reading no further than hi), if any."""
        toks = self.tokens
        t = toks[i]
        f = t.fold
        governed = self._governed(i)
        if f in PRONOUNS and (not t.cap or t.initial):  # "Sie" inside a sentence is the polite "you"
            return Mention("pronoun", t.start, t.end, i, i + 1, t.text, gender=PRONOUNS[f], governed=governed)
        if f in POSSESSIVES and (not t.cap or t.initial):
            j = i + 1
            while j < hi and _is_adjective(toks[j]):
                j += 1
            if j < hi and _is_cap_word(toks[j]):
                return Mention("possessive", t.start, toks[j].end, i, j + 1, t.text, head=toks[j].text,
                               gender=POSSESSIVES[f], governed=governed)
            return None
        j = i
        det = None
        if f in DETERMINERS:
            det = f
            j += 1
            # adjectives only after a determiner: elsewhere "-e" words are as often verbs ("sagte")
            while j < hi and _is_adjective(toks[j]):
                j += 1
        modifiers = tuple(x.fold for x in toks[i + 1 : j]) if det else ()
        items, titles, address_gender, j = self._items(j, hi, i)
        if not items:
            return None
        return self._classify(_Phrase(i, j, det, items, titles, modifiers, address_gender, governed), hi)

    def _items(self, j: int, hi: int, first: int) -> tuple[list[Token], list[Token], str | None, int]:
        """Capitalised words, titles, initials and name particles from token j on."""
        toks = self.tokens
        items: list[Token] = []
        titles: list[Token] = []
        address_gender = None
        while j < hi:
            u = toks[j]
            if not u.word or (u.initial and j > first):
                break
            if N.TITLE_TOKEN.match(u.text):
                titles.append(u)
            elif u.cap and u.fold in N.ADDRESS and not items:
                address_gender = N.ADDRESS[u.fold]
                titles.append(u)
            elif N.INITIAL.match(u.text) and items:
                items.append(u)
            elif (u.fold in N.NAME_PARTICLES and items and j + 1 < hi and _is_cap_word(toks[j + 1])
                  and (items[-1].fold in N.FIRST_NAMES or items[0].text == "Von")):
                items.append(u)  # "Ursula von der Leyen"
            elif (u.text == "Von" and not items and j + 2 < hi and toks[j + 1].fold in N.NAME_PARTICLES
                  and _is_cap_word(toks[j + 2])):
                items.append(u)  # "Von der Leyen sagte" at the start of a sentence
            elif _is_cap_word(u) or N.ACRONYM.match(u.text):
                items.append(u)
            else:
                break
            j += 1
        return items, titles, address_gender, j

    def _classify(self, p: _Phrase, hi: int) -> Mention | None:
        i, j, det, items, governed = p.start, p.end, p.det, p.items, p.governed
        kinds = [_noun_kind(it.text) for it in items]
        # A surname that looks like a noun ("Klaus Richter", "Anna Bauer") after a first name.
        for k in range(1, len(items)):
            if kinds[k] and items[k - 1].fold in N.FIRST_NAMES and kinds[k - 1] is None:
                kinds[k] = None
        head_at = max((k for k in range(len(items)) if kinds[k]), default=-1)
        if head_at == -1:
            return self._name_only(p)
        start = self.tokens[i].start
        definite = det in DEFINITE
        head, kind = items[head_at], kinds[head_at]
        rest = items[head_at + 1 :]
        if kind in ("org", "media", "thing"):
            end_tok, label_end = (j, items[-1].end) if rest else self._complement(j, hi, head.end)
            return Mention(kind, start, label_end, i, end_tok, self.span(items[0].start, label_end),
                           head=head.text, definite=definite, governed=governed)
        if rest:
            name = " ".join(t.text for t in rest)
            gender = N.FIRST_NAMES.get(rest[0].fold) or N.noun_gender(head.text, det) or p.address_gender
            role = self.span(items[0].start, head.end) if kind == "role" else None
            m = Mention("name", start, rest[-1].end, i, j, name, name=name, role=role, head=head.text,
                        gender=gender, definite=definite, governed=governed, modifiers=p.modifiers)
            self._apposition(m, hi)
            return m
        end_tok, label_end = self._complement(j, hi, head.end)
        label = self.span(items[0].start, label_end)
        return Mention(kind, start, label_end, i, end_tok, label, role=label if kind == "role" else None,
                       head=head.text, gender=N.noun_gender(head.text, det), definite=definite, governed=governed,
                       modifiers=p.modifiers)

    def _name_only(self, p: _Phrase) -> Mention | None:
        """Capitalised words that are no known noun: a name, or an unknown noun after a determiner."""
        toks = self.tokens
        i, j, det, items, titles, address_gender, governed = (
            p.start, p.end, p.det, p.items, p.titles, p.address_gender, p.governed)
        first = items[0]
        known_first = first.fold in N.FIRST_NAMES
        if det and not known_first and not titles and len(items) == 1:
            # "der Neuntklässler", "die Veranstalter": a noun we do not know names them
            return Mention("person", toks[i].start, first.end, i, j, first.text, head=first.text,
                           gender=N.noun_gender(first.text, det), definite=det in DEFINITE, governed=governed,
                           weak=True)
        weak = not (titles or known_first or address_gender or len(items) >= 2)
        if weak and first.initial and (_ADVERB_SHAPE.search(first.fold) or (
                j < len(toks) and toks[j].word and toks[j].fold in FUNCTION_WORDS)):
            return None  # "Gemeinsam mit …", "Ähnlich äußerte sich …": an adverb, not a name
        name = " ".join(t.text for t in items)
        gender = N.FIRST_NAMES.get(first.fold) or address_gender
        m = Mention("name", toks[i].start, items[-1].end, i, j, name, name=name, gender=gender,
                    governed=governed, weak=weak)
        self._apposition(m, len(toks))
        return m

    def _complement(self, j: int, hi: int, end: int) -> tuple[int, int]:
        """A genitive after a head noun: "Sprecher des Finanzministeriums", "Anwohnerin der
        Weverstraße". Returns (token index after it, offset where it ends)."""
        toks = self.tokens
        if j < hi and toks[j].word and toks[j].fold in ("des", "der") and not toks[j].initial:
            k = j + 1
            while k < hi and _is_adjective(toks[k]):
                k += 1
            items, _, _, k2 = self._items(k, hi, j)
            if items:
                return k2, items[-1].end
        return j, end

    def _apposition(self, m: Mention, hi: int) -> None:
        """", Leiter des Fachbereichs Stadtgrün" after a name: the person's role."""
        toks = self.tokens
        j = m.tok_end
        if j + 1 >= hi or toks[j].text != ",":
            return
        k = j + 1
        if toks[k].fold in _ARTICLES_AT_APPOSITION and k + 1 < hi:
            k += 1
        elif toks[k].fold in CLAUSE_STARTERS:
            return  # ", die mit ihrer Familie …": a relative clause
        first_role_word = k
        while k < hi and not N.is_role(toks[k].text) and (
            _is_adjective(toks[k]) or (toks[k].cap and k + 1 < hi and N.is_role(toks[k + 1].text))
        ):
            k += 1  # "Ärztliche Leiterin", "stellvertretender Leiter"
        if k >= hi or not toks[k].word or not toks[k].cap or not N.is_role(toks[k].text):
            return
        end = k + 1
        while end < hi:
            u = toks[end]
            if u.word and not u.initial and (u.cap or u.fold in _ROLE_GLUE or u.text[0].isdigit()):
                end += 1
            elif u.text in "()" and not u.initial:
                end += 1
            else:
                break
        while end > k + 1 and (toks[end - 1].fold in _ROLE_GLUE or toks[end - 1].text == "("):
            end -= 1
        m.role = self.span(toks[first_role_word].start, toks[end - 1].end)
        m.weak = False  # "Celebi, die Anwältin der Frau": the role says it is a person
        if m.gender is None:
            m.gender = N.noun_gender(toks[k].text, None)
        m.tok_end = end
