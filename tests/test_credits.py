import pytest

from extractors.credits import parse_credit_line, split_caption


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
        ("Fotos: Jan Roth und Eva Kuhn/Stadt Hamm", [("Jan Roth", "Stadt Hamm"), ("Eva Kuhn", "Stadt Hamm")]),
        ("© 2021 Stadt Solingen", [(None, "Stadt Solingen")]),
        ("Text: Melanie Brandt | Fotos: Frank Dieper/Stadt Herne", [("Frank Dieper", "Stadt Herne")]),
    ],
)
def test_parse_credit_line(line: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.organization) for c in parse_credit_line(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Landrat und Wachenleitung vor der neuen Rettungswache",  # an alt text, not a credit
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
