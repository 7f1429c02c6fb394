"""No input makes the quote extractor crash or hang: random and hostile text."""

from __future__ import annotations

import itertools
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_quotes
from extractors.model import Quote
from extractors.sentences import sentence_spans

MARKS = "„“”\"«»‚‘’‹›'"
# Letters, marks, punctuation and spacing that quotations and attributions are made of.
ALPHABET = st.sampled_from(
    list(MARKS) + list(" \n\n\t.,:;!?…-–()[]&#;") + list("aeinrstuäöüßAEFHKLMSDÄÖÜ") + ["\u00a0", "\u00ad"]
)
WORDS = st.sampled_from(
    [
        "sagte", "so", "erklärte", "er", "sie", "der", "die", "Landrat", "Bodo", "Klement", "Dr.", "Frau",
        "Oberbürgermeisterin", "Feuerwehr", "teilt", "mit", "Motto", "„", "“", "\"", "»", "«", ",", ":", ".",
        "\n\n", "&bdquo;", "&ldquo;", "&quot;", "&amp;", "&#8222;", "&", "weiter", "laut", "heißt", "es",
        "in", "einer", "Mitteilung", "74-Jährige", "Sein", "Fazit", "ist", "sei", "Anwohnerin",
    ]
)  # fmt: skip
SENTENCES = st.lists(WORDS, max_size=80).map(" ".join)


def _check(text: str, context: str = "") -> list[Quote]:
    quotes = extract_quotes(text, context=context)
    for q in quotes:
        assert isinstance(q, Quote)
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text.strip() == q.text
    return quotes


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_random_characters(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(SENTENCES, SENTENCES)
def test_random_attributions(text: str, context: str) -> None:
    _check(text, context)


@settings(max_examples=200, deadline=2000)
@given(st.text(max_size=300))
def test_any_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=2000)
@given(st.text(max_size=300))
def test_sentence_spans_any_unicode(text: str) -> None:
    spans = sentence_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_no_marks_at_all() -> None:
    assert extract_quotes("Die Stadt baut eine neue Schule. Der Rat hat zugestimmt.") == []


def test_empty_and_blank() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("   \n\n  ") == []


def test_unbalanced_marks() -> None:
    text = "„Das bleibt offen, sagte Landrat Bodo Klement.\n\nNeuer Absatz ohne Zeichen."
    assert _check(text) == []
    assert [q.text for q in _check("„Erst offen. „Dann zu“, sagte sie.")] == ["Dann zu"]
    _check("Ende“, sagte er. »Nie geschlossen")


def test_deep_nesting() -> None:
    _check("„" * 500 + "Mitte" + "“" * 500 + ", sagte er.")


def _timed(text: str) -> tuple[float, list[Quote]]:
    t0 = time.perf_counter()
    quotes = _check(text)
    return time.perf_counter() - t0, quotes


def test_megabyte_paragraph_without_marks() -> None:
    seconds, quotes = _timed("Die Stadt baut eine neue Schule für die Kinder im Norden " * 18000)
    assert quotes == []
    assert seconds < 5


def test_megabyte_paragraph_of_quotes_is_linear() -> None:
    """One sentence without a full stop, a megabyte long: every quotation still costs the same."""
    small, _ = _timed("„Wir bauen“, sagte er, " * 2000)
    big, quotes = _timed("„Wir bauen“, sagte er, " * 16000)
    assert len(quotes) == 16000
    assert big < 12 * small + 1  # eight times the text, not sixty-four times the time


def test_megabyte_of_marks() -> None:
    seconds, _ = _timed('„»"‚“«”‘ ' * 30000)
    assert seconds < 20


def test_megabyte_of_openers() -> None:
    seconds, quotes = _timed("„Wir bauen weiter " * 60000)
    assert quotes == []
    assert seconds < 5
