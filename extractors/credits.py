"""Photo and media credits: "Foto: Frank Dieper/Stadt Herne" -> person and organisation.

German captions write credits in many ways: "Foto: Name/Stadt X", "@ Name, Stadt X",
"©Name, Stadt X", "© Stadt X", "Fotos: A, B", "Bild: Agentur/Name",
"Quelle: Feuerwehr X", "Kreis X | Name", "(Foto: Name)". A credit line is split into
its parties and each party is classified as a person or an organisation.
"""

from __future__ import annotations

import re

from .document import clean_line
from .model import Credit
from .persons import is_credit_party, is_org, is_person_name, strip_titles

# Compounds of "-bild" that name an idea, not a picture ("Leitbild: …", "Stadtbild: …"), and labels
# that say what a picture shows, not whose it is ("Symbolbild: Impfausweis").
_NOT_A_PICTURE = (
    r"(?!(?:Leit|Vor|Sinn|Ab|Spiegel|Zerr|Feind|Menschen|Welt|Selbst|Berufs|Krankheits|Stadt|Orts|"
    r"Landschafts|Gesamt|Erscheinungs|Ideal|Wunsch|Trug|Schreck|Gegen|Eben|Ur|Nach|Aus)bild\b"
    r"|(?:Symbol|Beispiel|Muster)(?:bild|foto))"
)
# The words that start a credit, and the role each gives.
CREDIT_MARK = re.compile(
    # Not after a lower-case word: "kleines Bild: die Eröffnung 1973" describes, it does not credit.
    r"(?P<mark>(?<![\w@])(?:(?<![a-zäöüß] )|(?<=Text und )|(?<=Texte und ))(?:"
    r"(?P<photo>Fotos?|Photos?|Fotograf(?:ie|in)?|Bildnachweis|Bildquelle|Bildrechte|Aufnahmen?|Bild(?:er)?"
    r"|(?:Luft|Archiv|Presse|Titel|Agentur|Foto)(?:bild|foto|aufnahme)(?:er|s)?"
    # Any one-word label of the picture: "Beitragsbild:", "Headerbild:", "Aufmacherfoto:", "Fotonachweis:".
    rf"|{_NOT_A_PICTURE}[A-ZÄÖÜ][a-zäöüß]{{1,20}}(?:bild(?:er)?|fotos?|nachweis))"
    r"|(?P<graphic>Grafik(?:en)?|Illustration(?:en)?|Abbildung(?:en)?|Karte|Visualisierung(?:en)?|Animation"
    r"|[A-ZÄÖÜ][a-zäöüß]{1,20}grafik(?:en)?)"
    r"|(?P<video>Video|Film)"
    r"|(?P<source>Quelle|Copyright|Urheber(?:in)?|Rechte)"
    r")(?:\s+\d{1,3}(?:\s*[–-]\s*\d{1,3})?)?"  # "Galeriebilder 1–3:", "Foto 2:"
    r"\s*(?:&\s*Text\s*)?:"
    r"|(?P<symbol>©|\(c\)|\(C\)|&copy;|Ⓒ)"
    r"|(?P<at>(?<![\w@])@(?=\s*[A-ZÄÖÜ])))\s*",
)
# A byline inside a credit line: "Text: Melanie Brandt | Fotos: …" — not a credit.
TEXT_MARK = re.compile(r"(?<!\w)(?:Text(?:e)?|Autor(?:in)?|Redaktion|Interview)\s*:\s*", re.IGNORECASE)
_SEGMENT_END = re.compile(
    r"\s*(?:\)|\]|$|\n|(?<=[a-zäöüß]{2})\.\s+(?=[A-ZÄÖÜ])|\s+[-–|]\s+(?=(?:Text|Fotos?|Bild)\s*:))"
)
# Between the parties of a credit: "Name/Organisation", "Name, Organisation", "Kreis X | Name".
_PARTY_SPLIT = re.compile(r"\s*(?:/|,|\s\|\s|\s+[-–]\s+)\s*")
# "und" and "&" join two parties ("Jan Roth und Eva Kuhn") or stand inside one name
# ("Planungsbüro Hessler & Kamp", "Müller & Söhne GmbH").
_AND_SPLIT = re.compile(r"\s+(?:und|&)\s+")
_TRAILING = re.compile(r"[\s.,;:]+$")
_YEAR = re.compile(r"^(?:19|20)\d{2}\b\s*")


def credit_spans(text: str) -> list[tuple[str, str, int, int]]:
    """(role, credit text, start, end) of every credit in `text`; start is where the mark begins."""
    out = []
    marks = list(CREDIT_MARK.finditer(text))
    for i, m in enumerate(marks):
        role = next((k for k in ("photo", "graphic", "video", "source") if m.group(k)), "photo")
        limit = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        t = TEXT_MARK.search(text, m.end(), limit)
        if t:
            limit = t.start()
        end_m = _SEGMENT_END.search(text, m.end(), limit)
        end = end_m.start() if end_m else limit
        if end <= m.end():
            end = limit
        body = _TRAILING.sub("", text[m.end() : end]).strip()
        if body:
            out.append((role, body, m.start(), end))
    return out


def parse_parties(body: str) -> list[tuple[str | None, str | None]]:
    """'Frank Dieper/Stadt Herne' -> [('Frank Dieper', 'Stadt Herne')]; 'A, B' -> [(A, None), (B, None)]."""
    body = _YEAR.sub("", body.strip())  # "© 2021 Stadt Herne"
    parts = [p.strip(" .") for p in _PARTY_SPLIT.split(body) if p.strip(" .")]
    joined = [q for p in parts for q in _split_and(p)]
    parts = (
        joined if all(is_credit_party(p) for p in joined) else [q for p in parts for q in _AND_SPLIT.split(p)]
    )
    if len(parts) > 1 and not any(is_person_name(p, allow_single=True) for p in parts):
        # No person among the parts: one organisation's name ("Stadt Herne/Feuerwehr") stays whole.
        whole = body.strip(" .")
        if is_credit_party(whole):
            return [(None, whole)]
    if not parts or not all(is_credit_party(p) for p in parts):
        # "Pressebüro, Stadt Herne" and unsplittable organisation names stay whole.
        whole = body.strip(" .")
        if is_credit_party(whole) or (is_org(whole) and len(whole) <= 80):
            return [(None, whole)] if is_org(whole) else [(strip_titles(whole), None)]
        return []
    people = [p for p in parts if not is_org(p) and (is_person_name(p, allow_single=True))]
    if len(parts) == 2 and len(people) == 2 and "/" in body and "," not in body:
        # "Foto: Sandra Pietsch/Stadtsportbund Herne" puts the person first; "Ruhrbild/Kai Brenner"
        # puts a one-word agency first. A full name beats a single word.
        single = [p for p in people if len(p.split()) == 1]
        people = [p for p in people if p not in single] if len(single) == 1 else people[:1]
    orgs = [p for p in parts if p not in people]
    org = ", ".join(orgs) if orgs else None
    if not people:
        return [(None, org)]
    return [(strip_titles(p), org) for p in people]


def _split_and(part: str) -> list[str]:
    """'Anna Beck und Jan Roth' -> both; 'Hessler & Kamp' stays one name: split only where every
    piece is a party of its own (a full name, an organisation of two words or more)."""
    pieces = _AND_SPLIT.split(part)
    if len(pieces) > 1 and not _FIRM_TAIL.search(part) and all(_whole_party(p) for p in pieces):
        return pieces
    return [part]


# A firm's name goes on after "&": "Vogt & Söhne GmbH", "Lenz & Partner", "Beck & Co. KG".
_FIRM_TAIL = re.compile(
    r"(?:&|\bund)\s+(?:Söhne|Sohn|Partner(?:innen)?|Co\.?|Cie\.?)\b|\b(?:GmbH|mbH|AG|KG|OHG|GbR|e\.\s?V\.|eG|SE|KGaA)\s*$"
)


def _whole_party(text: str) -> bool:
    if len(text.split()) < 2:
        return False
    return is_person_name(text) or (is_org(text) and is_credit_party(text))


def parse_credit_line(text: str, image_url: str | None = None) -> list[Credit]:
    """Every credit in a caption or credit line."""
    credits = []
    spans = credit_spans(text)
    for role, body, _s, _e in spans:
        for name, org in parse_parties(body):
            credits.append(
                Credit(
                    name=name,
                    organization=org,
                    role=role if role != "source" else "photo",
                    raw=clean_line(text[_s:_e]),
                    image_url=image_url,
                )
            )
    # "Bildrechte: Stadt Kohlbeck, Fotograf: Dirk Pawlak": two marks side by side, one credit
    if len(spans) == 2 and _HOLDER_GAP.fullmatch(text[spans[0][3] : spans[1][2]]):
        return merge_holder(credits)
    return credits


_HOLDER_GAP = re.compile(r"[\s,;/|]{0,4}")


# A credit label on its own line, without a colon: Drupal's "Foto\nLena Vogt/Stadt X".
_LABEL_LINE = re.compile(
    r"^\s*(Fotos?|Bild(?:er)?|Quelle|Copyright|Grafik|Bildnachweis|Fotograf(?:in)?)\s*\n\s*"
)


def parse_bare_credit(text: str, image_url: str | None = None) -> list[Credit]:
    """A credit element whose text has no mark ("Thomas Schmidt/Stadt Herne" in a `.copyright` span)."""
    text = _LABEL_LINE.sub(r"\1: ", text)
    spans = credit_spans(text)
    if spans:
        return parse_credit_line(text, image_url)
    return [
        Credit(name=n, organization=o, role="photo", raw=clean_line(text), image_url=image_url)
        for n, o in parse_parties(text)
    ]


def split_caption(caption: str) -> tuple[str, str | None]:
    """('Dr. Frank Dudda leitet den Zukunftsstab.', '@ Frank Dieper, Stadt Herne')."""
    spans = credit_spans(caption)
    if not spans:
        return caption, None
    start = spans[0][2]
    credit = caption[start:].strip()
    rest = caption[:start].rstrip(" (–-|\n")
    if (
        caption[:start].rstrip().endswith("(")
        and credit.endswith(")")
        and credit.count("(") < credit.count(")")
    ):
        credit = credit[:-1].rstrip()  # "Das Freibad (Bild: Stadt Kleinberg)"
    return rest.strip(), credit


def merge_holder(credits: list[Credit]) -> list[Credit]:
    """One image's "Bildrechte: Stadt Kohlbeck, Fotograf: Dirk Pawlak" is one credit: the
    photographer for the organisation that holds the rights, as "Foto: Dirk Pawlak/Stadt Kohlbeck"."""
    people = [c for c in credits if c.name and not c.organization]
    orgs = [c for c in credits if c.organization and not c.name]
    if len(people) != 1 or len(orgs) != 1 or len(credits) != 2 or people[0].role != orgs[0].role:
        return credits
    person, org = people[0], orgs[0]
    person.organization = org.organization
    person.raw = f"{org.raw}, {person.raw}" if org.raw and person.raw else person.raw or org.raw
    return [person]


def dedupe(credits: list[Credit]) -> list[Credit]:
    seen: dict[tuple[str, str], Credit] = {}
    for c in credits:
        key = ((c.name or "").casefold(), (c.organization or "").casefold() if not c.name else "")
        if key in seen:
            if not seen[key].organization and c.organization:
                seen[key].organization = c.organization
            continue
        seen[key] = c
    return list(seen.values())
