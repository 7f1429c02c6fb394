"""No input makes the figures extractor crash, hang or return nonsense."""

from __future__ import annotations

import math
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_figures
from extractors.figures import Figure

KINDS = {"count", "money", "percent", "measure", "duration", "age"}
MEGABYTE = 1_000_000
# Generous: a megabyte is some 2,000 press releases; it must finish, not be quick.
MEGABYTE_SECONDS = 20.0


def _check(text: str, figures: list[Figure]) -> None:
    """Every figure is well-formed and points at its own words in `text`."""
    last = -1
    for f in figures:
        assert isinstance(f.value, int | float)
        assert math.isfinite(f.value)
        assert f.kind in KINDS
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.raw
        assert f.start >= last
        last = f.start
        assert f.sentence is not None
        assert f.raw.strip() in f.sentence or f.sentence in text


HOSTILE = [
    "",
    " ",
    "\n\n\n",
    "1",
    "0",
    "1.2.3.4.5",
    "1,,5",
    "1,,5 Euro",
    ",5 Euro",
    "5,",
    "5.",
    ".5",
    "1.000.000.000.000.000.000 Euro",
    "99999999999999999999999 Euro",
    "0,000000000000000000001 Prozent",
    "12,5,5 Prozent",
    "1.2345 Euro",
    "1..000 Euro",
    "- 5 -- 6 --- 7 Meter",
    "bis bis bis 5 bis bis",
    "zwischen und 5 und",
    "von denen davon davon 5",
    "zweiundundzwanzig Tage",
    "undundund",
    "einhalb Jahre",
    "einseinseins",
    "€€€ 5 €€€",
    "% % 5 %",
    "„5“ „“ „",
    "5 Millionen Millionen Millionen Euro",
    "Mio. Mrd. 5 Tsd.",
    "Telefon",
    "Telefon 0",
    "Tel. ++++",
    "§§§§ 5",
    "5-",
    "-5-",
    "5-jährig-jährig",
    "3D-3D-3D",
    "\u00a05\u00a0000\u00a0Euro",
    "٣ Euro",  # Arabic-Indic digit
    "５ Euro",  # full-width digit
    "²³ m² 5 m²",
    "Straße 5, 5, 5, 5, 5 und 5",
    "A" * 1000 + " 5 Euro",
    "5 " + "neue " * 200 + "Bäume",
]


@pytest.mark.parametrize("text", HOSTILE, ids=[repr(t[:30]) for t in HOSTILE])
def test_hostile_inputs(text: str) -> None:
    _check(text, extract_figures(text))


def test_malformed_numbers_give_nothing() -> None:
    assert extract_figures("1.2.3.4.5") == []
    assert extract_figures("1,,5 Euro") == []
    assert extract_figures("Es kamen 1..000 Gäste.") == []


_SLOW = pytest.mark.slow  # several seconds each: many numbers, each read in full


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1" * MEGABYTE, id="digits"),
        pytest.param("1." * (MEGABYTE // 2), id="ordinals"),
        pytest.param("zwei" * (MEGABYTE // 4), id="glued number words"),
        pytest.param("und" * (MEGABYTE // 3), id="und"),
        pytest.param("Telefon " + "0 " * (MEGABYTE // 2), id="phone run"),
        pytest.param("0" + " 1" * (MEGABYTE // 2), id="zero run"),
        pytest.param("a" * MEGABYTE, id="letters"),
        pytest.param("www." + "1/" * (MEGABYTE // 2), id="url"),
        pytest.param("x@" * (MEGABYTE // 2), id="at signs"),
        pytest.param("1 " * (MEGABYTE // 2), id="spaced digits", marks=_SLOW),
        pytest.param("1.000 " * (MEGABYTE // 6), id="grouped numbers", marks=_SLOW),
        pytest.param("1,5 Millionen Euro, " * (MEGABYTE // 20), id="money", marks=_SLOW),
        pytest.param("zwei " * (MEGABYTE // 5), id="number words", marks=_SLOW),
        pytest.param(
            "4.300 neue Arbeitsplätze, von denen 2.700 an Frauen gingen. " * (MEGABYTE // 60),
            id="sentences",
            marks=_SLOW,
        ),
        pytest.param("Raum 5, " * (MEGABYTE // 8), id="rooms", marks=_SLOW),
    ],
)
def test_a_megabyte_finishes(text: str) -> None:
    t0 = time.perf_counter()
    figures = extract_figures(text)
    assert time.perf_counter() - t0 < MEGABYTE_SECONDS
    _check(text, figures[:1000])
    _check(text, figures[-1000:])


_GERMANISH = st.sampled_from(
    [
        "Euro",
        "€",
        "%",
        "Prozent",
        "Millionen",
        "Mio.",
        "rund",
        "über",
        "mehr als",
        "bis",
        "bis zu",
        "zwischen",
        "und",
        "von",
        "denen",
        "davon",
        "Uhr",
        "Jahre",
        "Jahren",
        "alt",
        "Telefon",
        "Raum",
        "Straße",
        "§",
        "Nr.",
        "Linie",
        "A",
        "B",
        "die",
        "der",
        "am",
        "Mai",
        "zwölf",
        "zwei",
        "drei",
        "einhalb",
        "Hektar",
        "m²",
        "km",
        "-",
        "–",
        ",",
        ".",
        ";",
        ":",
        "„",
        "“",
        "(",
        ")",
        "\n",
        "\n\n",
        "Schülerinnen",
        "Schüler",
        "neue",
        "Arbeitsplätze",
        "3D-Drucker",
        "jährige",
        "Tempo-30-Zone",
        "statt",
        "mal",
        "minus",
        "es",
        "sind",
        "Die",
        "Plätze",
        "auf",
        "begrenzt",
        "www.",
        "@",
    ]
)
_NUMBERISH = st.from_regex(r"[0-9]{1,7}([.,:/ -][0-9]{1,4}){0,3}[.,]?", fullmatch=True)
_TOKENS = st.lists(st.one_of(_GERMANISH, _NUMBERISH, st.text(max_size=6)), max_size=40)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TOKENS, st.sampled_from([" ", "", "  ", "\u00a0"]))
def test_random_german_like_text(tokens: list[str], glue: str) -> None:
    text = glue.join(tokens)
    _check(text, extract_figures(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode(text: str) -> None:
    _check(text, extract_figures(text))


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["Euro", "Besucher", "Prozent", "Meter", "Bäume"]),
)
def test_grouped_numbers_read_back(value: int, unit: str) -> None:
    """Any amount written the German way reads back to itself: "1.234.567 Euro" is 1234567."""
    written = f"{value:,}".replace(",", ".")
    figures = extract_figures(f"Die Stadt meldet rund {written} {unit} für das Vorhaben.")
    if 1000 <= value <= 2100:  # four digits without grouping: a year, unless counted
        return
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=1, max_value=99))
def test_decimals_read_back(whole: int, cents: int) -> None:
    written = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    figures = extract_figures(f"Der Betrag beläuft sich auf {written} Euro.")
    assert len(figures) == 1
    assert figures[0].value == pytest.approx(whole + cents / 100)
