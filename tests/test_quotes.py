"""Quotes and their speakers: small cases in the style of municipal press releases.

All people, places and sentences are invented for these tests. Each case is the text,
optional context (title, teaser, captions) and the expected (quote text, speaker) pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract_article, extract_quotes
from extractors.model import Quote


def case(text: str, expected: list[tuple[str, str | None]], *, id: str, context: str = ""):
    return pytest.param(text, context, expected, id=id)


# ---------- marks ----------

MARKS = [
    case(
        "„Wir öffnen das Bad im Mai“, sagte Bürgermeisterin Anke Vossberg.",
        [("Wir öffnen das Bad im Mai", "Anke Vossberg")],
        id="german-low-high",
    ),
    case(
        '"Die Brücke ist wieder frei", sagte Stadtbaurat Jörn Kettwig am Montag.',
        [("Die Brücke ist wieder frei", "Jörn Kettwig")],
        id="straight-double",
    ),
    case(
        "»Der Markt bleibt, wo er ist«, erklärte Marktmeister Olaf Prenzel.",
        [("Der Markt bleibt, wo er ist", "Olaf Prenzel")],
        id="guillemets-german",
    ),
    case(
        "«Wir rechnen mit vielen Gästen», sagte Festleiterin Doris Amrein.",
        [("Wir rechnen mit vielen Gästen", "Doris Amrein")],
        id="guillemets-swiss",
    ),
    case(
        "‚Das Archiv zieht um‘, sagte Archivleiter Bernd Schollmeier.",
        [("Das Archiv zieht um", "Bernd Schollmeier")],
        id="single-german",
    ),
    case(
        "“Die Kita wird größer”, sagte Jugenddezernent Malte Brinck.",
        [("Die Kita wird größer", "Malte Brinck")],
        id="english-curly",
    ),
    case(
        "„Die Ampel kommt noch in diesem Jahr”, sagte Ordnungsdezernentin Ilka Sommerfeld.",
        [("Die Ampel kommt noch in diesem Jahr", "Ilka Sommerfeld")],
        id="sloppy-closing-mark",
    ),
    case(
        "&bdquo;Wir bauen drei neue Spielplätze&ldquo;, sagte Grünflächenamtsleiter Timo Reuschel.",
        [("Wir bauen drei neue Spielplätze", "Timo Reuschel")],
        id="html-entities-named",
    ),
    case(
        "&#8222;Das Freibad bleibt bis September geöffnet&#8220;, so Bäderchef Sven Tillmann.",
        [("Das Freibad bleibt bis September geöffnet", "Sven Tillmann")],
        id="html-entities-numeric",
    ),
    case(
        "&quot;Die Sanierung liegt im Zeitplan&quot;, sagte Projektleiterin Nora Feldhaus.",
        [("Die Sanierung liegt im Zeitplan", "Nora Feldhaus")],
        id="html-entity-quot",
    ),
    case(
        "„Die Kinder riefen ‚Noch mal!‘ und wollten gar nicht mehr aufhören“, erzählte Erzieherin Lea Brandt.",
        [("Die Kinder riefen ‚Noch mal!‘ und wollten gar nicht mehr aufhören", "Lea Brandt")],
        id="nested-single",
    ),
    case(
        "„Auf dem Schild stand „Betreten verboten“, aber niemand hat sich daran gehalten“, sagte Hausmeister Uwe Kamps.",
        [("Auf dem Schild stand „Betreten verboten“, aber niemand hat sich daran gehalten", "Uwe Kamps")],
        id="nested-same-marks",
    ),
    case(
        "„Die Halle ist fertig. Ab Montag trainieren hier die Vereine. Wir sind sehr zufrieden“, sagte Sportdezernent Rolf Hachmann.",
        [
            (
                "Die Halle ist fertig. Ab Montag trainieren hier die Vereine. Wir sind sehr zufrieden",
                "Rolf Hachmann",
            )
        ],
        id="several-sentences",
    ),
    case(
        "Kämmerin Birte Lohmann stellte den Haushalt vor: „Wir müssen sparen, aber wir kürzen nicht bei den Schulen.\n\n"
        "„Die Gewerbesteuer bleibt stabil. Das ist eine gute Nachricht.“",
        [
            (
                "Wir müssen sparen, aber wir kürzen nicht bei den Schulen. Die Gewerbesteuer bleibt stabil. "
                "Das ist eine gute Nachricht.",
                "Birte Lohmann",
            )
        ],
        id="over-a-paragraph-break",
    ),
    case(
        "Kämmerin Birte Lohmann legte den Etat vor. „Wir müssen sparen.\n\nDie Gewerbesteuer bleibt stabil“, "
        "so Lohmann weiter.",
        [("Wir müssen sparen. Die Gewerbesteuer bleibt stabil", "Birte Lohmann")],
        id="paragraph-break-without-reopening",
    ),
    case(
        "„Der Radweg ist breiter geworden.“ „Und er ist endlich beleuchtet“, sagte Verkehrsplaner Jonas Pieper.",
        [("Der Radweg ist breiter geworden. Und er ist endlich beleuchtet", "Jonas Pieper")],
        id="adjacent-pairs-one-turn",
    ),
]

# ---------- attribution ----------

ATTRIBUTION = [
    case(
        "„Die Bücherei bekommt neue Öffnungszeiten“, erklärte Kulturdezernentin Svenja Roloff.",
        [("Die Bücherei bekommt neue Öffnungszeiten", "Svenja Roloff")],
        id="after-verb-role-name",
    ),
    case(
        "Landrat Heiko Brüning sagte bei der Eröffnung: „Das Kreishaus ist jetzt barrierefrei.“",
        [("Das Kreishaus ist jetzt barrierefrei.", "Heiko Brüning")],
        id="before-verb-colon",
    ),
    case(
        "Dr. Ines Vahrenkamp, Leiterin des Gesundheitsamts: „Die Impfstelle bleibt bis Ende März geöffnet.“",
        [("Die Impfstelle bleibt bis Ende März geöffnet.", "Ines Vahrenkamp")],
        id="name-role-colon",
    ),
    case(
        "Kettwig: „Die Umleitung gilt bis Freitag.“",
        [("Die Umleitung gilt bis Freitag.", "Kettwig")],
        id="surname-colon",
    ),
    case(
        "„Wir haben alle Ziele erreicht“, so Stadtdirektor Clemens Haarmann.",
        [("Wir haben alle Ziele erreicht", "Clemens Haarmann")],
        id="so-name",
    ),
    case(
        "„Die Baustelle ruht über Weihnachten“, so Tiefbauamtsleiter Kai Strothmann. "
        "„Ab dem 7. Januar geht es weiter“, so Strothmann weiter.",
        [
            ("Die Baustelle ruht über Weihnachten", "Kai Strothmann"),
            ("Ab dem 7. Januar geht es weiter", "Kai Strothmann"),
        ],
        id="so-surname-weiter",
    ),
    case(
        "„Endlich haben die Jugendlichen einen eigenen Treffpunkt“, freut sich Streetworkerin Jana Oltmanns.",
        [("Endlich haben die Jugendlichen einen eigenen Treffpunkt", "Jana Oltmanns")],
        id="inverted-freut-sich",
    ),
    case(
        "Sozialdezernentin Marlies Bödeker besuchte die neue Tafel. "
        "„Hier wird jeden Tag Großartiges geleistet“, betonte die Dezernentin.",
        [("Hier wird jeden Tag Großartiges geleistet", "Marlies Bödeker")],
        id="inverted-role",
    ),
    case(
        "„Das Ergebnis kann sich sehen lassen“, zeigte sich Ortsvorsteher Gerd Hülsmann zufrieden.",
        [("Das Ergebnis kann sich sehen lassen", "Gerd Hülsmann")],
        id="inverted-zeigt-sich",
    ),
    case(
        "„Das Rathaus wird klimaneutral“, hatte Oberbürgermeister Lars Ehmke im Frühjahr angekündigt.",
        [("Das Rathaus wird klimaneutral", "Lars Ehmke")],
        id="after-auxiliary-participle",
    ),
    case(
        "„Die Sperrung ist leider unvermeidbar“, wie Baudezernent Arne Lüttke erklärte.",
        [("Die Sperrung ist leider unvermeidbar", "Arne Lüttke")],
        id="after-wie",
    ),
    case(
        "„Jede Spende hilft“, sagte Pfarrerin Hanna Brüggemann am Sonntag, „und jede Stunde Ehrenamt auch.“",
        [("Jede Spende hilft", "Hanna Brüggemann"), ("und jede Stunde Ehrenamt auch.", "Hanna Brüggemann")],
        id="interrupted",
    ),
    case(
        "„Wer wird die Kosten tragen?“, fragte Ratsherr Dennis Wolter in der Sitzung.",
        [("Wer wird die Kosten tragen?", "Dennis Wolter")],
        id="question-then-comma",
    ),
    case(
        "„Helfen Sie mit!“, rief Feuerwehrchef Lutz Berendt den Zuschauern zu.",
        [("Helfen Sie mit!", "Lutz Berendt")],
        id="exclamation-rief",
    ),
    case(
        "„Wir räumen zuerst die Hauptstraßen“, teilt der Betriebshof Lindenau mit.",
        [("Wir räumen zuerst die Hauptstraßen", "Betriebshof Lindenau")],
        id="org-teilt-mit",
    ),
    case(
        "„Der Kanal wird in zwei Abschnitten erneuert“, heißt es in einer Mitteilung der Stadtwerke Ebersfeld.",
        [("Der Kanal wird in zwei Abschnitten erneuert", "Stadtwerke Ebersfeld")],
        id="heisst-es-in-mitteilung",
    ),
    case(
        "Schulleiter Matthias Dreyer gibt zu bedenken: „Die Container sind nur eine Übergangslösung.“",
        [("Die Container sind nur eine Übergangslösung.", "Matthias Dreyer")],
        id="before-separable-verb",
    ),
    case(
        "Dazu der Kreisbrandmeister Heinrich Olfers: „Ohne die Freiwilligen ginge hier gar nichts.“",
        [("Ohne die Freiwilligen ginge hier gar nichts.", "Heinrich Olfers")],
        id="dazu-colon",
    ),
    case(
        "Umweltdezernent Paul Timmer betonte, „dass die Stadt bis 2035 klimaneutral werden will“.",
        [("dass die Stadt bis 2035 klimaneutral werden will", "Paul Timmer")],
        id="before-comma",
    ),
    case(
        "„Der Spielplatz wird im Juni eröffnet“, sagte sie.",
        [("Der Spielplatz wird im Juni eröffnet", None)],
        id="pronoun-without-antecedent",
    ),
    case(
        "„Wir danken allen Helfern“, sagte Dr. Edgar Wiesmann, Vorsitzender des Heimatvereins Kirchlinde.",
        [("Wir danken allen Helfern", "Edgar Wiesmann")],
        id="after-name-apposition",
    ),
]

# ---------- the speaker's turn ----------

TURN = [
    case(
        "„Die Stadtbahn fährt ab Dezember im Zehn-Minuten-Takt“, sagte Mobilitätsdezernentin Katrin Wessel. "
        "„Das ist ein großer Schritt für alle Pendler.“",
        [
            ("Die Stadtbahn fährt ab Dezember im Zehn-Minuten-Takt", "Katrin Wessel"),
            ("Das ist ein großer Schritt für alle Pendler.", "Katrin Wessel"),
        ],
        id="turn-goes-on-after",
    ),
    case(
        "Kirmesleiter Dirk Aschoff zog am Montag eine positive Bilanz.\n\n"
        "„Trotz des Regens kamen mehr Besucher als im Vorjahr. Die Schausteller sind zufrieden.“",
        [
            (
                "Trotz des Regens kamen mehr Besucher als im Vorjahr. Die Schausteller sind zufrieden.",
                "Dirk Aschoff",
            )
        ],
        id="turn-from-sentence-before",
    ),
    case(
        "Bezirksbürgermeisterin Gabriele Strunk eröffnete das Fest. Die Bürgermeisterin war sichtlich gerührt.\n\n"
        "„So viele Menschen hatte ich nicht erwartet.“",
        [("So viele Menschen hatte ich nicht erwartet.", "Gabriele Strunk")],
        id="turn-from-role-sentence",
    ),
    case(
        "„Der Umbau war dringend nötig.“ „Jetzt haben wir endlich genug Platz“, sagte Museumsleiterin Frauke Behrens.",
        [("Der Umbau war dringend nötig. Jetzt haben wir endlich genug Platz", "Frauke Behrens")],
        id="turn-from-sentence-after",
    ),
    case(
        "Eine Anwohnerin, die seit vierzig Jahren in der Siedlung lebt, freut sich über die neuen Bänke. "
        "„Endlich kann ich mich unterwegs ausruhen“, sagt sie.",
        [("Endlich kann ich mich unterwegs ausruhen", "Anwohnerin")],
        id="pronoun-to-unnamed",
    ),
]

# ---------- the speaker's turn, continued ----------

TURN_MORE = [
    case(
        "„Wir bauen eine Schwimmschule für die ganze Stadt“, sagte Bürgermeister Rainer Vogt. "
        "Bislang könne jedes dritte Kind am Ende der Grundschule nicht sicher schwimmen. „Das wollen wir ändern.“",
        [
            ("Wir bauen eine Schwimmschule für die ganze Stadt", "Rainer Vogt"),
            ("Das wollen wir ändern.", "Rainer Vogt"),
        ],
        id="turn-over-reported-speech",
    ),
    case(
        "„Wir sparen, wo es geht.“ So fasst Kämmerin Ulrike Sandmann die Lage zusammen.",
        [("Wir sparen, wo es geht.", "Ulrike Sandmann")],
        id="next-sentence-so",
    ),
    case(
        "„Ohne Ehrenamt gäbe es dieses Fest nicht.“ Das sagte Festwirt Rudi Kampmann am Sonntag.",
        [("Ohne Ehrenamt gäbe es dieses Fest nicht.", "Rudi Kampmann")],
        id="next-sentence-das-sagte",
    ),
    case(
        "Die Stadt Lindenau hat den Spielplatz saniert. „Er ist jetzt barrierefrei.“",
        [("Er ist jetzt barrierefrei.", "Stadt Lindenau")],
        id="turn-organisation",
    ),
]

# ---------- coreference ----------

COREFERENCE = [
    case(
        "Oberbürgermeister Dr. Jens Albrecht stellte den Plan vor. „Wir investieren in die Zukunft“, sagte Albrecht.",
        [("Wir investieren in die Zukunft", "Jens Albrecht")],
        id="surname-to-full-name",
    ),
    case(
        "Oberbürgermeister Dr. Jens Albrecht stellte den Plan vor. „Wir investieren in die Zukunft“, sagte der Oberbürgermeister.",
        [("Wir investieren in die Zukunft", "Jens Albrecht")],
        id="role-to-full-name",
    ),
    case(
        "Kämmerer Volker Pahl legte die Zahlen vor. „Die Rücklage reicht bis 2026“, sagte er.",
        [("Die Rücklage reicht bis 2026", "Volker Pahl")],
        id="pronoun-er",
    ),
    case(
        "Schuldezernentin Petra Möllers besuchte die Grundschule. „Die Kinder lernen hier mit Freude“, sagte sie.",
        [("Die Kinder lernen hier mit Freude", "Petra Möllers")],
        id="pronoun-sie",
    ),
    case(
        "Stadtbaurat Henning Kolb und Schuldezernentin Petra Möllers besichtigten den Neubau. "
        "„Die Mensa ist das Herzstück“, betonte die Dezernentin.",
        [("Die Mensa ist das Herzstück", "Petra Möllers")],
        id="role-gender-aware",
    ),
    case(
        "Stadtbaurat Henning Kolb übergab den Schlüssel an Schulleiterin Petra Möllers. „Pünktlich fertig“, sagte er.",
        [("Pünktlich fertig", "Henning Kolb")],
        id="pronoun-prefers-subject-and-gender",
    ),
    case(
        "„Die Spielstraße bleibt“, sagte der Bezirksbürgermeister.",
        [("Die Spielstraße bleibt", "Frank Nolting")],
        id="role-from-caption-context",
        context="Bezirksbürgermeister Frank Nolting vor der Spielstraße.",
    ),
    case(
        "„Wir brauchen mehr Personal“, sagte Baumann.",
        [("Wir brauchen mehr Personal", "Christiane Baumann")],
        id="surname-from-context",
        context="Dr. Christiane Baumann leitet das Ordnungsamt.",
    ),
    case(
        "Auch die Feuerwehr Rellinghausen unterstützt das Projekt. „Jeder Rauchmelder rettet Leben“, teilt die Feuerwehr mit.",
        [("Jeder Rauchmelder rettet Leben", "Feuerwehr Rellinghausen")],
        id="org-head-to-full-org",
    ),
    case(
        "„Das Wasser ist einwandfrei“, sagte ein Sprecher der Stadtwerke.",
        [("Das Wasser ist einwandfrei", "Sprecher der Stadtwerke")],
        id="unnamed-with-genitive",
    ),
    case(
        "„Ich komme jeden Tag hierher“, erzählt eine Besucherin aus Oberhausen.",
        [("Ich komme jeden Tag hierher", "Besucherin")],
        id="unnamed-person",
    ),
    case(
        "„Die Rutsche ist super“, findet der achtjährige Ben.",
        [("Die Rutsche ist super", "Ben")],
        id="child-with-age",
    ),
    case(
        "„Der Deich hält“, sagte die Polizei. Die Polizei Westerholt war mit 40 Kräften im Einsatz.",
        [("Der Deich hält", "Polizei Westerholt")],
        id="org-named-later",
    ),
    case(
        "Leiterin des Sportamts ist Dr. Claudia Fenske. „Wir sanieren alle Hallen“, sagte Fenske.",
        [("Wir sanieren alle Hallen", "Claudia Fenske")],
        id="surname-after-title-name",
    ),
    case(
        "Der venezianische Gastdirigent Marco Bellini und der heimische Chorleiter Tom Arndt probten gemeinsam. "
        "„Die Akustik ist wunderbar“, sagte der Chorleiter.",
        [("Die Akustik ist wunderbar", "Tom Arndt")],
        id="role-among-two-men",
    ),
    case(
        "Fachbereichsleiterin Anja Kroll und Bürgermeister Jan Seidel eröffneten die Ausstellung. "
        "„Wir zeigen Bilder aus hundert Jahren“, sagte Kroll. „Ich freue mich auf viele Besucher“, ergänzte Seidel.",
        [
            ("Wir zeigen Bilder aus hundert Jahren", "Anja Kroll"),
            ("Ich freue mich auf viele Besucher", "Jan Seidel"),
        ],
        id="two-speakers",
    ),
    case(
        "„Die Planung läuft“, sagte der Leiter des Stadtplanungsamts, Björn Rademacher.",
        [("Die Planung läuft", "Björn Rademacher")],
        id="role-comma-name",
    ),
]

COREFERENCE_MORE = [
    case(
        "Einer der Paten ist Hans-Werner Tiemann, der zu seinem 70. Geburtstag einen Baum gestiftet hat. "
        "„Meine Enkel sollen sehen, was Opa gepflanzt hat“, sagt der Rentner.",
        [("Meine Enkel sollen sehen, was Opa gepflanzt hat", "Hans-Werner Tiemann")],
        id="definite-description",
    ),
    case(
        "Sportlerin des Jahres ist die Schwimmerin Lea Brockmann. Die erst 16 Jahre alte Schülerin gewann Gold. "
        "„Ich habe gar nicht gemerkt, wie schnell ich war“, sagte sie.",
        [("Ich habe gar nicht gemerkt, wie schnell ich war", "Lea Brockmann")],
        id="pronoun-through-description",
    ),
    case(
        "Dass der Platz belebt ist, freut Jasmin Okafor. Seit 2021 ist sie Citymanagerin der Stadt Lindenau. "
        "„Die Leute kommen wieder“, sagt die Citymanagerin.",
        [("Die Leute kommen wieder", "Jasmin Okafor")],
        id="role-after-copula",
    ),
    case(
        "In der Schule lernen 940 Schülerinnen und Schüler. Schulleiter Henrik Pawlak ist zufrieden. "
        "Die Schülerinnen und Schüler nutzen das neue Netz. „Jetzt können wir so arbeiten, wie wir es gelernt haben“, sagt er.",
        [("Jetzt können wir so arbeiten, wie wir es gelernt haben", "Henrik Pawlak")],
        id="pronoun-skips-plural",
    ),
    case(
        "Ein Vater, der seine Tochter am ersten Tag brachte, war erleichtert: „Wir haben lange gewartet.“",
        [("Wir haben lange gewartet.", "Vater")],
        id="relative-clause-not-subject",
    ),
    case(
        "Für Archivarin Petra Wolff ist die Ausstellung auch ein Aufruf: „Viele Fotos sind noch nicht beschriftet.“",
        [("Viele Fotos sind noch nicht beschriftet.", "Petra Wolff")],
        id="colon-perspective",
    ),
    case(
        "„Fast jede Familie hat ein Stück aus der Hütte im Schrank“, sagt sie.",
        [("Fast jede Familie hat ein Stück aus der Hütte im Schrank", "Sabine Hollerbach")],
        id="pronoun-from-caption",
        context="Kuratorin Dr. Sabine Hollerbach zeigt eine Vase.",
    ),
    case(
        "Die Stadtwerke Ahrenfeld betreiben die Brunnen. „Das Wasser ist bestens kontrolliert“, "
        "heißt es in einer Stellungnahme des Unternehmens.",
        [("Das Wasser ist bestens kontrolliert", "Stadtwerke Ahrenfeld")],
        id="generic-organisation",
    ),
    case(
        "Der Fahrgastverband Pro Bahn begrüßt den Takt. „Das ist ein echter Fortschritt“, teilte der Verband mit.",
        [("Das ist ein echter Fortschritt", "Fahrgastverband Pro Bahn")],
        id="organisation-compound-head",
    ),
    case(
        "„Die Sperrung dauert bis Freitag“, so die Einschätzung von Stadtbaurat Henrik Lorenz.",
        [("Die Sperrung dauert bis Freitag", "Henrik Lorenz")],
        id="so-von-complement",
    ),
    case(
        "„Der Umbau lohnt sich“, lautet das Fazit von Museumsdirektorin Katja Hörster.",
        [("Der Umbau lohnt sich", "Katja Hörster")],
        id="fazit-von",
    ),
    case(
        "Die Initiative hat 2.000 Unterschriften gesammelt. „Wir geben nicht auf“, sagt ihr Sprecher Jens Kolbe.",
        [("Wir geben nicht auf", "Jens Kolbe")],
        id="possessive-with-name",
    ),
    case(
        "Heinz Wollny repariert seit Jahren Fahrräder. „Ich kann nicht stillsitzen“, sagt der 74-Jährige.",
        [("Ich kann nicht stillsitzen", "Heinz Wollny")],
        id="age-noun",
    ),
    case(
        "Mit den Worten „Jetzt wird hier endlich wieder gefeiert“ eröffnete Bürgermeister Tobias Lehnhardt das Fest.",
        [("Jetzt wird hier endlich wieder gefeiert", "Tobias Lehnhardt")],
        id="mit-den-worten",
    ),
    case(
        "„Es ist ein Kreuz mit den Baustellen“, schimpft ein Taxifahrer am Bahnhof.",
        [("Es ist ein Kreuz mit den Baustellen", "Taxifahrer")],
        id="unnamed-any-verb",
    ),
    case(
        "„Wir haben so viele Anmeldungen wie nie“, betonen die Organisatoren.",
        [("Wir haben so viele Anmeldungen wie nie", "Organisatoren")],
        id="plural-speakers",
    ),
    case(
        "Einsatzleiter Marco Lindemann ließ die Straße sperren. „Das war Millimeterarbeit“, sagte der Einsatzleiter.",
        [("Das war Millimeterarbeit", "Marco Lindemann")],
        id="role-starting-with-ein",
    ),
    case(
        "Polizeisprecher Tim Bauer gab Entwarnung. „Es wurde niemand verletzt“, sagte später ein Sprecher der Feuerwehr.",
        [("Es wurde niemand verletzt", "Sprecher der Feuerwehr")],
        id="indefinite-is-someone-new",
    ),
    case(
        "„Die Lage ist ernst“, sagte der brasilianische Minister. Der Gast, der argentinische Minister Luis Pérez, schwieg.",
        [("Die Lage ist ernst", "Minister")],
        id="adjective-tells-role-holders-apart",
    ),
]

# ---------- other words for the same office ----------

OFFICES = [
    case(
        "Oberbürgermeisterin Petra Lindenkamp eröffnete den Markt. „Ein guter Start“, sagte die Rathauschefin.",
        [("Ein guter Start", "Petra Lindenkamp")],
        id="rathauschefin-is-the-oberbuergermeisterin",
    ),
    case(
        "Bürgermeister Udo Kremer weihte die Brücke ein. „Endlich verbunden“, freute sich das Stadtoberhaupt.",
        [("Endlich verbunden", "Udo Kremer")],
        id="stadtoberhaupt-is-the-buergermeister",
    ),
    case(
        "Stadtbaurätin Ines Wollert stellte den Plan vor. „Wir bauen ab März“, sagte die Baudezernentin.",
        [("Wir bauen ab März", "Ines Wollert")],
        id="baudezernentin-is-the-stadtbaurätin",
    ),
    case(
        "Kämmerin Sabine Orth legte den Etat vor. „Die Lage bleibt angespannt“, warnte die Finanzdezernentin.",
        [("Die Lage bleibt angespannt", "Sabine Orth")],
        id="finanzdezernentin-is-the-kämmerin",
    ),
    case(
        "Beigeordneter Rolf Hegemann besuchte die Kita. „Hier wird viel geleistet“, sagte der Jugenddezernent.",
        [("Hier wird viel geleistet", "Rolf Hegemann")],
        id="dezernent-is-the-beigeordneter",
    ),
    case(
        "„Die Straße bleibt gesperrt“, sagte OB Henning Salewski. „Wir bitten um Geduld“, so der Oberbürgermeister.",
        [("Die Straße bleibt gesperrt", "Henning Salewski"), ("Wir bitten um Geduld", "Henning Salewski")],
        id="ob-abbreviated",
    ),
    case(
        "Polizeisprecherin Jana Kolb bestätigte den Einsatz. „Alle sind wohlauf“, sagte eine Stadtsprecherin.",
        [("Alle sind wohlauf", "Stadtsprecherin")],
        id="stadtsprecherin-is-not-the-polizeisprecherin",
    ),
    case(
        "Landrat Olaf Bremer und Bürgermeisterin Eva Suhr kamen. „Wir feiern heute“, sagte der Landrat.",
        [("Wir feiern heute", "Olaf Bremer")],
        id="two-offices-never-match",
    ),
    case(
        "Ob das Fest stattfindet, ist offen. „Wir entscheiden am Freitag“, sagte Organisatorin Mia Kranz.",
        [("Wir entscheiden am Freitag", "Mia Kranz")],
        id="ob-the-conjunction-is-no-office",
    ),
]

# ---------- not quotes ----------

NOT_QUOTES = [
    case(
        "Die Stadt beteiligt sich unter dem Leitmotiv „Gemeinsam digital in die Zukunft“ an dem Wettbewerb.",
        [],
        id="leitmotiv",
    ),
    case("Das Fest steht unter dem Motto „Bunt statt grau“.", [], id="motto"),
    case("Die Aktion „Saubere Stadt“ startet am Samstag am Rathausplatz.", [], id="aktion"),
    case("Das Projekt „Grüne Höfe für alle Stadtteile“ wird vom Land gefördert.", [], id="projekt-long"),
    case("Die Lesung aus dem Roman „Der Sommer am Kanal“ beginnt um 19 Uhr.", [], id="work-title"),
    case(
        "Von den Kosten stammen 2,1 Millionen Euro aus dem Landesprogramm „Starke Quartiere 2030“.",
        [],
        id="programme-compound",
    ),
    case("Am Samstag ist wieder „Tag der offenen Tür“ in der Hauptwache.", [], id="event-name"),
    case("Der Förderverein „Freunde des Stadtparks“ sammelt Spenden.", [], id="institution"),
    case("Der sogenannte „Kümmerer“ kümmert sich um Beschwerden.", [], id="sogenannt"),
    case("Die Gastronomen meldeten einen „eher durchwachsenen“ Umsatz.", [], id="scare-quote-fragment"),
    case("Das Stadtfest heißt in diesem Jahr „Sommer in der Altstadt“.", [], id="heisst"),
    case("Das Motto lautet: „Alle zusammen für eine saubere Stadt.“", [], id="motto-lautet-colon"),
    case(
        "Die Kampagne „Wir machen das Viertel schöner, Straße für Straße“ läuft bis Oktober.",
        [],
        id="campaign-long",
    ),
    case("Die Haltestelle „Markt Süd“ wird verlegt.", [], id="stop-name"),
    case("Die Stadt Lindenau erhöht die Gebühren für die Müllabfuhr nicht.", [], id="no-marks"),
    case("„Stadtgespräch“\n\nDie Reihe geht im Herbst weiter.", [], id="quoted-heading"),
    case(
        "Samstag, 2. Dezember, 15 Uhr: „Der kleine Wassermann“ (Figurentheater ab 4 Jahren)",
        [],
        id="programme-listing",
    ),
    case(
        "Den Auftakt macht das Kabarett-Duo „Kohle und Kuchen“ mit seinem neuen Programm.",
        [],
        id="name-after-noun",
    ),
    case("Die Schau ist ihr Erstwerk: „Sie befinden sich im Museum“.", [], id="work-after-colon"),
    case("Das Fest steht unter dem Motto: „Alle zusammen für den Stadtteil“.", [], id="motto-colon"),
    case(
        "Auf der Tagesordnung stand auch das Thema „Parken in der Innenstadt und am Bahnhof“.",
        [],
        id="thema",
    ),
]

# ---------- fragments inside a narrator's sentence ----------

FRAGMENTS = [
    case(
        "Bürgermeisterin Sandra Kleinert sprach von einem „wichtigen Signal für alle Familien in unserer Stadt“.",
        [("wichtigen Signal für alle Familien in unserer Stadt", "Sandra Kleinert")],
        id="long-fragment-attributed",
    ),
    case(
        "Laut Polizeisprecher Marc Hövelmann war die Lage „zu keinem Zeitpunkt außer Kontrolle, auch nicht am Abend“.",
        [("zu keinem Zeitpunkt außer Kontrolle, auch nicht am Abend", "Marc Hövelmann")],
        id="laut",
    ),
    case(
        "Der Ausschuss nannte den Entwurf einen „guten Kompromiss“.",
        [],
        id="short-fragment-left-out",
    ),
]


# ---------- where a name ends ----------

NAME_BOUNDARIES = [
    case(
        "Dass beides nebeneinander existiert, ist für Dilek Aydın Alltag. „Die Kundschaft sieht zuerst, was fehlt“, sagt sie.",
        [("Die Kundschaft sieht zuerst, was fehlt", "Dilek Aydın")],
        id="noun-after-a-full-name",
    ),
    case(
        "„Wir bauen in zwei Abschnitten“, sagte Hans Peter Mörsdorf vom Tiefbauamt.",
        [("Wir bauen in zwei Abschnitten", "Hans Peter Mörsdorf")],
        id="two-first-names",
    ),
    case(
        "Ursula von der Heydt sagte: „Die Stiftung trägt die Hälfte der Kosten.“",
        [("Die Stiftung trägt die Hälfte der Kosten.", "Ursula von der Heydt")],
        id="two-name-particles",
    ),
]


# ---------- interruptions, name particles, sources, sentences that point back ----------

MORE_ATTRIBUTION = [
    case(
        '"Die Radwege werden breiter als geplant", so Verkehrsplanerin Hedda Lorenzen, "und sie werden sicherer."',
        [
            ("Die Radwege werden breiter als geplant", "Hedda Lorenzen"),
            ("und sie werden sicherer.", "Hedda Lorenzen"),
        ],
        id="interrupted-by-so-straight",
    ),
    case(
        "„Der Neubau wird teurer als gedacht“, so Stadtbaurat Ewald Brinkmann, „aber er bleibt nötig.“",
        [
            ("Der Neubau wird teurer als gedacht", "Ewald Brinkmann"),
            ("aber er bleibt nötig.", "Ewald Brinkmann"),
        ],
        id="interrupted-by-so-german",
    ),
    case(
        "„Die Förderung läuft weiter“, sagte Staatssekretärin Ottilie von der Aue am Freitag in Mainz.",
        [("Die Förderung läuft weiter", "Ottilie von der Aue")],
        id="particles-after-unknown-first-name",
    ),
    case(
        "„Die Bühne ist gebucht“, sagte Kulturreferentin Irmela von Brandt.",
        [("Die Bühne ist gebucht", "Irmela von Brandt")],
        id="single-particle-after-unknown-first-name",
    ),
    case(
        "„Der Park bleibt geöffnet“, sagte Sprecherin Irmela von der Stadtverwaltung.",
        [("Der Park bleibt geöffnet", "Irmela")],
        id="particle-before-an-institution",
    ),
    case(
        "„Der Park bleibt geöffnet“, sagte Irmela Brenner von der Stadt Lindenau.",
        [("Der Park bleibt geöffnet", "Irmela Brenner")],
        id="particle-after-a-complete-name",
    ),
    case(
        "„Die Brunnen sind leer“, sagte Samir al-Qudsi, Sprecher der Hilfsorganisation, am Abend.",
        [("Die Brunnen sind leer", "Samir al-Qudsi")],
        id="lower-case-surname-prefix",
    ),
    case(
        "„Die Ernte ist verloren“, sagte Landwirt Hamid bin Saleh.",
        [("Die Ernte ist verloren", "Hamid bin Saleh")],
        id="patronymic-particle",
    ),
    case(
        "Den Angaben von Kreisbrandmeister Holger Sandmann zufolge „waren mehr als 60 Einsatzkräfte die ganze Nacht vor Ort“.",
        [("waren mehr als 60 Einsatzkräfte die ganze Nacht vor Ort", "Holger Sandmann")],
        id="angaben-von-zufolge",
    ),
    case(
        "Der Darstellung der Schulleiterin Imke Barthel zufolge „fehlt an fast allen Schulen der Platz für den Ganztag“.",
        [("fehlt an fast allen Schulen der Platz für den Ganztag", "Imke Barthel")],
        id="darstellung-genitive-zufolge",
    ),
    case(
        "Nach den Worten des Schulleiters Gernot Pahl „reicht der Platz in der Mensa längst nicht mehr aus“.",
        [("reicht der Platz in der Mensa längst nicht mehr aus", "Gernot Pahl")],
        id="nach-den-worten",
    ),
    case(
        "Der Planung von Stadtbaurat Ewald Brinkmann zufolge „soll der Bau im kommenden Frühjahr beginnen“.",
        [("soll der Bau im kommenden Frühjahr beginnen", None)],
        id="zufolge-after-a-plan-not-an-account",
    ),
    case(
        "„Ohne die Nachbarn hätten wir das nicht geschafft.“ Mit diesen Worten verabschiedete sich "
        "Zofia Wiśniewska-Kral von ihren Gästen.",
        [("Ohne die Nachbarn hätten wir das nicht geschafft.", "Zofia Wiśniewska-Kral")],
        id="mit-diesen-worten-any-verb",
    ),
    case(
        "„Das Dorf hält zusammen.“ Mit diesen Sätzen eröffnete Ortsvorsteherin Gudrun Pfeil das Fest.",
        [("Das Dorf hält zusammen.", "Gudrun Pfeil")],
        id="mit-diesen-saetzen-role",
    ),
    case(
        "„Wir haben alles versucht, aber es hat nicht gereicht.“ Mit diesen Worten im Gepäck reisten die Gäste ab.",
        [("Wir haben alles versucht, aber es hat nicht gereicht.", None)],
        id="mit-diesen-worten-no-verb-after",
    ),
    case(
        "Der Rat tagte bis spät in die Nacht. Mit diesen Worten eröffnete Ortsvorsteherin Gudrun Pfeil das Fest.",
        [],
        id="mit-diesen-worten-without-a-quote",
    ),
    case(
        "„Der Wochenmarkt wird wieder wachsen.“ Davon ist Marktmeisterin Svenja Rohloff überzeugt.",
        [("Der Wochenmarkt wird wieder wachsen.", "Svenja Rohloff")],
        id="davon-ist-ueberzeugt",
    ),
    case(
        "„Der Wochenmarkt wird wieder wachsen.“ Da ist sich Marktmeisterin Svenja Rohloff sicher.",
        [("Der Wochenmarkt wird wieder wachsen.", "Svenja Rohloff")],
        id="da-ist-sich-sicher",
    ),
    case(
        "„Wir haben alles versucht, aber es hat nicht gereicht.“ Davon ist in der Vorlage der Verwaltung keine Rede.",
        [("Wir haben alles versucht, aber es hat nicht gereicht.", None)],
        id="davon-without-the-predicate",
    ),
    case(
        "Stadtkämmerin Birgit Voss erwartet für 2025 ein Minus von acht Millionen Euro. Ursache seien vor "
        "allem die höheren Personalkosten. „Aus eigener Kraft schaffen wir das nicht mehr.“",
        [("Aus eigener Kraft schaffen wir das nicht mehr.", "Birgit Voss")],
        id="turn-through-reported-speech",
    ),
    case(
        "Stadtkämmerin Birgit Voss erwartet für 2025 ein Minus von acht Millionen Euro. Die Zinsen steigen "
        "weiter. „Aus eigener Kraft schaffen wir das nicht mehr.“",
        [("Aus eigener Kraft schaffen wir das nicht mehr.", None)],
        id="indicative-sentence-ends-the-turn",
    ),
    case(
        "Radek Nowicki ist seit Januar neuer Chef des Tierheims. Er will mehr Ehrenamtliche gewinnen.\n\n"
        "„Jeder Hund verdient ein Zuhause“, so Nowicki weiter.",
        [("Jeder Hund verdient ein Zuhause", "Radek Nowicki")],
        id="surname-after-unmarked-full-name",
    ),
    case(
        "Das Fest findet in Groß Brenneke statt. „Wir rechnen mit tausend Gästen“, sagte Brenneke.",
        [("Wir rechnen mit tausend Gästen", "Brenneke")],
        id="surname-not-taken-from-a-place",
    ),
]


# ---------- a role with what it governs, then the name ----------

ROLE_COMPLEMENT_APPOSITION = [
    case(
        "Die Gehwege werden breiter. „Wir fangen an der Grundschule an“, erläutert die "
        "Bezirksstadträtin für Umwelt und Verkehr, Mareike Olszewski.",
        [("Wir fangen an der Grundschule an", "Mareike Olszewski")],
        id="role-fuer-two-areas-then-name-after",
    ),
    case(
        "Dazu erklärt der Dezernent für Schule und Sport, Bent Hollweg: „Die Halle ist ab Montag wieder offen.“",
        [("Die Halle ist ab Montag wieder offen.", "Bent Hollweg")],
        id="role-fuer-then-name-colon",
    ),
    case(
        "„Die Anträge stapeln sich“, sagte die Leiterin des Amts für Wohnen, Soziales und Senioren, "
        "Dr. Wiebke Janowitz.",
        [("Die Anträge stapeln sich", "Wiebke Janowitz")],
        id="role-genitive-fuer-list-then-name",
    ),
    case(
        "„Die Anträge stapeln sich“, sagte der Richter am Sozialgericht, Tjark Lemmermann.",
        [("Die Anträge stapeln sich", "Tjark Lemmermann")],
        id="role-am-then-unknown-first-name",
    ),
    case(
        "Der Leiter des Grünflächenamts, Ortwin Pahlke, sagte: „Die Linden müssen leider weg.“",
        [("Die Linden müssen leider weg.", "Ortwin Pahlke")],
        id="role-genitive-name-between-commas",
    ),
    case(
        "„Die Linden müssen leider weg“, sagte die Vorsitzende des Heimatvereins, Roswitha Klaasen.",
        [("Die Linden müssen leider weg", "Roswitha Klaasen")],
        id="role-genitive-name-at-the-end",
    ),
    # not over-firing: no comma and name after the complement, or somebody else after "und"
    case(
        "„Die Linden müssen leider weg“, sagte die Dezernentin für Umwelt am Montag.",
        [("Die Linden müssen leider weg", "Dezernentin")],
        id="role-fuer-without-a-name",
    ),
    case(
        "„Die Linden müssen leider weg“, sagte die Leiterin des Gartenamts und Ortwin Pahlke, der dabei war.",
        [("Die Linden müssen leider weg", "Leiterin des Gartenamts")],
        id="role-genitive-and-another-person",
    ),
    case(
        "„Die Linden müssen leider weg“, sagte der Leiter der Wache und die Helfer, Ortwin Pahlke und Lea Kamp.",
        [("Die Linden müssen leider weg", "Leiter der Wache")],
        id="role-genitive-and-other-people",
    ),
]


# ---------- a name ends before the noun of a light verb ----------

NAME_BEFORE_CLAUSE_NOUN = [
    case(
        "Nach dem Derby zog Trainerin Svenja Kottmann Bilanz: „Wir waren heute einfach wacher.“",
        [("Wir waren heute einfach wacher.", "Svenja Kottmann")],
        id="bilanz-ziehen-after-role-and-name",
    ),
    case(
        "Im Ausschuss nahm Kämmerer Tjark Lemmermann Stellung: „Mehr Geld ist nicht da.“",
        [("Mehr Geld ist nicht da.", "Tjark Lemmermann")],
        id="stellung-nehmen-unknown-first-name",
    ),
    case(
        "Am Infostand stand Ortsvorsteher Bent Hollweg Rede und Antwort: „Die Buslinie bleibt.“",
        [("Die Buslinie bleibt.", "Bent Hollweg")],
        id="rede-und-antwort-stehen",
    ),
    case(
        "Danach übte Stadtrat Kowalczyk Kritik: „Das Verfahren war viel zu langsam.“",
        [("Das Verfahren war viel zu langsam.", "Kowalczyk")],
        id="kritik-ueben-after-role-and-surname",
    ),
    case(
        "Noch am Abend gab Jens Kottmann Auskunft: „Der Schaden ist kleiner als befürchtet.“",
        [("Der Schaden ist kleiner als befürchtet.", "Jens Kottmann")],
        id="auskunft-geben-after-full-name",
    ),
    case(
        "„Der Schaden ist kleiner als befürchtet“, sagte Jens Kottmann Reportern vor Ort.",
        [("Der Schaden ist kleiner als befürchtet", "Jens Kottmann")],
        id="known-noun-after-first-name-and-surname",
    ),
    # not over-firing: a surname that looks like a noun stays a surname
    case(
        "„Der Schaden ist kleiner als befürchtet“, sagte Ortsvorsteher Olaf Jung.",
        [("Der Schaden ist kleiner als befürchtet", "Olaf Jung")],
        id="noun-shaped-surname-after-first-name",
    ),
    case(
        "„Der Schaden ist kleiner als befürchtet“, sagte Ortsvorsteher Jens Peter Hartung.",
        [("Der Schaden ist kleiner als befürchtet", "Jens Peter Hartung")],
        id="noun-shaped-surname-after-two-first-names",
    ),
]


# ---------- documents are sources, not speakers ----------

DOCUMENT_SOURCES = [
    case(
        "Den Plänen zufolge „soll die Brücke im Herbst für den Verkehr freigegeben werden“.",
        [("soll die Brücke im Herbst für den Verkehr freigegeben werden", None)],
        id="plaenen-zufolge-no-speaker",
    ),
    case(
        "Den Vorgaben zufolge „müssen alle Schulen bis Jahresende einen Notfallplan haben“.",
        [("müssen alle Schulen bis Jahresende einen Notfallplan haben", None)],
        id="unknown-noun-zufolge-no-speaker",
    ),
    case(
        "Laut Statistik „sind im vergangenen Jahr deutlich weniger Menschen zugezogen als erwartet“.",
        [("sind im vergangenen Jahr deutlich weniger Menschen zugezogen als erwartet", None)],
        id="laut-statistik-no-speaker",
    ),
    case(
        "Den Berechnungen des Kreises zufolge „wird die Umlage im nächsten Jahr um zwei Punkte steigen“.",
        [("wird die Umlage im nächsten Jahr um zwei Punkte steigen", "Kreises")],
        id="document-of-an-organisation",
    ),
    case(
        "Nach Schätzungen der Feuerwehr „waren mehr als zweihundert Helfer die ganze Nacht im Einsatz“.",
        [("waren mehr als zweihundert Helfer die ganze Nacht im Einsatz", "Feuerwehr")],
        id="nach-document-of-an-organisation",
    ),
    case(
        "Laut Flächennutzungsplan „darf auf der Wiese am Ortsrand kein Gewerbe angesiedelt werden“.",
        [("darf auf der Wiese am Ortsrand kein Gewerbe angesiedelt werden", None)],
        id="laut-compound-document-no-speaker",
    ),
    # not over-firing: people after "zufolge" and "laut" still speak
    case(
        "Den Ermittlern zufolge „ist der Täter über den Zaun geklettert und dann geflohen“.",
        [("ist der Täter über den Zaun geklettert und dann geflohen", "Ermittlern")],
        id="person-noun-zufolge-speaks",
    ),
    case(
        "Laut Polizei „war der Fahrer mit fast hundert Stundenkilometern in der Stadt unterwegs“.",
        [("war der Fahrer mit fast hundert Stundenkilometern in der Stadt unterwegs", "Polizei")],
        id="laut-organisation-speaks",
    ),
]

# ---------- definite descriptions in whole articles ----------

DESCRIPTIONS = [
    case(
        "Beim Sommerfest sprach auch Tanja Reuschel, Sprecherin des Fördervereins. Sie sammelt seit Jahren "
        "Spenden. „Jeder Euro kommt direkt den Kindern zugute“, sagte die gelernte Erzieherin.",
        [("Jeder Euro kommt direkt den Kindern zugute", "Tanja Reuschel")],
        id="description-role-through-pronoun",
    ),
    case(
        "Malte Brinkmann hielt im Finale zwei Elfmeter. „Ich hatte einfach ein gutes Gefühl“, sagte der "
        "24-Jährige nach dem Spiel.",
        [("Ich hatte einfach ein gutes Gefühl", "Malte Brinkmann")],
        id="description-age-noun",
    ),
    case(
        "Seit März leitet Chiara Bellucci die Musikschule. Die gebürtige Italienerin hat viel vor. "
        "„Musik verbindet Generationen“, sagt sie.",
        [("Musik verbindet Generationen", "Chiara Bellucci")],
        id="description-origin-noun-then-pronoun",
    ),
    case(
        "Hebamme Sabine Vossberg arbeitet seit 30 Jahren im Kreißsaal. „Ich liebe diesen Beruf“, sagt Vossberg. "
        "Sie kennt jede Ecke des Hauses. „Hier habe ich Hunderte Kinder zur Welt gebracht“, erzählt Vossberg. "
        "Die Station soll im Sommer schließen. Viele Familien haben protestiert. Das Ministerium bleibt bei "
        "seiner Entscheidung. Die Stadt prüft eine Klage. Vossberg will trotzdem bis zum Schluss bleiben. "
        "Der Landrat hat sich eingeschaltet. Die Gespräche laufen seit Wochen. "
        "„Aufgeben ist für mich keine Option“, sagt die 58-Jährige.",
        [
            ("Ich liebe diesen Beruf", "Sabine Vossberg"),
            ("Hier habe ich Hunderte Kinder zur Welt gebracht", "Sabine Vossberg"),
            ("Aufgeben ist für mich keine Option", "Sabine Vossberg"),
        ],
        id="description-far-from-the-main-person",
    ),
    case(
        "Vereinschef Karl-Heinz „Kalle“ Brömmel begrüßte die Gäste. „Wir feiern heute unser Jubiläum“, "
        "sagte Brömmel.",
        [("Wir feiern heute unser Jubiläum", "Karl-Heinz Brömmel")],
        id="nickname-inside-a-name",
    ),
    case(
        "„Wir sparen jedes Jahr Energie“, sagte Kulturdezernentin Dr. Mechthild von Eichen bei der Eröffnung.",
        [("Wir sparen jedes Jahr Energie", "Mechthild von Eichen")],
        id="von-and-a-surname-shaped-like-a-noun",
    ),
    case(
        "Der Angeklagte schwieg lange. Dann stand er auf. „Es tut mir leid“, sagte er leise.",
        [("Es tut mir leid", "Angeklagte")],
        id="pronoun-to-an-unnamed-description",
    ),
    case(
        "Eine 79-jährige Zeugin aus dem Nachbarhaus hatte den Brand bemerkt. "
        "„Ich habe sofort die Feuerwehr gerufen“, sagte sie.",
        [("Ich habe sofort die Feuerwehr gerufen", "Zeugin")],
        id="pronoun-to-an-unnamed-aged-person",
    ),
    # not over-firing: a description that is somebody else stays a description
    case(
        "Richterin Anke Sommer verlas das Urteil. „Ich nehme die Strafe an“, sagte der Angeklagte.",
        [("Ich nehme die Strafe an", "Angeklagte")],
        id="party-after-a-named-judge",
    ),
    case(
        "Bürgermeisterin Ute Kramer eröffnete den Markt. „Wir sind sehr zufrieden mit dem Andrang“, "
        "sagte der Marktleiter.",
        [("Wir sind sehr zufrieden mit dem Andrang", "Marktleiter")],
        id="description-of-the-other-gender",
    ),
    case(
        "Bürgermeisterin Ute Kramer eröffnete den Markt. „Die Parkplätze reichen nicht“, klagte eine Anwohnerin.",
        [("Die Parkplätze reichen nicht", "Anwohnerin")],
        id="indefinite-is-somebody-new",
    ),
    case(
        "Bürgermeister Tim Olbrich lobte die Helfer. „Der Winterdienst war schnell zur Stelle“, "
        "sagte der Leiter des Bauhofs.",
        [("Der Winterdienst war schnell zur Stelle", "Leiter des Bauhofs")],
        id="description-with-its-complement",
    ),
    case(
        "Ärztin Lena Hoppe und Pflegerin Maren Stolz arbeiten seit Jahren zusammen. „Wir sind ein Team“, "
        "sagt Hoppe. „Ohne sie ginge nichts“, sagt Stolz. Hoppe lacht. Stolz auch. Die Station wird renoviert. "
        "Der Umbau dauert. Die Kosten steigen. Das Land zahlt. Der Kreis auch. "
        "„Wir freuen uns auf die neuen Räume“, sagt die 41-Jährige.",
        [
            ("Wir sind ein Team", "Lena Hoppe"),
            ("Ohne sie ginge nichts", "Maren Stolz"),
            ("Wir freuen uns auf die neuen Räume", "41-Jährige"),
        ],
        id="no-main-person-among-two",
    ),
]


# ---------- turns through reported speech; things are no speakers ----------

TURNS_IN_ARTICLES = [
    case(
        "Kämmerer Jonas Weidlich stellte den Etat vor. „Wir sparen, wo es geht“, sagte er. Die Gemeinde "
        "investiere trotzdem in Schulen und Kitas. „Bildung hat für uns Vorrang.“",
        [("Wir sparen, wo es geht", "Jonas Weidlich"), ("Bildung hat für uns Vorrang.", "Jonas Weidlich")],
        id="konjunktiv-subject-is-no-speaker",
    ),
    case(
        "Kämmerin Jana Wolff legte den Etat vor. Das Museum bekomme mehr Geld, die Bibliothek auch. "
        "„Kultur ist uns wichtig.“",
        [("Kultur ist uns wichtig.", "Jana Wolff")],
        id="konjunktiv-organisation-subject-is-no-speaker",
    ),
    case(
        "Regisseurin Paula Sternberg sprach über ihre Arbeit. „Ich probe gern lange“, sagte sie. "
        "„Jede Szene braucht ihre Zeit.“ Das merkt man dem Abend an.",
        [("Ich probe gern lange", "Paula Sternberg"), ("Jede Szene braucht ihre Zeit.", "Paula Sternberg")],
        id="man-and-a-thing-name-nobody",
    ),
    case(
        "„Der Takt wird deutlich dichter“, sagte Verkehrsplanerin Lisa Brandes. „Niemand muss mehr lange "
        "warten.“ Bisher fuhren die Busse nur stündlich.",
        [
            ("Der Takt wird deutlich dichter", "Lisa Brandes"),
            ("Niemand muss mehr lange warten.", "Lisa Brandes"),
        ],
        id="separable-verb-needs-its-particle",
    ),
    case(
        "„Wir bauen die Wache aus“, erklärte Dezernentin Karin Mohr. Zum Schluss appellierte Wachleiter "
        "Stefan Rieck an die Anwohner: Immer wieder würden Zufahrten zugeparkt. Im Winter seien Löschzüge "
        "mehrfach behindert worden. „Jede Sekunde zählt bei einem Brand.“",
        [("Wir bauen die Wache aus", "Karin Mohr"), ("Jede Sekunde zählt bei einem Brand.", "Stefan Rieck")],
        id="reported-speech-of-a-new-speaker",
    ),
    case(
        "Citymanagerin Eva Lindner hat große Pläne. Sie will die Innenstadt beleben. Ihr erstes Ziel ist "
        "klar formuliert: Der Leerstand soll sinken. „Das schaffen wir bis zum Sommer.“",
        [("Das schaffen wir bis zum Sommer.", "Eva Lindner")],
        id="possessive-opening-the-sentence",
    ),
    case(
        "Wirtin Helga Brandt kocht seit 30 Jahren am Hafen. Früher kamen die Stammgäste jeden Tag. "
        "Ans Aufhören habe sie nie gedacht, sagt sie. „Hier bleibe ich, solange es geht.“",
        [("Hier bleibe ich, solange es geht.", "Helga Brandt")],
        id="plural-is-no-she",
    ),
    case(
        "„Wir haben gut gekämpft“, sagte Trainer Uwe Kolbe. Im Finale traf Mehmet Yıldız zweimal. "
        "„Das war mein bester Tag“, sagte der 27-Jährige.",
        [("Wir haben gut gekämpft", "Uwe Kolbe"), ("Das war mein bester Tag", "Mehmet Yıldız")],
        id="description-names-the-one-just-named-not-the-last-speaker",
    ),
    case(
        "„Die Wache wird größer“, sagte Dezernentin Karin Mohr. „Wir brauchen jeden Platz“, ergänzte der "
        "Amtsleiter.",
        [("Die Wache wird größer", "Karin Mohr"), ("Wir brauchen jeden Platz", "Amtsleiter")],
        id="description-of-a-man-is-no-woman",
    ),
]


# ---------- organisations and texts; adjectival roles before names ----------

ORGANISATIONS_AND_TEXTS = [
    case(
        "Die Stadtwerke legten einen Bericht vor. In einer Mitteilung verteidigte die Geschäftsführung der "
        "Stadtwerke die Preiserhöhung. „Die Beschaffungskosten sind um ein Drittel gestiegen“, heißt es darin. "
        "Die Preise steigen im Mai.",
        [("Die Beschaffungskosten sind um ein Drittel gestiegen", "Geschäftsführung der Stadtwerke")],
        id="heisst-es-darin-the-author-before",
    ),
    case(
        "Der Mieterverein kritisierte den Plan. Auch der Naturschutzbund (NABU) meldete sich zu Wort. Auf "
        "seiner Internetseite schrieb der Ortsverband: „Die Wiese muss bleiben, sie ist ein Rückzugsort für Vögel.“",
        [("Die Wiese muss bleiben, sie ist ein Rückzugsort für Vögel.", "NABU")],
        id="branch-is-the-organisation-named-last",
    ),
    case(
        "Der Verkehrsverbund und der Fahrgastverband stritten lange. „Der Takt muss dichter werden“, schrieb "
        "der Fahrgastverband. „Wir prüfen das“, sagte der Verband.",
        [("Der Takt muss dichter werden", "Fahrgastverband"), ("Wir prüfen das", "Fahrgastverband")],
        id="organisation-is-not-a-shorter-one-after-it",
    ),
    case(
        "Unterstützung kam von der Gewerkschaft. Deren Beauftragter Ole Kern sagte: „Wir stehen an der Seite "
        "der Beschäftigten.“",
        [("Wir stehen an der Seite der Beschäftigten.", "Ole Kern")],
        id="adjectival-role-before-a-name",
    ),
    case(
        "Die Belegschaft war empört. Ihr Bevollmächtigter Jens Pohl kündigte Widerstand an: „Wir kämpfen um "
        "jeden Platz.“",
        [("Wir kämpfen um jeden Platz.", "Jens Pohl")],
        id="bevollmaechtigter-is-a-role",
    ),
]


# ---------- descriptions with what they govern; branch organisations ----------

GOVERNED_DESCRIPTIONS = [
    case(
        "Gold holte die 17 Jahre alte Lea Brandner. „Ich habe nur an den nächsten Wurf gedacht“, sagte die "
        "Schülerin des Gymnasiums am Park.",
        [("Ich habe nur an den nächsten Wurf gedacht", "Lea Brandner")],
        id="person-noun-with-complement-is-the-person-named",
    ),
    case(
        "Ortsvorsteher Kurt Albers eröffnete das Fest. „Mein Vater hat es gegründet“, sagte der Sohn des Gründers.",
        [("Mein Vater hat es gegründet", "Sohn des Gründers")],
        id="relation-noun-with-complement-is-someone-else",
    ),
    case(
        "Die Stadt übernimmt die Hälfte der Kosten. Der Mieterverein Nordstadt lobte die Pläne. „Das entlastet "
        "viele Haushalte“, teilte der Ortsverband mit.",
        [("Das entlastet viele Haushalte", "Mieterverein Nordstadt")],
        id="branch-noun-is-the-organisation-named-last",
    ),
]

FIRST_NAMES = [
    case(
        "Seit 30 Jahren führt Rosemarie Kettler den Kiosk am Hafen. „Ich kenne hier jeden“, sagt Rosemarie. "
        "„Und jeder kennt mich“, ergänzt sie.",
        [("Ich kenne hier jeden", "Rosemarie Kettler"), ("Und jeder kennt mich", "Rosemarie Kettler")],
        id="first-name-alone-is-the-full-name-before",
    ),
    case(
        "Rosemarie Kettler und Rosemarie Anders betreiben den Kiosk. „Wir teilen uns die Schichten“, sagt Rosemarie.",
        [("Wir teilen uns die Schichten", "Rosemarie")],
        id="first-name-of-two-people-stays-as-written",
    ),
    case(
        "„Ich bin gern hier“, sagt Fritz. Vor drei Jahren hatte ihn ein Freund gefragt, ob er mithelfen wolle. "
        "„Seitdem komme ich jeden Montag.“",
        [("Ich bin gern hier", "Fritz"), ("Seitdem komme ich jeden Montag.", "Fritz")],
        id="asking-with-an-ob-clause-introduces-no-quote",
    ),
    case(
        "„Ich bin gern hier“, sagt Fritz. Dann fragte ein Freund: „Kommst du morgen wieder?“",
        [("Ich bin gern hier", "Fritz"), ("Kommst du morgen wieder?", "Freund")],
        id="asking-with-a-colon-introduces-the-quote",
    ),
]

MAIN_CLAUSE_SUBJECTS = [
    case(
        "Landrätin Gesine Wohlfahrt besuchte die Baustelle. Vor Reportern sagte sie: „Wir liegen im Plan.“",
        [("Wir liegen im Plan.", "Gesine Wohlfahrt")],
        id="pronoun-is-not-the-noun-of-a-phrase-in-its-sentence",
    ),
    case(
        "Ein Gastwirt aus der Altstadt beschwerte sich. „Niemand hat uns gefragt.“ Dezernent Olaf Timmer gab "
        "Versäumnisse zu. „Das war nicht gut.“",
        [("Niemand hat uns gefragt.", "Gastwirt"), ("Das war nicht gut.", "Olaf Timmer")],
        id="sentence-opening-with-a-name-is-a-new-turn",
    ),
    case(
        "„Niemand hat uns gefragt.“ Das sagte Dezernent Olaf Timmer.",
        [("Niemand hat uns gefragt.", "Olaf Timmer")],
        id="sentence-pointing-back-still-names-the-speaker",
    ),
    case(
        "„Wir kommen wieder“, sagte Trainer Jörg Amsel. Amsel erinnerte daran, dass der Verein sparen müsse. "
        "„Das wird nicht leicht.“",
        [("Wir kommen wieder", "Jörg Amsel"), ("Das wird nicht leicht.", "Jörg Amsel")],
        id="subject-of-a-dass-clause-is-not-the-speaker",
    ),
]

DESCRIPTION_FALLBACK = [
    case(
        "Notar Henrik Solberg verlas das Testament. „Der Wille ist eindeutig“, sagte der Jurist.",
        [("Der Wille ist eindeutig", "Henrik Solberg")],
        id="description-without-role-match-is-the-subject-before",
    ),
    case(
        "Die älteste Teilnehmerin ist Margarete Voss. Ihr Geheimnis? „Jeden Tag spazieren“, so die Seniorin.",
        [("Jeden Tag spazieren", "Margarete Voss")],
        id="unknown-person-noun-is-the-subject-before",
    ),
    case(
        "Notar Henrik Solberg verlas das Testament. „Der Wille ist eindeutig“, sagte die Juristin.",
        [("Der Wille ist eindeutig", "Juristin")],
        id="description-of-the-other-gender-stays-as-written",
    ),
    case(
        "Staatsanwalt Ulf Brandes forderte zwei Jahre. „Ich bereue alles“, sagte der Angeklagte.",
        [("Ich bereue alles", "Angeklagte")],
        id="party-noun-is-not-a-named-party-of-another-kind",
    ),
    case(
        "Botschafter Mateo Arrieta Lozano kam nach Bonn. „Wir danken Deutschland“, sagte Arrieta.",
        [("Wir danken Deutschland", "Mateo Arrieta Lozano")],
        id="first-surname-of-a-double-name",
    ),
]


STATEMENTS_AND_APPOSITIONS = [
    case(
        "Landrätin Wiebke Aldag erklärte dazu:\n\n„Wir sind enttäuscht. Der Bund zieht sich zurück.\n\n"
        "Die Kosten bleiben bei den Gemeinden hängen.\n\nWir werden dagegen klagen.“\n\nDie Klage folgt im Mai.",
        [
            (
                "Wir sind enttäuscht. Der Bund zieht sich zurück. Die Kosten bleiben bei den Gemeinden hängen. "
                "Wir werden dagegen klagen.",
                "Wiebke Aldag",
            )
        ],
        id="statement-opened-once-closed-two-paragraphs-later",
    ),
    case(
        "Der Verein „Grünes Tal lädt ein.\n\nDas Fest beginnt um zehn.\n\n"
        "„Kommt alle“, sagte Vorsitzender Bernd Ohlsen.",
        [("Kommt alle", "Bernd Ohlsen")],
        id="stray-open-mark-is-not-carried-into-a-new-quotation",
    ),
    case(
        "Die Fähre legt um acht ab, und Hiltrud Wessolek steht schon am Steg. Der Wind pfeift. "
        "„Hier bin ich zu Hause“, sagt die Insulanerin. Seit 40 Jahren fährt Wessolek mit. "
        "„Ich kenne jede Welle“, sagt sie.",
        [("Hier bin ich zu Hause", "Hiltrud Wessolek"), ("Ich kenne jede Welle", "Hiltrud Wessolek")],
        context="Die Frau vom Steg\nHiltrud Wessolek am Anleger.\nText: Marlene Quistorp",
        id="description-is-the-person-in-the-body-not-the-byline",
    ),
    case(
        "Der Wind pfeift über den Steg. „Hier bin ich zu Hause“, sagt die Insulanerin.",
        [("Hier bin ich zu Hause", "Insulanerin")],
        context="Die Frau vom Steg\nFoto: Marlene Quistorp\n© Sabine Krull",
        id="photographer-and-copyright-are-no-speakers",
    ),
    case(
        "Ratsherr Olaf Quandt war dafür. Der Vorsitzende des Fördervereins „Grüne Mitte“, Torben Eilers, "
        "zeigte sich enttäuscht. „Wir geben nicht auf“, sagte er.",
        [("Wir geben nicht auf", "Torben Eilers")],
        id="role-with-quoted-organisation-before-comma-name",
    ),
    case(
        "Die Beauftragte des Landesamts für ländliche Entwicklung in Kiel, Femke Oosterhuis-Bakr, sagte: "
        "„Die Mittel sind da.“",
        [("Die Mittel sind da.", "Femke Oosterhuis-Bakr")],
        id="role-with-genitive-and-prepositions-before-comma-name",
    ),
    case(
        "Die Referentin für Bildung, Jugend, Sport und Kultur, Gesa Lorenzen, sagte: „Wir bauen.“",
        [("Wir bauen.", "Gesa Lorenzen")],
        id="role-with-a-list-before-comma-name",
    ),
    case(
        "Marla zeigte ihr neues Zimmer. Ihr Banknachbar Theo hatte dazu notiert: „Hier ist es endlich warm.“",
        [("Hier ist es endlich warm.", "Theo")],
        id="possessive-role-noun-and-first-name-is-a-name",
    ),
    case(
        "Ortsvorsteher Rainer Plötz stellte den Plan vor. Ein junger Herr aus dem Publikum fragte: „Wer zahlt das?“",
        [("Wer zahlt das?", "Herr")],
        id="herr-without-a-name-is-a-person-noun",
    ),
    case(
        "Auch Jörg Ellerbrock (FDP) stimmte dagegen. Der Liberale kritisierte das Verfahren: „Das war überhastet.“",
        [("Das war überhastet.", "Jörg Ellerbrock")],
        id="party-noun-is-the-politician-named-before",
    ),
    case(
        "Beate Lindqvist (CSU) stimmte zu. „Das ist ein guter Tag“, sagte die Christsoziale.",
        [("Das ist ein guter Tag", "Beate Lindqvist")],
        id="feminine-party-noun-is-the-politician-named-before",
    ),
    case(
        "Auch Jörg Ellerbrock (FDP) stimmte dagegen. „Das ist ein guter Tag“, sagte die Christsoziale.",
        [("Das ist ein guter Tag", "Christsoziale")],
        id="party-noun-of-the-other-gender-stays-as-written",
    ),
    case(
        "Kämmerer Bernd Oltmanns stellte den Etat vor. „Wir sparen“, sagte Oltmanns. Eine junge Frau im Saal "
        "fragte nach der Kita: „Wer zahlt das?“ Oltmanns verwies auf einen Zuschuss, der bald komme. "
        "„Das Land hat zugesagt.“",
        [
            ("Wir sparen", "Bernd Oltmanns"),
            ("Wer zahlt das?", "Frau"),
            ("Das Land hat zugesagt.", "Bernd Oltmanns"),
        ],
        id="named-subject-acting-takes-the-turn-despite-a-konjunktiv-clause",
    ),
    case(
        "Das Beben war schwer.\n\nQuellen\n\nAmt für Geophysik Quito: „Informe preliminar 02-2025“ (spanisch)\n\n"
        "Nordkurier: „Beben erschüttert Ecuador“",
        [],
        id="titles-in-a-source-list-are-no-quotes",
    ),
    case(
        "Quelle: Landesamt für Statistik: „Wohnen in Zahlen 2024“",
        [],
        id="title-after-quelle-is-no-quote",
    ),
    case(
        "Bürgermeister Jan Kolbeck: „Wir bauen die Halle noch in diesem Jahr“ (Foto).",
        [("Wir bauen die Halle noch in diesem Jahr", "Jan Kolbeck")],
        id="speaker-colon-quote-with-a-bracket-is-still-a-quote",
    ),
]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    MARKS
    + ATTRIBUTION
    + TURN
    + TURN_MORE
    + COREFERENCE
    + COREFERENCE_MORE
    + NOT_QUOTES
    + FRAGMENTS
    + NAME_BOUNDARIES
    + OFFICES
    + MORE_ATTRIBUTION
    + ROLE_COMPLEMENT_APPOSITION
    + NAME_BEFORE_CLAUSE_NOUN
    + DOCUMENT_SOURCES
    + DESCRIPTIONS
    + TURNS_IN_ARTICLES
    + ORGANISATIONS_AND_TEXTS
    + GOVERNED_DESCRIPTIONS
    + FIRST_NAMES
    + MAIN_CLAUSE_SUBJECTS
    + DESCRIPTION_FALLBACK
    + STATEMENTS_AND_APPOSITIONS,
)
def test_quotes_and_speakers(text: str, context: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(text, context=context)
    assert [(q.text, q.speaker) for q in quotes] == expected


# ---------- the other fields ----------


def test_offsets_point_at_the_quote_text() -> None:
    text = "Vorab. „Die Brücke hält“, sagte Stadtbaurat Jörn Kettwig."
    (q,) = extract_quotes(text)
    assert text[q.start : q.end] == "Die Brücke hält"


def test_offsets_with_entities_point_into_the_original() -> None:
    text = "&bdquo;Wir bauen &amp; sanieren&ldquo;, sagte Amtsleiter Kai Strothmann."
    (q,) = extract_quotes(text)
    assert q.text == "Wir bauen & sanieren"
    assert text[q.start : q.end] == "Wir bauen &amp; sanieren"


def test_role_mention_and_cue() -> None:
    text = (
        "Oberbürgermeister Dr. Jens Albrecht kam zur Eröffnung. „Ein guter Tag“, sagte der Oberbürgermeister."
    )
    (q,) = extract_quotes(text)
    assert q == Quote(
        text="Ein guter Tag",
        speaker="Jens Albrecht",
        speaker_role="Oberbürgermeister",
        speaker_mention="der Oberbürgermeister",
        cue="sagte",
        start=text.index("Ein guter"),
        end=text.index("“, sagte"),
    )


def test_apposition_role() -> None:
    (q,) = extract_quotes(
        "„Wir liefern pünktlich“, erklärte Holger Trenkamp, Geschäftsführer der Stadtwerke Ebersfeld."
    )
    assert (q.speaker, q.speaker_role, q.cue) == (
        "Holger Trenkamp",
        "Geschäftsführer der Stadtwerke Ebersfeld",
        "erklärte",
    )


def test_colon_cue() -> None:
    (q,) = extract_quotes("Dr. Ines Vahrenkamp, Leiterin des Gesundheitsamts: „Bitte bleiben Sie zu Hause.“")
    assert (q.speaker, q.speaker_role, q.cue, q.speaker_mention) == (
        "Ines Vahrenkamp",
        "Leiterin des Gesundheitsamts",
        ":",
        "Dr. Ines Vahrenkamp",
    )


def test_so_weiter_names_the_role_before() -> None:
    text = "„Die Stadt wächst“, erklärte der Oberbürgermeister. „Wir brauchen Wohnungen“, so Dr. Lothar Quast weiter."
    quotes = extract_quotes(text)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Lothar Quast", "Oberbürgermeister"),
        ("Lothar Quast", "Oberbürgermeister"),
    ]


def test_separable_cue() -> None:
    (q,) = extract_quotes("„Der Weg ist frei“, teilte die Feuerwehr am Abend mit.")
    assert (q.speaker, q.cue) == ("Feuerwehr", "teilte mit")


# ---------- the seed article ----------

# The seed article as the project keeps it (a saved page of the Herne city magazine).
SEED = Path(__file__).resolve().parent / "gold" / "inherne-zukunftsstab-ist-gestartet.html"


@pytest.mark.skipif(not SEED.exists(), reason="the saved seed page is missing")
def test_seed_article() -> None:
    article = extract_article(SEED.read_bytes(), "https://www.inherne.net/zukunftsstab-ist-gestartet/")
    quotes = article.quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "Wir waren vor der Pandemie in einem Aufholprozess, nun wollen wir nicht in eine Schockstarre verfallen",
            "Frank Dudda",
        ),
        ("Es darf kein Zurück in anfällige Strukturen geben", "Frank Dudda"),
        ("Wir wollen aus der ITW die Kraft auf die umliegenden Quartiere lenken", "Holger Stoye"),
        ("Wir möchten außerdem ein weiteres großes Areal in die Entwicklung bringen", "Frank Dudda"),
    ]
    assert [(q.speaker_mention, q.cue) for q in quotes] == [
        ("der Oberbürgermeister", "erklärte"),
        ("Dr. Dudda", "so"),
        ("Holger Stoye", "erklärte"),
        ("Dr. Frank Dudda", "erklärte"),
    ]
    assert quotes[2].speaker_role == "Geschäftsführer der Wirtschaftsförderungsgesellschaft"
    assert all(article.body[q.start : q.end] == q.text for q in quotes)
