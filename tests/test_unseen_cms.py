"""Single pages of CMSes the project has no sample site of (Joomla, Contao, Weblication, OpenCms,
Elementor, Neos, Plone, hand-made legacy HTML).

Written after the extractors, as a check that they work from what CMSes emit and
not from our sample sites' quirks.
"""

from __future__ import annotations

import pytest

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
