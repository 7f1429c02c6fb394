"""Single pages of CMSes the project has no sample site of (Joomla, Contao, Weblication, OpenCms,
Elementor, Neos, Plone, hand-made legacy HTML).

Written after the extractors, as a check that they work from what CMSes emit and
not from our sample sites' quirks.
"""

from __future__ import annotations

import pytest

from extractors import extract_article
from extractors.page import analyze_page

from .conftest import FIXTURES

CASES = {
    "joomla": dict(
        title="Bauhof wird für 1,2 Millionen Euro erweitert",
        published="2022-04-05",
        category="Gemeindeverwaltung",
        authors=["Martina Hollerbach"],
        credits=[("Peter Lindner", None)],
        speakers={"Klaus Wehner"},
        figures={(1200000, "Euro"), (300, "Tonnen")},
        not_in_body=["Neueste Beiträge", "69488"],
    ),
    "contao": dict(
        title="Neue Buslinie verbindet Ortsteile",
        published="2023-02-13",
        category=None,
        authors=[],
        credits=[(None, "Stadtwerke Wiesental")],
        speakers={"Sandra Köhler"},
        figures={(2400000, "Euro"), (70, "Fahrgäste")},
        not_in_body=["Fasnet", "Lena Maier"],
    ),
    "weblication": dict(
        title="Hallenbad öffnet nach Sanierung",
        published="2021-09-02",
        category=None,
        authors=[],
        credits=[(None, "Stadt Lindhofen")],
        speakers={"Rainer Schuster"},
        figures={(6500000, "Euro"), (90000, "Besucherinnen und Besucher")},
        not_in_body=["Stadtfest abgesagt", "Stand:", "06221"],
    ),
    "opencms": dict(
        title="Stadtrat beschließt Klimaschutzkonzept",
        published="2020-11-19",
        category=None,
        authors=[],
        credits=[("Jonas Reiter", "Stadt Ostheim")],
        speakers={"Tobias Arnold"},
        figures={(18000000, "Euro"), (40, "Dächern")},
        not_in_body=["Pressearchiv"],
    ),
    # Joomla 4: <time> in the article-info list, the credit in the image's title attribute.
    "joomla4": dict(
        title="Neue Kita am Stadtpark eröffnet",
        published="2024-03-12",
        category="Familie und Soziales",
        authors=[],
        credits=[("Jana Berger", "Stadt Musterhausen")],
        speakers={"Tobias Wendland", "Carla Mertens"},
        figures={(4200000, "Euro"), (1800000, "Euro"), (110, "Kinder")},
        not_in_body=["Weitere Meldungen", "Stadtbaurat Uwe Kamp", "Zugriffe", "Cookies"],
    ),
    # WordPress with Elementor: every block, the text too, is an "elementor-widget"; the category
    # is a link into /category/.
    "elementor": dict(
        title="Neue Spielgeräte für den Stadtpark",
        published="2025-05-06",
        category="Familie & Freizeit",
        authors=[],
        credits=[("Nina Fuchs", "Stadt Auental")],
        speakers={"Lars Hemmer"},
        figures={(140000, "Euro"), (60, "Prozent"), (80, "Quadratmeter")},
        not_in_body=["Rathaus", "Marktplatz 1", "Familie & Freizeit"],
    ),
    # Neos: each paragraph in a node of its own, an image node between them.
    "neos": dict(
        title="Wochenmarkt zieht auf den Kirchplatz",
        published="2024-09-17",
        category=None,
        authors=[],
        credits=[("Marc Albers", "Stadt Berghain")],
        speakers={"Petra Ewald"},
        figures={(24, "Stände"), (75000, "Euro")},
        not_in_body=["Marktamt", "06431"],
    ),
    # Plone: "von <a>Name</a> — veröffentlicht … — zuletzt verändert: …" in one byline.
    "plone": dict(
        title="Grünschnittannahme erweitert",
        published="2025-04-08",
        category=None,
        authors=["Marie Krause"],
        credits=[],
        speakers={"Jonas Feld"},
        figures={(1850, "Tonnen")},
        not_in_body=["zuletzt verändert", "Marie Krause"],
    ),
    # Government Site Builder style: DC.Date is the last change ("Stand:"), the meta line under the
    # headline carries date and Ressort, a ticker item has microdata of its own.
    "gsb-kreis": dict(
        title="Radwegenetz wächst um 14 Kilometer",
        published="2025-06-23",
        category="Mobilität",
        authors=[],
        credits=[(None, "Kreis Moorfeld")],
        speakers={"Heike Brandhorst"},
        figures={(14, "Kilometer"), (3600000, "Euro"), (75, "Prozent")},
        not_in_body=["Pegel sinken", "Ressort", "Stand:"],
    ),
    # Hand-made table layout in ISO-8859-1: the date in "Pressemitteilung Nr. … vom …", a dates
    # sidebar, "Text: …" above a caption "… (Bild: …)" and a "Stand:" line.
    "legacy-latin1": dict(
        title="Freibad startet in die Saison",
        published="2023-06-05",
        category=None,
        authors=["Sabine Hollmann"],
        credits=[(None, "Stadt Kleinberg")],
        speakers={"Michael Grothe"},
        figures={(230000, "Euro"), (48500, "Badegäste")},
        not_in_body=["Ratssitzung", "Das Freibad Kleinberg", "Stand:", "Sabine Hollmann"],
    ),
    # Legacy PHP without an h1: the headline is the h2 opening the text, under "Meldung 17/2024 vom …";
    # a signature "Ihre<br>Name<br>Erste Bürgermeisterin"; "Themen: …" and "« zurück | Seite drucken" close the page.
    "legacy-h2": dict(
        title="Dorfweiher wird entschlammt",
        published="2024-04-08",
        category="Umwelt",
        authors=["Renate Obermaier"],
        credits=[],
        speakers={"Ewald Kornmeier"},
        figures={(85000, "Euro")},
        not_in_body=["Dorfweiher wird entschlammt", "Renate Obermaier", "Themen:", "zurück", "drucken"],
    ),
    # The h1 is the section ("Presse"), the title comes from og:title; dateline and label stand before
    # the text container; "Ingenieurbüro Brandt & Vogel" is one organisation; "Aufmacherbild: X" is a credit.
    "press-generic-h1": dict(
        title="Neue Radachse zwischen Bahnhof und Campus",
        published="2024-05-22",
        category="Mobilität",
        authors=[],
        credits=[(None, "Ingenieurbüro Brandt & Vogel"), ("Jonas Reuter", None)],
        speakers={"Holger Maibach"},
        figures={(3100000, "Euro"), (75, "Prozent")},
        not_in_body=["Aufmacherbild", "Zurück zur Übersicht"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_unseen_cms_page(name: str) -> None:
    want = CASES[name]
    page = analyze_page((FIXTURES / "pages" / f"{name}.html").read_bytes(), f"https://www.example.de/{name}")
    art = page.article
    assert page.kind == "article", page.reasons
    assert art.title == want["title"]
    assert (art.published or "")[:10] == want["published"]
    assert art.category == want["category"]
    assert art.authors == want["authors"]
    assert [(c.name, c.organization) for c in art.credits] == want["credits"]
    assert {q.speaker for q in art.quotes} == want["speakers"]
    assert want["figures"] <= {(f.value, f.unit) for f in art.figures}
    for text in want["not_in_body"]:
        assert text not in art.body


# ---------- header rules, on small invented pages ----------

_TEXT = (
    "<p>Die Verwaltung hat am Montag die Pläne für das kommende Jahr vorgestellt. Sie sollen im Rat "
    "beraten werden, bevor die Arbeiten im Frühjahr beginnen und bis zum Herbst abgeschlossen sind.</p>"
    "<p>Weitere Einzelheiten will die Stadt in den kommenden Wochen auf ihrer Internetseite veröffentlichen.</p>"
)


def _article(body: str, *, head: str = "", url: str = "https://www.stadt-beispielheim.de/aktuelles/meldung"):
    html = f'<html lang="de"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    return extract_article(html.encode(), url)


@pytest.mark.parametrize(
    ("body", "category"),
    [
        # a class token naming a category label, anywhere in the article's header
        (
            '<article><header><div class="entry-top"><span class="entry-cat">Soziales</span></div>'
            f'<h1>Neue Beratungsstelle eröffnet</h1></header><div class="entry-content">{_TEXT}</div></article>',
            "Soziales",
        ),
        # a labelled dt/dd pair; the label beats the position of other lines
        (
            '<div class="news"><div class="news-kopf"><dl><dt>Termin:</dt><dd>Freitag, 12.04.2024</dd>'
            "<dt>Rubrik:</dt><dd>Wirtschaft</dd></dl></div>"
            f'<h2 class="news-titel">Gewerbeschau im Mai</h2><div class="news-text">{_TEXT}</div></div>',
            "Wirtschaft",
        ),
        # a label inside a meta line; a labelled number ("Lesezeit: 4 Minuten") is never a category
        (
            "<article><h1>Schulhof wird umgebaut</h1>"
            '<p class="info">Veröffentlicht: 04.03.2024 · Lesezeit: 4 Minuten · Thema: Schule</p>'
            f'<div class="entry-content">{_TEXT}</div></article>',
            "Schule",
        ),
        (
            "<article><h1>Schulhof wird umgebaut</h1>"
            '<p class="info">Veröffentlicht: 04.03.2024 · Lesezeit: 4 Minuten</p>'
            f'<div class="entry-content">{_TEXT}</div></article>',
            None,
        ),
        # a label path: its last part
        (
            '<article><p class="rubrik">Leben &raquo; Senioren</p><h1>Seniorentreff zieht um</h1>'
            f'<div class="entry-content">{_TEXT}</div></article>',
            "Senioren",
        ),
        # blocks that touch are still lines of their own
        (
            f"<article><p>Rubrik: Freizeit</p><h1>Freibad öffnet früher</h1>{_TEXT}</article>",
            "Freizeit",
        ),
        # the current breadcrumb is the title's first part, not a category
        (
            '<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/umwelt">Umwelt</a></li>'
            "<li>Baumschutz</li></ol>"
            f'<article><h1>Baumschutz: Neue Satzung gilt ab Juli</h1><div class="entry-content">{_TEXT}</div></article>',
            "Umwelt",
        ),
    ],
)
def test_category_rules(body: str, category: str | None) -> None:
    assert _article(body).category == category


def test_dateline_after_subline() -> None:
    art = _article(
        '<div class="main"><h1>Neue Buslinie ab Juni</h1><p class="subline">Ortsteile besser angebunden</p>'
        f'<p class="ort">Beispielheim, 04.03.2024</p>{_TEXT}</div>'
    )
    assert (art.published or "")[:10] == "2024-03-04"


def test_byline_in_meta_line_of_the_text() -> None:
    art = _article(
        '<article class="story"><h1>Brücke wieder frei</h1>'
        '<p class="entry-meta">01.02.2024, 10:15 Uhr · Von Jana Kessler</p>'
        f"{_TEXT}</article>"
    )
    assert art.authors == ["Jana Kessler"]
    assert "Jana Kessler" not in art.body


def test_title_is_never_the_site_name_of_the_domain() -> None:
    art = _article(_TEXT, head="<title>Stadt Beispielheim | Sommerfest im Park</title>")
    assert art.title == "Sommerfest im Park"
