"""Shared fixtures: paths, a temporary database, the sample site served on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SITE = ROOT / "data" / "sample-site"
GOLD = ROOT / "tests" / "gold"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def db(tmp_path: Path):
    from crawler import storage

    d = storage.open_db(tmp_path / "news.db")
    yield d
    d.close()


@pytest.fixture(scope="session")
def sample_site() -> Iterator[dict[str, str]]:
    """The bundled sample site, one HTTP server per host: {host: base URL}."""
    from crawler.mirror import MirrorServer

    with MirrorServer(SAMPLE_SITE) as server:
        yield server.base_urls()


def gold_pages(folder: Path = GOLD) -> list[tuple[Path, dict]]:
    pages = []
    for g in sorted(folder.glob("*.gold.json")):
        html = g.with_name(g.name[: -len(".gold.json")] + ".html")
        pages.append((html, json.loads(g.read_text(encoding="utf-8"))))
    return pages
