"""Words that tell a quotation from a name, and who speaks: data for `quotes.py`.

Everything here is a word list or a table; the logic that reads it lives in
`quotes.py` and `speakers.py`. Lists are compared in lower case unless they say otherwise.
Verb forms are generated once at import from infinitives, so adding a verb is adding a word.
"""

from __future__ import annotations

# ---------- quotation marks ----------

# Opening mark -> the closing marks that end it. Sloppy pairs („…” „…") are accepted
# because web text has them; the pairing of straight and ambiguous marks is decided
# by the spacing around them in quote_marks.py.
GERMAN_OPEN = "„"
GERMAN_SINGLE_OPEN = "‚"
PAIRS: dict[str, str] = {
    "„": '“”"',
    "‚": "‘’",
    "“": "”“",  # English style “…”
    "”": "”",  # ”…” (Swedish style, seen in copy-pasted text)
    '"': '"“”',
    "»": "«",
    "«": "»",
    "›": "‹",
    "‹": "›",
    "‘": "’",
}
MARKS = frozenset('„“”"«»‚‘’‹›')

# HTML entities of quotation marks (body text sometimes arrives with them undecoded).
MARK_ENTITIES: dict[str, str] = {
    "bdquo": "„", "ldquo": "“", "rdquo": "”", "quot": '"', "laquo": "«", "raquo": "»",
    "sbquo": "‚", "lsquo": "‘", "rsquo": "’", "lsaquo": "‹", "rsaquo": "›",
}  # fmt: skip

# ---------- speech verbs ----------

# Weak (regular) verbs of saying, as infinitives; separable ones with "|" after the
# particle ("mit|teilen": "teilt … mit", "mitgeteilt"). Forms are generated below.
_WEAK_SPEECH = """
sagen erklären betonen meinen ergänzen erläutern berichten bestätigen schildern erzählen fordern
mahnen warnen loben kritisieren resümieren bilanzieren versichern verdeutlichen antworten entgegnen
erwidern fragen klagen beklagen bedauern erinnern appellieren äußern formulieren kommentieren
urteilen bekräftigen beteuern bemerken konstatieren präzisieren informieren verkünden bekunden
zitieren jubeln schwärmen scherzen seufzen stöhnen lachen schmunzeln strahlen mutmaßen vermuten
hoffen glauben befürchten fürchten folgern kontern argumentieren begründen analysieren
beschwichtigen beruhigen relativieren ermahnen ermutigen danken gratulieren begrüßen bilanzieren
wünschen unterstreichen
mit|teilen hinzu|fügen an|kündigen ein|räumen aus|führen fest|stellen an|merken zu|stimmen
zusammen|fassen klar|stellen klar|machen deutlich|machen nach|legen an|fügen ein|wenden
""".split()

# Strong and irregular verbs: infinitive, 3rd person singular present, past singular,
# past plural, participle (without a separable particle).
_STRONG_SPEECH: list[tuple[str, str, str, str, str]] = [
    ("sprechen", "spricht", "sprach", "sprachen", "gesprochen"),
    ("rufen", "ruft", "rief", "riefen", "gerufen"),
    ("schreiben", "schreibt", "schrieb", "schrieben", "geschrieben"),
    ("beschreiben", "beschreibt", "beschrieb", "beschrieben", "beschrieben"),
    ("heißen", "heißt", "hieß", "hießen", "geheißen"),
    ("versprechen", "verspricht", "versprach", "versprachen", "versprochen"),
    ("empfehlen", "empfiehlt", "empfahl", "empfahlen", "empfohlen"),
    ("raten", "rät", "riet", "rieten", "geraten"),
    ("bitten", "bittet", "bat", "baten", "gebeten"),
    ("unterstreichen", "unterstreicht", "unterstrich", "unterstrichen", "unterstrichen"),
    ("widersprechen", "widerspricht", "widersprach", "widersprachen", "widersprochen"),
    ("schließen", "schließt", "schloss", "schlossen", "geschlossen"),
    ("verraten", "verrät", "verriet", "verrieten", "verraten"),
    ("nennen", "nennt", "nannte", "nannten", "genannt"),
    ("bezeichnen", "bezeichnet", "bezeichnete", "bezeichneten", "bezeichnet"),
    ("zu|geben", "gibt", "gab", "gaben", "gegeben"),
    ("an|geben", "gibt", "gab", "gaben", "gegeben"),
    ("bekannt|geben", "gibt", "gab", "gaben", "gegeben"),
    ("zu|bedenken|geben", "gibt", "gab", "gaben", "gegeben"),
    ("hin|weisen", "weist", "wies", "wiesen", "gewiesen"),
    ("zurück|weisen", "weist", "wies", "wiesen", "gewiesen"),
    ("hervor|heben", "hebt", "hob", "hoben", "gehoben"),
    ("fort|fahren", "fährt", "fuhr", "fuhren", "gefahren"),
    ("auf|rufen", "ruft", "rief", "riefen", "gerufen"),
    ("vor|schlagen", "schlägt", "schlug", "schlugen", "geschlagen"),
    ("ab|geben", "gibt", "gab", "gaben", "gegeben"),
    ("an|kündigen", "kündigt", "kündigte", "kündigten", "gekündigt"),
]

# Verbs that attribute a quotation only right after it („…“, findet Mila), where
# German word order already says the clause is the attribution. Same format as above.
_WEAK_AFTER_ONLY = "meinen freuen ärgern wundern zeigen finden staunen".split()
_STRONG_AFTER_ONLY: list[tuple[str, str, str, str, str]] = [
    ("finden", "findet", "fand", "fanden", "gefunden"),
    ("denken", "denkt", "dachte", "dachten", "gedacht"),
    ("wissen", "weiß", "wusste", "wussten", "gewusst"),
    ("sehen", "sieht", "sah", "sahen", "gesehen"),
    ("sein", "ist", "war", "waren", "gewesen"),  # „…“, ist sich X sicher
]

# Inseparable prefixes: their verbs make the participle without "ge-" ("erklärt").
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "hinter", "unter", "über")


def _weak_forms(infinitive: str) -> tuple[set[str], str | None]:
    """Finite forms and participle of a weak verb, and its separable particle."""
    particle, _, verb = infinitive.rpartition("|")
    particle = particle.replace("|", "")
    stem = verb[:-1] if verb.endswith(("eln", "ern")) else verb[:-2]
    e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else ""
    finite = {stem + e + "t", stem + e + "te", stem + e + "ten", verb, stem + "e"}
    if verb.endswith("ieren") or verb.startswith(_INSEPARABLE):
        participle = stem + e + "t"
    else:
        participle = "ge" + stem + e + "t"
    finite.add(particle + participle if particle else participle)
    if particle:
        finite |= {particle + f for f in (stem + e + "t", stem + e + "te", stem + e + "ten", verb)}
    return finite, particle or None


def _strong_forms(entry: tuple[str, str, str, str, str]) -> tuple[set[str], str | None]:
    infinitive, present, past, past_pl, participle = entry
    particle, _, verb = infinitive.rpartition("|")
    particle = particle.replace("|", "")
    forms = {verb, present, past, past_pl, participle}
    if particle:
        forms |= {
            particle + verb,
            particle + present,
            particle + past,
            particle + past_pl,
            particle + participle,
        }
        if participle.startswith("ge"):
            forms.add(particle + participle)
    return forms, particle or None


def _build(weak: list[str], strong: list[tuple[str, str, str, str, str]]) -> dict[str, set[str]]:
    """Form -> the separable particles it may take ("" for none)."""
    table: dict[str, set[str]] = {}
    for entry in [*(_weak_forms(w) for w in weak), *(_strong_forms(s) for s in strong)]:
        forms, particle = entry
        for f in forms:
            table.setdefault(f, set()).add(particle or "")
    return table


# Form of a speech verb -> separable particles that can complete it at the clause end.
SPEECH_VERBS: dict[str, set[str]] = _build(_WEAK_SPEECH, _STRONG_SPEECH)
AFTER_QUOTE_VERBS: dict[str, set[str]] = {
    **_build(_WEAK_AFTER_ONLY, _STRONG_AFTER_ONLY),
    **SPEECH_VERBS,
}
# Particles of separable speech verbs, for reading "teilte die Stadt mit" as one cue.
SPEECH_PARTICLES = frozenset(
    p for table in (SPEECH_VERBS, AFTER_QUOTE_VERBS) for ps in table.values() for p in ps if p
)

# Verbs in the subjunctive of reported speech (Konjunktiv I, and II where I looks like the
# indicative): a sentence with one goes on reporting what the last speaker said.
REPORTED_SPEECH_VERBS = frozenset(
    """
    sei seien habe könne könnten müsse müssten solle werde wolle dürfe möge gebe stehe liege gehe
    komme bleibe brauche fehle wisse lasse sehe mache kämen gäbe wären hätten würden
    """.split()
)

# Lower-case words ending in -e that can stand where the verb of a sentence in Konjunktiv I
# stands, but are none: "Die Stadt heute …", "Der Verein ohne …".
NOT_VERBS_IN_E = frozenset(
    """
    heute gerne gern alleine lange ohne bitte ebenfalls jede jedes eine keine seine ihre diese welche
    solche manche beide ganze gleiche nahe ferne weiterhin hierzulande derzeit
    """.split()
)

# Auxiliaries before a subject in the perfect: „…“, hatte X erklärt.
AUXILIARIES = frozenset("hat hatte haben hatten habe hätte hätten wird wurde wurden würde würden".split())

# Nouns of saying and their results ("Mitteilung", "Fazit", "Worte"): a text or a view,
# not a speaker. They make a phrase the source ("in einer Mitteilung der Stadt"), introduce
# speech rather than a name ("mit den Worten „…“", "Ihr Fazit: „…“").
SAYING_NOUNS = frozenset(
    """
    mitteilung pressemitteilung erklärung presseerklärung stellungnahme schreiben brief interview
    rede ansprache grußwort aussage aussagen angaben worte worten äußerung statement bericht
    aufruf appell fazit bilanz botschaft wunsch antwort kommentar kritik vorwurf vorwürfe lob dank
    tipp bitte frage satz sätze sätzen zeilen ansicht meinung einschätzung urteil resümee devise
    """.split()
)

# Nouns that a light verb takes without an article, right after its subject: "zog Trainer X
# Bilanz", "nahm X Stellung", "gab X Auskunft", "stand X Rede und Antwort", "übte X Kritik",
# "bezog X Position". After a name they end it; they are no part of it.
LIGHT_VERB_NOUNS = frozenset(
    """
    bilanz stellung auskunft auskünfte bescheid rede antwort kritik position abschied einspruch
    widerspruch protest alarm entwarnung rechenschaft einblick einblicke zeugnis anlauf anstoß
    beifall applaus bezug einfluss rücksicht abstand anteil zuversicht hoffnung verantwortung
    """.split()
)

# Attribution by preposition: "laut X", "X zufolge", "nach Angaben von X".
SOURCE_PREPOSITIONS = frozenset({"laut", "lt.", "gemäß"})
SOURCE_POSTPOSITIONS = frozenset({"zufolge"})
# "nach Angaben der Polizei", "nach Aussagen der Anwältin", "nach Worten des Ministers".
# Also the head of the phrase before "zufolge": "Den Angaben von X zufolge", "Der Darstellung des X zufolge".
SOURCE_NOUNS = frozenset(
    """
    angaben aussage aussagen worten ansicht auffassung einschätzung einschätzungen darstellung meinung
    schilderung schilderungen auskunft
    """.split()
)

# Documents, figures and rules a text cites: "Den Plänen zufolge", "laut Statistik", "gemäß
# Vertrag", "nach Berechnungen der Stadt". They are a source, never a speaker; who wrote them
# ("der Stadt") speaks. (Work that is no text, "Der Planung von X zufolge", names nobody.)
# Compounds count ("Bebauungsplan", "Fallzahlen").
DOCUMENT_NOUNS = frozenset(
    """
    plan plans pläne plänen berechnung berechnungen schätzung schätzungen
    prognose prognosen statistik statistiken studie studien umfrage umfragen analyse analysen
    unterlagen dokument dokumente dokumenten gutachten daten zahl zahlen bericht berichte berichten
    berichts erhebung erhebungen auswertung auswertungen untersuchung untersuchungen ermittlungen
    erkenntnisse erkenntnissen ergebnis ergebnisse ergebnissen papiere papieren entwurf
    entwürfe entwürfen tabelle tabellen protokoll protokolle protokollen vorlage vorlagen recherchen
    gesetz gesetze gesetzen vertrag verträge verträgen vorschrift vorschriften richtlinie richtlinien
    """.split()
)

# A sentence that opens by pointing back at the quotation before it names its speaker, whatever
# its verb: "Mit diesen Worten bedankte sich X", "Mit diesen Sätzen eröffnete X …" (a preposition,
# a demonstrative and a noun of saying, then the verb).
BACK_POINTING_PREPOSITIONS = frozenset({"mit"})
BACK_POINTING_DETERMINERS = frozenset("diesen dieser diesem dieses solchen jenen".split())
# Predicates whose pronominal adverb points back at the quotation before them: the opening word,
# the verb forms right after it, the word that completes the predicate later in the sentence.
# "Davon ist X überzeugt", "Davon zeigt sich X überzeugt", "Davon geht X aus", "Da ist sich X sicher".
_BACK_POINTING_PREDICATES = [
    ("davon", "ist war sind waren zeigt zeigte zeigen zeigten", "überzeugt"),
    ("davon", "geht ging gehen gingen", "aus"),
    ("da", "ist war sind waren", "sicher"),
    ("dessen", "ist war sind waren", "sicher gewiss bewusst"),
]
BACK_POINTING_PREDICATES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = tuple(
    (opener, frozenset(verbs.split()), frozenset(ends.split()))
    for opener, verbs, ends in _BACK_POINTING_PREDICATES
)

# Words after "so" in „…“, so X weiter: the same speaker goes on.
# Parts of the nouns for a party of its own in a trial or an accident ("der Angeklagte", "die
# Richterin", "der Zeuge", "die Geschädigte"): a definite description with such a head is not
# the person named before it (the judge, the lawyer), unless the article gave them that role.
PARTY_NOUN_PARTS = (
    "angeklagt", "beklagt", "kläger", "geschädigt", "opfer", "täter", "zeug", "verteidiger", "richter",
    "staatsanw", "schöff", "verletzt", "angehörig",
)  # fmt: skip
CONTINUATION_WORDS = frozenset("weiter weiterhin abschließend außerdem zudem ergänzend auch".split())
CONTINUATION_VERBS = frozenset("ergänzte ergänzt fügte fügt fuhr fährt führte führt setzte setzt".split())

# ---------- not quotations ----------

# A quoted span right after one of these nouns is a name, not speech:
# Leitmotiv „Innovation durch Digitalisierung“, Landesprogramm „Gute Schule 2020“.
# Compared on the end of the word, so compounds count ("Förderprogramm", "Rechen-App").
NAMING_NOUNS = tuple(
    """
    motto leitmotiv slogan titel untertitel überschrift thema schlagwort stichwort hashtag name
    aktion kampagne projekt programm reihe veranstaltung fest festival turnier wettbewerb preis
    ausstellung schau messe konzert tour lesung vortrag seminar kurs workshop führung
    buch roman film lied song album stück musical oper serie sendung show podcast spiel app
    magazin zeitung zeitschrift blatt sender kanal portal plattform website seite
    initiative verein bündnis netzwerk gruppe band chor ensemble team club
    schule kita kindergarten haus zentrum treff café restaurant laden geschäft hotel werkstatt
    straße platz park weg halle saal gebäude schiff linie haltestelle station zug
    bezeichnung begriff wort losung devise parole spruch schriftzug logo marke label
    mission operation plan konzept modell strategie paket gesetz verordnung werk
    prinzip grundsatz formel leitlinie leitbild
    """.split()
)
# Nouns that announce a name after a colon or comma ("Das Motto: „…“", "Thema des Abends:
# „…“", "das Prinzip, „…“"); places and institutions do not ("auf einem guten Weg: „…“").
NAME_INTRODUCERS = tuple(
    """
    motto leitmotiv slogan titel untertitel überschrift thema schlagwort stichwort hashtag name
    bezeichnung begriff losung devise parole spruch schriftzug prinzip grundsatz formel leitlinie leitbild
    erstwerk werk buch roman film lied song album programm
    """.split()
)
# Words right before a quoted span that make it a name: "sogenannte", "genannt", "namens".
NAMING_WORDS = frozenset(
    "sogenannte sogenannten sogenannter sogenanntes namens genannt heißt lautet lauten hieß kurz abgekürzt".split()
)

# ---------- the words around names ----------

# Determiners that open a noun phrase.
DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen dieser diese dieses diesem diesen".split()
)
DEFINITE = frozenset("der die das den dem des dieser diese dieses diesem diesen".split())
# Gender a determiner gives a singular person noun in the nominative ("die Dezernentin").
DETERMINER_GENDER = {"die": "f", "eine": "f", "diese": "f", "der": "m", "ein": "m", "dieser": "m"}

PRONOUNS = {"er": "m", "sie": "f"}
POSSESSIVES = {
    "sein": "m", "seine": "m", "seinem": "m", "seinen": "m", "seiner": "m", "seines": "m",
    "ihr": "f", "ihre": "f", "ihrem": "f", "ihren": "f", "ihrer": "f", "ihres": "f",
}  # fmt: skip

PREPOSITIONS = frozenset(
    """
    an auf aus bei bis durch für gegen gegenüber hinter in im ins mit nach neben ohne seit über um unter
    von vor während wegen zu zum zur zwischen am beim vom ans aufs dank trotz statt außer ab samt
    innerhalb außerhalb anlässlich seitens entlang
    """.split()
)

# Words that start a relative or subordinate clause after a comma: not an apposition.
CLAUSE_STARTERS = frozenset(
    """
    der die das dem den deren dessen welche welcher welches wer was wo wie als dass ob weil wenn
    da denn und oder aber sondern doch jedoch sowie nachdem bevor obwohl damit sodass
    """.split()
)

# Function words; capitalised at the start of a sentence they are still not names.
FUNCTION_WORDS = (
    frozenset(
        """
    der die das den dem des ein eine einer eines einem einen kein keine keinen keinem keiner
    und oder aber doch denn sondern sowie auch noch schon nur sehr nun jetzt dann da dort hier
    so wie als wenn ob dass weil damit deshalb daher trotzdem dennoch jedoch allerdings zudem außerdem
    ich du er sie es wir ihr man mich mir uns euch sich ihm ihn ihnen
    mein meine unser unsere dein sein seine ihr ihre dessen deren
    dies diese dieser dieses diesem diesen jene jener alle alles viele einige manche jeder jede jedes
    was wer wo wann warum wieso weshalb wohin woher
    gestern heute morgen bereits bisher zunächst anschließend schließlich zuletzt erst später
    insgesamt rund etwa circa mehr weniger knapp fast gut gerade besonders vor allem ebenfalls
    dazu dabei dafür darauf darin davon dagegen danach davor damals gleichzeitig inzwischen mittlerweile
    ja nein nicht nichts natürlich leider hoffentlich vielleicht wohl sicher
    """.split()
    )
    | PREPOSITIONS
)

WEEKDAYS_MONTHS = frozenset(
    """
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende
    januar jänner februar märz april mai juni juli august september oktober november dezember
    """.split()
)

# Nouns that name a person by a relation to someone else: with what they govern ("die Tochter
# der Preisträgerin") they are another person than the one just named.
RELATION_NOUNS = frozenset(
    """
    sohn tochter mutter vater bruder schwester frau mann ehefrau ehemann witwe witwer enkel enkelin
    onkel tante neffe nichte cousin cousine freund freundin kollege kollegin nachbar nachbarin
    partner partnerin lebensgefährte lebensgefährtin chef chefin vorgänger vorgängerin nachfolger
    nachfolgerin sprecher sprecherin anwalt anwältin vertreter vertreterin gegner gegnerin
    """.split()
)

# Labels of bylines and credits ("Text: Anna Muster", "Fotos: …", "© …"): the names after
# them wrote the article or took its pictures; they are never who speaks in it.
CREDIT_LABELS = (
    "Text Texte Foto Fotos Fotografie Fotograf Fotografin Bild Bilder Grafik Illustration "
    "Autor Autorin Redaktion Quelle Copyright"
).split()

# Headings and labels of source lists ("Quellen", "Quelle: …"): a quoted title under or after
# them names a work cited, not something said.
SOURCE_LIST_LABELS = frozenset("quelle quellen einzelnachweise literatur weblinks nachweise".split())
