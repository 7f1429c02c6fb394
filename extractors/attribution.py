"""How German attributes a quotation: the clause after it, the clause before it, "so X".

Each reader looks at the words around one quotation (tokens of a `Chunker`) and returns
an `Attribution`: the cue ("erklärte", "so", ":") and the noun phrase that names the
speaker, still unresolved ("der Oberbürgermeister", "sie", "Dr. Dudda").

    „…“, erklärte der Oberbürgermeister.     after: verb first, then the subject
    „…“, so Dr. Dudda weiter.                after: "so" and the speaker
    „…“, hatte X erklärt. „…“, wie X sagte.   after: auxiliary or "wie"
    „…“, heißt es in der Mitteilung der Stadt. after: the source of a text
    Landrat Klement sagte: „…“                before: a clause with a speech verb and a colon
    Jens Hollmann, Leiter des …: „…“          before: a name (and role) and a colon
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import names as N
from .mentions import Chunker, Mention
from .quote_lexicon import (
    AFTER_QUOTE_VERBS,
    AUXILIARIES,
    CLAUSE_STARTERS,
    CONTINUATION_VERBS,
    CONTINUATION_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    NAME_INTRODUCERS,
    NAMING_WORDS,
    PREPOSITIONS,
    SAYING_NOUNS,
    SOURCE_NOUNS,
    SOURCE_POSTPOSITIONS,
    SOURCE_PREPOSITIONS,
    SPEECH_VERBS,
)

# Noun phrases that can speak. Things ("die Bauzeit") cannot.
SPEAKING_KINDS = frozenset({"name", "role", "person", "org", "pronoun", "possessive"})
# Lower-case words that open the subject after a verb of saying: "sagte er", "sagte die …".
_SUBJECT_STARTS = DETERMINERS | {"er", "sie", "man", "sein", "seine", "ihr", "ihre", "so", "wie"}
_TERMINAL = frozenset(".!?…")
# How many adverbs and short phrases may stand between a speech verb and its subject.
_MAX_SKIPPED = 6


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    how: str  # after, so, before (a verb and a colon), comma, colon, source, sentence, next
    continues: bool = False  # "so X weiter", "fügte X hinzu": the same speaker went on


def is_speech_verb(word: str, *, after_quote: bool = False) -> bool:
    return word in (AFTER_QUOTE_VERBS if after_quote else SPEECH_VERBS)


def _finite_like(fold: str) -> bool:
    """A lowercase word that may be a finite verb („…“, lacht sie): no function word."""
    return fold.isalpha() and fold not in FUNCTION_WORDS and fold.endswith(("t", "te", "ten", "en", "st"))


class AttributionReader:
    def __init__(self, chunker: Chunker, barrier: list[bool]) -> None:
        self.c = chunker
        self.tokens = chunker.tokens
        self.barrier = barrier  # tokens inside quotations
        # Does the article name this person elsewhere? Set by the reader's owner.
        self.known: Callable[[Mention], bool] = lambda m: False

    # ---------- after the quotation ----------

    def after(self, lo: int, hi: int) -> Attribution | None:
        """The clause right after a quotation, tokens[lo:hi] (up to the sentence end)."""
        t = self.tokens
        j = lo
        while j < hi and not t[j].word and t[j].text in _TERMINAL:
            j += 1  # „…!“, … – punctuation the quotation left outside its marks
        if j >= hi:
            return None
        if t[j].text in ",–—-":
            j += 1
        elif not (t[j].word and not t[j].cap and is_speech_verb(t[j].fold)):
            return None  # the quotation is part of a longer sentence, not attributed after it
        if j >= hi or not t[j].word:
            return None
        f = t[j].fold
        if f == "so":
            return self._so(j + 1, hi)
        if f == "wie":
            return self._wie(j + 1, hi)
        if t[j].cap and not t[j].initial:
            return None
        if f in AUXILIARIES:
            return self._verb_first(j, hi, cue_at=None)
        if is_speech_verb(f, after_quote=True) or _finite_like(f):
            return self._verb_first(j, hi, cue_at=j)
        return None

    def _so(self, k: int, hi: int) -> Attribution | None:
        t = self.tokens
        if (
            k < hi
            and t[k].word
            and not t[k].cap
            and (is_speech_verb(t[k].fold, after_quote=True) or _finite_like(t[k].fold))
        ):
            a = self._verb_first(k, hi, cue_at=k)  # „…“, so charakterisierte ihn der Funktionär
            if a:
                a.how = "so"
            return a
        m = self._subject_at(k, hi)
        if m is None:
            return None
        nxt = m.tok_end
        continues = nxt < hi and t[nxt].word and t[nxt].fold in CONTINUATION_WORDS
        return Attribution(m, "so", "so", continues)

    def _wie(self, k: int, hi: int) -> Attribution | None:
        m = self._subject_at(k, hi)
        if m is None:
            return None
        for j in range(m.tok_end, min(hi, m.tok_end + _MAX_SKIPPED)):
            if self.tokens[j].word and is_speech_verb(self.tokens[j].fold):
                return Attribution(m, self.tokens[j].text, "after")
        return None

    def _verb_first(self, j: int, hi: int, cue_at: int | None) -> Attribution | None:
        """„…“, VERB [adverbs] SUBJECT …: German puts the subject after the verb here."""
        t = self.tokens
        k = j + 1
        if k < hi and t[k].fold == "es" and t[j].fold in ("heißt", "hieß", "hiess"):
            return self._source_of_text(k + 1, hi, t[j].text + " es")
        skipped = 0
        while k < hi and skipped < _MAX_SKIPPED:
            u = t[k]
            if not u.word or u.cap:
                break
            if u.fold in PREPOSITIONS:
                k = self._skip_phrase(k + 1, hi)  # „…“, sagte am Montag der Landrat
            elif u.fold in _SUBJECT_STARTS:
                break
            else:
                k += 1  # „…“, kritisierte dagegen / sichtlich bewegt / ihm gegenüber …
            skipped += 1
        m = self._subject_at(k, hi)
        if m is None:
            if cue_at is not None and is_speech_verb(t[cue_at].fold) and not t[cue_at].cap:
                # „…“, sagt der 74-Jährige: a verb of saying right after a quotation attributes
                # it even when we cannot read who stands after the verb
                return Attribution(None, self._with_particle(t[cue_at].text, k, hi), "after")
            return None
        cue_word = t[cue_at].text if cue_at is not None else self._participle(m.tok_end, hi)
        if cue_word is None:
            return None
        cue = self._with_particle(cue_word, m.tok_end, hi)
        continues = t[j].fold in CONTINUATION_VERBS or any(
            t[x].word and t[x].fold in CONTINUATION_WORDS for x in range(m.tok_end, min(hi, m.tok_end + 2))
        )
        return Attribution(m, cue, "after", continues)

    def _participle(self, k: int, hi: int) -> str | None:
        """„…“, hatte VW-Chef Winterkorn in einem Interview erklärt: the participle at the end."""
        for j in range(k, min(hi, k + 12)):
            u = self.tokens[j]
            if not u.word and u.text in ",.;:":
                break
            if u.word and is_speech_verb(u.fold):
                return u.text
        return None

    def _with_particle(self, verb: str, k: int, hi: int) -> str:
        """ "teilte … mit" -> "teilte mit": a separable particle closes the clause."""
        particles = AFTER_QUOTE_VERBS.get(verb.lower(), set()) - {""}
        if not particles:
            return verb
        for j in range(k, min(hi, k + 12)):
            u = self.tokens[j]
            if not u.word:
                if u.text in ",.;:!?":
                    break
                continue
            if u.fold in particles:
                end = j + 1
                if end < hi and not (not self.tokens[end].word or self.tokens[end].fold in ("und", "oder")):
                    continue  # "mit" opening a phrase, not closing the clause
                return f"{verb} {u.text}"
        return verb

    def _skip_phrase(self, k: int, hi: int) -> int:
        """Past a short prepositional phrase: "am Montag", "bei der Übergabe"."""
        t = self.tokens
        n = 0
        while k < hi and t[k].word and n < 4:
            if t[k].cap and t[k].fold not in DETERMINERS:
                return k + 1
            k += 1
            n += 1
        return k

    def _subject_at(self, k: int, hi: int) -> Mention | None:
        if k >= hi or not self.tokens[k].word:
            return None
        m = self.c.parse_np(k, hi)
        if m is None or m.kind not in SPEAKING_KINDS | {"media", "thing"}:
            return None
        if m.kind == "thing":
            # "die Vorwürfe der Anwältin" speak for the Anwältin; "teilt die Wirtschaftsförderung
            # mit": whatever stands in the subject's place after a verb of saying is the speaker
            inner = self._complement_speaker(m, hi)
            return inner or (m if m.definite and is_speech_verb(self.tokens[k - 1].fold) else None)
        return m

    def _complement_speaker(self, m: Mention, hi: int) -> Mention | None:
        """ "die Vorwürfe der Anwältin", "in einer Mitteilung der Stadt": the genitive speaks."""
        t = self.tokens
        k = m.tok_start
        while k < m.tok_end and not (
            t[k].word and t[k].fold in ("des", "der", "von", "vom") and k > m.tok_start
        ):
            k += 1
        if k >= m.tok_end:
            return None
        if t[k].fold in ("von", "vom"):
            k += t[k].fold == "von"  # "von Stadtbaurat X": the phrase after; "vom Verband": keep "vom"
        inner = self.c.parse_np(k, min(hi, m.tok_end + 1))
        return inner if inner is not None and inner.kind in SPEAKING_KINDS else None

    def _source_of_text(self, k: int, hi: int, cue: str) -> Attribution | None:
        """„…“, heißt es in einer Mitteilung der Stadt / aus dem Rathaus."""
        for m in self.c.mentions(k, hi):
            if m.kind in ("org", "name", "role", "person"):
                return Attribution(m, cue, "source")
            if m.kind == "thing":
                # "in einer Mitteilung der Stadt": the city; "in dem Schreiben": the letter itself
                return Attribution(self._complement_speaker(m, hi) or m, cue, "source")
        return Attribution(None, cue, "source")

    # ---------- before the quotation ----------

    def before(self, lo: int, hi: int) -> Attribution | None:
        """A clause tokens[lo:hi] that ends in a colon (or a comma) right before the quotation.
        Quotations inside it (barrier tokens) are skipped: „A“, sagte X, „B“ attributes B too."""
        t = self.tokens
        if hi <= lo or t[hi - 1].word or t[hi - 1].text not in ":,":
            return None
        colon = t[hi - 1].text == ":"
        end = hi - 1
        words = [j for j in range(lo, end) if t[j].word and not self.barrier[j]]
        if not words or names_a_thing(t[words[-1]].fold):
            return None  # ": „…“" alone, or "Das Motto lautet: „…“"
        mentions = [m for m in self.c.mentions(lo, end, self.barrier) if m.kind in SPEAKING_KINDS | {"media"}]
        verb = self._speech_verb_in(words)
        if verb is not None:
            if t[verb].fold in ("heißt", "hieß") and verb + 1 < end and t[verb + 1].fold == "es":
                return self._source_of_text(verb + 2, end, t[verb].text + " es")
            m = self.subject_of(mentions, verb, lo, end)
            if m is not None or not colon:
                cue = self._with_particle(t[verb].text, verb + 1, end + 1)
                return Attribution(m, cue, "before" if colon else "comma")
        if not colon or any(names_a_thing(t[x].fold) for x in words):
            return None  # "Ihr Motto: „…“"
        # "Für Wolters ist die Ausstellung ein Aufruf:": the one whose view it is speaks
        free = [m for m in mentions if m.kind != "media" and (not m.governed or self._perspective(m))]
        free.sort(
            key=lambda m: (not m.is_person and m.kind not in ("org", "pronoun"), m.weak and not self.known(m))
        )
        # "Darin steht unter anderem: „…“" names nobody: the speaker comes from the turn
        return Attribution(free[0] if free else None, ":", "colon")

    def _perspective(self, m: Mention) -> bool:
        return m.tok_start > 0 and self.tokens[m.tok_start - 1].fold in ("für", "laut")

    def _speech_verb_in(self, words: list[int]) -> int | None:
        """The last speech verb of a clause: the one nearest the quotation governs it."""
        t = self.tokens
        for after_quote in (False, True):
            for j in reversed(words):
                u = t[j]
                if not (u.cap and not u.initial) and is_speech_verb(u.fold, after_quote=after_quote):
                    return j
        return None

    def subject_of(self, mentions: list[Mention], verb: int, lo: int, hi: int) -> Mention | None:
        """The speaker of a speech verb. German puts the subject right before the verb or, when
        something else comes first ("Dazu sagte …", "…, entgegnete Suttner"), right after it;
        so the phrases of the verb's own clause (between commas) come first, nearest first.
        Persons beat organisations, and both beat the news media that quote them."""
        t = self.tokens
        seg_lo = verb
        while seg_lo > lo and t[seg_lo - 1].text != ",":
            seg_lo -= 1
        seg_hi = verb + 1
        while seg_hi < hi and t[seg_hi].text != ",":
            seg_hi += 1
        ranked: list[tuple[tuple[bool, bool, bool], int, int, Mention]] = []
        for m in mentions:
            if m.governed or m.kind == "possessive":
                continue
            if m.tok_end <= verb:
                group, distance = (0 if m.tok_start >= seg_lo else 2), verb - m.tok_end
            elif m.tok_start > verb:
                group, distance = (1 if m.tok_start < seg_hi else 3), m.tok_start - verb
            else:
                continue
            if group > 1 and self._subordinate(m.tok_start, lo):
                group += 2  # "Ein Vater, der seine Tochter brachte, war …": not the relative clause
            quality = (m.kind == "media", m.weak and not self.known(m), m.kind == "org")
            ranked.append((quality, group, distance, m))
        return min(ranked, key=lambda r: r[:3])[3] if ranked else None

    def _subordinate(self, k: int, lo: int) -> bool:
        """Does token k stand in a clause opened by a comma and a relative pronoun or conjunction?"""
        t = self.tokens
        j = k - 1
        while j > lo and t[j].text != ",":
            j -= 1
        return t[j].text == "," and j + 1 <= k and t[j + 1].fold in CLAUSE_STARTERS - {"und", "oder", "sowie"}

    # ---------- inside a narrator's sentence ----------

    def source(self, lo: int, hi: int) -> Mention | None:
        """ "laut X", "X zufolge", "nach Angaben der Polizei" in tokens[lo:hi]."""
        t = self.tokens
        for j in range(lo, hi):
            u = t[j]
            if not u.word:
                continue
            k = j + 1
            if u.fold == "nach" and k < hi and t[k].fold in DETERMINERS:
                k += 1  # "nach den Worten des Ministers"
            if u.fold in SOURCE_PREPOSITIONS or (u.fold == "nach" and self._source_noun_at(k, hi)):
                k = k if u.fold != "nach" else k + 1
                if k < hi and t[k].fold in ("von", "vom"):
                    k += 1
                m = self.c.parse_np(k, hi) if k < hi else None
                if m is not None and m.kind == "thing":
                    m = self._complement_speaker(m, hi) or m
                elif m is not None and _document_like(m):
                    m = self._owner(m, hi)  # "laut den Vorgaben des Landes": the Land
                if m is not None and m.kind in SPEAKING_KINDS | {"media"}:
                    return m
            if u.fold in SOURCE_POSTPOSITIONS and j > lo:
                for m in reversed(self.c.mentions(lo, j)):
                    if m.tok_end != j:
                        continue
                    if m.kind == "thing":
                        # "Den Angaben von Schulamtsdirektor X zufolge", "Den Plänen der Stadt
                        # zufolge": whose account or document it is; a document alone names nobody
                        head = m.head or ""
                        own = head.lower() in SOURCE_NOUNS or N.is_document(head)
                        m = self._complement_speaker(m, hi) if own else None
                    elif _document_like(m) and not self._genitive_after_noun(m):
                        m = None  # "Den Vorgaben zufolge"; but "den Vorgaben des Landes": the Land
                    if m is not None and m.kind in SPEAKING_KINDS:
                        return m
        return None

    def _owner(self, m: Mention, hi: int) -> Mention | None:
        """The genitive right after a mention ("… des Landes", "… von Kämmerin X"), if it can speak."""
        t = self.tokens
        k = m.tok_end
        if k >= hi or not t[k].word or t[k].fold not in ("des", "der", "von", "vom"):
            return None
        k += t[k].fold == "von"
        inner = self.c.parse_np(k, hi) if k < hi else None
        return inner if inner is not None and inner.kind in SPEAKING_KINDS else None

    def _genitive_after_noun(self, m: Mention) -> bool:
        """Is m a genitive that follows the noun it belongs to ("Vorgaben des Landes")?"""
        t, k = self.tokens, m.tok_start
        return k > 0 and t[k].fold in ("des", "der") and t[k - 1].word and t[k - 1].cap

    def _source_noun_at(self, k: int, hi: int) -> bool:
        """ "nach Angaben …", "nach Berechnungen der Stadt": a noun whose owner is the source."""
        t = self.tokens
        if k >= hi or not t[k].word:
            return False
        if t[k].fold in SOURCE_NOUNS:
            return True
        return N.is_document(t[k].fold) and k + 1 < hi and t[k + 1].fold in ("des", "der", "von", "vom")

    def speech_verb(self, lo: int, hi: int) -> int | None:
        """The first verb of saying in tokens[lo:hi] outside quotations."""
        for j in range(lo, hi):
            u = self.tokens[j]
            if not self.barrier[j] and u.word and not (u.cap and not u.initial) and is_speech_verb(u.fold):
                if "" not in SPEECH_VERBS[u.fold] and self._with_particle(u.text, j + 1, hi) == u.text:
                    continue  # "Bisher fuhren die Busse …" without "fort" is no "fortfahren"
                return j
        return None


def _document_like(m: Mention) -> bool:
    """ "Den Vorgaben zufolge": a noun we do not know after an article, not shaped like a noun
    for people ("den Ermittlern"), is a document or a rule cited, not a speaker."""
    return m.kind == "person" and m.weak and m.name is None and not N.agent_shaped(m.head or m.label)


def names_a_thing(fold: str) -> bool:
    """ "Motto", "Titel", "lautet": a word that announces a name, not speech."""
    if fold in NAMING_WORDS:
        return True
    return (
        fold.endswith(NAME_INTRODUCERS)
        and fold not in SAYING_NOUNS
        and not (N.is_org_noun(fold) or N.is_role(fold) or N.is_person_noun(fold))
    )
