"""Who said a quotation when its own sentence does not say, or says only "er", "die Dezernentin".

Pronouns go to the nearest person before them whose gender agrees, subjects first; a
definite description ("der Rentner", "die Schülerin") to the person just named; a quotation
standing alone to the speaker whose turn it continues, to the one the next sentence names
("„…“ Das sagte X."), or to the person the sentence before is about. "so X weiter" names
the speaker of the quotation before as well. Looking back stops after a few sentences:
no speaker is better than a guess from far away.
"""

from __future__ import annotations

import bisect
import itertools

from . import names as N
from .attribution import SPEAKING_KINDS, Attribution
from .mentions import Mention, Token
from .names import is_saying_noun
from .quote_document import Document, Found
from .quote_lexicon import (
    BACK_POINTING_DETERMINERS,
    BACK_POINTING_PREDICATES,
    BACK_POINTING_PREPOSITIONS,
    FUNCTION_WORDS,
    NOT_VERBS_IN_E,
    PARTY_NOUN_PARTS,
    RELATION_NOUNS,
    REPORTED_SPEECH_VERBS,
)
from .speakers import CONTEXT_POSITION, Person, Resolved

# How many sentences back a pronoun or a continuing turn may look for its speaker.
LOOKBACK_SENTENCES = 4
# How many sentences back a definite description ("die Wirtin") looks for the person it names;
# further back only the article's main person, named at least MAIN_PERSON_MENTIONS times.
DESCRIPTION_LOOKBACK = 2
MAIN_PERSON_MENTIONS = 3
# Words that open a sentence pointing back at the quotation before it: "So sagte …",
# "Das erklärte …", "Mit diesen Worten …", "Dies betonte …".
_BACK_POINTERS = frozenset({"so", "das", "dies", "mit", "diese", "diesen"})
# Subjects that name nobody: "Das merkt man seinem Spiel an".
_IMPERSONAL = frozenset({"man", "es"})
# Conjunctions of a clause that gives what a verb of saying says: "fragte, ob …", "sagte, dass …".
_CONTENT_CLAUSE = frozenset({"ob", "dass", "daß"})
_COPULAS = frozenset("ist war wird wurde bleibt blieb sei".split())


def _konjunktiv_shaped(t: Token) -> bool:
    """A lower-case word in the verb's place that looks like Konjunktiv I: "investiere", "plane"."""
    f = t.fold
    return (
        t.word
        and not t.cap
        and f.isalpha()
        and len(f) > 3
        and f.endswith("e")
        and not f.endswith("te")
        and f not in FUNCTION_WORDS
        and f not in NOT_VERBS_IN_E
    )


def _thing_shaped(m: Mention) -> bool:
    """An unknown noun not shaped like one for people ("das Spiel", "die Hauptlinien"): a thing."""
    return m.kind == "person" and m.weak and m.name is None and not N.agent_shaped(m.head or m.label)


def _person_shaped(m: Mention) -> bool:
    """An unknown noun shaped like one for a person: "die Jubilarin", "der Gastwirt"."""
    head = m.head or m.label
    return N.agent_shaped(head) or N.noun_gender(head, None) is not None


def _party(m: Mention) -> bool:
    """ "der Angeklagte", "die Richterin": a party of its own, not the person named before."""
    head = (m.head or m.label).lower()
    return any(part in head for part in PARTY_NOUN_PARTS)


class Coreference:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.sentences = doc.sentences
        self.sentence_of = doc.sentence_of
        self.found = doc.found
        self.found_in = doc.found_in
        self.register = doc.register
        self.reader = doc.reader
        self.mentions = doc.mentions
        self._pronoun_cache: dict[int, Resolved | None] = {}
        self._names: dict[str, list[int]] | None = None
        self.predicates: set[int] = set()
        self.predicates = self._predicate_roles()
        self._pronoun_cache.clear()  # filled before any quotation had a speaker

    def resolve(self, n: int, f: Found, prev: Found | None) -> Resolved | None:
        """The speaker of quotation n, read before it (prev: the last quotation kept before it)."""
        a = f.attribution
        if a is None or a.mention is None:
            return self._turn_speaker(n, f, prev)
        return self.resolve_mention(a.mention, speaks=True)

    def _predicate_roles(self) -> set[int]:
        """ "Seit 2021 ist sie Citymanagerin", "Anna Beck ist Leiterin des …": the role after a
        copula belongs to the subject; it names nobody new. Returns those roles' token indexes."""
        found: set[int] = set()
        t = self.tokens
        for prev, m in itertools.pairwise(self.mentions):
            if m.kind != "role" or m.definite or m.indefinite:
                continue
            subject = None
            if prev.tok_end == m.tok_start - 1 and t[prev.tok_end].fold in _COPULAS:
                subject = prev  # "sie ist Citymanagerin"
            elif (
                prev.tok_end == m.tok_start and prev.tok_start > 0 and t[prev.tok_start - 1].fold in _COPULAS
            ):
                subject = prev  # "ist sie Citymanagerin"
            if subject is None or subject.kind not in ("pronoun", "name"):
                continue
            res = self._pronoun(subject) if subject.kind == "pronoun" else self.register.resolve(subject, 0)
            if res is not None and res.person is not None:
                res.person.roles.append(m.label)
                found.add(m.tok_start)
        return found

    def resolve_mention(self, m: Mention, *, speaks: bool = False) -> Resolved | None:
        """Who a phrase names. With `speaks` (it attributes a quotation) a name the register
        did not know yet ("sagte Karma") joins it, for the pronouns after it."""
        if m.kind in ("pronoun", "possessive"):
            return self._pronoun(m)
        res = self.register.resolve(m, m.tok_start)
        if m.kind == "name" and res.speaker and m.name:
            if speaks:
                self.register.add_person(res.speaker, res.gender, m.role, m.tok_start)
        elif res.person is None and m.definite and m.kind in ("person", "role") and not m.plural:
            # "sagt der Rentner", "die pensionierte Lehrerin", "der 29-Jährige": the person just
            # named. Only nouns we know name people this way; "der Angeklagte" after a named
            # official is somebody else.
            found = self._antecedent(m) if not m.weak and not _party(m) else None
            if found is None and (not m.weak or _person_shaped(m)):
                found = self._previous_subject(m)
            if found is not None and found.person is None and found.speaker and speaks and m.gender:
                # a name of no known gender that a description with one says something for:
                # she speaks, and "sie" after it is her
                p = self.register.add_person(found.speaker, m.gender, found.role, m.tok_start)
                return Resolved(p.name, found.role, p.gender, p)
            if found is not None:
                return Resolved(found.speaker, found.role, found.gender, found.person)
        return res

    def _previous_subject(self, m: Mention) -> Resolved | None:
        """ "Rechtsanwalt X verwies auf … „…“, sagte der Verteidiger"; "Ihr Rezept? „…“, so die
        Jubilarin": a description nothing else matched is the named subject of the sentence
        before, of its gender (or of none known); a party ("der Angeklagte") is not a named
        party of another kind ("Oberstaatsanwalt X")."""
        s = self.sentence_of[m.tok_start]
        if s == 0 or not m.gender or (m.label != m.head and (m.kind == "role" or _relational(m.head or ""))):
            return None  # "der Leiter des Bauhofs", "der Sohn des Gründers" say who they are
        res = self._subject(s - 1)
        p = res.person if res is not None else None
        if p is None or (p.gender and p.gender != m.gender):
            return None
        if _party(m) and any(part in r.lower() for r in p.roles for part in PARTY_NOUN_PARTS):
            return None
        return res

    def _antecedent(self, m: Mention) -> Resolved | None:
        """The named person a definite description ("die Schülerin", "der 45-jährige Rechtsanwalt")
        refers back to: the nearest person before it, named or a pronoun for one, in its own
        sentence or the ones just before, whose gender agrees; failing that, the article's main
        person. (Offices the article gave someone are matched by the register.) A description
        with what it governs ("der Chef des Verwaltungsrats") says who it is itself."""
        if m.label != m.head and (m.kind == "role" or _relational(m.head or "")):
            return None  # "der Leiter des Bauhofs", "der Sohn des Bürgermeisters"; not "die Schülerin des …"
        wanted = N.distinguishing(m.modifiers)
        s = self.sentence_of[m.tok_start]
        unknown: Resolved | None = None  # the nearest full name of no known gender
        for k in range(s, max(-1, s - DESCRIPTION_LOOKBACK - 1), -1):
            lo, hi = self.doc.near(k, m.tok_start if k == s else self.sentences[k][1])
            said = [f for f in self.doc.found_between(k, lo, min(hi, m.tok_start)) if f.keep and f.resolved]
            # names and speakers nearest first, then pronouns: "traf Jannik Sommer …, machte
            # Aydın mit seinem zweiten Treffer alles klar" – Aydın, whoever "seinem" may be
            for c in sorted(
                [*self.doc.mentions_in(lo, min(hi, m.tok_start)), *said],
                key=lambda c: (
                    isinstance(c, Mention) and c.kind in ("pronoun", "possessive"),
                    -(c.tok_start if isinstance(c, Mention) else c.tok_open),
                ),
            ):
                if isinstance(c, Found):
                    res = c.resolved  # „…“, berichtete die 34-Jährige. Die Klimaschützerin …
                elif c.plural or (c.governed and c.kind == "pronoun"):
                    continue
                elif c.kind == "name":
                    res = self.register.resolve(c, c.tok_start)
                    if (
                        unknown is None
                        and not res.gender
                        and res.speaker
                        and " " in res.speaker
                        and not c.governed
                    ):
                        unknown = res
                elif c.kind in ("pronoun", "possessive") and c.gender == m.gender:
                    res = self._pronoun(c)
                else:
                    continue
                if res is None or res.person is None or not self._fits(m, res.person, wanted):
                    continue
                return res
        # "Elfriede Sommerkamp steigt … „…“, sagt die Ostwalderin": nobody of its gender, but
        # a full name whose gender the article does not tell
        return self._main_person(m, wanted) or (unknown if not wanted else None)

    @staticmethod
    def _fits(m: Mention, p: Person, wanted: set[str]) -> bool:
        """Can a description stand for person p: the same gender, known on both sides, and no
        adjective that tells p from others against it ("der brasilianische Präsident" is not the
        venezolanische one; "die pensionierte Lehrerin" may be anyone)?"""
        return bool(m.gender) and p.gender == m.gender and (not p.adjectives or wanted <= p.adjectives)

    def _main_person(self, m: Mention, wanted: set[str]) -> Resolved | None:
        """The person an article is about ("die Wirtin" far from the last "Petersen"): named
        (in the text, once for the captions) or quoted at least MAIN_PERSON_MENTIONS times
        before the description, more than twice as often as anyone else of that gender."""
        said: dict[int, int] = {}  # how many quotations before m each person said
        for f in self.found:
            if f.tok_open < m.tok_start and f.keep and f.resolved and f.resolved.person:
                said[id(f.resolved.person)] = said.get(id(f.resolved.person), 0) + 1
        counts = sorted(
            (
                (
                    bisect.bisect_left(self._named_at().get(p.surname, []), m.tok_start)
                    + said.get(id(p), 0)
                    + (CONTEXT_POSITION in p.positions),
                    p,
                )
                for p in self.register.people
                if self._fits(m, p, wanted)
            ),
            key=lambda c: -c[0],
        )
        if not counts or counts[0][0] < MAIN_PERSON_MENTIONS:
            return None
        if len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
            return None
        p = counts[0][1]
        return Resolved(p.name, p.roles[0] if p.roles else None, p.gender, p)

    def _named_at(self) -> dict[str, list[int]]:
        """Where the article names someone, by surname (lower case): token indexes in order."""
        if self._names is None:
            self._names = {}
            for c in self.mentions:
                if c.kind == "name" and c.name:
                    self._names.setdefault(c.name.rsplit(maxsplit=1)[-1].lower(), []).append(c.tok_start)
        return self._names

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
        p = result.person if result is not None else None
        if p is not None and not p.gender and m.gender and m.kind == "pronoun" and " " in p.name:
            p.gender = m.gender  # "Ingeborg Petersen …, sagt sie": a woman
        self._pronoun_cache[m.tok_start] = result
        return result

    def _only_person_in_context(self, gender: str | None) -> Resolved | None:
        """ "sagt sie" with nobody before it in the text: the one woman the captions name."""
        people = [
            p
            for p in self.register.people
            if CONTEXT_POSITION in p.positions and p.gender and (gender is None or p.gender == gender)
        ]
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
            if not known and (_thing_shaped(m) or not self._speaks(m, lo, hi)):
                return None  # an unknown word, unless it is the one who says something
        res = self.resolve_mention(m)
        return res if res is not None and res.speaker else None

    def _speaks(self, m: Mention, lo: int, hi: int) -> bool:
        """Is m the subject of a verb of saying in its sentence ("Ein Juwelier … klagt")?"""
        verb = self.reader.speech_verb(lo, hi)
        if verb is None:
            return False
        mentions = [x for x in self.doc.mentions_in(lo, hi) if x.kind in SPEAKING_KINDS]
        return self.reader.subject_of(mentions, verb, lo, hi) is m

    def _person_in_sentence(self, k: int, before: int, gender: str | None) -> Resolved | None:
        lo, hi = self.doc.near(k, before if self.sentences[k][0] <= before < self.sentences[k][1] else None)
        candidates: list[tuple[int, Resolved]] = []
        own = self.sentences[k][0] <= before < self.sentences[k][1]
        for m in self.doc.mentions_in(lo, min(hi, before)):
            if own and m.governed:
                continue  # "Vor Journalisten sagte sie": not the noun of a phrase in her own sentence
            res = self._salient(m, lo, hi)
            if res is None or (gender and res.gender and res.gender != gender):
                continue
            candidates.append((1 if m.governed else 0, res))
        for f in self.doc.found_between(k, lo, min(hi, before)):
            if f.keep and f.resolved and f.resolved.speaker:
                g = f.resolved.gender
                if not (gender and g and g != gender):
                    candidates.append((0, f.resolved))
        if not candidates:
            return None
        return min(candidates, key=lambda c: c[0])[1]

    def _turn_speaker(self, n: int, f: Found, prev: Found | None) -> Resolved | None:
        """A quotation standing alone: the speaker whose turn it continues."""
        if not f.embedded:
            res = self._named_after(f)  # „Nein.“ Mehr sagte der Angeklagte nicht.
            if res is not None:
                return res
        if prev is not None and prev.resolved and prev.resolved.speaker and self._turn_goes_on(prev, f):
            return prev.resolved  # „A“, sagte X. „B.“ – or with reported speech between
        if f.embedded:
            return None  # a fragment in a sentence that names no speaker: do not guess
        if f.sentence > 0:
            res = self._turn_owner(f.sentence - 1)
            if res is not None:
                return res
        nxt = self.found[n + 1] if n + 1 < len(self.found) else None
        if (
            nxt is not None
            and nxt.keep
            and nxt.sentence - f.sentence <= 1
            and nxt.attribution
            and nxt.attribution.mention
        ):
            return self.resolve_mention(nxt.attribution.mention, speaks=True)  # „A.“ „B“, sagte X.
        if prev is not None and prev.resolved and f.sentence - prev.sentence <= LOOKBACK_SENTENCES:
            return prev.resolved
        return None

    def _named_after(self, f: Found) -> Resolved | None:
        """„…“ So fasst Kämmerin Sandmann die Lage zusammen. / Das sagte X. / Mit diesen Worten …:
        the next sentence points back at the quotation and names its speaker."""
        k = f.sentence + 1
        if k >= len(self.sentences) or self.found_in.get(k):
            return None
        lo, hi = self.doc.near(k)
        if "\n\n" in self.text[self.tokens[f.tok_close - 1].end : self.tokens[lo].start]:
            return None  # a new paragraph starts something new
        verb = self._pointing_back(lo, hi)
        if verb is None:
            verb = self.reader.speech_verb(lo, hi)
            # German puts the verb second: "Das sagte X", "So fasst X … zusammen", "Mehr sagte X
            # nicht"; a verb further on belongs to a sentence of its own
            if verb is None or not (
                verb <= lo + 2 or (self.tokens[lo].fold in _BACK_POINTERS and verb <= lo + 4)
            ):
                return None
        opening = [m for m in self.doc.mentions_in(lo, verb) if m.tok_start == lo and m.tok_end == verb]
        if opening and opening[0].kind in ("name", "role", "person", "org"):
            return None  # "Ebeling räumte Fehler ein.": the subject first, a new turn, not "Fehler"
        mentions = [
            m for m in self.doc.mentions_in(lo, hi) if m.kind in SPEAKING_KINDS and m.tok_start > verb
        ]
        if verb + 1 < hi and self.tokens[verb + 1].fold in _IMPERSONAL:
            return None  # "Das merkt man seinem Spiel an": nobody in particular
        m = self.reader.subject_of(mentions, verb, lo, hi)
        if m is None or _thing_shaped(m):
            return None
        f.attribution = Attribution(m, self.tokens[verb].text, "next")
        return self.resolve_mention(m, speaks=True)

    def _pointing_back(self, lo: int, hi: int) -> int | None:
        """The finite verb of a sentence that opens by pointing back at the quotation before it,
        whatever the verb: "Mit diesen Worten bedankte sich X", "Davon ist X überzeugt",
        "Da ist sich X sicher". Its subject is the quotation's speaker."""
        t = self.tokens
        if hi - lo < 4 or not all(t[x].word for x in range(lo, lo + 3)):
            return None
        if (
            t[lo].fold in BACK_POINTING_PREPOSITIONS
            and t[lo + 1].fold in BACK_POINTING_DETERMINERS
            and is_saying_noun(t[lo + 2].text)
        ):
            verb = t[lo + 3]  # "Mit diesen Worten bedankte sich …", not "… im Ohr gingen …"
            return lo + 3 if verb.word and not verb.cap and verb.fold not in FUNCTION_WORDS else None
        for opener, verbs, ends in BACK_POINTING_PREDICATES:
            if t[lo].fold == opener and t[lo + 1].fold in verbs:
                if any(t[x].fold in ends for x in range(lo + 2, hi) if t[x].word):
                    return lo + 1
        return None

    def _turn_goes_on(self, prev: Found, f: Found) -> bool:
        """Nothing but reported speech (Konjunktiv: "Bislang könne …") between two quotations,
        and nobody else named as saying it ("Zum Schluss appellierte der Amtsleiter: …")."""
        if f.sentence - prev.sentence > LOOKBACK_SENTENCES:
            return False
        speaker = prev.resolved.speaker if prev.resolved else None
        for k in range(prev.sentence + 1, f.sentence):
            if not self._reported(k):
                return False
            res = self._speaker_of(k, asks_for_words=True)
            if res is not None and res.speaker != speaker:
                return False
        return True

    def _content_given(self, verb: int, hi: int) -> bool:
        """ "hatte eine Nachbarin sie gefragt, ob …": the verb's words are in its ob/dass clause;
        it introduces no quotation after it."""
        t = self.tokens
        return any(
            t[j].text == "," and t[j + 1].fold in _CONTENT_CLAUSE for j in range(verb + 1, hi - 1)
        ) and not any(t[j].text == ":" for j in range(verb + 1, hi))

    def _reported(self, k: int) -> bool:
        """Is sentence k reported speech (Konjunktiv: "Grund seien …", "Bislang könne …",
        "Die Stadt investiere …")?"""
        lo, hi = self.doc.near(k)
        t = self.tokens
        # the finite verb in second place, after the subject or a first word: "Die Stadt
        # investiere", "Der Verein plane"; Konjunktiv I ends in -e (-te is the past)
        first = self.doc.mentions_in(lo, lo + 1)
        j = first[0].tok_end if first and first[0].tok_start == lo else lo + 1
        if j >= hi:
            return False
        if _konjunktiv_shaped(t[j]):
            return True
        if (
            first
            and first[0].tok_start == lo
            and first[0].kind == "name"
            and self.doc.known(first[0])
            and t[j].word
            and not t[j].cap
            and t[j].fold not in REPORTED_SPEECH_VERBS
        ):
            return False  # "Ebeling verwies auf einen Dienst, der … sein werde": he acts, in his own words
        return any(t[x].word and t[x].fold in REPORTED_SPEECH_VERBS for x in range(lo, hi))

    def _speaker_of(self, k: int, *, asks_for_words: bool = False) -> Resolved | None:
        """Who sentence k says is speaking: the subject of its verb of saying, if any. With
        `asks_for_words`, not when the verb's words are given in an ob/dass clause."""
        lo, hi = self.doc.near(k)
        verb = self.reader.speech_verb(lo, hi)
        if verb is None or (asks_for_words and self._content_given(verb, hi)):
            return None
        mentions = [m for m in self.doc.mentions_in(lo, hi) if m.kind in SPEAKING_KINDS]
        m = self.reader.subject_of(mentions, verb, lo, hi)
        if m is None or (m.weak and not self.doc.known(m)):
            return None
        res = self.resolve_mention(m)
        return res if res is not None and res.speaker else None

    def _turn_owner(self, k: int) -> Resolved | None:
        """The person sentence k is about; when it reports speech ("Grund seien vor allem die
        Energiekosten.", "Die Stadt investiere …"), the one it says is speaking or a pronoun
        for them ("Dieses Potenzial wolle sie nutzen"), else the person whose turn it carries,
        further back: the subject of reported speech is what is said, not who says it."""
        for j in range(k, max(-1, k - LOOKBACK_SENTENCES), -1):
            if not self._reported(j):
                return self._subject(j)
            res = self._speaker_of(j) or self._pronoun_subject(j)
            if res is not None:
                return res
        return None

    def _pronoun_subject(self, k: int) -> Resolved | None:
        """A person pronoun in sentence k ("wolle sie nutzen"), or a quotation's speaker in it."""
        lo, hi = self.doc.near(k)
        for f in self.doc.found_between(k, lo, hi):
            if f.keep and f.resolved and f.resolved.speaker:
                return f.resolved
        for m in self.doc.mentions_in(lo, hi):
            if m.kind == "pronoun" and not m.governed:
                return self._pronoun(m)
        return None

    def _subject(self, k: int) -> Resolved | None:
        """The person a sentence is about: its first free person (or organisation) phrase."""
        lo, hi = self.doc.near(k)
        for f in self.doc.found_between(k, lo, hi):
            if f.keep and f.resolved and f.resolved.speaker:
                return f.resolved
        for m in self.doc.mentions_in(lo, hi):
            if m.governed or m.plural:
                continue
            if m.kind == "possessive" and m.tok_start == lo:
                return self._pronoun(m)  # "Ihr erstes Ziel ist …": the sentence is about her
            if m.kind == "org" and not m.weak:
                return self.register.resolve(m, m.tok_start)
            res = self._salient(m, lo, hi)
            if res is not None:
                return res
        return None

    def carry_back(self) -> None:
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
                prev.resolved = Resolved(
                    f.resolved.speaker,
                    pa.mention.role or f.resolved.role,
                    f.resolved.gender,
                    f.resolved.person,
                )
                if pa.mention.role and f.resolved.person is not None:
                    f.resolved.person.roles.append(pa.mention.role)


def _relational(head: str) -> bool:
    """A noun that names someone by their relation to the one it governs ("der Sohn des …")."""
    return head.casefold().rstrip("sn") in RELATION_NOUNS or head.casefold() in RELATION_NOUNS
