"""Word lists for the figures extractor: units, multipliers, qualifiers and the cue words
that turn a number into an identifier, a date or a time of day.

Everything here is data. Keys that are compared case-folded are written in lower case.
`figure_patterns.py` compiles the regular expressions from these lists once at import.
"""

from __future__ import annotations

# The lists below are laid out by hand, a few related words a line.
# fmt: off

# --- number words -----------------------------------------------------------------------

# The pieces German cardinal number words are glued from ("zweihundertfünfzig"). Longer
# pieces come first: the number-word pattern takes the first piece that fits and never
# backtracks, so "dreißig" must be tried before "drei" and "sechzehn" needs "sech".
NUMBER_WORD_PIECES: tuple[str, ...] = (
    "anderthalb", "einhalb",
    "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
    "hundert", "tausend",
    "zwölf", "sieben", "sechs", "zwei", "drei", "vier", "fünf", "acht", "neun", "zehn", "elf",
    "sieb", "sech", "eins", "ein", "und",
)

# Words the number-word pattern would take whole but which are no figure on their own
# ("ein Antrag", "eins", "und"). The guidelines count number words from "zwei" upwards.
NOT_NUMBER_WORDS = frozenset({"ein", "eins", "und", "einhalb"})

# Adjectives of duration and age glued to a number: "81-jährige", "dreijähriger", "zweitägige".
# Value: (unit written for the figure, kind). Age adjectives are refined by their noun.
DURATION_ADJECTIVES: dict[str, tuple[str, str]] = {
    "jährig": ("Jahre", "age"),
    "tägig": ("Tage", "duration"),
    "stündig": ("Stunden", "duration"),
    "wöchig": ("Wochen", "duration"),
    "monatig": ("Monate", "duration"),
    "minütig": ("Minuten", "duration"),
}

# A "-jährig" adjective describes an age unless its noun is a thing that lasts.
LASTING_NOUN_ENDINGS: tuple[str, ...] = (
    "bestehen", "jubiläum", "geschichte", "tradition", "pflege", "laufzeit", "amtszeit",
    "zugehörigkeit", "mitgliedschaft", "partnerschaft", "pause", "bauzeit", "dauer", "frist",
    "vertrag", "programm", "projekt", "phase", "zeit",
)

# --- multipliers ------------------------------------------------------------------------

MULTIPLIERS: dict[str, int] = {
    "tausend": 10**3, "tsd": 10**3,
    "million": 10**6, "millionen": 10**6, "mio": 10**6,
    "milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9,
    "billion": 10**12, "billionen": 10**12,
}

# --- units ------------------------------------------------------------------------------

# Symbols and abbreviations written after a number, case-sensitive ("5 m" is metres, "5 M"
# is nothing). Value: (the unit spelt out, kind). A figure's `unit` keeps the text's
# abbreviation ("ha"), as the guidelines ask, except for money and percentages ("€" is
# "Euro"); its `counted` phrase spells it out, so that analysts find "Hektar" either way.
UNIT_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "%": ("Prozent", "percent"),
    "‰": ("Promille", "percent"),
    "€": ("Euro", "money"),
    "EUR": ("Euro", "money"),
    "Euro": ("Euro", "money"),
    "ct": ("Cent", "money"),
    "Ct.": ("Cent", "money"),
    "m²": ("Quadratmeter", "measure"),
    "m2": ("Quadratmeter", "measure"),
    "qm": ("Quadratmeter", "measure"),
    "km²": ("Quadratkilometer", "measure"),
    "m³": ("Kubikmeter", "measure"),
    "m3": ("Kubikmeter", "measure"),
    "cbm": ("Kubikmeter", "measure"),
    "km/h": ("km/h", "measure"),
    "km": ("Kilometer", "measure"),
    "cm": ("Zentimeter", "measure"),
    "mm": ("Millimeter", "measure"),
    "m": ("Meter", "measure"),
    "ha": ("Hektar", "measure"),
    "kg": ("Kilogramm", "measure"),
    "g": ("Gramm", "measure"),
    "t": ("Tonnen", "measure"),
    "l": ("Liter", "measure"),
    "ml": ("Milliliter", "measure"),
    "hl": ("Hektoliter", "measure"),
    "kWh": ("Kilowattstunden", "measure"),
    "MWh": ("Megawattstunden", "measure"),
    "GWh": ("Gigawattstunden", "measure"),
    "kWp": ("Kilowatt peak", "measure"),
    "kW": ("Kilowatt", "measure"),
    "MW": ("Megawatt", "measure"),
    "°C": ("Grad", "measure"),
    "°": ("Grad", "measure"),
    "dB": ("Dezibel", "measure"),
    "Std.": ("Stunden", "duration"),
    "Min.": ("Minuten", "duration"),
    "Sek.": ("Sekunden", "duration"),
}

# Units of more than one word, kept whole: "85 Kilowatt peak".
MULTIWORD_UNITS: tuple[str, ...] = ("Kilowatt peak", "Kilowatt Peak", "Kilometer pro Stunde")

# The kind of a unit written as a word, by its case-folded form.
UNIT_WORD_KINDS: dict[str, str] = {
    "euro": "money", "cent": "money", "dollar": "money", "us-dollar": "money", "franken": "money",
    "pfund": "money",
    "prozent": "percent", "prozentpunkt": "percent", "prozentpunkte": "percent",
    "prozentpunkten": "percent", "promille": "percent",
    "hektar": "measure", "ar": "measure", "grad": "measure", "kilo": "measure",
    "jahr": "duration", "jahre": "duration", "jahren": "duration", "jahres": "duration",
    "monat": "duration", "monate": "duration", "monaten": "duration", "monats": "duration",
    "woche": "duration", "wochen": "duration",
    "tag": "duration", "tage": "duration", "tagen": "duration",
    "stunde": "duration", "stunden": "duration",
    "minute": "duration", "minuten": "duration",
    "sekunde": "duration", "sekunden": "duration",
    "jahrzehnt": "duration", "jahrzehnte": "duration", "jahrzehnten": "duration",
    "jahrhundert": "duration", "jahrhunderte": "duration", "jahrhunderten": "duration",
    "nacht": "duration", "nächte": "duration", "nächten": "duration",
    "semester": "duration",
}

# Kinds of compound unit words by their ending ("Quadratmetern", "Kilowattstunden",
# "Fortbildungstagen"). Checked longest first, so "wattstunden" wins over "stunden".
UNIT_ENDING_KINDS: tuple[tuple[str, str], ...] = (
    ("wattstunden", "measure"), ("wattstunde", "measure"),
    ("meter", "measure"), ("metern", "measure"), ("liter", "measure"), ("litern", "measure"),
    ("gramm", "measure"), ("tonne", "measure"), ("tonnen", "measure"), ("watt", "measure"),
    ("hektar", "measure"), ("kilometer", "measure"),
    ("jahre", "duration"), ("jahren", "duration"), ("monate", "duration"),
    ("monaten", "duration"), ("wochen", "duration"), ("tage", "duration"), ("tagen", "duration"),
    ("stunden", "duration"), ("minuten", "duration"), ("sekunden", "duration"),
    ("euro", "money"), ("prozent", "percent"),
)

# Words that end like a unit but are none ("Etagen" ends in "tagen").
UNIT_ENDING_EXCEPTIONS = frozenset({"etage", "etagen", "montage", "reportage", "reportagen", "garage",
                                    "garagen", "plantage", "plantagen"})

# Nouns after a number that make it no figure: the clock, months, fractions (optional in
# the guidelines, left out), and "Mal" in "zum 7. Mal" is caught as an ordinal elsewhere.
CLOCK_WORDS = frozenset({"uhr", "uhrzeit"})
MONTHS = frozenset(
    """januar jänner februar märz april mai juni juli august september oktober november dezember
    jan feb febr mär apr jun jul aug sep sept okt nov dez""".split()
)
FRACTION_NOUNS = frozenset(
    """drittel dritteln viertel vierteln fünftel fünfteln sechstel achtel achteln zehntel zehnteln
    hundertstel hälfte hälften""".split()
)

# Words that may stand between the number and its noun without being the noun. Lower-case
# words that look like declined adjectives are taken as adjectives anyway; these are the
# others ("4.300 neue Arbeitsplätze", "zwei zusätzliche IT-Fachkräfte", "20 m breit").
ADJECTIVE_ENDINGS: tuple[str, ...] = ("e", "en", "er", "es", "em")
NOT_ADJECTIVES = frozenset(
    """
    die der das den dem des eine einer einen einem eines keine
    sie ihre ihren ihrer seine seinen seiner unsere unseren diese dieser diesen jene welche
    alle beide solche manche viele wenige
    ende anfang mitte
    aber oder sondern sowie bzw etwa rund über unter gegen wieder immer
    wer wenn dann denn je pro ohne außer seit nach vor hinter neben zwischen
    haben sind waren werden wurden können müssen sollen wollen dürfen hatten hätten wären
    mehr weniger sehr noch schon nur fast ganz jeweils insgesamt
    """.split()
)
# Capitalised words ending in -er directly before a noun are place adjectives
# ("24 Herner Grundschulen") unless they are nouns themselves.
NOUNS_ENDING_IN_ER = frozenset(
    """
    meter kilometer zentimeter millimeter quadratmeter kubikmeter liter milliliter hektoliter
    kinder schüler besucher teilnehmer bürger mitarbeiter einwohner zuschauer helfer lehrer
    container computer zimmer fahrer nutzer anwohner mieter eigentümer bewohner spieler mitglieder
    bücher länder felder bilder räder häuser dächer gelder täter wähler partner eimer becher
    kanister fenster koffer kartons bäder plätze lieder eier
    """.split()
)

# Person nouns that the guidelines keep whole with their feminine pair
# ("620 Schülerinnen und Schüler") are recognised by form; these join other pairs.
COORDINATORS = frozenset({"und", "oder", "bzw.", "sowie"})

# --- qualifiers -------------------------------------------------------------------------

# Written before a number; longer phrases first. Compared case-folded.
QUALIFIERS: tuple[str, ...] = (
    "weit mehr als", "deutlich mehr als", "etwas mehr als", "knapp mehr als", "gut mehr als",
    "weit weniger als", "deutlich weniger als", "etwas weniger als",
    "mehr als", "weniger als", "bis zu", "weit über", "knapp über", "knapp unter", "deutlich über",
    "deutlich unter", "im schnitt", "im durchschnitt",
    "rund", "etwa", "ca.", "circa", "zirka", "knapp", "gut", "fast", "nahezu", "beinahe",
    "annähernd", "ungefähr", "mindestens", "mind.", "höchstens", "maximal", "max.", "über",
    "unter", "ab", "durchschnittlich",
)

# --- identifiers: numbers that name something rather than count it ---------------------

# Words after which a number is a telephone or fax number, a post box or a postal code. The
# whole run of digit groups after them is skipped ("Telefon 0 23 23 / 16 - 47 11").
PHONE_CUES: tuple[str, ...] = (
    "Telefon", "Tel.", "Tel", "Fon", "Telefax", "Fax", "Mobil", "Handy", "Mobiltelefon",
    "Rufnummer", "Durchwahl", "Hotline", "Servicenummer", "Notrufnummer", "Notruf", "Postfach",
    "PLZ", "Postleitzahl", "WhatsApp",
)

# Words directly before a number that name what the number identifies: rooms, lines,
# paragraphs of law, file numbers ("Raum 214", "Buslinie 311", "§ 9", "Drucksache 12/3").
# Compared case-folded, trailing ":" removed; forms with a period are listed with it.
IDENTIFIER_CUES = frozenset(
    """
    § §§ paragraf paragraph paragrafen art. artikel abs. absatz ziff. ziffer nr. nr nummer no. hausnummer satz lit.
    az. az aktenzeichen drucksache drucksachen ds. vorlage vorlagen sitzungsvorlage tagesordnungspunkt top
    raum räume zimmer etage stockwerk gleis bahnsteig
    bus linie linien buslinie buslinien tram straßenbahn bahnlinie
    kapitel seite s. band bd. heft ausgabe abschnitt tabelle abbildung anlage
    kalenderwoche kw jahrgang stufe warnstufe level version tempo
    wahlbezirk stimmbezirk wahlkreis platz rang
    anschlussstelle ausfahrt abfahrt autobahn bundesstraße landesstraße kreisstraße
    """.split()
)

# Endings of words before a number that make it an identifier even when a noun follows:
# street names take house numbers ("Cranger Straße 271"), lines ("Straßenbahnlinie 306").
# Other places ("Am Sportpark 7", "Theodor-Heuss-Platz 1") are caught by the general rule.
IDENTIFIER_CUE_ENDINGS: tuple[str, ...] = (
    "straße", "strasse", "str.", "allee", "gasse", "chaussee", "promenade", "linie", "linien",
)

# Nouns that introduce a quoted name: numbers inside the quotes belong to the name
# (Motto „25 Jahre – 25 Geschichten“, Landesprogramm „Gute Schule 2020“). Matched as word endings.
NAMING_NOUN_ENDINGS: tuple[str, ...] = (
    "motto", "titel", "leitmotiv", "slogan", "thema", "reihe", "projekt", "programm", "kampagne",
    "ausstellung", "aktion", "festival", "wettbewerb", "initiative", "roman", "film", "stück",
    "lied", "song", "album", "konzept", "name", "namen", "label", "preis", "schau", "show",
)

# Words before a number that say it is a year ("seit 2015", "im Jahr 2025", "Ende 2023").
YEAR_CUES = frozenset(
    """
    jahr jahre jahren jahres jahrgang seit im bis ab vor nach von vom um in zwischen anno
    ende anfang mitte beginn herbst frühjahr frühling sommer winter sommers winters
    stand saison spielzeit haushaltsjahr geschäftsjahr schuljahr
    """.split()
) | MONTHS

# Words before "N." that make it an ordinal ("zur 13. Runde", "am 3. Oktober").
ORDINAL_LEADS = frozenset(
    """
    der die das den dem des am im zum zur vom beim ins ab bis seit vor nach zu von für
    ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner unser unsere unserem unseren
    jede jeden jedem jeder dieses dieser diese diesem diesen
    """.split()
)

# --- implied units ----------------------------------------------------------------------

# Phrases next to a number that refer back to something counted before:
# "von denen 2.700", "davon 9.000", "knapp 9.000 davon", "97 von ihnen".
BACK_REFERENCES_BEFORE: tuple[str, ...] = (
    "von denen", "von diesen", "von ihnen", "davon", "darunter", "hiervon", "unter ihnen",
    "unter denen",
)
BACK_REFERENCES_AFTER: tuple[str, ...] = (
    "davon", "von ihnen", "von denen", "hiervon", "darunter",
    "mehr als", "weniger als",  # "Das sind 3.000 mehr als im Vorjahr": the figure compared with
)

# Capitalised words that open a sentence without being its subject: "Heute sind es 210.000".
SENTENCE_ADVERBS = frozenset(
    """
    heute damals jetzt nun insgesamt inzwischen bisher bislang zuletzt mittlerweile derzeit aktuell
    zusammen allein dabei dann so da hier dort gestern morgen zuvor vorher später früher zudem
    außerdem erstmals diesmal damit davon darunter dazu danach zuerst anfangs seither seitdem
    immerhin zwar doch noch schon fast knapp rund etwa mehr weniger gut letztlich schließlich
    jährlich täglich wöchentlich monatlich trotzdem dennoch deshalb daher also auch
    dazwischen daneben davor dahinter darauf darüber dafür dagegen dadurch daraus darin daran
    """.split()
)

# Words that open a sentence: after "N." they show the period ended a sentence
# ("... mit ihren 82. Dazwischen ist Platz") instead of making an ordinal ("13. Runde").
SENTENCE_OPENERS = SENTENCE_ADVERBS | frozenset(
    """
    die der das den dem des ein eine einer einen einem eines kein keine
    er sie es wir ihr ich man wer was wie wo wann warum welche welcher dies diese dieser dieses
    im am in an auf aus bei mit nach seit von vor zu zum zur für gegen ohne um unter über durch
    trotz während wegen und oder aber denn sondern als wenn weil dass ob bereits nicht
    sein seine ihre unser unsere alle viele einige mehrere jeder jede jedes
    """.split()
)

# Nouns that count what their first part names: "die Zahl der Teilnehmer", "die Schülerzahl".
COUNT_NOUNS_OF = frozenset({"zahl", "anzahl", "gesamtzahl", "menge"})
COUNT_NOUN_ENDINGS = ("zahlen", "zahl")

# Subjects that stand for the quantity itself, not for what it counts: "Der bisherige Rekord
# lag bei 104.000" counts what the sentence before counted.
VALUE_NOUNS = frozenset(
    """rekord wert höchststand tiefststand stand niveau ergebnis vorjahreswert zielwert
    spitzenwert durchschnitt mittelwert bestwert""".split()
)
# Time words that are never what a number counts: "aus dem Sommer 2018 lag bei 104.000".
TIME_NOUNS = frozenset(
    """jahr jahres vorjahr sommer winter herbst frühjahr frühling monat woche tag zeit zeitraum""".split()
)

# Nouns and verbs that show an amount of millions without a unit is money:
# "Die Kosten liegen bei 2,5 Millionen."
MONEY_CUES: tuple[str, ...] = (
    "euro", "kosten", "investi", "förder", "zuschuss", "zuschüsse", "budget", "haushalt", "mittel",
    "finanz", "ausgaben", "einnahmen", "umsatz", "spende", "preis", "gebühr", "etat", "summe",
)

# Person nouns around "ab N Jahren" that make the years an age ("Kinder ab sechs Jahren").
PERSON_NOUN_STEMS: tuple[str, ...] = (
    "kind", "jugendlich", "schüler", "person", "mensch", "senior", "erwachsen", "teilnehm",
    "mädchen", "jungen", "frau", "männer", "mann", "baby", "babys", "besucher", "bürger",
)
AGE_WORDS_AFTER = frozenset({"alt", "alte", "alten", "alter", "altes", "jung", "junge", "jungen", "älter"})
# fmt: on
