"""The German sentence splitter: where a period ends a sentence and where it does not."""

from __future__ import annotations

import time

import pytest

from extractors.sentences import sentence_spans, split_sentences

CASES = [
    pytest.param(
        "Die Stadt baut. Der Rat stimmt zu.",
        ["Die Stadt baut.", "Der Rat stimmt zu."],
        id="two-sentences",
    ),
    pytest.param(
        "Dr. Anke Vossberg leitet das Amt. Sie ist neu.",
        ["Dr. Anke Vossberg leitet das Amt.", "Sie ist neu."],
        id="title",
    ),
    pytest.param(
        "Das Fest beginnt am 28. Mai um 10 Uhr. Der Eintritt ist frei.",
        ["Das Fest beginnt am 28. Mai um 10 Uhr.", "Der Eintritt ist frei."],
        id="date",
    ),
    pytest.param(
        "Er kam zur 13. Runde. Dann ging er.",
        ["Er kam zur 13. Runde.", "Dann ging er."],
        id="ordinal-after-article",
    ),
    pytest.param(
        "Der Verein spielt in der kommenden 2. Liga. Das freut alle.",
        ["Der Verein spielt in der kommenden 2. Liga.", "Das freut alle."],
        id="ordinal-after-adjective",
    ),
    pytest.param(
        "Geplant sind ca. fünf Stände, z. B. ein Imbiss. Mehr folgt.",
        ["Geplant sind ca. fünf Stände, z. B. ein Imbiss.", "Mehr folgt."],
        id="abbreviations",
    ),
    pytest.param(
        "Die Bank J.P. Morgan zahlt. F. Brandt unterschreibt.",
        ["Die Bank J.P. Morgan zahlt.", "F. Brandt unterschreibt."],
        id="initials",
    ),
    pytest.param(
        "„Wohin?“ fragte sie. Niemand antwortete.",
        ["„Wohin?“ fragte sie.", "Niemand antwortete."],
        id="question-continued-lowercase",
    ),
    pytest.param(
        "„Wir bauen.“ Dann ging er.",
        ["„Wir bauen.“", "Dann ging er."],
        id="after-closing-mark",
    ),
    pytest.param(
        "Er nannte es „Plan B“. Danach war Ruhe.",
        ["Er nannte es „Plan B“.", "Danach war Ruhe."],
        id="period-after-closing-mark",
    ),
    pytest.param(
        "Sie sagte, dass „bis zur Tat […] nichts bekannt“ war. Das stimmt.",
        ["Sie sagte, dass „bis zur Tat […] nichts bekannt“ war.", "Das stimmt."],
        id="elision",
    ),
    pytest.param(
        "Erster Absatz ohne Punkt\n\nZweiter Absatz.",
        ["Erster Absatz ohne Punkt", "Zweiter Absatz."],
        id="paragraph-break",
    ),
    pytest.param(
        "Es gab 300 Einsätze. 1.200 Helfer waren dabei.",
        ["Es gab 300 Einsätze.", "1.200 Helfer waren dabei."],
        id="number-opens-sentence",
    ),
    pytest.param(
        "Die Arbeiten sollen bald folgen.Eine Firma ist beauftragt.",
        ["Die Arbeiten sollen bald folgen.", "Eine Firma ist beauftragt."],
        id="missing-space",
    ),
    pytest.param(
        "Der Markt ist am So. geöffnet. Am Mo. bleibt er zu.",
        ["Der Markt ist am So. geöffnet.", "Am Mo. bleibt er zu."],
        id="weekday-abbreviation",
    ),
    pytest.param(
        "Er sagte nur so. Dann ging er.",
        ["Er sagte nur so.", "Dann ging er."],
        id="so-is-a-word",
    ),
    pytest.param(
        "Die Stadtwerke Ebersfeld AG. Sie liefern Strom.",
        ["Die Stadtwerke Ebersfeld AG.", "Sie liefern Strom."],
        id="company-form",
    ),
    pytest.param(
        "Was nun? Wir warten! Mal sehen…", ["Was nun?", "Wir warten!", "Mal sehen…"], id="other-ends"
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_point_into_the_text() -> None:
    text = "  Erster Satz.  Zweiter Satz.\n\n Dritter.  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Erster Satz.", "Zweiter Satz.", "Dritter."]


def test_long_text_is_linear() -> None:
    """Hundred thousand abbreviations: each period looks back a few characters, not to the start."""
    t0 = time.perf_counter()
    spans = sentence_spans("Dr. " * 100_000 + "Ende.")
    assert time.perf_counter() - t0 < 5
    assert len(spans) == 1
