"""The people and organisations of one article, and who a mention refers to.

A `Register` is filled from every mention outside quotations, in the body and in the
article's other text (title, teaser, captions). It resolves a surname ("so Dudda"),
a role ("der Oberbürgermeister", "die Dezernentin") or an organisation's head noun
("die Feuerwehr") to the full name the article gives ("Frank Dudda", "Feuerwehr Marl").
Speakers come out without academic titles and without articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import names as N
from .mentions import Mention

# Context (title, teaser, captions) stands before the body: positions below zero.
CONTEXT_POSITION = -1


@dataclass(slots=True)
class Person:
    name: str  # "Frank Dudda"
    gender: str | None
    roles: list[str] = field(default_factory=list)  # as written: "Schuldezernentin", "Leiter des …"
    positions: list[int] = field(default_factory=list)
    adjectives: set[str] = field(default_factory=set)  # stems seen before a role: "venezolanisch"

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()

    @property
    def first_name(self) -> str | None:
        parts = self.name.split()
        return parts[0].lower() if len(parts) > 1 else None


@dataclass(slots=True)
class Org:
    label: str  # "Feuerwehr Marl"
    head: str  # "feuerwehr"
    positions: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Resolved:
    speaker: str | None
    role: str | None = None
    gender: str | None = None
    person: Person | None = None


class Register:
    def __init__(self) -> None:
        self.people: list[Person] = []
        self.orgs: list[Org] = []
        self._by_surname: dict[str, list[Person]] = {}
        # Two or three capitalised words nothing marks as a name ("Jacek Kowalski ist …"), by
        # their last word: what a surname alone ("so Kowalski") may stand for. (position, name)
        self._unmarked: dict[str, list[tuple[int, str]]] = {}

    # ---------- filling ----------

    def add(self, m: Mention, pos: int) -> None:
        if m.kind == "name" and m.name and (not m.weak or m.role):
            p = self.add_person(m.name, m.gender, m.role, pos)
            if m.role:
                p.adjectives |= N.distinguishing(m.modifiers)
        elif m.kind == "name" and m.name and not m.governed and 2 <= len(parts := m.name.split()) <= 3:
            if all(N.NAME_WORD.match(w) or N.PREFIXED_SURNAME.match(w) for w in parts):
                self._unmarked.setdefault(parts[-1].lower(), []).append((pos, m.name))
        elif m.kind == "org" and m.head:
            self._add_org(m, pos)

    def add_person(self, name: str, gender: str | None, role: str | None, pos: int) -> Person:
        p = self.find_person(name)
        if p is None:
            p = Person(name, gender)
            self.people.append(p)
            self._by_surname.setdefault(p.surname, []).append(p)
        elif len(name.split()) > len(p.name.split()) and _is_extension(p.name, name):
            p.name = name  # "Klement" first, "Bodo Klement" later: keep the full name
        if gender and not p.gender:
            p.gender = gender
        if role and role not in p.roles:
            p.roles.append(role)
        p.positions.append(pos)
        return p

    def _add_org(self, m: Mention, pos: int) -> None:
        head = m.head.lower() if m.head else ""
        for o in self.orgs:
            if o.head == head and (o.label == m.label or m.label.startswith(o.label)):
                o.label = m.label if len(m.label) > len(o.label) else o.label
                o.positions.append(pos)
                return
        self.orgs.append(Org(m.label, head, [pos]))

    # ---------- looking up ----------

    def find_person(self, name: str) -> Person | None:
        parts = name.split()
        if not parts:
            return None
        same = self._by_surname.get(parts[-1].lower(), [])
        first = parts[0].lower() if len(parts) > 1 else None
        for p in same:
            if first is None or p.first_name is None or p.first_name == first:
                return p
        return None

    def resolve(self, m: Mention, pos: int) -> Resolved:
        """The speaker a mention names, as the article names them best."""
        if m.kind == "name" and m.name:
            p = self.find_person(m.name)
            if " " not in m.name and (p is None or " " not in p.name):
                full = self._unmarked_name(m.name, pos)  # "so Kowalski" after "Jacek Kowalski ist …"
                if full is not None:
                    role = m.role or (_first(p.roles) if p else None)
                    return Resolved(full, role, (p.gender if p else None) or m.gender, p)
            if " " not in m.name and (p is None or " " not in p.name):
                q = self._by_first_name(m.name, pos) or self._by_inner_surname(m.name, pos)
                if q is not None:
                    return Resolved(q.name, m.role or _first(q.roles), q.gender or m.gender, q)
            if p is not None:
                return Resolved(p.name, m.role or _first(p.roles), p.gender or m.gender, p)
            return Resolved(m.name, m.role, m.gender)
        if m.kind == "role" or (m.kind == "person" and m.definite):
            if not m.indefinite:
                p = self._by_role(m, pos)
                if p is not None:
                    return Resolved(p.name, m.label, p.gender or m.gender, p)
            return Resolved(m.label, m.label if m.kind == "role" else None, m.gender)
        if m.kind == "org":
            # "die Feuerwehr" is the Feuerwehr Marl named before; "die Feuerwehr Lindenau" is itself
            o = self._by_head(m, pos) if m.label == m.head else None
            return Resolved(o.label if o else m.label)
        if m.kind in ("person", "media", "thing"):
            return Resolved(m.label, None, m.gender)
        return Resolved(None)

    def _by_first_name(self, word: str, pos: int) -> Person | None:
        """The one person named in full before `pos` whose first name this is; None when
        nobody or more than one is."""
        first = word.lower()
        found = [p for p in self.people if p.first_name == first and p.positions and min(p.positions) < pos]
        return found[0] if len(found) == 1 else None

    def _by_inner_surname(self, word: str, pos: int) -> Person | None:
        """ "sagte Quispe" after "Javier Quispe Salazar": the one person named before with this
        word as a middle part of the name (the first surname of a double one)."""
        w = word.lower()
        found = [
            p
            for p in self.people
            if w in (x.lower() for x in p.name.split()[1:-1]) and p.positions and min(p.positions) < pos
        ]
        return found[0] if len(found) == 1 else None

    def _unmarked_name(self, surname: str, pos: int) -> str | None:
        """The last two- or three-word name before `pos` that ends in this surname."""
        before = [name for at, name in self._unmarked.get(surname.lower(), []) if at < pos]
        return before[-1] if before else None

    def _by_role(self, m: Mention, pos: int) -> Person | None:
        best: tuple[int, int, Person] | None = None
        wanted = N.distinguishing(m.modifiers)
        for p in self.people:
            if m.gender and p.gender and m.gender != p.gender:
                continue
            if not wanted <= p.adjectives:
                continue  # "der brasilianische Präsident" is not "der venezolanische Präsident X"
            score = max((_role_match(m.head or m.label, r) for r in p.roles), default=0)
            if not score:
                continue
            before = [x for x in p.positions if x <= pos]
            # nearest before the mention; failing that, the first after it
            distance = pos - max(before) if before else 10**9 + min(p.positions)
            key = (score, -distance)
            if best is None or key > best[:2]:
                best = (score, -distance, p)
        return best[2] if best else None

    def _by_head(self, m: Mention, pos: int) -> Org | None:
        """ "die Feuerwehr" -> "Feuerwehr Marl"; "der Verband" -> "BUND-Kreisverband";
        "das Unternehmen" -> the company named last."""
        head = _uninflected(m.head or "")
        best: tuple[int, int, Org] | None = None
        for o in self.orgs:
            if o.label == m.label:
                continue
            score = _org_match(head, o)
            if not score:
                continue
            before = [x for x in o.positions if x <= pos]
            if not before and score < 2:
                continue  # "der Fahrgastverband" is not "der Verband" that only follows it
            recency = max(before) if before else -(10**9)
            if best is None or (score, recency) > best[:2]:
                best = (score, recency, o)
        return best[2] if best else None


def _uninflected(head: str) -> str:
    """ "Unternehmens" -> "unternehmen", "Verbandes" -> "verband" (genitive endings)."""
    h = head.lower()
    for ending in ("es", "s"):
        if h.endswith(ending) and (
            h[: -len(ending)] in N.GENERIC_ORG_NOUNS or N.ORG_NOUN.match(h[: -len(ending)])
        ):
            return h[: -len(ending)]
    return h


def _org_match(head: str, o: Org) -> int:
    """3: the same head and the organisation's own name ("Feuerwehr" ~ "Feuerwehr Marl");
    2: the same head; 1: a compound of the same kind ("Verband" ~ "Kreisverband") or a
    generic word for any organisation ("das Unternehmen") or for its branch ("der Kreisverband"
    of the ADFC, not the Einzelhandelsverband named further back)."""
    if o.head == head:
        return 3 if o.label.lower().startswith(head) else 2
    if o.head.endswith(head) or head.endswith(o.head) or N.org_head(head) == N.org_head(o.head):
        # a compound of the same kind; a branch noun ("der Regionalverband") fits any organisation
        # as well, so that the one named last wins, not an older "-verband" by its suffix
        return 1
    return 1 if head in N.GENERIC_ORG_NOUNS or head in N.BRANCH_ORG_NOUNS else 0


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


def _is_extension(short: str, long: str) -> bool:
    return long.rsplit(maxsplit=1)[-1] == short.rsplit(maxsplit=1)[-1]


def _role_match(mentioned: str, known: str) -> int:
    """How well a role noun in the text ("Dezernentin", "Fachbereichsleiter") fits a role
    seen next to a name ("Schuldezernentin", "Leiter des Fachbereichs Stadtgrün"): 0 not at all,
    3 the same role, 2 the same head ("Dezernentin" ~ "Bildungsdezernentin"), 1 a compound
    that spells out the genitive ("Fachbereichsleiter" ~ "Leiter des Fachbereichs")."""
    words = known.split()
    known_word = _head_word(words)
    if known_word is None:
        return 0
    a, b = N.role_key(mentioned.split(maxsplit=1)[0]), N.role_key(known_word)
    if a == b:
        return 3
    if b.endswith(a) and N.is_role(a):
        return 2
    if N.same_office(a, b):
        return 2  # "Rathauschef" ~ "Oberbürgermeister", "Baudezernent" ~ "Stadtbaurat"
    if a.endswith(b) and N.role_head(b) == b:
        prefix = a[: len(a) - len(b)].rstrip("s")
        rest = " ".join(words[words.index(known_word) + 1 :]).lower().translate(_UMLAUT)
        return 1 if prefix and prefix in rest else 0
    return 0


def _head_word(words: list[str]) -> str | None:
    """The noun a role phrase is about: its role word ("Ärztliche Leiterin des …" -> "Leiterin"),
    else the last capitalised word before the first lower-case one ("Ehrenamtlerin")."""
    for w in words:
        if N.is_role(w):
            return w
    head = None
    for w in words:
        if not w[:1].isupper():
            break
        head = w
    return head


_UMLAUT = str.maketrans("äöü", "aou")
