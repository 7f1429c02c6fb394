"""`make bench` runs: a tiny corpus and small generated sites, end to end. No timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_bench_tiny_produces_the_table(tmp_path: Path) -> None:
    out = tmp_path / "results"
    run = subprocess.run(
        [sys.executable, "-m", "bench.run", "--tiny", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    latest = (out / "latest.md").read_text(encoding="utf-8")
    assert latest.splitlines()[0] == "| measure | citynews | reference | reference value | ratio | target |"
    assert run.stdout.startswith(latest.splitlines()[0])
    for measure in (
        "extract_article (every field)",
        "analyze_page",
        "trafilatura.bare_extraction",
        "lxml.html.fromstring",
        "crawl, pages/s",
        "fetch-only",
        "crawl peak RSS",
        "storage, rows/s",
        "re-extraction",
        "cores (nproc)",
        "python",
    ):
        assert measure in latest
    results = json.loads(next(out.glob("bench-*.json")).read_text(encoding="utf-8"))
    assert set(results) >= {"machine", "extraction", "crawl", "storage", "reextract"}
    assert all(s["values"] for s in results["extraction"].values())


def test_snapshot_of_extraction_is_stable() -> None:
    """The tool that proves a speed-up changed nothing finds no difference between two identical runs."""
    from bench.snapshot import differences

    old = {"a": {"article": {"title": "T", "quotes": [{"text": "x"}]}}}
    assert differences(old, json.loads(json.dumps(old))) == []
    new = {"a": {"article": {"title": "U", "quotes": [{"text": "x"}]}}}
    assert differences(old, new) == ['a.article.title: "T" -> "U"']
