"""Run the current extractors over the archive again, without any network.

    python -m crawler.reextract [--db data/news.db] [--source herne.de] [--batch 200]

Every article is re-read from the page body archived when it was fetched, its
fields and quotes, figures, credits and images are replaced, and each row records
the extractor version that produced it. Notices that only ever existed as listing
entries are re-read from their stored text. A city's edits are not touched: the
current version is replaced, no new version is added.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils
from tqdm import tqdm

from extractors.article import article_from_text
from extractors.page import analyze_page

from . import profiles, storage
from .archive import load_body
from .items import ArticleItem

log = logging.getLogger(__name__)


def _selectors_by_source() -> dict[str, dict[str, str]]:
    out = {}
    for prof in profiles.all_profiles():
        if prof.selectors:
            out[prof.source] = prof.selectors
    return out


def reextract_rows(
    db: sqlite_utils.Database, rows: list[dict], selectors: dict[str, dict[str, str]]
) -> Iterator[ArticleItem | tuple[str, str]]:
    """An ArticleItem per re-read article, or (url, reason) where the archive cannot serve it."""
    for row in rows:
        if row["listing_only"]:
            art = article_from_text(
                row["url"],
                row["title"],
                row["body"] or "",
                published=row["published"],
                teaser=row["teaser"],
                page_type="listing-entry",
            )
        else:
            body = load_body(db, row["content_hash"]) if row["content_hash"] else None
            if body is None:
                yield row["url"], "page body not in the archive"
                continue
            live = _live_url(db, row)
            page = analyze_page(body, live, selectors=selectors.get(row["source"]))
            art = page.article
            if art is None:
                yield row["url"], "page could not be parsed"
                continue
            art.canonical_url = row["canonical_url"] or art.canonical_url
        yield ArticleItem(
            source=row["source"],
            article=art,
            fetched_url=row["fetched_url"],
            fetched_at=row["fetched_at"],
            http_status=row["http_status"] or 200,
            listing_only=bool(row["listing_only"]),
            content_hash=row["content_hash"],
            crawl_id=row["crawl_id"],
        )


def _live_url(db: sqlite_utils.Database, row: dict) -> str:
    found = db.execute(
        "SELECT url FROM pages WHERE content_hash = ? ORDER BY id DESC LIMIT 1", [row["content_hash"]]
    ).fetchone()
    return found[0] if found else row["url"]


def reextract(
    db: sqlite_utils.Database, *, source: str | None = None, batch: int = 200, progress: bool = True
) -> dict:
    where, params = ("WHERE source = ?", [source]) if source else ("", [])
    total = db.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()[0]
    ids = [r[0] for r in db.execute(f"SELECT id FROM articles {where} ORDER BY id", params).fetchall()]
    selectors = _selectors_by_source()
    done = failed = 0
    bar = tqdm(total=total, unit="article", desc="re-extracting", disable=not progress)
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        marks = ",".join("?" * len(chunk))
        rows = list(db.query(f"SELECT * FROM articles WHERE id IN ({marks})", chunk))
        items = []
        for result in reextract_rows(db, rows, selectors):
            if isinstance(result, ArticleItem):
                items.append(result)
            else:
                url, reason = result
                failed += 1
                storage.record_error(db, url, "reextract", reason)
        done += storage.save_articles(db, items, reextracted=True)
        bar.update(len(rows))
    bar.close()
    return {"articles": total, "reextracted": done, "failed": failed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m crawler.reextract",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--db", default="data/news.db")
    ap.add_argument("--source", help="only the articles of this source (herne.de, inherne.net, …)")
    ap.add_argument("--batch", type=int, default=200, help="articles per transaction")
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        print(f"no database at {args.db}: crawl first (make demo)", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    db = storage.open_db(args.db)
    result = reextract(db, source=args.source, batch=args.batch, progress=True)
    from extractors import __version__  # noqa: PLC0415

    failed = f"; {result['failed']} could not be read (see the errors table)" if result["failed"] else ""
    print(
        f"re-extracted {result['reextracted']} of {result['articles']} articles with extractor {__version__}{failed}"
    )
    return 0 if not result["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
