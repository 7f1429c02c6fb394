"""German names, roles and organisations in running text: word lists and word shapes.

Data for finding who speaks: academic titles, common first names with their gender,
the heads of role nouns ("-dezernentin", "Landrat"), of nouns for unnamed people
("Anwohnerin", "Neuntklässler") and of organisations ("Feuerwehr", "-verband").
Nouns are recognised by how they end, so compounds count: "Schuldezernentin" is a
role because it ends in "dezernentin". All lists are compared in lower case.
"""

from __future__ import annotations

import functools
import re

from .quote_lexicon import DOCUMENT_NOUNS, SAYING_NOUNS

# ---------- titles ----------

# Academic and honorary titles, dropped from a speaker's name ("Dr. Frank Dudda").
TITLE_TOKEN = re.compile(
    r"^(?:Prof|Dr|Dres|Dipl|Ing|med|phil|rer|nat|jur|pol|oec|habil|Mag|h\.\s?c|mult|theol|dent|vet)\.(?:-\w+\.?)*$"
)
# Forms of address: they give a gender and are not part of the name ("Frau Beck").
ADDRESS = {"frau": "f", "herr": "m", "herrn": "m"}

# Particles inside a name: "Ursula von der Leyen", "Karl-Theodor zu Guttenberg".
# Arabic, Hebrew and other patronymic particles written apart: "Khaled bin Rashid", "Abd al Aziz".
_PATRONYMIC_PARTICLES = "al el bin ibn ben bint abu".split()
NAME_PARTICLES = frozenset(
    "von van de der den zu vom zum zur di da del la le ter ten dos du".split() + _PATRONYMIC_PARTICLES
)
# Particles that can open the particle group of a name ("von der", "van de", "zu"); the articles
# among the particles ("der", "la") only follow one ("Ende der Saison" is no name).
NAME_PARTICLE_LEADS = frozenset(
    "von van de zu vom zum zur di da del ter ten dos du".split() + _PATRONYMIC_PARTICLES
)
# Lower-case prefixes glued to a surname by a hyphen or an apostrophe: "al-Hashimi", "el-Masri",
# "ad-Din", "ben-Ami", "d'Alembert", "dell'Orto". Such a word is a capitalised name word.
_SURNAME_PREFIXES = (
    "al el ad ar as ash at az an ud ul ur ibn bin ben bint abu abd ould da de di du d dell dall".split()
)

# ---------- first names ----------

# Common first names in Germany, for telling a name from a noun and for the gender
# that a pronoun ("sagte sie") has to agree with. Not complete, need not be: a name
# after a role or title is found without this list.
_FEMALE = """
anna anne annette anja andrea angelika angela anke antje astrid barbara beate bettina birgit brigitte
britta carina carmen carola caroline charlotte christa christiane christina christine claudia cornelia
dagmar daniela denise doris dorothea edith elena elisabeth elke ella ellen emilia emily emma erika eva
franziska frauke gabriele gabi gerda gertrud gisela greta hanna hannah heike helga helene henrike
ilse ina inga ingrid irene iris isabel jana janina jasmin jennifer jessica johanna josefine judith julia
juliane jutta karin karla katharina kathrin katja katrin kerstin kirsten klara lara laura lea lena
lina lisa luisa lydia madeleine maike maja manuela mareike margarete maria marie marina marion marlene
martina melanie meike mia michaela mila miriam monika nadine nadja natalie nicole nina nora olga patricia
paula petra pia ramona rebecca regina renate rita ronja rosa ruth sabine sabrina sandra sara sarah
silke silvia simone sofia sonja sophia sophie stefanie stephanie susanne svenja sylvia tanja tatjana
theresa tina ulrike ursula ute vanessa vera verena veronika viktoria waltraud wiebke yvonne zoe
annegret hildegard irmgard marianne rosemarie gudrun heidi ilona kornelia marlies roswitha annika
ayse ayşe fatma elif zeynep emine leyla aylin merve selin dilek derya esra gül hatice melek sibel
songül yasemin canan serap özlem nesrin ebru hülya aysel sevgi tülay
ewa agnieszka katarzyna natalia svetlana olga irina tatiana ludmila anastasia marta magdalena joanna
christine kristina gülsen amelie alina antonia clara emilie
fiona frieda hedwig helena ida isabella jule klara leonie lotte luise marlene mathilda merle nele
paulina rieke romy smilla stella svea thea tilda wilma aleksandra daria irena jelena marija milena
sofia valentina francesca giulia chiara laura maria fatima aisha mariam amira layla nadia samira
yvonne doris heike ines insa jördis kerrin liane meta swantje tanja uta wiebke hanne hannelore
"""
_MALE = """
achim adrian alexander alfred andreas anton armin arne arnold axel benjamin bernd bernhard björn bodo
boris burkhard carsten christian christoph christopher claus daniel david dennis detlef dieter dietmar
dirk dominik eckhard egon elias emil erich erik ernst erwin eugen fabian felix florian frank franz
friedrich fritz georg gerd gerhard gregor günter günther hans harald hartmut heiko heinrich heinz helmut
hendrik henning henrik herbert hermann holger horst hubert ingo jakob jan jens joachim jochen johannes
jonas jörg josef julian jürgen kai karl karsten kevin klaus konrad lars leon leonard lothar lukas
lutz manfred marc marcel marco mario markus martin mathias matthias max maximilian michael moritz
niklas nils norbert olaf oliver oskar otto pascal patrick paul peter philipp rainer ralf ralph reinhard
reinhold rene richard robert roland rolf rudi rudolf rüdiger sascha sebastian siegfried simon stefan steffen
stephan sven thomas thorsten tim tobias tom torsten udo ulrich uwe volker walter werner wilhelm willi
willy winfried wolfgang jens-peter karl-heinz hans-peter hans-jürgen klaus-dieter heinz-josef
ahmet mehmet mustafa ali murat hasan hüseyin ibrahim emre can deniz piotr tomasz
george john james barack donald joe nicolas emmanuel vladimir wladimir sergei recep
kemal cem ömer yusuf osman burak serkan tarik tarık erkan volkan orhan cengiz selim hakan kaan
mohammed muhammad mohamed ahmad ahmed omar khaled karim samir tariq hamid youssef
andrzej krzysztof marek pawel paweł wojciech jerzy janusz dmitri dimitri igor ivan iwan oleg
alexei aleksandr andrej andrei boris juri jurij nikolai pavel viktor
marco luca matteo giovanni giuseppe antonio francesco alessandro lorenzo paolo pierre jean
jacques francois françois michel philippe louis carlos juan jose josé luis miguel pedro pablo
clemens jörn malte timo lutz henning arne jannik janis till torben hauke sönke ole bent
benedikt bastian dominic fynn finn jonathan konstantin korbinian leopold ludwig luis mats
mattis nico noah paul raphael rafael samuel theo valentin vincent hannes johann joscha kilian
gerrit hartwig helge hinrich jürn kay knut malte merten onno remmer sievert tjark uwe wilfried
achim bernd dietrich eberhard ewald gottfried günther hagen hanno heribert hinnerk ingolf kuno
norbert ortwin ralph reimund roman ronald sigmar sigurd ulf waldemar wendelin
"""

FIRST_NAMES: dict[str, str] = {n: "m" for n in _MALE.split()} | {n: "f" for n in _FEMALE.split()}


@functools.lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str | None:
    """The gender of a first name, or None if the word is none we know. Double names count:
    "Hans-Werner", "Anna-Lena" (the gender is the first part's)."""
    w = word.lower()
    if w in FIRST_NAMES:
        return FIRST_NAMES[w]
    parts = w.split("-")
    if len(parts) > 1 and all(x in FIRST_NAMES for x in parts):
        return FIRST_NAMES[parts[0]]
    return None


def is_first_name(word: str) -> bool:
    return first_name_gender(word) is not None


# ---------- roles ----------

# Heads of nouns for an office or job, masculine or neutral form. A word is a role
# when it ends in one of these, with "-in"/"-innen" for the feminine and case endings.
_ROLE_HEADS = """
bürgermeister meister dezernent beigeordnete leiter sprecher chef direktor präsident vorsitzende
beauftragte minister referent manager koordinator kämmerer geschäftsführer vorstand trainer pfarrer
pastor arzt kommandant inspektor berater planer experte vertreter senator abgeordnete richter anwalt
professor lehrer rektor erzieher kurator intendant dirigent organisator veranstalter initiator gründer
inhaber betreiber sekretär kanzler premier gouverneur botschafter bischof superintendent kommissar
moderator redakteur analyst ökonom wissenschaftler forscher historiker bibliothekar therapeut
sozialarbeiter ingenieur architekt förster gärtner hausmeister vorsteher pädagoge psychologe polizist
sanitäter sachbearbeiter mitarbeiter kandidat funktionär dekan kantor obmann feuerwehrmann kaufmann
landrat stadtrat baurat stadtbaurat schulrat kreisrat regierungsrat amtsrat ratsherr ratsmitglied
vizepräsident staatssekretär stellvertreter chefarzt oberarzt notarzt schulleiter klinikdirektor
generalsekretär regisseur autor künstler musiker sänger schauspieler journalist reporter fotograf
kapitän pilot bauer landwirt wirt winzer geistliche unternehmer handwerker mediziner jurist ombudsmann
stadtoberhaupt bevollmächtigte
"""
# Abbreviated offices, in the case they are written: "OB Dudda", "OBin Reker".
ROLE_ABBREVIATIONS = {
    "OB": "Oberbürgermeister",
    "OBin": "Oberbürgermeisterin",
    "OB'in": "Oberbürgermeisterin",
}

# Other words the press uses for the same office, so that "sagte der Rathauschef" finds
# "Oberbürgermeister Frank Dudda" and "der Baudezernent" finds "Stadtbaurat Karlheinz Friedrichs".
# Gender-free keys (role_key) -> the offices the word can stand for, whole words; read both ways.
# Generic words ("Rathauschef") point at offices; two different offices never match.
_OFFICE_ALIASES = {
    "ob": "oberburgermeister",
    "rathauschef": "oberburgermeister burgermeister",
    "stadtchef": "oberburgermeister burgermeister",
    "stadtoberhaupt": "oberburgermeister burgermeister",
    "verwaltungschef": "oberburgermeister burgermeister landrat",
    "kreischef": "landrat",
    "baudezernent": "stadtbaurat baurat",
    "planungsdezernent": "stadtbaurat baurat",
    "finanzdezernent": "kammerer stadtkammerer",
    "stadtkammerer": "kammerer",
    "stadtsprecher": "sprecher pressesprecher",
    "rathaussprecher": "sprecher pressesprecher stadtsprecher",
    "pressesprecher": "sprecher",
    "polizeichef": "polizeiprasident",
    "feuerwehrchef": "feuerwehrleiter wehrleiter branddirektor",
    "wehrchef": "feuerwehrleiter wehrleiter",
    "stadtdirektor": "beigeordnete",
    "schulleiter": "rektor schulrektor direktor schuldirektor",
    "schulchef": "schulleiter rektor schulrektor direktor schuldirektor",
}  # fmt: skip
# The same for every compound of a head: a "Sozialdezernentin" is a "Beigeordnete".
_COMPOUND_ALIASES = {"dezernent": "beigeordnete"}


def same_office(a: str, b: str) -> bool:
    """Do two role keys (role_key) name the same office? "rathauschef" ~ "oberburgermeister",
    "sozialdezernent" ~ "beigeordnete"."""
    return _aliases(a, b) or _aliases(b, a)


def _aliases(a: str, b: str) -> bool:
    targets = _OFFICE_ALIASES.get(a, "").split()
    targets += [t for head, ts in _COMPOUND_ALIASES.items() if a.endswith(head) for t in ts.split()]
    return b in targets


# Adjectival nouns: the same form for women and men ("die/der Vorsitzende").
_ADJECTIVAL = frozenset(
    "geistliche beigeordnete vorsitzende beauftragte abgeordnete angestellte jugendliche ehrenamtliche "
    "auszubildende beschäftigte freiwillige reisender gläubige jährige angeklagte beklagte geschädigte "
    "bevollmächtigte angehörige verletzte liberale christsoziale konservative grüne".split()
)
# Irregular feminine forms (umlaut, -mann → -frau).
_ROLE_FEMININE = {
    "arzt": "ärztin", "anwalt": "anwältin", "landrat": "landrätin", "stadtrat": "stadträtin",
    "baurat": "baurätin", "stadtbaurat": "stadtbaurätin", "schulrat": "schulrätin", "kreisrat": "kreisrätin",
    "regierungsrat": "regierungsrätin", "amtsrat": "amtsrätin", "ratsherr": "ratsfrau", "obmann": "obfrau",
    "feuerwehrmann": "feuerwehrfrau", "kaufmann": "kauffrau", "chefarzt": "chefärztin", "oberarzt": "oberärztin",
    "notarzt": "notärztin", "experte": "expertin", "pädagoge": "pädagogin", "psychologe": "psychologin",
    "bauer": "bäuerin", "ombudsmann": "ombudsfrau", "kämmerer": "kämmerin",
}  # fmt: skip

# Heads of nouns for people who are not named ("eine Anwohnerin", "ein Neuntklässler").
_PERSON_HEADS = """
anwohner bewohner einwohner nachbar besucher bürger teilnehmer zuschauer gast passant kunde patient
helfer fan mutter vater rentner pendler fahrer fußgänger mieter eigentümer besitzer
händler gastronom schausteller sportler spieler kollege leser hörer nutzer klässler jugendliche
senior student schüler azubi auszubildende zeuge opfer täter anlieger ehrenamtliche freiwillige
aktivist demonstrant gegner befürworter kritiker verbraucher tourist pilger wähler tochter sohn bruder
schwester ehefrau ehemann witwe veteran soldat angestellte beschäftigte arbeiter mitglied mädchen
lehrling praktikant spender stifter sammler läufer radler camper urlauber reisender gläubige jährige
angeklagte beklagte geschädigte kläger angehörige verletzte demokrat
kamerad liberale christsoziale konservative grüne freidemokrat
"""
# Person nouns that end many surnames ("Haarmann", "Mendelssohn"): whole words only.
_PERSON_WORDS = frozenset("mann männer mannes frau frauen kind kinder sohn junge jungen".split())
_PERSON_FEMININE = {"kollege": "kollegin", "kunde": "kundin", "gast": "gästin", "zeuge": "zeugin",
                    "jugendliche": "jugendliche", "ehrenamtliche": "ehrenamtliche"}  # fmt: skip
# Heads that already say the gender.
_FIXED_GENDER = {"mutter": "f", "frau": "f", "kämmerin": "f", "tochter": "f", "schwester": "f", "ehefrau": "f", "witwe": "f",
                 "mädchen": "f", "vater": "m", "mann": "m", "sohn": "m", "bruder": "m", "ehemann": "m",
                 "junge": "m", "kind": None, "mitglied": None, "opfer": None}  # fmt: skip

# ---------- organisations ----------

# Heads of organisation names ("die Feuerwehr Marl", "der NABU-Stadtverband Hamm").
_ORG_HEADS = """
stadt gemeinde kreis landkreis stadtverwaltung verwaltung rathaus polizei feuerwehr verband verein
fachbereich amt ministerium behörde regierung partei fraktion gewerkschaft unternehmen firma konzern
stiftung initiative bündnis netzwerk kammer bank sparkasse kasse versicherung gesellschaft werke
betriebe klinik klinikum krankenhaus universität hochschule museum bibliothek theater kirche bistum
caritas diakonie gericht staatsanwaltschaft anstalt agentur jobcenter bezirksregierung ausschuss
beirat kommission gremium jury komitee club polizeipräsidium präsidium direktion dezernat referat
abteilung landesbetrieb stadtwerke verkehrsbetriebe organisation institut zentrum vereinigung
bewegung allianz union liga genossenschaft schule gymnasium kita wirtschaftsförderung gemeinschaft
werbegemeinschaft stelle pressestelle leitstelle leitung schulleitung wache inspektion hilfswerk
geschäftsführung unternehmensführung konzernführung
"""
# Words for any organisation, which refer back to the one named last ("das Unternehmen").
GENERIC_ORG_NOUNS = frozenset(
    "unternehmen firma konzern organisation einrichtung behörde verband verein gesellschaft betrieb träger".split()
)
# Words for the local branch of an organisation ("der Kreisverband" of the ADFC named before):
# like the generic words, they refer back to the organisation named last, whatever its kind.
BRANCH_ORG_NOUNS = frozenset(
    """
    kreisverband ortsverband landesverband bezirksverband stadtverband regionalverband ortsgruppe
    kreisgruppe regionalgruppe landesgruppe ortsverein kreisvereinigung landesvorstand kreisvorstand
    bundesvorstand ortsvorstand
    """.split()
)
# News media: a source of a report, not a speaker ("der Zeitung sagte X").
_MEDIA_HEADS = """
zeitung tageszeitung zeitschrift sender fernsehsender rundfunk radio magazin nachrichtenagentur
agentur portal website onlineausgabe blatt rundschau anzeiger kurier interview
"""

# Nouns ending like these are things, not names: "-ung", "-heit", "-keit" …
_THING_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "nis", "tum", "chen", "lein",
    "straße", "strasse", "platz", "gelände", "programm", "projekt", "konzept", "jahr", "jahre", "jahren",
    "prozent", "euro", "millionen", "stunden", "minuten", "meter", "gebäude", "anlage", "arbeit", "uhr",
)  # fmt: skip


def _alternation(words: list[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


def _role_forms() -> list[str]:
    forms = []
    for head in _ROLE_HEADS.split():
        forms.append(head)
        forms.append(head if head in _ADJECTIVAL else _ROLE_FEMININE.get(head, head + "in"))
    return forms


def _person_forms() -> list[str]:
    forms = []
    for head in _PERSON_HEADS.split():
        forms.append(head)
        if head not in _FIXED_GENDER and head not in _ADJECTIVAL:
            forms.append(_PERSON_FEMININE.get(head, head[:-1] + "in" if head.endswith("e") else head + "in"))
    return forms


# A role noun: any compound ending in a role head, with case, plural and feminine endings.
ROLE_NOUN = re.compile(rf"^[\w\-]*?(?:{_alternation(_role_forms())})(?:nen|s|es|n|en|r|m)?$")
PERSON_NOUN = re.compile(rf"^[\w\-]*?(?:{_alternation(_person_forms())})(?:nen|s|es|n|en|r|m)?$")
ORG_NOUN = re.compile(rf"^[\w\-]*?(?:{_alternation(_ORG_HEADS.split())})(?:s|es|n|en)?$")
MEDIA_NOUN = re.compile(rf"^[\w\-]*?(?:{_alternation(_MEDIA_HEADS.split())})(?:s|es|n|en)?$")
# Organisations written as acronyms: "SPD", "NABU", "ADFC", "BGH".
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,7}(?:-[A-ZÄÖÜ][\wäöüß]*)?$")
# A word that can be part of a name: a capital, then lower case (hyphenated parts too).
NAME_WORD = re.compile(r"^[A-ZÄÖÜÀ-ÝČŠŽŁ][a-zäöüßà-ÿčšžłğışçñ'’]+(?:-[A-ZÄÖÜÀ-Ý]?[a-zäöüßà-ÿčšžłğışçñ'’]+)*$")
PREFIXED_SURNAME = re.compile(rf"^(?:{_alternation(_SURNAME_PREFIXES)})[-'’][A-ZÄÖÜÀ-ÝŁŚŻŹĆŃ]\w")
# A middle initial: "George W. Bush", "C.Y. Leung".
INITIAL = re.compile(r"^(?:[A-ZÄÖÜ]\.-?){1,3}$")


def fold(word: str) -> str:
    return word.lower()


@functools.lru_cache(maxsize=4096)
def is_role(word: str) -> bool:
    return word in ROLE_ABBREVIATIONS or ROLE_NOUN.match(fold(word)) is not None


@functools.lru_cache(maxsize=4096)
def is_person_noun(word: str) -> bool:
    """ "Anwohnerin", "Neuntklässler", and any "-erin": no common German thing ends so."""
    w = fold(word)
    return w in _PERSON_WORDS or w.endswith(("erin", "erinnen")) or PERSON_NOUN.match(w) is not None


@functools.lru_cache(maxsize=4096)
def is_org_noun(word: str) -> bool:
    return ORG_NOUN.match(fold(word)) is not None or ACRONYM.match(word) is not None


def is_media_noun(word: str) -> bool:
    return MEDIA_NOUN.match(fold(word)) is not None


def is_saying_noun(word: str) -> bool:
    return fold(word).rsplit("-", 1)[-1] in SAYING_NOUNS


def is_thing(word: str) -> bool:
    w = fold(word)
    return (
        w.endswith(_THING_ENDINGS)
        or w in SAYING_NOUNS
        or w.rsplit("-", 1)[-1] in SAYING_NOUNS
        or is_document(w)
    )


# A compound needs this many letters before its head: "Lehrplan", not "Kaplan".
_MIN_COMPOUND_PREFIX = 3
_DOCUMENT_HEAD = re.compile(
    rf"^(?:[\w\-]{{{_MIN_COMPOUND_PREFIX},}})?(?:{_alternation(list(DOCUMENT_NOUNS))})$"
)


@functools.lru_cache(maxsize=4096)
def is_document(word: str) -> bool:
    """ "Plänen", "Fallzahlen", "Bebauungsplan": a document, figures or a rule a text cites."""
    return _DOCUMENT_HEAD.match(fold(word)) is not None


# Endings of nouns for people: "Ermittlern", "Bauherren", "Polizisten", "Flüchtlinge". An
# unknown noun without one ("Vorgaben", "Plänen") is more likely a thing than a person.
_AGENT_SHAPE = re.compile(
    r"(?:er|ern|erin|erinnen|herr|herrn|herren|ist|isten|ent|enten|ant|anten|eur|eure|euren|ling|linge|lingen)$"
)


def agent_shaped(word: str) -> bool:
    return _AGENT_SHAPE.search(fold(word)) is not None


_FEMININE_END = re.compile(r"(?:in|innen|frau|rätin|ärztin)$")


def noun_gender(word: str, determiner: str | None) -> str | None:
    """Gender of a person noun: by its ending ("-in"), its own meaning, or its determiner."""
    w = fold(word)
    for head, g in _FIXED_GENDER.items():
        if w.endswith(head):
            return g
    if _FEMININE_END.search(w) and not w.endswith(("ein", "kin")):
        return "f"
    if determiner in ("die", "eine", "diese") and w.endswith(("e", "te")):
        return "f"  # adjectival nouns: die Vorsitzende, die Beigeordnete
    if determiner in ("der", "ein", "dieser") or w.endswith(
        ("er", "ent", "ant", "ist", "or", "rat", "mann", "eur", "chef")
    ):
        return "m"
    return None


_ORG_HEAD_KEYS = sorted(set(_ORG_HEADS.split()), key=len, reverse=True)


def org_head(word: str) -> str:
    """The head of an organisation compound: "Kreisverband" -> "verband"."""
    w = fold(word)
    return next((h for h in _ORG_HEAD_KEYS if w.endswith(h)), w)


def role_key(word: str) -> str:
    """A role noun without gender, case and umlaut: "Dezernentin" and "Dezernenten" -> "dezernent"."""
    w = fold(word)
    for masc, fem in _ROLE_FEMININE.items():
        if w.endswith(fem) or w.endswith(fem + "nen"):
            w = w[: len(w) - len(fem) - (3 if w.endswith("nen") else 0)] + masc
            break
    else:
        if w.endswith("innen"):
            w = w[:-5]
        elif w.endswith("in") and ROLE_NOUN.match(w[:-2] or "-"):
            w = w[:-2]
        elif w.endswith(("en", "er")) and ROLE_NOUN.match(w[:-1] or "-") and w[:-1].endswith("e"):
            w = w[:-1]  # Vorsitzenden, Vorsitzender -> vorsitzende
        elif w.endswith("s") and ROLE_NOUN.match(w[:-1] or "-"):
            w = w[:-1]  # Landrats -> landrat
        elif w.endswith("en") and ROLE_NOUN.match(w[:-2] or "-"):
            w = w[:-2]  # Präsidenten -> präsident
    return w.translate(_UMLAUTS)


_UMLAUTS = str.maketrans("äöü", "aou")


# Role heads, gender-free and longest first, so "oberbürgermeister" wins over "meister".
_HEAD_KEYS = sorted({h.translate(_UMLAUTS) for h in _ROLE_HEADS.split()}, key=len, reverse=True)


def role_head(word: str) -> str:
    """The head of a role compound, gender-free: "Schuldezernentin" -> "dezernent"."""
    key = role_key(word)
    return next((h for h in _HEAD_KEYS if key.endswith(h)), key)


# Adjectives before a role that do not tell two holders apart: "der zuständige Dezernent" is
# still "Dezernent Beck"; "der brasilianische Präsident" is not "der venezolanische Präsident".
GENERIC_ADJECTIVES = frozenset(
    """
    neu zuständig amtierend damalig bisherig scheidend langjährig jetzig heutig künftig ehemalig
    früher gewählt erst oberst neugewählt frischgebacken bekannt besagt genannt
    """.split()
)
_ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em|n)$")
_AGE = re.compile(r"jährig$")


def adjective_stem(word: str) -> str:
    return _ADJECTIVE_ENDING.sub("", word.lower())


def distinguishing(modifiers: tuple[str, ...]) -> set[str]:
    """Stems of the adjectives that tell one holder of a role from another."""
    stems = {adjective_stem(m) for m in modifiers}
    return {s for s in stems if s and s not in GENERIC_ADJECTIVES and not _AGE.search(s)}
