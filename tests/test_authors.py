import pytest

from extractors.authors import clean_author, from_byline, signature


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von Anna Beck", ["Anna Beck"]),
        ("von Katrin Olschewski", ["Katrin Olschewski"]),
        ("Text: Melanie Brandt | Fotos: Frank Dieper/Stadt Herne", ["Melanie Brandt"]),
        ("Autorin: Dr. Jana Feld", ["Jana Feld"]),
        ("Von Anna Beck und Jan Roth", ["Anna Beck", "Jan Roth"]),
        ("Von der Stadtverwaltung", []),
        ("Die Stadt Herne lädt ein", []),
    ],
)
def test_from_byline(text: str, expected: list[str]) -> None:
    assert from_byline(text) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Christoph Hüsken", ["Christoph Hüsken"]),
        ("Anna Beck und Jan Roth", ["Anna Beck", "Jan Roth"]),
        ("(Melanie Brandt)", ["Melanie Brandt"]),
        ("Der Eintritt ist frei.", []),
        ("Stadt Herne", []),
        ("Weitere Informationen gibt es im Rathaus", []),
        ("„Wir freuen uns“, sagte Anna Beck", []),
    ],
)
def test_signature(block: str, expected: list[str]) -> None:
    assert signature(block) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dr. Frank Dudda", "Frank Dudda"),
        ("Stadt Herne", None),
        ("Presse- und Öffentlichkeitsarbeit", None),
        ("Jana Feldhaus", "Jana Feldhaus"),
        ("redaktion", None),
    ],
)
def test_clean_author(name: str, expected: str | None) -> None:
    assert clean_author(name) == expected
