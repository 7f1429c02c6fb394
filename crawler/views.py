"""SQL views for analysts and Datasette (written by the Datasette work, issue 5)."""

from __future__ import annotations

import sqlite_utils


def ensure_views(db: sqlite_utils.Database) -> None:
    """Create or replace the project's views."""
