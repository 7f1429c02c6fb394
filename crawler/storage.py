"""The SQLite database: a declared schema and the functions that write to it.

Library first: the pipeline, the demo, the re-extraction command and the tests
all call these functions. Every article and its child rows (quotes, figures,
credits, images) are written in one transaction, so a crash never leaves half an
article. Article ids are derived from the canonical URL, so two databases built
by different crawls merge cleanly; child rows are keyed by (article_id, seq).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from extractors.model import Article
from extractors.model import _plain as to_plain

from .items import ArticleItem, now_iso
from .views import ensure_views

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

ARTICLE_COLUMNS: dict[str, type] = {
    "id": str,
    "source": str,
    "url": str,
    "canonical_url": str,
    "title": str,
    "kicker": str,
    "teaser": str,
    "published": str,
    "published_date": str,
    "modified": str,
    "category": str,
    "tags": str,
    "authors": str,
    "body": str,
    "word_count": int,
    "language": str,
    "site_name": str,
    "listing_only": int,
    "fetched_url": str,
    "fetched_at": str,
    "first_seen_at": str,
    "http_status": int,
    "content_hash": str,
    "text_hash": str,
    "version": int,
    "date_source": str,
    "crawl_id": str,
    "extractor_version": str,
    "warnings": str,
}
QUOTE_COLUMNS: dict[str, type] = {
    "article_id": str, "seq": int, "text": str, "speaker": str, "speaker_role": str,
    "speaker_mention": str, "cue": str, "start": int, "end": int,
}  # fmt: skip
FIGURE_COLUMNS: dict[str, type] = {
    "article_id": str, "seq": int, "value": float, "unit": str, "counted": str, "qualifier": str,
    "kind": str, "raw": str, "start": int, "end": int, "sentence": str,
}  # fmt: skip
CREDIT_COLUMNS: dict[str, type] = {
    "article_id": str, "seq": int, "name": str, "organization": str, "role": str, "raw": str, "image_url": str,
}  # fmt: skip
IMAGE_COLUMNS: dict[str, type] = {
    "article_id": str, "seq": int, "src": str, "caption": str, "credit": str, "alt": str,
}  # fmt: skip
ERROR_COLUMNS: dict[str, type] = {
    "id": int, "url": str, "source": str, "kind": str, "status": int, "message": str, "occurred_at": str,
    "crawl_id": str,
}  # fmt: skip
# Every distinct text of an article: a city that edits a published article leaves a trail.
VERSION_COLUMNS: dict[str, type] = {
    "article_id": str, "version": int, "text_hash": str, "fetched_at": str, "crawl_id": str, "title": str,
    "published": str, "modified": str, "body": str, "content_hash": str, "extractor_version": str,
}  # fmt: skip
# The archive: every response the crawler received, bodies stored once per content hash, compressed.
PAGE_COLUMNS: dict[str, type] = {
    "id": int, "url": str, "fetched_url": str, "status": int, "content_type": str, "headers": str,
    "content_hash": str, "size": int, "fetched_at": str, "crawl_id": str, "source": str,
}  # fmt: skip
PAGE_BODY_COLUMNS: dict[str, type] = {"content_hash": str, "compression": str, "body": bytes}
# Crawl ids are text ("20261126T104856Z-3f9a2c"), unique across machines: databases of
# different crawls merge without renumbering.
CRAWL_COLUMNS: dict[str, type] = {
    "id": str, "spider": str, "source": str, "args": str, "started_at": str, "finished_at": str,
    "finish_reason": str, "articles_stored": int, "pages_fetched": int, "errors": int, "stats": str,
    "extractor_version": str, "host": str,
}  # fmt: skip

CHILD_TABLES = {
    "quotes": QUOTE_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "credits": CREDIT_COLUMNS,
    "images": IMAGE_COLUMNS,
}

_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga", "piwik_", "pk_")


def canonical_url(url: str, *, keep_fragment: bool = False) -> str:
    """A normal form of a URL: lower-case host, no tracking parameters, no default port, and no
    fragment unless it names the thing itself (a notice that lives only as an entry of a listing)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    # The query is kept as written ("object=tx,3412.5" must not become "tx%2C3412.5"), minus tracking parameters.
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith(_TRACKING_PARAMS))
    return urlunsplit((scheme, netloc, parts.path or "/", query, parts.fragment if keep_fragment else ""))


def article_id(url: str, *, keep_fragment: bool = False) -> str:
    """Stable id: the same canonical URL gives the same id in every database."""
    return hashlib.sha1(canonical_url(url, keep_fragment=keep_fragment).encode("utf-8")).hexdigest()[:16]


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (and create or migrate) the news database."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the declared tables, indexes and views; add columns a newer version declares."""
    if str(db.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "memory":
        # WAL: Datasette can read while a crawl writes.
        db.conn.execute("PRAGMA journal_mode=WAL")
        # Durable against a killed process (every commit is in the WAL); only a power cut could
        # lose the last commits, never corrupt the file. Much faster than FULL.
        db.conn.execute("PRAGMA synchronous=NORMAL")
    db.conn.execute("PRAGMA foreign_keys=ON")
    db.conn.execute("PRAGMA busy_timeout=30000")
    tables = set(db.table_names())
    if "crawls" not in tables:
        db["crawls"].create(CRAWL_COLUMNS, pk="id", not_null={"spider", "started_at"})
    crawl_fk = [("crawl_id", "crawls", "id")]
    if "articles" not in tables:
        db["articles"].create(
            ARTICLE_COLUMNS, pk="id", not_null={"url", "source", "fetched_at"}, foreign_keys=crawl_fk
        )
        db["articles"].create_index(["url"], unique=True)
        db["articles"].create_index(["published_date"])
        db["articles"].create_index(["source", "published_date"])
        db["articles"].enable_fts(["title", "teaser", "body"], create_triggers=True, tokenize="unicode61")
    for name, columns in CHILD_TABLES.items():
        if name not in tables:
            db[name].create(
                columns,
                pk=("article_id", "seq"),
                not_null={"article_id", "seq"},
                foreign_keys=[("article_id", "articles", "id")],
            )
            db[name].create_index(["article_id"])
    if "quotes_fts" not in tables:
        db["quotes"].enable_fts(["text", "speaker"], create_triggers=True, tokenize="unicode61")
    if "errors" not in tables:
        db["errors"].create(
            ERROR_COLUMNS, pk="id", not_null={"url", "kind", "occurred_at"}, foreign_keys=crawl_fk
        )
        db["errors"].create_index(["url"])
    if "article_versions" not in tables:
        db["article_versions"].create(
            VERSION_COLUMNS,
            pk=("article_id", "version"),
            not_null={"article_id", "version", "fetched_at"},
            foreign_keys=[("article_id", "articles", "id"), *crawl_fk],
        )
    if "page_bodies" not in tables:
        db["page_bodies"].create(PAGE_BODY_COLUMNS, pk="content_hash", not_null={"body"})
    if "pages" not in tables:
        db["pages"].create(
            PAGE_COLUMNS,
            pk="id",
            not_null={"url", "status", "fetched_at"},
            foreign_keys=[("content_hash", "page_bodies", "content_hash"), *crawl_fk],
        )
        db["pages"].create_index(["url", "fetched_at"])
    if "meta" not in tables:
        db["meta"].create({"key": str, "value": str}, pk="key")
    _add_missing_columns(db)
    db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
    _ensure_indexes(db)
    ensure_views(db)


DECLARED_TABLES: dict[str, dict[str, type]] = {
    "articles": ARTICLE_COLUMNS,
    **CHILD_TABLES,
    "errors": ERROR_COLUMNS,
    "article_versions": VERSION_COLUMNS,
    "pages": PAGE_COLUMNS,
    "page_bodies": PAGE_BODY_COLUMNS,
    "crawls": CRAWL_COLUMNS,
}


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    """A database made by an older version gains the columns this one declares (never loses any)."""
    for table, columns in DECLARED_TABLES.items():
        have = set(db[table].columns_dict)
        for name, kind in columns.items():
            if name not in have:
                db[table].add_column(name, kind)


def _ensure_indexes(db: sqlite_utils.Database) -> None:
    existing = {idx.name for t in ("quotes", "figures") for idx in db[t].indexes}
    if "idx_quotes_speaker" not in existing:
        db["quotes"].create_index(["speaker"], index_name="idx_quotes_speaker", if_not_exists=True)
    if "idx_figures_unit" not in existing:
        db["figures"].create_index(["unit"], index_name="idx_figures_unit", if_not_exists=True)


def article_row(item: ArticleItem) -> dict[str, Any]:
    a = item.article
    url = a.canonical_url or a.url
    keep = item.listing_only
    return {
        "id": article_id(url, keep_fragment=keep),
        "source": item.source,
        "url": canonical_url(url, keep_fragment=keep),
        "canonical_url": a.canonical_url,
        "title": a.title,
        "kicker": a.kicker,
        "teaser": a.teaser,
        "published": a.published,
        "published_date": (a.published or "")[:10] or None,
        "modified": a.modified,
        "category": a.category,
        "tags": json.dumps(a.tags, ensure_ascii=False),
        "authors": json.dumps(a.authors, ensure_ascii=False),
        "body": a.body,
        "word_count": a.word_count,
        "language": a.language,
        "site_name": a.site_name,
        "listing_only": int(item.listing_only),
        "fetched_url": item.fetched_url,
        "fetched_at": item.fetched_at,
        "first_seen_at": item.fetched_at,
        "http_status": item.http_status,
        "content_hash": item.content_hash,
        "text_hash": text_hash(a),
        "version": 1,
        "date_source": a.date_source,
        "crawl_id": item.crawl_id,
        "extractor_version": a.extractor_version,
        "warnings": json.dumps(a.warnings, ensure_ascii=False) if a.warnings else None,
    }


def child_rows(aid: str, article: Article) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, records in (
        ("quotes", article.quotes),
        ("figures", article.figures),
        ("credits", article.credits),
        ("images", article.images),
    ):
        rows[table] = [
            {
                "article_id": aid,
                "seq": i,
                **{k: _plain_value(getattr(r, k)) for k in _record_columns(type(r), table)},
            }
            for i, r in enumerate(records)
        ]
    return rows


# What `to_dict()` would give for the record fields a table stores, read directly: to_dict()
# walks every field of every record, the largest cost of saving an article after SQLite itself.
@functools.lru_cache(maxsize=32)
def _record_columns(record_type: type, table: str) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_type) if f.name in CHILD_TABLES[table])


def _plain_value(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, type(None))) else to_plain(value)


def text_hash(article: Article) -> str:
    """What makes a new version: the article's own words, not the page's sidebars."""
    text = "\n".join([article.title or "", article.teaser or "", article.body])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def save_articles(
    db: sqlite_utils.Database, items: Iterable[ArticleItem], *, reextracted: bool = False
) -> int:
    """Insert or update articles with their child rows and versions, all in one transaction.

    A changed text (title, teaser or body) adds a row to `article_versions` and bumps
    the article's `version`; `reextracted=True` (the archive run again through newer
    extractors) replaces the current version instead, since the city changed nothing.
    """
    n = 0
    with db.conn:  # one transaction: all of these articles or none
        for item in items:
            _save_one(db, item, reextracted)
            n += 1
    return n


def _save_one(db: sqlite_utils.Database, item: ArticleItem, reextracted: bool) -> None:
    row = article_row(item)
    aid = row["id"]
    existing = db.conn.execute(
        "SELECT id FROM articles WHERE url = ? AND id != ?", (row["url"], aid)
    ).fetchone()
    if existing:  # an older row for the same URL under a different id (should not happen; keep one)
        _delete_article(db, existing[0])
    before = db.conn.execute(
        "SELECT version, text_hash, first_seen_at FROM articles WHERE id = ?", (aid,)
    ).fetchone()
    version = 1
    if before is not None:
        row["first_seen_at"] = before[2] or row["first_seen_at"]
        old_version = before[0] or 1
        version = old_version if (reextracted or before[1] == row["text_hash"]) else old_version + 1
    row["version"] = version
    for table in CHILD_TABLES:
        db.conn.execute(f"DELETE FROM [{table}] WHERE article_id = ?", (aid,))
    _upsert(db, "articles", row, ("id",))
    for table, rows in child_rows(aid, item.article).items():
        if rows:
            _insert(db, table, rows)
    if before is None or before[1] != row["text_hash"] or reextracted:
        _upsert(db, "article_versions", {
            "article_id": aid, "version": version, "text_hash": row["text_hash"], "fetched_at": row["fetched_at"],
            "crawl_id": row["crawl_id"], "title": row["title"], "published": row["published"],
            "modified": row["modified"], "body": row["body"], "content_hash": row["content_hash"],
            "extractor_version": row["extractor_version"],
        }, ("article_id", "version"))  # fmt: skip


# The statements sqlite-utils' upsert() and insert_all() run, built once per table instead of
# once per row: those calls read the table's columns from SQLite on every call, which cost more
# than the writing itself. Values are converted as sqlite-utils converts them.
def _upsert(db: sqlite_utils.Database, table: str, row: dict[str, Any], pk: tuple[str, ...]) -> None:
    db.conn.execute(_upsert_sql(table, tuple(row), pk), [_sql_value(v) for v in row.values()])


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    columns = tuple(dict.fromkeys(k for r in rows for k in r))
    db.conn.executemany(_insert_sql(table, columns), ([_sql_value(r.get(c)) for c in columns] for r in rows))


@functools.lru_cache(maxsize=64)
def _upsert_sql(table: str, columns: tuple[str, ...], pk: tuple[str, ...]) -> str:
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c not in pk)
    conflict = ", ".join(f"[{c}]" for c in pk)
    return f"{_insert_sql(table, columns)} ON CONFLICT({conflict}) DO " + (
        f"UPDATE SET {updates}" if updates else "NOTHING"
    )


@functools.lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})"


def _sql_value(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, type(None))) else jsonify_if_needed(value)


def _delete_article(db: sqlite_utils.Database, aid: str) -> None:
    for table in (*CHILD_TABLES, "article_versions"):
        db.conn.execute(f"DELETE FROM [{table}] WHERE article_id = ?", (aid,))
    db.conn.execute("DELETE FROM articles WHERE id = ?", (aid,))


def record_error(
    db: sqlite_utils.Database,
    url: str,
    kind: str,
    message: str,
    *,
    source: str | None = None,
    status: int | None = None,
    crawl_id: str | None = None,
) -> None:
    """A failure is data: what failed, why, and when."""
    try:
        with db.conn:
            db["errors"].insert(
                {
                    "url": url,
                    "source": source,
                    "kind": kind,
                    "status": status,
                    "message": message[:2000],
                    "occurred_at": now_iso(),
                    "crawl_id": crawl_id,
                }
            )
    except sqlite3.Error as e:  # the error table itself failing must not hide the original failure
        log.error("could not record error for %s (%s: %s): %s", url, kind, message, e)


def summary(db: sqlite_utils.Database) -> dict[str, Any]:
    """Counts for the end of a crawl: articles per source, quotes, figures, credits, errors."""
    per_source = dict(
        db.conn.execute("SELECT source, count(*) FROM articles GROUP BY source ORDER BY source").fetchall()
    )
    return {
        "articles": sum(per_source.values()),
        "per_source": per_source,
        **{t: db[t].count for t in ("quotes", "figures", "credits", "images", "errors")},
    }
