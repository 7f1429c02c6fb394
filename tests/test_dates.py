import pytest

from extractors.dates import find_dates, labelled_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28. Mai 2020", "2020-05-28"),
        ("Meldung vom 09. Juli 2019", "2019-07-09"),
        ("am 1. Februar 2021", "2021-02-01"),
        ("3. Sept. 2018", "2018-09-03"),
        ("14.06.2021", "2021-06-14"),
        ("Mo, 14.6.21", "2021-06-14"),
        ("2020-05-28", "2020-05-28"),
        ("31. März 2022", "2022-03-31"),
        ("2020-05-28T23:30:00+00:00", "2020-05-29T01:30:00+02:00"),  # the day in Berlin
        ("2020-05-28T08:12:00Z", "2020-05-28T10:12:00+02:00"),
        ("2021-01-10T10:00:00", "2021-01-10T10:00:00"),
        ("Mittwoch, 3. März 2021", "2021-03-03"),
        ("2020-05-28T08:12:00+99:00", "2020-05-28T08:12:00"),  # an offset no clock has: ignored, not fatal
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "kein Datum", "31.02.2021", "Raum 1.14", "Tel. 0 23 23 / 16 - 0", "12.30 Uhr"]
)
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_offsets() -> None:
    text = "Vom 6. bis 16. August 2020 und am 01.09.2020."
    found = find_dates(text)
    assert [d for d, _, _ in found] == ["2020-08-16", "2020-09-01"]
    iso, s, e = found[1]
    assert text[s:e] == "01.09.2020"


@pytest.mark.parametrize(
    ("text", "published", "modified"),
    [
        ("Meldung vom 14. Januar 2020", "2020-01-14", None),
        ("Pressemitteilung Nr. 123 vom 14.03.2022", "2022-03-14", None),
        ("Pressemitteilung 0412/2023 vom 21.09.2023", "2023-09-21", None),  # a number without "Nr."
        ("Meldung 17/2024 vom 08.04.2024", "2024-04-08", None),
        ("Veröffentlicht am 3. Mai 2021\nStand: 5. Mai 2021", "2021-05-03", "2021-05-05"),
        ("Erscheinungsdatum 14.03.2022", "2022-03-14", None),
        ("Stand: 18.03.2022", None, "2022-03-18"),
        ("aktualisiert am 2. Juni 2020", None, "2020-06-02"),
        ("Die Kirmes beginnt am 6. August 2020.", None, None),  # an event date is neither
    ],
)
def test_labelled_dates(text: str, published: str | None, modified: str | None) -> None:
    assert labelled_dates(text) == (published, modified)
