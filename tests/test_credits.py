import pytest

from extractors.credits import dedupe, parse_credit_line, split_caption


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Foto: Frank Dieper/Stadt Herne", [("Frank Dieper", "Stadt Herne")]),
        ("@ Frank Dieper, Stadt Herne", [("Frank Dieper", "Stadt Herne")]),
        ("©Thomas Schmidt, Stadt Herne", [("Thomas Schmidt", "Stadt Herne")]),
        ("© Stadt Herne", [(None, "Stadt Herne")]),
        ("Fotos: Lisa Wendt, Olaf Ziegenbein", [("Lisa Wendt", None), ("Olaf Ziegenbein", None)]),
        ("Bild: BACW/Plath", [("Plath", "BACW")]),
        ("Quelle: Feuerwehr Marl", [(None, "Feuerwehr Marl")]),
        ("© Kreis Recklinghausen | Thomas Wenning", [("Thomas Wenning", "Kreis Recklinghausen")]),
        ("Grafik: Technische Betriebe Remscheid", [(None, "Technische Betriebe Remscheid")]),
        ("Foto: Dr. Anna Beck", [("Anna Beck", None)]),
        # the rights holder and the photographer side by side are one credit; other roles stay apart
        ("Bildrechte: Gemeinde Aulendorf, Fotograf: Timo Brecht", [("Timo Brecht", "Gemeinde Aulendorf")]),
        # numbered labels of a picture list ("Bildnachweis")
        ("Galeriebilder 2–4: Olga Brandt", [("Olga Brandt", None)]),
        ("Foto 3: Jens Ulrich/Stadtarchiv Aulendorf", [("Jens Ulrich", "Stadtarchiv Aulendorf")]),
        (
            "Foto: Timo Brecht, Grafik: Gemeinde Aulendorf",
            [("Timo Brecht", None), (None, "Gemeinde Aulendorf")],
        ),
        ("Fotos: Jan Roth und Eva Kuhn/Stadt Hamm", [("Jan Roth", "Stadt Hamm"), ("Eva Kuhn", "Stadt Hamm")]),
        ("© 2021 Stadt Solingen", [(None, "Stadt Solingen")]),
        ("Text: Melanie Brandt | Fotos: Frank Dieper/Stadt Herne", [("Frank Dieper", "Stadt Herne")]),
        # any one-word label of the picture
        ("Beitragsbild: Ole Harms", [("Ole Harms", None)]),
        ("Headerbild: Stadt Wendlingen", [(None, "Stadt Wendlingen")]),
        ("Aufmacherfoto: Ole Harms/Stadt Wendlingen", [("Ole Harms", "Stadt Wendlingen")]),
        ("Fotonachweis: Ole Harms", [("Ole Harms", None)]),
        ("Infografik: Stadt Wendlingen", [(None, "Stadt Wendlingen")]),
        # "&" and "und" inside an organisation's name do not split it
        ("Visualisierung: Architekturbüro Lenz & Partner", [(None, "Architekturbüro Lenz & Partner")]),
        ("Foto: Schreinerei Vogt & Söhne GmbH", [(None, "Schreinerei Vogt & Söhne GmbH")]),
        ("Fotos: Ole Harms & Mira Jansen", [("Ole Harms", None), ("Mira Jansen", None)]),
        # "/" splits only where one side is a person
        ("Foto: Stadt Wendlingen/Feuerwehr", [(None, "Stadt Wendlingen/Feuerwehr")]),
    ],
)
def test_parse_credit_line(line: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.organization) for c in parse_credit_line(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Landrat und Wachenleitung vor der neuen Rettungswache",  # an alt text, not a credit
        "Leitbild: Eine Stadt für alle Generationen",  # an idea, not a picture
        "Symbolbild: Mülltonnen am Straßenrand",  # what the picture shows, not whose it is
        "Die Stadt lädt ein.",
        "presse@herne.de",
        "",
    ],
)
def test_not_a_credit(line: str) -> None:
    assert parse_credit_line(line) == []


def test_split_caption() -> None:
    caption, credit = split_caption("Dr. Frank Dudda leitet den Zukunftsstab. @ Frank Dieper, Stadt Herne")
    assert caption == "Dr. Frank Dudda leitet den Zukunftsstab."
    assert credit == "@ Frank Dieper, Stadt Herne"
    assert split_caption("Ein Bild ohne Nachweis.") == ("Ein Bild ohne Nachweis.", None)


def test_same_person_under_two_labels_merges() -> None:
    credits = dedupe(parse_credit_line("Foto: Ole Harms") + parse_credit_line("Beitragsbild: Ole Harms"))
    assert [(c.name, c.organization) for c in credits] == [("Ole Harms", None)]
