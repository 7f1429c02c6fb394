"""The extraction corpus: every HTML page the project ships (gold, fixtures, sample site), replicated.

Each page comes with the live URL it was saved from: the gold pages name it in their
`.gold.json`, the mirrored sites by their folder layout (`<host>/<path>`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
LOOSE = ROOT / "tests" / "fixtures" / "pages"  # single pages; their URL is made up from the file name
MIRRORS = (ROOT / "data" / "sample-site", *sorted((ROOT / "tests" / "fixtures" / "sites").glob("*")))
_HTML_START = (b"<!doctype html", b"<html", b"<?xml version", b"<head", b"<body", b"<meta", b"<!--")


@dataclass(frozen=True, slots=True)
class Page:
    path: Path
    url: str
    html: bytes


def _is_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(_HTML_START) and b"<html" in data[:4096].lower()


def gold_pages(folder: Path = GOLD) -> list[Page]:
    pages = []
    for gold in sorted(folder.glob("*.gold.json")):
        html = gold.with_name(gold.name.removesuffix(".gold.json") + ".html")
        url = json.loads(gold.read_text(encoding="utf-8")).get("url") or f"https://example.org/{html.stem}"
        pages.append(Page(html, url, html.read_bytes()))
    return pages


def mirror_pages(mirror: Path) -> list[Page]:
    """Every HTML file of a `wget --mirror` folder, with its live URL."""
    pages = []
    for host in sorted(p for p in mirror.iterdir() if p.is_dir() and "." in p.name):
        for f in sorted(host.rglob("*")):
            if not f.is_file():
                continue
            data = f.read_bytes()
            if not _is_html(data):
                continue
            rel = f.relative_to(host).as_posix()
            rel = (
                rel.removesuffix("index.html") if rel.endswith("/index.html") or rel == "index.html" else rel
            )
            pages.append(Page(f, f"https://{host.name}/{rel}", data))
    return pages


def loose_pages(folder: Path = LOOSE) -> list[Page]:
    return [
        Page(f, f"https://www.example.org/aktuelles/{f.stem}.html", f.read_bytes())
        for f in sorted(folder.glob("*.htm*"))
    ]


def distinct_pages() -> list[Page]:
    pages = gold_pages() + loose_pages()
    for mirror in MIRRORS:
        if mirror.is_dir():
            pages += mirror_pages(mirror)
    return pages


def corpus(size: int) -> list[Page]:
    """`size` pages: the distinct pages repeated in order until there are enough (at least one pass)."""
    distinct = distinct_pages()
    if not distinct:
        raise RuntimeError("no HTML pages found under tests/gold, tests/fixtures or data/sample-site")
    out: list[Page] = []
    while len(out) < size:
        out += distinct[: size - len(out)]
    return out
