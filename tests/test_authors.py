import pytest

from extractors.authors import clean_author, from_byline, signature, trailing_signature


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von Anna Beck", ["Anna Beck"]),
        ("Veröffentlicht am 14.02.2025 von Lars Gehrke", ["Lars Gehrke"]),
        ("Veröffentlicht am 3. März 2025 von Redaktion", []),
        ("Text: Svenja Kolb Fotos: Timo Rausch, Ina Wolff", ["Svenja Kolb"]),
        ("von Katrin Olschewski", ["Katrin Olschewski"]),
        ("Text: Melanie Brandt | Fotos: Frank Dieper/Stadt Herne", ["Melanie Brandt"]),
        ("Autorin: Dr. Jana Feld", ["Jana Feld"]),
        ("Von Anna Beck und Jan Roth", ["Anna Beck", "Jan Roth"]),
        ("Von der Stadtverwaltung", []),
        ("Die Stadt Herne lädt ein", []),
        # the interviewer wrote the interview; the person interviewed did not
        ("Interview: Lena Marquardt", ["Lena Marquardt"]),
        ("Das Interview führte Lena Marquardt.", ["Lena Marquardt"]),
        ("Interview von Lena Marquardt", ["Lena Marquardt"]),
        ("Porträts · 2. Mai 2024 · Interview: Lena Marquardt", ["Lena Marquardt"]),
        ("Interview mit Otto Brenner", []),
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
        # a letter's close: closing words and the office are not the name
        ("Ihr\nKonrad Wiesner\nBürgermeister", ["Konrad Wiesner"]),
        ("Ihre Helga Sommerfeld", ["Helga Sommerfeld"]),
        ("Konrad Wiesner, Bürgermeister", ["Konrad Wiesner"]),
        ("Konrad Wiesner\nBürgermeister", ["Konrad Wiesner"]),
        ("Mit freundlichen Grüßen\nHelga Sommerfeld\nErste Beigeordnete", ["Helga Sommerfeld"]),
        ("Herzliche Grüße\nIhr Konrad Wiesner", ["Konrad Wiesner"]),
        ("Ihr Bürgermeister", []),
        ("Ihr Team der Stadtbibliothek", []),
        ("Konrad Wiesner, Pressesprecher", []),  # a press contact, not the writer
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


def test_trailing_signature_over_several_paragraphs() -> None:
    blocks = [
        "Der Haushalt ist beschlossen. " * 5,
        "Ich freue mich auf Ihre Ideen.",
        "Ihr",
        "Konrad Wiesner",
        "Bürgermeister",
    ]
    assert trailing_signature(blocks) == (["Konrad Wiesner"], 3)
    assert trailing_signature(blocks[:2]) == ([], 0)
    # a list of names closing the text is no signature of three writers
    assert trailing_signature([blocks[0], "Eva Kuhn", "Ole Harms"]) == (["Ole Harms"], 1)
