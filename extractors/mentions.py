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

import functools
import re
from dataclasses import dataclass

from . import names as N
from .quote_lexicon import (
    AFTER_QUOTE_VERBS,
    CLAUSE_STARTERS,
    DEFINITE,
    DETERMINERS,
    FUNCTION_WORDS,
    LIGHT_VERB_NOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    SOURCE_PREPOSITIONS,
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
_OPENING = frozenset('„“”"»«‚‘')
_CLOSING = frozenset('“”"«»‘’')
_ADJECTIVE = re.compile(
    r"^(?:[a-zäöüß][a-zäöüß\-]*(?:e|en|er|es|em)|\d+(?:[.,]\d+)?-[a-zäöüß]+(?:e|en|er|es|em)|\d+\.)$"
)
_NOT_ADJECTIVE = frozenset(
    "eine einen einem einer seine ihre sie die der des dem den wie als oder aber über unter".split()
)
# Lowercase words allowed inside an apposition after a name: "Leiter des Fachbereichs Stadtgrün".
_ROLE_GLUE = frozenset("und für im in am von vom des der den dem zur zum bei beim mit".split())
_SPACES = re.compile(r"\s+")
# Endings of adjectives and adverbs, which open sentences capitalised: "Ähnlich", "Zufrieden".
# ("-wig", "-nig" and "-zig" are left out: Kettwig, König, Leipzig.)
_ADVERB_SHAPE = re.compile(
    r"(?:lich|[tldsßfrhmb]ig|isch|bar|sam|haft|los|voll|weise|mals|wärts|ens|ieden|falls)$"
)
_ARTICLES_AT_APPOSITION = frozenset({"ein", "eine", "der", "die"})
# Capitalised adjectives at the start of an institution's name; no German surname ends so.
_CAP_ADJECTIVE = re.compile(r"(?:ischen|ische|ischer|alen|ale|aler|igen|lichen|liche|licher|ären)$")
_AGE_NOUN = re.compile(r"^\d+-Jährige[rnm]?$")
# Endings of nouns no surname has: "Stadtverwaltung", "Gemeinschaft", "Direktion".
_SURE_THING_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus")
_UMLAUT = str.maketrans("äöü", "aou")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_INDEFINITE = frozenset("ein eine einer eines einem einen".split())
# Words that open a complement after a head noun.
_COMPLEMENT_WORDS = frozenset({"des", "der", "von", "vom"})
# Words that open what a role noun governs before an apposed name: "die Dezernentin für Bildung
# und Sport, Anna Beck", "der Leiter des Amts für Statistik, …", "Richterin am Amtsgericht, …".
_ROLE_COMPLEMENT_WORDS = frozenset("für des der von vom im am zur zum in bei beim".split())
# A quoted name inside such a complement: "der Händlergemeinschaft „Allee aktiv“, …".
_NAME_QUOTE_PAIRS = {"„": "“”", '"': '"', "»": "«", "«": "»", "‚": "‘’"}
_MAX_QUOTED_NAME = 8
# Words that join the parts of such a complement: "für Ordnung und Straßen".
_LIST_JOINERS = frozenset({"und", "sowie", "&"})
# At most this many parts ("für Bildung", "und Sport", …) make one complement.
_MAX_COMPLEMENT_PARTS = 6
# Lower-case words that can open a noun phrase.
_NP_OPENERS = DETERMINERS | PRONOUNS.keys() | POSSESSIVES.keys() | {"von"}
_DEGREE_WORDS = frozenset("erst gerade knapp rund fast sehr noch bereits schon etwa ganz besonders".split())
_QUANTIFIERS = frozenset(
    "viele einige mehrere zahlreiche alle beide zwei drei vier fünf sechs sieben acht neun zehn zwölf".split()
)


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
    indefinite: bool = False  # "ein", "eine" (a bare "Landrat" is neither)
    governed: bool = False  # inside a prepositional phrase ("mit der Dezernentin")
    weak: bool = False  # capitalised words nothing marks as a name (no first name, title, role)
    modifiers: tuple[str, ...] = ()  # adjectives before the head: ("brasilianische",)
    plural: bool = False  # "die Schülerinnen und Schüler", "die Veranstalter": no "er" or "sie"

    @property
    def is_person(self) -> bool:
        return self.kind in ("name", "role", "person")


def _is_cap_word(t: Token) -> bool:
    return (
        t.word
        and t.cap
        and len(t.text) > 1
        and t.fold not in FUNCTION_WORDS
        and t.fold not in SOURCE_PREPOSITIONS  # "Laut Polizei …" opens a sentence
        and t.fold not in WEEKDAYS_MONTHS
        and not t.text[0].isdigit()
    )


def _cap_after_particles(toks: list[Token], j: int, hi: int) -> bool:
    """Do name particles from token j on ("von der", "van de") lead to a capitalised word?"""
    k = j
    while k < hi and toks[k].word and toks[k].fold in N.NAME_PARTICLES and k - j < 3:
        k += 1
    return k > j and k < hi and _is_cap_word(toks[k])


def _particles_continue(toks: list[Token], items: list[Token], j: int, hi: int) -> bool:
    """Do the name particles at token j go on with the name read so far (items)?"""
    if not _cap_after_particles(toks, j, hi):
        return False
    last = items[-1]
    if N.is_first_name(last.text) or items[0].text == "Von" or last.fold in N.NAME_PARTICLES:
        return True
    # A single given name we do not know, alone or after a role ("Kommissarin Ottilie von der
    # Osten"): the particles lead to the surname, unless a noun follows them ("von der
    # Stadtverwaltung", "Ende der Saison") or two name words stand before them ("Klaus Meier
    # von Greenpeace": the name is complete, an affiliation follows).
    if toks[j].fold not in N.NAME_PARTICLE_LEADS or not _name_word(last):
        return False
    if len(items) > 1 and _noun_kind(items[-2].text) is None:
        return False
    k = j
    while k < hi and toks[k].fold in N.NAME_PARTICLES:
        k += 1
    return k < hi and _surname_word(toks[k])


def _umlauted_plural(head: str) -> bool:
    """ "stammgäste" -> "stammgast", "ärzte" -> "arzt": a plural in -e of a noun for people."""
    stem = head[:-1].translate(_UMLAUT)
    return stem != head[:-1] and (N.is_person_noun(stem) or N.is_role(stem))


def _surname_word(t: Token) -> bool:
    """A name word after particles: also one shaped like a thing ("von Aschen", "von Eichen"),
    but no noun that is surely one ("von der Stadtverwaltung")."""
    if N.NAME_WORD.match(t.text) is None or t.fold.endswith(_SURE_THING_ENDINGS):
        return False
    return _noun_kind(t.text) in (None, "thing")


def _name_word(t: Token) -> bool:
    """A capitalised word that can be part of a personal name: no noun we know, no acronym."""
    return N.NAME_WORD.match(t.text) is not None and _noun_kind(t.text) is None


def _is_adjective(t: Token) -> bool:
    return (
        t.word
        and not t.cap
        and t.fold not in _NOT_ADJECTIVE
        and t.fold not in AFTER_QUOTE_VERBS
        and _ADJECTIVE.match(t.text) is not None
    )  # "Das sagte …": "sagte" is no adjective


@functools.lru_cache(maxsize=4096)
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


def _complete_name_end(items: list[Token], kinds: list[str | None], lo: int) -> int | None:
    """Where a known noun ends a name that items[lo:] begin: after two name words, the second
    no first name ("Jens Ortmann", not "Hans Peter"). None when no noun follows a whole name."""
    for k in range(lo + 2, len(items)):
        if kinds[k - 1] or kinds[k - 2]:
            return None
        if kinds[k] and not N.is_first_name(items[k - 1].text) and items[k - 1].fold not in N.NAME_PARTICLES:
            return k  # not after "von": "Friederike von Aschen"
    return None


def _aged(modifiers: tuple[str, ...]) -> bool:
    return any(m.endswith(("jährige", "jährigen", "jähriger")) for m in modifiers) or (
        "jahre" in modifiers and any(m.startswith("alt") for m in modifiers)
    )


def _head(kinds: list[str | None]) -> int:
    """Which item is the head noun: the first noun that a name follows ("Kirmeschef Ralf
    Terhorst", "Stadtdirektor Clemens Haarmann"), else the last noun; -1 for a bare name."""
    for k in range(len(kinds) - 1):
        if kinds[k] and kinds[k + 1] is None:
            return k
    if len(kinds) == 2 and kinds[0] == "role" and kinds[1] == "person":
        return 0  # "Stadtdirektor Kaufmann": a role, then a surname that looks like a noun
    return max((k for k in range(len(kinds)) if kinds[k]), default=-1)


class Chunker:
    """The words of one text and the noun phrases among them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[Token] = []
        prev_end = 0
        for m in _TOKEN.finditer(text):
            if m.group("word"):
                word, dot = m.group("word"), m.group("dot")
                keep_dot = bool(dot) and bool(
                    N.TITLE_TOKEN.match(word + ".") or word.lower() in ABBREVIATIONS
                )
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
        # "al-Hashimi", "d'Alembert": a surname behind a lower-case prefix counts as capitalised
        cap = s[:1].isupper() or (
            word
            and s[:1].islower()
            and ("-" in s or "'" in s or "’" in s)
            and N.PREFIXED_SURNAME.match(s) is not None
        )
        self.tokens.append(Token(s, start, end, s.lower(), word, cap, initial))

    def span(self, start: int, end: int) -> str:
        return _SPACES.sub(" ", self.text[start:end]).strip()

    # ---------- reading noun phrases ----------

    def mentions(self, lo: int, hi: int, barrier: list[bool] | None = None) -> list[Mention]:
        """Mentions in tokens[lo:hi], left to right; tokens with barrier[i] set are never read."""
        out: list[Mention] = []
        i = lo
        stop = lo  # the next barrier token (or hi): a phrase never reaches into a quotation
        while i < hi:
            if barrier is not None and barrier[i]:
                i += 1
                continue
            if stop <= i:
                stop = i
                while stop < hi and (barrier is None or not barrier[stop]):
                    stop += 1
            m = self.parse_np(i, stop) if self.tokens[i].word else None
            if m is None:
                i += 1
                continue
            out.append(m)
            i = max(m.tok_end, i + 1)
        return out

    def _governed(self, i: int) -> bool:
        """Does a preposition govern the phrase at i ("über fehlende Parkplätze")?"""
        t = self.tokens
        k = i - 1
        while (
            k >= 0
            and i - k <= 3
            and t[k].word
            and not t[k].cap
            and t[k].fold not in PREPOSITIONS
            and _ADJECTIVE.match(t[k].text)
        ):
            k -= 1
        return k >= 0 and t[k].word and t[k].fold in PREPOSITIONS

    def parse_np(self, i: int, hi: int) -> Mention | None:
        """The noun phrase that starts at token i (reading no further than hi), if any."""
        toks = self.tokens
        t = toks[i]
        f = t.fold
        if not t.cap and f not in _NP_OPENERS and not t.text[0].isdigit():
            return None  # the common case: a lower-case word opens no phrase
        governed = self._governed(i)
        if f in PRONOUNS and (not t.cap or t.initial):  # "Sie" inside a sentence is the polite "you"
            return Mention("pronoun", t.start, t.end, i, i + 1, t.text, gender=PRONOUNS[f], governed=governed)
        possessive = f in POSSESSIVES and (not t.cap or t.initial)
        j = i
        det = None
        if f in DETERMINERS or possessive:
            det = f
            j += 1
            # adjectives only after a determiner: elsewhere "-e" words are as often verbs ("sagte")
            j = self._adjectives(j, hi)
        modifiers = tuple(x.fold for x in toks[i + 1 : j]) if det else ()
        items, titles, address_gender, j = self._items(j, hi, i)
        if (
            not items
            and titles
            and address_gender
            and titles[-1].fold in N.ADDRESS
            and det
            and not possessive
        ):
            # "ein älterer Herr aus der ersten Reihe": no name follows, an ordinary person noun
            a = titles[-1]
            label = "Herr" if a.fold == "herrn" else a.text
            m = Mention(
                "person", t.start, a.end, i, j, label, head=label, gender=address_gender, governed=governed
            )
            m.definite, m.indefinite = det in DEFINITE, det in _INDEFINITE
            return m
        if not items:
            return None
        m = self._classify(
            _Phrase(i, j, "der" if possessive else det, items, titles, modifiers, address_gender, governed),
            hi,
        )
        if possessive and m is not None and (m.kind not in ("name", "role", "person") or m.weak):
            # "Sein Fazit", "ihre Botschaft": whose it is matters, resolved like a pronoun
            m = Mention(
                "possessive",
                t.start,
                m.end,
                i,
                m.tok_end,
                t.text,
                head=m.head,
                gender=POSSESSIVES[f],
                governed=governed,
            )
        elif m is not None and m.kind in ("role", "person"):
            m.plural = self._plural(m, det)
        if m is not None:
            m.indefinite = det in _INDEFINITE  # "ein Sprecher": somebody new, no one named before
        return m

    def _adjectives(self, j: int, hi: int) -> int:
        """Past the adjectives after a determiner, with age and degree words between them:
        "die erst 16 Jahre alte …", "der 56-jährige …", "die neue …"."""
        toks = self.tokens
        k = j
        while k < hi:
            u = toks[k]
            if _is_adjective(u):
                k += 1
                j = k  # the phrase's adjectives end here
            elif (
                u.word
                and not _AGE_NOUN.match(u.text)
                and (u.fold in _DEGREE_WORDS or u.text[0].isdigit() or u.fold in ("jahre", "monate"))
            ):
                k += 1  # only taken if an adjective follows ("der 29-Jährige" is the noun itself)
            else:
                break
        return j

    def _plural(self, m: Mention, det: str | None) -> bool:
        """ "die Veranstalter", "Schülerinnen", "die 40 Helfer": more than one person."""
        head = (m.head or m.label).lower()
        if head.endswith(("innen", "leute")):
            return True
        head_at = next(
            (k for k in range(m.tok_start, m.tok_end) if self.tokens[k].text == m.head), m.tok_start
        )
        before = self.tokens[head_at - 1] if head_at > 0 else None
        if before is not None and before.word and (_NUMBER.match(before.text) or before.fold in _QUANTIFIERS):
            return True  # "die 940 Schülerinnen", "viele Besucher"; not "der 45-jährige Anwalt"
        if any(x in _QUANTIFIERS for x in m.modifiers):
            return True
        if det is None and m.kind == "person" and m.name is None:
            return True  # a person noun without an article: "Schüler", "Anwohner und Gäste"
        if det in ("die", "den") and head.endswith("e") and _umlauted_plural(head):
            return True  # "die Stammgäste", "die Ärzte": not "sie", a woman
        # "die" before a masculine-looking person noun: "die Besucher", "die Autoren"
        return det in ("die", "den") and not head.endswith(("in", "e")) and N.noun_gender(head, None) != "f"

    def _items(self, j: int, hi: int, first: int) -> tuple[list[Token], list[Token], str | None, int]:
        """Capitalised words, titles, initials and name particles from token j on."""
        toks = self.tokens
        items: list[Token] = []
        titles: list[Token] = []
        address_gender = None
        after_nickname = -1
        while j < hi:
            u = toks[j]
            if items and u.text in _OPENING and self._nickname(items[-1], j, hi):
                titles.append(toks[j + 1])  # it says a name goes on, as a title does
                j += 3  # Ingeborg „Inge“ Petersen: a nickname between first name and surname
                after_nickname = j
                continue
            if not u.word or (u.initial and j > first and j != after_nickname):
                break
            if N.TITLE_TOKEN.match(u.text):
                titles.append(u)
            elif u.cap and u.fold in N.ADDRESS and not items:
                address_gender = N.ADDRESS[u.fold]
                titles.append(u)
            elif N.INITIAL.match(u.text) and items:
                items.append(u)
            elif u.fold in N.NAME_PARTICLES and items and _particles_continue(toks, items, j, hi):
                items.append(u)  # "Ursula von der Leyen", "Jan van de Velde"
            elif (
                u.text == "Von"
                and not items
                and j + 2 < hi
                and toks[j + 1].fold in N.NAME_PARTICLES
                and _is_cap_word(toks[j + 2])
            ):
                items.append(u)  # "Von der Leyen sagte" at the start of a sentence
            elif items and u.fold in LIGHT_VERB_NOUNS and not N.is_first_name(items[-1].text):
                break  # "zog Trainer Jens Ortmann Bilanz": the verb's noun, not the name's
            elif _is_cap_word(u) or N.ACRONYM.match(u.text) or _AGE_NOUN.match(u.text):
                items.append(u)  # "74-Jährige" starts with a digit but is a noun
            else:
                break
            j += 1
        return items, titles, address_gender, j

    def _nickname(self, before: Token, j: int, hi: int) -> bool:
        """Does a quoted name word stand at token j between a first name and a surname?"""
        toks = self.tokens
        return (
            j + 3 < hi
            and (N.is_first_name(before.text) or before.text[:2] == toks[j + 1].text[:2])
            and N.NAME_WORD.match(before.text) is not None
            and toks[j + 1].word
            and N.NAME_WORD.match(toks[j + 1].text) is not None
            and not toks[j + 2].word
            and toks[j + 2].text in _CLOSING
            and _name_word(toks[j + 3])
        )

    def _classify(self, p: _Phrase, hi: int) -> Mention | None:
        i, j, det, items, governed = p.start, p.end, p.det, p.items, p.governed
        # A first name is no noun ("Dennis" is not "-nis"), nor the surname after it ("Anna Bauer").
        kinds = [None if N.is_first_name(it.text) else _noun_kind(it.text) for it in items]
        for k in range(1, len(items)):
            if kinds[k] and N.is_first_name(items[k - 1].text):
                kinds[k] = None
        head_at = _head(kinds)
        if head_at == -1:
            return self._name_only(p)
        # A first name and a surname are a whole name: a known noun after them is none of it
        # ("Trainer Jens Ortmann Stellung", "sagte Jens Ortmann Reportern").
        lo = head_at + 1 if kinds[head_at] in ("role", "person") and head_at + 1 < len(items) else 0
        cut = _complete_name_end(items, kinds, lo)
        if cut is not None and (
            lo or (N.is_first_name(items[0].text) and kinds[cut] not in ("org", "media"))
        ):
            p.items, p.end = items[:cut], self._after(items[cut - 1], i)
            if lo == 0:
                return self._name_only(p)
            items, kinds, j = p.items, kinds[:cut], p.end
        rest_kinds = kinds[head_at + 1 :]
        if any(rest_kinds) and any(k is None for k in rest_kinds):
            for k in range(head_at + 1, len(kinds)):
                kinds[k] = None  # after a name starts, every capitalised word belongs to it
        start = self.tokens[i].start
        definite = det in DEFINITE
        head, kind = items[head_at], kinds[head_at]
        rest = items[head_at + 1 :]
        if kind in ("org", "media", "thing"):
            end_tok, label_end = (j, items[-1].end) if rest else self._complement(j, hi, head.end)
            return Mention(
                kind,
                start,
                label_end,
                i,
                end_tok,
                self.span(items[0].start, label_end),
                head=head.text,
                definite=definite,
                governed=governed,
            )
        if rest:
            name = " ".join(t.text for t in rest)
            gender = N.first_name_gender(rest[0].text) or N.noun_gender(head.text, det) or p.address_gender
            role = self.span(items[0].start, head.end)  # "Landrat", "Ehrenamtlerin"
            m = Mention(
                "name",
                start,
                rest[-1].end,
                i,
                j,
                name,
                name=name,
                role=role,
                head=head.text,
                gender=gender,
                definite=definite,
                governed=governed,
                modifiers=p.modifiers,
            )
            self._apposition(m, hi)
            return m
        end_tok, label_end = self._complement(j, hi, head.end)
        label = self.span(items[0].start, label_end)
        if kind == "role":
            named = self._name_after_role(p, end_tok, hi, label)
            if named is not None:
                return named
        return Mention(
            kind,
            start,
            label_end,
            i,
            end_tok,
            label,
            role=label if kind == "role" else None,
            head=head.text,
            gender=N.noun_gender(head.text, det),
            definite=definite,
            governed=governed,
            modifiers=p.modifiers,
        )

    def _after(self, item: Token, i: int) -> int:
        """The index of the token after item, a word of the phrase that starts at token i."""
        return next(x for x in range(i, len(self.tokens)) if self.tokens[x] is item) + 1

    def _name_only(self, p: _Phrase) -> Mention | None:
        """Capitalised words that are no known noun: a name, or an unknown noun after a determiner."""
        toks = self.tokens
        i, j, det, items, titles, address_gender, governed = (
            p.start,
            p.end,
            p.det,
            p.items,
            p.titles,
            p.address_gender,
            p.governed,
        )
        first = items[0]
        known_first = N.is_first_name(first.text)
        aged = _aged(p.modifiers)  # "die 34 Jahre alte …", "der 56-jährige …": a person
        if det and not known_first and not titles and len(items) == 1:
            # "der Neuntklässler", "die Veranstalter": a noun we do not know names them
            return Mention(
                "person",
                toks[i].start,
                first.end,
                i,
                j,
                first.text,
                head=first.text,
                gender=N.noun_gender(first.text, det),
                definite=det in DEFINITE,
                governed=governed,
                weak=not aged,
            )
        place_adjective = (
            len(items) >= 2 and first.fold.endswith("er") and "-" not in first.text
        )  # "Lindenauer …"
        if not known_first and not titles and (_CAP_ADJECTIVE.search(first.text) or place_adjective):
            # "Internationalen Währungsfonds", "Lindenauer Glashütten": an institution, not a person
            return Mention(
                "org",
                toks[i].start,
                items[-1].end,
                i,
                j,
                self.span(first.start, items[-1].end),
                head=items[-1].text,
                definite=det in DEFINITE,
                governed=governed,
                weak=len(items) < 2,
            )
        # Two capitalised words are a name only with something that says so: a known first name,
        # a title, a role. Otherwise ("Big Band", "Zeche Shamrock") they are kept weak.
        weak = not (titles or known_first or address_gender or aged)
        if (
            weak
            and first.initial
            and (
                _ADVERB_SHAPE.search(first.fold)
                or (j < len(toks) and toks[j].word and toks[j].fold in FUNCTION_WORDS)
            )
        ):
            return None  # "Gemeinsam mit …", "Ähnlich äußerte sich …": an adverb, not a name
        # "Streetworkerin Jana Oltmanns": an unknown role noun before a known first name
        k = next((x for x, it in enumerate(items) if N.is_first_name(it.text)), 0)
        role = self.span(items[0].start, items[k - 1].end) if 0 < k < len(items) - 1 else None
        if role is None:
            k = 0
        if (
            len(items) - k >= 3
            and N.is_first_name(items[k].text)
            and not N.is_first_name(items[k + 1].text)
            and items[k + 1].fold not in N.NAME_PARTICLES
        ):
            # First name, surname, then a noun: "ist für Dilek Aydın Alltag" names Dilek Aydın.
            # (Two first names come before the surname: "Hans Peter Müller".)
            last = items[k + 1]
            items = items[: k + 2]
            j = next(x for x in range(i, len(toks)) if toks[x] is last) + 1
        name = " ".join(t.text for t in items[k:])
        gender = N.first_name_gender(items[k].text) or address_gender
        m = Mention(
            "name",
            toks[i].start,
            items[-1].end,
            i,
            j,
            name,
            name=name,
            gender=gender,
            role=role,
            governed=governed,
            weak=weak,
        )
        self._apposition(m, len(toks))
        return m

    def _name_after_role(self, p: _Phrase, j: int, hi: int, role: str) -> Mention | None:
        """ "der Leiter des Stadtplanungsamts, Björn Rademacher": a role, a comma, a name."""
        toks = self.tokens
        i, start = p.start, toks[p.start].start
        end = self._role_complement(j, hi)
        if end > j:
            # "die Bezirksstadträtin für Ordnung und Straßen, Dilek Aydın": the whole office
            j, role = end, self.span(p.items[0].start, toks[end - 1].end)
        if j + 2 >= hi or toks[j].text != ",":
            return None
        items, titles, _, k = self._items(j + 1, hi, j + 1)
        if not items or any(_noun_kind(t.text) for t in items if not N.is_first_name(t.text)):
            return None
        if not (titles or len(items) >= 2 or N.is_first_name(items[0].text)):
            return None
        if k < hi and toks[k].word and toks[k].fold in ("und", "oder", "sowie"):
            return None  # a list of people, not an apposition
        name = " ".join(t.text for t in items)
        gender = N.first_name_gender(items[0].text) or N.noun_gender(role.split(maxsplit=1)[0], p.det)
        return Mention(
            "name",
            start,
            items[-1].end,
            i,
            k,
            name,
            name=name,
            role=role,
            gender=gender,
            definite=p.det in DEFINITE,
            governed=p.governed,
            modifiers=p.modifiers,
        )

    def _role_complement(self, j: int, hi: int) -> int:
        """Past what a role noun governs, from token j: "für Ordnung und Straßen", "des Amts
        für Bildung, Jugend und Sport". Returns j when nothing such follows. A part that
        opens with a first name, a title or an article and a person ("und die Helfer") is
        somebody else, and a comma ends it unless a list goes on after the next part."""
        toks = self.tokens
        k = j
        for _ in range(_MAX_COMPLEMENT_PARTS):
            if k >= hi or toks[k].initial:
                break
            lead = toks[k].fold
            if toks[k].text in _NAME_QUOTE_PAIRS:
                closers = _NAME_QUOTE_PAIRS[toks[k].text]
                nxt = next(
                    (
                        c + 1
                        for c in range(k + 2, min(hi, k + 2 + _MAX_QUOTED_NAME))
                        if toks[c].text in closers
                    ),
                    None,
                )
            elif lead in _ROLE_COMPLEMENT_WORDS or (k > j and lead in _LIST_JOINERS):
                nxt = self._complement_part(k + 1, hi, joined=lead in _LIST_JOINERS)
            elif k > j and lead == ",":
                nxt = self._complement_part(k + 1, hi, joined=True)
                if nxt is not None and not (nxt < hi and toks[nxt].fold in _LIST_JOINERS | {","}):
                    nxt = None  # ", Dilek Aydın:" is the apposition, not a part of the list
                elif nxt is not None and nxt - k > 2 and toks[nxt].fold not in _LIST_JOINERS:
                    nxt = None  # ", Ama Owusu-Mensah, erklärte": two words and a comma are a name
            else:
                break
            if nxt is None:
                break
            k = nxt
        return k

    def _complement_part(self, k: int, hi: int, *, joined: bool) -> int | None:
        """One part of a role's complement from token k ("Ordnung", "des Amts"): where it ends."""
        toks = self.tokens
        det = k < hi and toks[k].word and toks[k].fold in DETERMINERS
        if det:
            k += 1
        k = self._adjectives(k, hi)  # "der Leiterin für humanitäre Hilfe"
        items, titles, address, end = self._items(k, hi, k)
        if not items or titles or address or N.is_first_name(items[0].text):
            return None
        if joined and det and _noun_kind(items[-1].text) in ("role", "person"):
            return None  # "der Leiter der Wache und die Helfer": two groups of people
        return end

    def _complement(self, j: int, hi: int, end: int) -> tuple[int, int]:
        """A genitive after a head noun: "Sprecher des Finanzministeriums", "Anwohnerin der
        Weverstraße", "die Einschätzung von Stadtbaurat Lorenz". Returns (token index after it,
        offset where it ends)."""
        toks = self.tokens
        if j < hi and toks[j].word and toks[j].fold in _COMPLEMENT_WORDS and not toks[j].initial:
            k = j + 1
            while k < hi and _is_adjective(toks[k]):
                k += 1
            items, _, _, k2 = self._items(k, hi, j)
            if items:
                return k2, items[-1].end
        return j, end

    def _apposition(self, m: Mention, hi: int) -> None:
        """ ", Leiter des Fachbereichs Stadtgrün" after a name: the person's role."""
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
        while (
            k < hi
            and not N.is_role(toks[k].text)
            and (_is_adjective(toks[k]) or (toks[k].cap and k + 1 < hi and N.is_role(toks[k + 1].text)))
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
