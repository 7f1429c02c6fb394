"""What the Datasette tests share: the demo database, built once per test session by the
real pipeline, and the project's Datasette files.

The database is crawled by `python -m crawler.demo` in a subprocess rather than
in-process: Twisted's reactor starts only once per process, and other tests may crawl.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SITE = ROOT / "data" / "sample-site"
DATASETTE_DIR = ROOT / "data" / "datasette"
METADATA = DATASETTE_DIR / "metadata.yml"
STATIC = DATASETTE_DIR / "static"
DB_NAME = "news"  # Datasette names a database after its file; metadata.yml is keyed to it

# The seed article of the project: what every test may rely on the crawl to find.
SEED_TITLE = "Zukunftsstab ist gestartet"
SEED_SPEAKER = "Frank Dudda"
SEED_QUOTE = "Wir möchten außerdem ein weiteres großes Areal in die Entwicklung bringen"

_built: dict[str, Path] = {}


def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample site crawled into `<session tmp>/demo/news.db`, once per session."""
    if "db" in _built:
        return _built["db"]
    folder = tmp_path_factory.mktemp("demo")
    db = folder / f"{DB_NAME}.db"
    cmd = [sys.executable, "-m", "crawler.demo", "--db", str(db), "--sample", str(SAMPLE_SITE)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    if proc.returncode != 0 or not db.exists():
        pytest.fail(
            f"the demo crawl failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    _built["db"] = db
    return db


def seed_problem(db: Path) -> str | None:
    """Why the crawl lacks what the seed-based tests are built on, or None when it has it."""
    with connect(db) as conn:
        found = conn.execute(
            "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.title = ? AND q.speaker = ?",
            (SEED_TITLE, SEED_SPEAKER),
        ).fetchone()[0]
        if found:
            return None
        sources = [tuple(r) for r in conn.execute("SELECT source, count(*) FROM articles GROUP BY source")]
        errors = [tuple(r) for r in conn.execute("SELECT url, kind, message FROM errors LIMIT 10")]
    return f"the demo crawl has no quote by {SEED_SPEAKER} in '{SEED_TITLE}'; articles per source: {sources}; errors: {errors}"


def connect(db: Path) -> sqlite3.Connection:
    """A read-only connection: the tests look, Datasette serves, nobody writes."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def load_metadata() -> dict[str, Any]:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def db_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    return metadata["databases"][DB_NAME]


def serve_command(db: Path, port: int) -> list[str]:
    """`make browse`, on another port and database."""
    datasette = Path(sys.executable).with_name("datasette")
    return [str(datasette), "serve", "-i", str(db), "--metadata", str(METADATA),
            "--static", f"citynews:{STATIC}", "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
