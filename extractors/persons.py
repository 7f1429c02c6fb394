"""Is a string a person's name or an organisation? Word lists and shapes.

Used for bylines, signature lines and photo credits, where a name stands
alone without a sentence around it ("Frank Dieper", "Stadt Herne", "BACW").
"""

from __future__ import annotations

import re

ACADEMIC_TITLES = re.compile(
    r"^(?:(?:Prof|Dr|Dipl|Ing|med|phil|rer|nat|jur|h\.\s?c|habil|Mag|B\.\s?A|M\.\s?A|M\.\s?Sc|B\.\s?Sc)\.?[\s-]*)+",
)
_TITLE_TOKEN = re.compile(r"^(?:Prof|Dr|Dipl|Ing|med|phil|rer|nat|jur|habil|Mag)\.?(?:-\w+\.?)?$")

# Account names CMSes put in author fields by default: not people.
CMS_ACCOUNTS = frozenset(
    {
        "super user",
        "superuser",
        "admin",
        "administrator",
        "administratorin",
        "webmaster",
        "editor",
        "redakteur",
        "redakteurin",
        "author",
        "autor",
        "gast",
        "system",
        "root",
        "user",
        "wp admin",
    }
)

# Capitalised words that start sentences and phrases, never a name: "Das Freibad Kleinberg".
NOT_NAME_WORDS = frozenset(
    """
der die das dem den des ein eine einer einem einen eines im am zum zur vom beim mit für auf aus bei
nach über unter vor hinter neben zwischen unser unsere ihr ihre sein seine diese dieser dieses alle
viele einige jeder jede jedes kein keine wir sie er es ich du hier dort heute gestern morgen
""".split()
)
NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "der",
        "den",
        "zu",
        "vom",
        "zum",
        "di",
        "da",
        "del",
        "la",
        "le",
        "ter",
        "ten",
        "dos",
        "el",
        "al",
        "bin",
        "y",
    }
)

# Words that make a credit or byline an organisation, compared case-folded on whole tokens.
ORG_WORDS = frozenset(
    """
    stadt kreis gemeinde landkreis bezirk bezirksamt stadtverwaltung verwaltung rathaus stadtteil
    feuerwehr polizei rettungsdienst thw drk asb johanniter malteser
    gmbh ag kg ohg eg e.v. ev e. v. mbh ggmbh gbr se co co. kgaa
    verein verband bund nabu adfc bund-gruppe stiftung kirche gemeinde pfarrei bistum diakonie caritas awo
    amt ordnungsamt bauamt jugendamt stadtplanungsamt landesamt bundesamt ministerium landesregierung land
    bibliothek stadtbibliothek museum archiv stadtarchiv theater kulturzentrum zentrum medienzentrum
    schule gymnasium realschule gesamtschule grundschule kita hochschule universität uni klinikum krankenhaus
    betriebe stadtwerke werke entsorgung wirtschaftsförderung sparkasse volksbank
    presse pressestelle pressebüro pressefoto pressefotos presseamt öffentlichkeitsarbeit kommunikation redaktion
    agentur agency dpa epd kna afp reuters ap getty images shutterstock adobe stock istock pixabay unsplash
    fotolia pexels imago picture-alliance alliance ddp laif ullstein
    verlag studio fotostudio fotografie photography design architekten planungsbüro büro team privat
    veranstalter stadtmarketing marketing tourismus gesellschaft holding gruppe group
    fachbereich abteilung dezernat referat fraktion partei spd cdu fdp grüne linke afd
    """.split()
)
ORG_PREFIXES = ("stadt", "kreis", "landes", "bundes", "bezirks", "gemeinde", "kirchen", "sport", "verkehrs")
ORG_SUFFIXES = ("amt", "werke", "werk", "betrieb", "betriebe", "verband", "verein", "gesellschaft", "zentrum", "bund",
                "club", "klub", "kammer", "schaft", "hallen", "theater", "photo", "foto", "fotografie", "bild",
                "media", "medien", "pictures", "images", "press", "presse", "film", "design", "studio",
                "verwaltung", "ministerium", "bibliothek", "museum", "archiv", "schule", "stiftung", "klinikum",
                "agentur", "büro", "feuerwehr", "polizei", "behörde", "initiative", "netzwerk")  # fmt: skip

_CAPITALIZED = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ'’]+)*\.?$")
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?$")
_ACRONYM = re.compile(r"^(?=[0-9&]*[A-ZÄÖÜ])[A-ZÄÖÜ0-9&]{2,}(?:-[A-ZÄÖÜa-zäöü0-9]+)*$")
_SPLIT = re.compile(r"\s+")


def strip_titles(name: str) -> str:
    """'Dr. Frank Dudda' -> 'Frank Dudda'; 'Prof. Dr.-Ing. Anna Beck' -> 'Anna Beck'."""
    tokens = [t for t in _SPLIT.split(name.strip()) if t]
    while tokens and _TITLE_TOKEN.match(tokens[0]):
        tokens.pop(0)
    return " ".join(tokens)


def is_org(text: str) -> bool:
    tokens = [t.strip(",.;:()").casefold() for t in _SPLIT.split(text.strip()) if t.strip(",.;:()")]
    if not tokens:
        return False
    for t in tokens:
        if t in ORG_WORDS or any(t.endswith(s) and len(t) > len(s) + 2 for s in ORG_SUFFIXES):
            return True
        if any(t.startswith(p) and len(t) > len(p) + 3 for p in ORG_PREFIXES):
            return True  # "Stadtsportbund", "Kreisverwaltung", "Landesbetrieb"
    # An acronym among the words: "BA Nordhafen", "TSV Hollenbüttel", "NABU-Stadtverband", "BACW".
    return any(_ACRONYM.match(t.strip(",.;:()")) for t in _SPLIT.split(text.strip()) if t)


def is_person_name(text: str, *, allow_single: bool = False) -> bool:
    """Two to four capitalised words (with particles and initials), or one where allowed."""
    name = strip_titles(text.strip().strip(",.;:"))
    tokens = [t for t in _SPLIT.split(name) if t]
    if not tokens or len(tokens) > 5 or is_org(name) or name.casefold() in CMS_ACCOUNTS:
        return False
    if tokens[0].casefold() in NOT_NAME_WORDS:
        return False
    words = 0
    for t in tokens:
        if t in NAME_PARTICLES:
            continue
        if _CAPITALIZED.match(t) or _INITIAL.match(t):
            words += 1
            continue
        return False
    if words >= 2:
        return _CAPITALIZED.match(tokens[-1]) is not None and not tokens[-1].endswith(".")
    return allow_single and words == 1 and len(tokens) == 1 and len(tokens[0]) > 2


_CONNECTORS = frozenset(
    {"und", "für", "der", "die", "des", "von", "vom", "am", "im", "an", "e.v.", "e.", "v.", "&", "+", "|"}
)


def is_credit_party(text: str) -> bool:
    """Could this stand in a credit line: a person, an organisation or an agency name?"""
    text = text.strip().strip(",.;:")
    if not text or len(text) > 80:
        return False
    if is_person_name(text, allow_single=True) or _ACRONYM.match(text):
        return True
    tokens = [t for t in _SPLIT.split(text) if t]
    if len(tokens) > 7 or not is_org(text):
        return False
    # Lower-case words only where organisation names have them ("Amt für Umwelt", "dpa").
    return all(not t[0].islower() or t.casefold() in _CONNECTORS or t.casefold() in ORG_WORDS for t in tokens)
