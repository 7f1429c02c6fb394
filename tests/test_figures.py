"""Figures: small German phrases in the style of municipal press releases and the
figures a reader would take from them, as (value, unit) pairs in text order.

FIGURES are phrases with quantities; TRAPS are phrases whose numbers are no quantities
(dates, times, ordinals, identifiers, names) and must give nothing.
"""

from __future__ import annotations

import time

import pytest

from extractors import extract_figures
from extractors.figures import Figure

FIGURES: list[tuple[str, list[tuple[float, str | None]]]] = [
    # digits, German grouping and decimals
    ("Rund 4.300 neue Arbeitsplätze sind seither entstanden.", [(4300, "Arbeitsplätze")]),
    ("Das Gelände ist 12,5 Hektar groß.", [(12.5, "Hektar")]),
    ("Die Halle misst 1.200 Quadratmeter.", [(1200, "Quadratmeter")]),
    ("Der Fonds ist mit 10 000 Euro ausgestattet.", [(10000, "Euro")]),
    ("Sie ist 1,68 Meter groß.", [(1.68, "Meter")]),
    ("Die Stadt hat knapp 160.000 Einwohnerinnen und Einwohner.", [(160000, "Einwohnerinnen und Einwohner")]),
    ("Die Feuerwehr rückte zu 1.234 Einsätzen aus.", [(1234, "Einsätzen")]),
    # multipliers and money
    ("Die Stadt investiert 2,5 Millionen Euro in den Umbau.", [(2500000, "Euro")]),
    ("Der Zuschuss des Landes beträgt 1,2 Mio. €.", [(1200000, "Euro")]),
    ("Das Land stellt weitere 3,5 Milliarden Euro bereit.", [(3500000000, "Euro")]),
    ("Der Neubau kostet rund 12 Mrd. Euro weniger als geplant.", [(12000000000, "Euro")]),
    ("Eine Million Euro fließt in die Schulhöfe.", [(1000000, "Euro")]),
    ("Der Umbau kostet eine halbe Million Euro.", [(500000, "Euro")]),
    ("Geplant sind 9 neue oder sanierte Sporthallen.", [(9, "Sporthallen")]),
    ("Die Stadt baut 40 kleine und große Spielgeräte auf.", [(40, "Spielgeräte")]),
    ("Im Depot stehen jetzt 120 mehr Fahrräder.", [(120, "Fahrräder")]),
    (
        "2023 kamen 8.000 Zuschauerinnen und Zuschauer. In diesem Jahr waren es rund 1.500 mehr als damals.",
        [(8000, "Zuschauerinnen und Zuschauer"), (1500, "Zuschauerinnen und Zuschauer")],
    ),
    ("Der Antrag wurde mit 31 zu 12 Stimmen angenommen.", [(31, "Stimmen"), (12, "Stimmen")]),
    ("Gut 25 der 140 Kitas haben Wartelisten.", [(25, "Kitas"), (140, "Kitas")]),
    ("Der Bus hält künftig an vier statt an 12 Haltestellen.", [(4, "Haltestellen"), (12, "Haltestellen")]),
    ("Am Ufer stehen jetzt 12 neu gepflanzte Erlen.", [(12, "Erlen")]),
    ("Betroffen sind 60 von derzeit 900 Stellplätzen.", [(60, "Stellplätzen"), (900, "Stellplätzen")]),
    ("Die Gebühr steigt auf 12 beziehungsweise 18 Euro.", [(12, "Euro"), (18, "Euro")]),
    ("Jetzt kauft die KVG 12 neue Busse.", [(12, "Busse")]),
    ("Haushalte mit vier und mehr Personen zahlen weniger.", [(4, "Personen")]),
    ("Der Ausschuss lehnte mit 7 gegen 4 Stimmen ab.", [(7, "Stimmen"), (4, "Stimmen")]),
    ("Mit einer halben Milliarde Euro ist es das größte Projekt der Stadt.", [(500000000, "Euro")]),
    ("Der Eintritt kostet 4,50 €, ermäßigt 2 €.", [(4.5, "Euro"), (2, "Euro")]),
    ("Eine Kugel Eis kostet künftig 50 Cent mehr.", [(50, "Cent")]),
    ("Die Spende in Höhe von 5.000 EUR geht an die Tafel.", [(5000, "Euro")]),
    ("Der Preis liegt bei € 25 pro Person.", [(25, "Euro")]),
    ("Für die Sanierung sind 750.000 Euro eingeplant.", [(750000, "Euro")]),
    ("Der Zuschuss beträgt maximal 1.500 Euro je Haushalt.", [(1500, "Euro")]),
    ("Die Kosten liegen nun bei 2,5 Millionen.", [(2500000, "Euro")]),
    # percent
    ("Die Förderung deckt 80 % der Kosten.", [(80, "Prozent")]),
    ("Das Budget wurde um 15 Prozent erhöht.", [(15, "Prozent")]),
    ("Die Quote sank um 0,4 Prozentpunkte.", [(0.4, "Prozentpunkte")]),
    ("Die Wahlbeteiligung lag bei 61,3%.", [(61.3, "Prozent")]),
    # measures: an abbreviation stays as the text writes it (the counted phrase spells it out)
    ("Der neue Radweg ist 3,2 Kilometer lang.", [(3.2, "Kilometer")]),
    ("Die Strecke ist 850 m lang.", [(850, "m")]),
    ("Auf 2.500 m² entsteht ein Spielplatz.", [(2500, "m²")]),
    ("Das Becken fasst 400 Kubikmeter Wasser.", [(400, "Kubikmeter")]),
    ("Der Tank fasst 5.000 Liter.", [(5000, "Liter")]),
    ("Beim Frühjahrsputz kamen 3,5 Tonnen Müll zusammen.", [(3.5, "Tonnen")]),
    ("Das Wasser im Becken hat 24 Grad.", [(24, "Grad")]),
    ("In der Nacht sank die Temperatur auf minus 5 Grad.", [(-5, "Grad")]),
    ("Am Morgen zeigte das Thermometer -6 °C.", [(-6, "°C")]),
    ("Der Nachtragshaushalt weist -1,8 Millionen Euro aus.", [(-1800000, "Euro")]),
    ("Erwartet werden Werte von -4 bis -1 Grad.", [(-4, "Grad"), (-1, "Grad")]),
    ("Die Anlage leistet 750 kW.", [(750, "kW")]),
    ("Auf dem Dach liegt eine Anlage mit 99 kWp.", [(99, "kWp")]),
    ("Sie erzeugt rund 120.000 Kilowattstunden im Jahr.", [(120000, "Kilowattstunden")]),
    ("Die Anlage spart jährlich 45 t CO2.", [(45, "t")]),
    ("Die Photovoltaikanlage leistet 85 Kilowatt peak.", [(85, "Kilowatt peak")]),
    # durations and ages
    ("Die Bauarbeiten dauern voraussichtlich acht Wochen.", [(8, "Wochen")]),
    ("Der Vertrag läuft über zehn Jahre.", [(10, "Jahre")]),
    ("Die Brücke wird für zweieinhalb Monate gesperrt.", [(2.5, "Monate")]),
    ("Der Umbau hat eineinhalb Jahre gedauert.", [(1.5, "Jahre")]),
    ("Der Jubilar ist 95 Jahre alt.", [(95, "Jahre")]),
    ("Die Kinder sind vier, sieben und elf Jahre alt.", [(4, "Jahre"), (7, "Jahre"), (11, "Jahre")]),
    ("Die 81-jährige Seniorin wurde für ihr Ehrenamt geehrt.", [(81, "Jahre")]),
    ("Geimpft werden alle Personen ab 12 Jahren.", [(12, "Jahren")]),
    ("Im Alter von 67 Jahren geht er in den Ruhestand.", [(67, "Jahren")]),
    ("Die älteste Teilnehmerin war 92.", [(92, "Jahre")]),
    ("Vereinsgründer Klaus Berger, 71, nahm den Preis entgegen.", [(71, "Jahre")]),
    # number words
    ("Zwölf Schulen erhalten neue Tafeln.", [(12, "Schulen")]),
    ("Die Gruppe besteht aus dreiundzwanzig Mitgliedern.", [(23, "Mitgliedern")]),
    ("In der Halle stehen zweihundert Feldbetten bereit.", [(200, "Feldbetten")]),
    ("Elf Tage dauert das Volksfest.", [(11, "Tage")]),
    # noun phrases: adjectives, compounds, gendered pairs
    ("Die Stadt pflanzt in diesem Herbst 250 junge Bäume.", [(250, "Bäume")]),
    ("Der Kreis stellt zwei zusätzliche IT-Fachkräfte ein.", [(2, "IT-Fachkräfte")]),
    ("Die Bibliothek schafft zwei 3D-Drucker an.", [(2, "3D-Drucker")]),
    ("Der Bauverein plant 50 2-Zimmer-Wohnungen.", [(50, "2-Zimmer-Wohnungen")]),
    ("Insgesamt 620 Schülerinnen und Schüler besuchen das Gymnasium.", [(620, "Schülerinnen und Schüler")]),
    ("Die Praxis versorgte 97 Patientinnen und Patienten.", [(97, "Patientinnen und Patienten")]),
    ("An der Aktion beteiligen sich 24 Herner Grundschulen.", [(24, "Grundschulen")]),
    ("Betroffen sind 23 Grund- und weiterführende Schulen.", [(23, "Grund- und weiterführende Schulen")]),
    ("Im Stadtgebiet leben rund 250 Nil- und Kanadagänse.", [(250, "Nil- und Kanadagänse")]),
    ("Im Rathaus arbeiten 16 pädagogische Fachkräfte.", [(16, "Fachkräfte")]),
    ("Rund 480 der neuen Bäume ersetzen gefällte Straßenbäume.", [(480, "Bäume")]),
    ("Zwölf sogenannte „kühle Orte“ gibt es in diesem Jahr.", [(12, "Orte")]),
    # qualifiers
    ("Mehr als 2.000 Besucherinnen und Besucher kamen zum Fest.", [(2000, "Besucherinnen und Besucher")]),
    ("Bis zu 40 Kinder können betreut werden.", [(40, "Kinder")]),
    ("Eine Kita-Gruppe hat höchstens 20 Kinder.", [(20, "Kinder")]),
    ("Im Schnitt warten Patienten 45 Minuten.", [(45, "Minuten")]),
    # ranges and pairs
    (
        "Für die Sanierung sind zwischen 20 und 30 Prozent mehr Mittel nötig.",
        [(20, "Prozent"), (30, "Prozent")],
    ),
    ("Die Führung dauert 60 bis 90 Minuten.", [(60, "Minuten"), (90, "Minuten")]),
    ("Die Touren sind 15-40 Kilometer lang.", [(15, "Kilometer"), (40, "Kilometer")]),
    ("Die Temperaturen liegen drei bis vier Grad höher.", [(3, "Grad"), (4, "Grad")]),
    ("Die Gebühr steigt von 25 auf 30 Euro.", [(25, "Euro"), (30, "Euro")]),
    ("Die Kosten stiegen von 2,1 auf 2,6 Millionen Euro.", [(2100000, "Euro"), (2600000, "Euro")]),
    ("Das Projekt kostet 2 bis 3 Millionen Euro.", [(2000000, "Euro"), (3000000, "Euro")]),
    ("Derzeit haben 31 von 42 Schulen schnelles Internet.", [(31, "Schulen"), (42, "Schulen")]),
    ("Die Jahreskarte kostet künftig 85 statt 75 Euro.", [(85, "Euro"), (75, "Euro")]),
    ("Das Spielfeld misst 105 mal 68 Meter.", [(105, "Meter"), (68, "Meter")]),
    # implied units
    (
        "Es wurden 5.000 Masken verteilt, von denen 1.200 an Kitas gingen.",
        [(5000, "Masken"), (1200, "Masken")],
    ),
    (
        "Die Stadt zählte 800 Anmeldungen, davon 300 aus dem Umland.",
        [(800, "Anmeldungen"), (300, "Anmeldungen")],
    ),
    ("Die Wehr rückte 61.000 Mal aus, knapp 9.000 davon nachts.", [(61000, "Mal"), (9000, "Mal")]),
    ("Im Vorjahr kamen 1.800 Gäste, in diesem Jahr waren es 2.300.", [(1800, "Gäste"), (2300, "Gäste")]),
    ("Die Plätze sind auf 25 begrenzt.", [(25, "Plätze")]),
    ("Wegen der Auflagen ist die Zahl der Teilnehmenden auf 30 begrenzt.", [(30, "Teilnehmenden")]),
    ("Die Mitgliederzahl stieg von 120 auf 180.", [(120, "Mitglieder"), (180, "Mitglieder")]),
    (
        "Für den Antrag stimmten 38 Ratsmitglieder, zwei enthielten sich.",
        [(38, "Ratsmitglieder"), (2, "Ratsmitglieder")],
    ),
    ("Statt bisher vier sollen dann sechs Teams arbeiten.", [(4, "Teams"), (6, "Teams")]),
    ("Damals gab es 40 Kitas. Heute sind es 65.", [(40, "Kitas"), (65, "Kitas")]),
    (
        "Im Süden wurden 12 neue Spielplätze gebaut. Die übrigen drei folgen 2025.",
        [(12, "Spielplätze"), (3, "Spielplätze")],
    ),
    (
        "Über 800 Menschen verloren ihre Arbeit und 10.000 sind in Kurzarbeit.",
        [(800, "Menschen"), (10000, "Menschen")],
    ),
    ("Die Inzidenz liegt jetzt bei 35,2.", [(35.2, "Inzidenz")]),
    # several in one sentence, with traps around them
    ("Die Wehr rückte 300 Mal aus. Notrufe laufen nur über die 112.", [(300, "Mal")]),
    (
        "Am 3. Mai 2021 pflanzten 60 Freiwillige von 10 bis 14 Uhr 1.500 Blumenzwiebeln.",
        [(60, "Freiwillige"), (1500, "Blumenzwiebeln")],
    ),
    (
        "Die Bücherei an der Hauptstraße 12 verleiht seit 2019 jährlich 40.000 Medien.",
        [(40000, "Medien")],
    ),
]

TRAPS: list[str] = [
    # dates and years
    "Der Rat tagt am 28. Mai 2020 im Rathaus.",
    "Seit 2015 gibt es den Preis.",
    "Im Jahr 2025 soll der Bau beginnen.",
    "Das Haus wurde 1889 gebaut.",
    "Ab 2024 gelten neue Gebühren.",
    "Bis Ende 2023 stehen die Mittel bereit.",
    "Der Haushalt 2022 wurde beschlossen.",
    "Stand: 14.03.2022",
    "Die Kirmes findet vom 6. bis 16. August statt.",
    "Die Straße ist ab dem 3. Juni gesperrt.",
    "Das Schuljahr 2020/21 beginnt im August.",
    "Die Frist endet am 2024-05-31.",
    "Seit den 90er Jahren wächst die Stadt.",
    "Die Heizung stammt aus den 1970er-Jahren.",
    "Die Sitzung am Dienstag, 4. Juni, beginnt pünktlich.",
    "Im Sommer 2018 war es besonders heiß.",
    "Die Ausstellung läuft bis zum 31.12.",
    # times of day
    "Die Sprechstunde ist von 10 bis 12 Uhr.",
    "Beginn ist um 18.30 Uhr.",
    "Die Sitzung beginnt um 17 Uhr.",
    "Geöffnet ist montags von 8 - 16 Uhr.",
    "Die Öffnungszeiten sind Mo.–Fr. 8–12 Uhr.",
    "Das Tor öffnet um 10:30 Uhr.",
    "Treffpunkt ist zwischen 9 und 10 Uhr am Rathaus.",
    "Der Film läuft um 20.15 Uhr im Schlosspark.",
    "Gegen 22 Uhr endete die Veranstaltung.",
    # ordinals
    "Zur 13. Runde treten alle Teams an.",
    "Die 583. Cranger Kirmes beginnt im August.",
    "Er erklärte als dritten Punkt die Finanzen.",
    "Im 19. Jahrhundert wurde die Kirche gebaut.",
    "Zum 7. Mal findet das Fest statt.",
    "Die 2. Vorsitzende leitete die Sitzung.",
    "Die Sprechstunde ist am 2. und 4. Montag im Monat.",
    "Schuldezernentin Anna Beck (2. v. l.) stellte die Pläne vor.",
    "Er war der erste Preisträger.",
    "Die dritte Auflage war ein Erfolg.",
    "Die Kinder der Jahrgangsstufe 5 fahren ins Landheim.",
    # telephone and fax numbers, post boxes
    "Anmeldung unter Telefon 0 23 23 / 16 - 47 11.",
    "Fax: 02361 53-3250",
    "Kontakt: Tel. 0212 290-3221",
    "Die Hotline ist unter 0800 / 5 00 23 23 erreichbar.",
    "Das Postfach 10 18 20 wird aufgelöst.",
    # postal codes
    "Die Beratung findet in der Hauptstraße 5, 44649 Herne, statt.",
    "Anträge gehen an das Rathaus in 45657 Recklinghausen.",
    # house and room numbers
    "Die Schule an der Cranger Straße 271 wird saniert.",
    "Das Fest findet Am Sportpark 7 statt.",
    "Er wohnt in der Bahnhofstraße 12a.",
    "Das Büro befindet sich in Raum 214.",
    "Die Kurse finden in Zimmer 1.14 statt.",
    "Die Sitzung findet im Saal 3 statt.",
    "Das Gebäude an der Willi-Pohlmann-Allee 1 wird saniert.",
    "Die Kita Regenbogen, Lindenweg 3, bleibt geschlossen.",
    "Das Gebäude hat die Hausnummer 7.",
    "Die Hausarztpraxis ist nachts unter 116 117 zu erreichen.",
    "Das Bürgerbüro ist von 8 bis 12.30 Uhr geöffnet.",
    "Das Verfahren (Az. 7 Ds 205 Js 1188/24) wurde eingestellt.",
    "Zwischen 2018 und 2023 Projekte zu fördern, war das Ziel.",
    "Der Schützenverein 1862 Oberdorf feiert sein Jubiläum.",
    "Die Meldung vom 07-11-2024 wurde korrigiert.",
    "Bei Gefahr gilt: sofort 110 wählen.",
    "Die Sprechstunde dauert von 14 bis 15:45 Uhr.",
    "Führungen beginnen um 10 und um 15 Uhr am Eingang.",
    "In 58452 Witten-Annen eröffnet eine neue Bücherei.",
    "Nur Fahrzeuge der Schadstoffklasse Euro 5 dürfen einfahren.",
    "Der Entwurf sieht für 2027 Investitionen in die Schulen vor.",
    # bus lines and road numbers
    "Die Buslinie 311 hält direkt vor der Tür.",
    "Die Linien 306 und 310 fahren häufiger.",
    "Die Buslinien R12 und 634 halten an Ersatzhaltestellen.",
    "Die Haltestelle der Linie SB 25 wird verlegt.",
    "Auf der A 43 kommt es zu Staus.",
    "Die B 226 wird gesperrt.",
    "Die Fahrt mit der S 1 dauert länger.",
    "Die Kreisstraße K 12 ist wieder frei.",
    "Die Landesstraße L 654 wird erneuert.",
    "Der ICE 123 fällt heute aus.",
    # paragraphs of law and file numbers
    "Der Antrag nach § 34 BauGB wurde abgelehnt.",
    "Es gilt Art. 3 Abs. 2 der Satzung.",
    "Das Aktenzeichen lautet Az. 32-1234/2020.",
    "Die Drucksache 2019/0873 liegt vor.",
    "Die Mitgliedsnummer 004711 ist gültig.",
    "Der Plan sieht in Abschnitt 4.2 neue Regeln vor.",
    "Der Bebauungsplan Nr. 145 wurde beschlossen.",
    "Die Vorlage 123/2021 wurde vertagt.",
    "Laut § 5 Abs. 1 der Satzung ist das verboten.",
    "Das Formular steht auf Seite 12 der Broschüre.",
    "Der Kurs 21-045 beginnt im Mai.",
    # numbers inside names and compounds
    "Das Projekt „Zukunftsimpuls 2025“ startet.",
    "Der 24-Stunden-Dienst ist gesichert.",
    "In der Tempo-30-Zone wird kontrolliert.",
    "Die Feuerwache 2 wird umgebaut.",
    "Die Kinder der Klasse 3b malten Bilder.",
    "Der Corona-Virus COVID-19 breitet sich aus.",
    "Die Warnstufe 3 gilt ab sofort.",
    "Er belegte Platz 2 im Wettbewerb.",
    "Der Bus fährt im 10-Minuten-Takt.",
    "Die Zwei-Ufer-Brücke wird eröffnet.",
    "Der 1. FC Köln spielt in Herne.",
    "Die Knotenpunkte 34 und 35 sind ausgeschildert.",
    "Die Kita Sonnenschein 2 öffnet im Herbst.",
    "Die Veranstaltung ist Teil der Reihe „Herne 2030“.",
    "Windows 10 wird auf allen Rechnern installiert.",
    "Die Gruppe „Die 3 von der Tankstelle“ tritt auf.",
    "Der Umzug steht unter dem Motto „25 Jahre – 25 Geschichten“.",
    "Die Ausstellung „Bilder aus vier Jahrzehnten“ ist bis Ostern zu sehen.",
    "Bei der Aktion „1000 Bäume für Herne“ machen viele mit.",
    "Die Innenstadt ist gesperrt; die Buslinien 2 und 5 fahren Umleitungen.",
    "Die Sprechzeiten sind um 10, 12 und 14 Uhr.",
    # phone-like, web and mail, scores, other non-quantities
    "Notrufe laufen ausschließlich über die 112.",
    "Das Spiel endete 3:1.",
    "Der TV Lindenau gewann gegen den TuS 05 mit 28:24 und liegt auf Rang 3.",
    "Weitere Informationen gibt es unter www.stadt.de/news/2020/123.",
    "Fragen beantwortet info2020@stadt-herne.de gern.",
    "Die IBAN lautet DE12 3456 7890 1234 5678 90.",
    "Ein Antrag genügt.",
    "Die Besucher sollten den Hinweis außer Acht lassen.",
    "Zwei Drittel der Fläche bleiben grün.",
]


def _pairs(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[t[:50] for t, _ in FIGURES])
def test_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", TRAPS, ids=[t[:50] for t in TRAPS])
def test_traps(text: str) -> None:
    assert _pairs(text) == []


def test_half_of_the_cases_are_traps() -> None:
    assert len(FIGURES) + len(TRAPS) >= 120
    assert len(TRAPS) >= len(FIGURES)


# ---------- the other fields of a figure ----------


def _one(text: str) -> Figure:
    figures = extract_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


def test_offsets_and_raw() -> None:
    text = "Insgesamt stehen bis Ende 2023 rund 1,2 Millionen Euro bereit."
    f = _one(text)
    assert f.raw == "1,2 Millionen Euro"
    assert text[f.start : f.end] == f.raw
    assert f.qualifier == "rund"
    assert f.kind == "money"
    assert f.sentence == text


def test_counted_keeps_the_whole_noun_phrase() -> None:
    f = _one("So sind 4.300 neue sozialversicherungspflichtige Arbeitsplätze entstanden.")
    assert (f.value, f.unit) == (4300, "Arbeitsplätze")
    assert f.counted == "neue sozialversicherungspflichtige Arbeitsplätze"
    assert f.kind == "count"


def test_abbreviated_unit_as_written_and_spelt_out_in_counted() -> None:
    f = _one("Auf 2.500 m² entsteht ein Spielplatz.")
    assert (f.unit, f.counted, f.kind) == ("m²", "Quadratmeter", "measure")
    money = _one("Der Eintritt kostet 12,50 €.")
    assert (money.unit, money.counted, money.kind) == ("Euro", "Euro", "money")


def test_implied_unit_takes_the_referent_phrase() -> None:
    text = "Es entstanden 4.300 neue Arbeitsplätze, von denen 2.700 an Frauen gingen."
    first, second = extract_figures(text)
    assert (second.value, second.unit, second.counted) == (2700, "Arbeitsplätze", first.counted)
    assert second.raw == "2.700"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Sanierung kostet 3 Millionen Euro.", "money"),
        ("Die Quote liegt bei 12,5 Prozent.", "percent"),
        ("Der Weg ist 3,5 Meter breit.", "measure"),
        ("Die Arbeiten dauern fünf Jahre.", "duration"),
        ("Die Stadt sucht seit fünf Jahren einen Investor.", "duration"),
        ("Die Teilnehmerin war 81 Jahre alt.", "age"),
        ("Der Jüngste ist gerade drei Monate alt.", "age"),
        ("Der 81-Jährige erhielt die Ehrennadel.", "age"),
        ("Das 50-jährige Bestehen wird gefeiert.", "duration"),
        ("Die Stadt pflanzt 64 Bäume.", "count"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert _one(text).kind == kind


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Über 800 Menschen kamen.", "über"),
        ("Mehr als 300 Anträge gingen ein.", "mehr als"),
        ("Knapp 9.000 Einsätze waren es.", "knapp"),
        ("Bis zu 180 Kinder essen dort.", "bis zu"),
        ("Etwa 450 Quadratmeter sind frei.", "etwa"),
        ("Es sind ca. 20 Kilometer.", "ca."),
        ("Es kamen 300 Gäste.", None),
    ],
)
def test_qualifier(text: str, qualifier: str | None) -> None:
    assert _one(text).qualifier == qualifier


def test_unit_of_unclear_bare_number_is_none() -> None:
    f = _one("Am Ende waren es 10.000.")
    assert (f.value, f.unit) == (10000, None)


def test_figures_are_in_text_order_and_inside_their_sentence() -> None:
    text = (
        "Die Stadt investiert 9,4 Millionen Euro. Davon stammen 6,1 Millionen Euro vom Land.\n\n"
        "Künftig lernen 620 Schülerinnen und Schüler in 24 Klassenräumen."
    )
    figures = extract_figures(text)
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    for f in figures:
        assert f.raw in f.sentence
        assert text[f.start : f.end] == f.raw


def test_fast_enough_per_paragraph() -> None:
    paragraph = (
        "Nach rund 18 Monaten Bauzeit hat der Kreis die neue Rettungswache an der Hauptstraße 12 "
        "in Betrieb genommen. Der Kreis hat rund 4,8 Millionen Euro investiert, davon stammen "
        "650.000 Euro aus Fördermitteln. Am Samstag, 26. März 2022, ist von 11 bis 16 Uhr Tag der "
        "offenen Tür; Anmeldung unter Telefon 02361 53-4012. Künftig arbeiten dort 32 "
        "Notfallsanitäterinnen und Notfallsanitäter, zwei Rettungswagen sind ständig besetzt."
    )
    extract_figures(paragraph)  # warm the caches
    rounds = 200
    t0 = time.perf_counter()
    for _ in range(rounds):
        extract_figures(paragraph)
    per_paragraph = (time.perf_counter() - t0) / rounds
    assert per_paragraph < 0.001
