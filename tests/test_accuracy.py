"""Evaluation gate: accuracy may not drop below pinned floors.

Floors are the measured scores, rounded down a little. Raise them when the
extractor gets better; never lower them to make a change pass.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extractors.evaluation import evaluate

from .conftest import GOLD, ROOT, SHARED

# The project's own gold corpus (tests/gold): Herne sample site and eight other CMS platforms.
OWN_FLOORS = {
    "title.accuracy": 0.98,
    "published.accuracy": 0.98,
    "category.accuracy": 0.97,
    "authors.f1": 0.97,
    "credits.f1": 0.97,
    "quotes.f1": 0.97,
    "quotes.attributed_f1": 0.95,
    "figures.f1": 0.97,
}
# ../shared/eval/public, scored by the shared kit's own score.py.
PUBLIC_FLOORS = {
    "title.accuracy": 1.0,
    "published.accuracy": 1.0,
    "category.accuracy": 1.0,
    "authors.f1": 1.0,
    "credits.f1": 1.0,
    "quotes.f1": 0.98,
    "quotes.attributed_f1": 0.95,
    "figures.f1": 0.97,
}
# German Wikinews direct quotes (../shared/eval/wikinews_quotes.py).
WIKINEWS_FLOORS = {
    "f1": 0.97,
    "speaker_accuracy": 0.87,
}


@pytest.fixture(scope="module")
def own_metrics() -> dict[str, float]:
    report = evaluate([GOLD])
    assert report.pages >= 40, "the gold corpus should hold at least 40 pages"
    assert not report.errors, report.errors
    return report.metrics()


@pytest.mark.parametrize(("metric", "floor"), sorted(OWN_FLOORS.items()))
def test_own_gold_corpus(own_metrics: dict[str, float], metric: str, floor: float) -> None:
    assert own_metrics[metric] >= floor, f"{metric} {own_metrics[metric]:.3f} fell below {floor}"


def _run_json(script: str, target: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / script), str(target), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def public_metrics() -> dict[str, float]:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared/eval is not beside this checkout")
    return _run_json("score.py", str(SHARED / "eval" / "public"))


@pytest.mark.parametrize(("metric", "floor"), sorted(PUBLIC_FLOORS.items()))
def test_shared_public_gold(public_metrics: dict[str, float], metric: str, floor: float) -> None:
    assert public_metrics["errors"] == 0
    assert public_metrics[metric] >= floor, f"{metric} {public_metrics[metric]:.3f} fell below {floor}"


@pytest.fixture(scope="module")
def wikinews_metrics() -> dict[str, float]:
    if not (SHARED / "eval" / "wikinews_quotes.py").exists():
        pytest.skip("../shared/eval is not beside this checkout")
    return _run_json("wikinews_quotes.py", str(SHARED / "eval" / "wikinews-dev.jsonl"))


@pytest.mark.parametrize(("metric", "floor"), sorted(WIKINEWS_FLOORS.items()))
def test_wikinews_quotes(wikinews_metrics: dict[str, float], metric: str, floor: float) -> None:
    assert wikinews_metrics["errors"] == 0
    assert wikinews_metrics[metric] >= floor, f"{metric} {wikinews_metrics[metric]:.3f} fell below {floor}"
