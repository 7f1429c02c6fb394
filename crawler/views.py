"""SQL views for analysts and Datasette (written by the Datasette work, issue 5).

The views flatten the joins an analyst needs most (a quote with its article's
title, date and URL; a figure likewise) so a table page or a CSV export is
self-contained, and add the derived columns Datasette can facet on
(`published_year`), which it cannot compute from `published_date` itself.

Descriptions of every view and column live in data/datasette/metadata.yml.
"""

from __future__ import annotations

import re

import sqlite_utils

# The year and month of an ISO date, as text: facets and CSV stay readable, and
# a NULL date stays NULL instead of becoming an empty string.
_YEAR = "substr(a.published_date, 1, 4)"
_MONTH = "substr(a.published_date, 1, 7)"

VIEWS: dict[str, str] = {
    # One row per article with its derived year/month and how much was extracted from it.
    "article_list": f"""
SELECT
  a.id,
  a.published_date,
  {_YEAR} AS published_year,
  {_MONTH} AS published_month,
  a.source,
  a.category,
  a.title,
  a.url,
  a.word_count,
  (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
  (SELECT count(*) FROM figures f WHERE f.article_id = a.id) AS figures,
  (SELECT count(*) FROM credits c WHERE c.article_id = a.id) AS credits,
  (SELECT count(*) FROM images i WHERE i.article_id = a.id) AS images,
  a.listing_only
FROM articles a
""",
    "quotes_with_articles": f"""
SELECT
  a.published_date,
  {_YEAR} AS published_year,
  q.speaker,
  q.speaker_role,
  q.text,
  q.cue,
  a.title,
  a.source,
  a.category,
  a.url,
  q.article_id,
  q.seq
FROM quotes q
JOIN articles a ON a.id = q.article_id
""",
    "figures_with_articles": f"""
SELECT
  a.published_date,
  {_YEAR} AS published_year,
  f.value,
  f.unit,
  f.counted,
  f.qualifier,
  f.kind,
  f.raw,
  f.sentence,
  a.title,
  a.source,
  a.category,
  a.url,
  f.article_id,
  f.seq
FROM figures f
JOIN articles a ON a.id = f.article_id
""",
    # "The view a researcher opens first": who is quoted, as what, how often, and when.
    # Roles are joined into one readable string (not JSON) because this view is exported to CSV.
    "people": """
SELECT
  q.speaker,
  (SELECT group_concat(role, '; ') FROM (
     SELECT DISTINCT r.speaker_role AS role FROM quotes r
     WHERE r.speaker = q.speaker AND r.speaker_role IS NOT NULL AND r.speaker_role != ''
     ORDER BY role)) AS roles,
  count(*) AS quotes,
  count(DISTINCT q.article_id) AS articles,
  min(a.published_date) AS first_quoted,
  max(a.published_date) AS last_quoted,
  group_concat(DISTINCT a.source) AS sources
FROM quotes q
JOIN articles a ON a.id = q.article_id
WHERE q.speaker IS NOT NULL AND q.speaker != ''
GROUP BY q.speaker
""",
}

_SPACE = re.compile(r"\s+")


def _normal(sql: str) -> str:
    return _SPACE.sub(" ", sql).strip().lower()


def _view_sql(name: str, select: str) -> str:
    return f"CREATE VIEW [{name}] AS\n{select.strip()}"


def ensure_views(db: sqlite_utils.Database) -> None:
    """Create or replace the project's views.

    A view whose stored SQL differs from ours is dropped and recreated, so a change
    here reaches existing databases; an unchanged view is left alone, so opening a
    database (which every crawl does) does not rewrite its schema needlessly.
    """
    existing = {
        name: sql
        for name, sql in db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall()
    }
    wanted = {name: _view_sql(name, select) for name, select in VIEWS.items()}
    stale = [
        name
        for name, sql in wanted.items()
        if name not in existing or _normal(existing[name]) != _normal(sql)
    ]
    if not stale:
        return
    # One script, one transaction: a reader never sees a view dropped but not yet recreated.
    script = "".join(f"DROP VIEW IF EXISTS [{name}];\n{wanted[name]};\n" for name in stale)
    db.conn.executescript(f"BEGIN;\n{script}COMMIT;")
