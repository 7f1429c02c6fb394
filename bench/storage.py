"""Writing to SQLite: `crawler.storage.save_articles` against plain `executemany` of the same rows.

The articles are those of the generated site (quotes, figures, credits and an image
each), extracted once before the clock starts. They are saved in batches of
NEWS_DB_BATCH, as the crawl's pipeline saves them; a row is one row of any table
(article, version, quote, figure, credit, image). The reference writes the same rows
into tables of the same columns with no index, no full-text search and no upsert, in
one transaction: what SQLite itself costs.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler import storage
from crawler.gensite import SiteSpec, article_html
from crawler.items import ArticleItem
from crawler.settings import NEWS_DB_BATCH
from extractors import extract_article

from .measure import Samples, db_size


@dataclass(slots=True)
class StorageResult:
    articles: int
    rows: int = 0
    rate: Samples = field(default_factory=lambda: Samples("save_articles", "rows/s"))
    plain_rate: Samples = field(default_factory=lambda: Samples("sqlite3 executemany", "rows/s"))
    bytes_per_article: Samples = field(default_factory=lambda: Samples("database per article", "kB"))


def generated_items(n: int) -> list[ArticleItem]:
    spec = SiteSpec(articles=n, faults=0.0)
    items = []
    for i in range(1, n + 1):
        url = f"https://www.generstadt.de/aktuelles/meldung-{i}.html"
        items.append(
            ArticleItem(
                source="generstadt.de",
                article=extract_article(article_html(spec, i), url),
                fetched_url=url,
                fetched_at="2024-01-01T00:00:00+00:00",
            )
        )
    return items


def count_rows(items: list[ArticleItem]) -> int:
    """Rows one save of `items` writes: article, first version, and the child rows."""
    return sum(
        2 + len(a.quotes) + len(a.figures) + len(a.credits) + len(a.images)
        for a in (i.article for i in items)
    )


def save(path: Path, items: list[ArticleItem]) -> float:
    """Seconds to save `items` into a new database, batch by batch."""
    db = storage.open_db(path)
    try:
        start = time.perf_counter()
        for i in range(0, len(items), NEWS_DB_BATCH):
            storage.save_articles(db, items[i : i + NEWS_DB_BATCH])
        return time.perf_counter() - start
    finally:
        db.close()


def plain_save(path: Path, items: list[ArticleItem]) -> float:
    """Seconds to write the same rows with bare sqlite3: the floor."""
    tables: dict[str, list[dict]] = {
        "articles": [],
        "article_versions": [],
        **{t: [] for t in storage.CHILD_TABLES},
    }
    for item in items:  # the rows are built before the clock starts: only SQLite is measured
        row = storage.article_row(item)
        tables["articles"].append(row)
        tables["article_versions"].append({k: row.get(k) for k in storage.VERSION_COLUMNS})
        for table, rows in storage.child_rows(row["id"], item.article).items():
            tables[table] += rows
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        columns = {
            "articles": storage.ARTICLE_COLUMNS,
            "article_versions": storage.VERSION_COLUMNS,
            **storage.CHILD_TABLES,
        }
        for table, cols in columns.items():
            con.execute(f"CREATE TABLE [{table}] ({', '.join(f'[{c}]' for c in cols)})")
        start = time.perf_counter()
        with con:
            for table, rows in tables.items():
                cols = list(columns[table])
                sql = f"INSERT INTO [{table}] VALUES ({', '.join('?' * len(cols))})"
                con.executemany(sql, ([r.get(c) for c in cols] for r in rows))
        return time.perf_counter() - start
    finally:
        con.close()


def run(n: int, repeats: int, workdir: Path, log: Callable[[str], None]) -> StorageResult:
    items = generated_items(n)
    result = StorageResult(n, rows=count_rows(items))
    for r in range(repeats):
        path = workdir / f"storage-{r}.db"
        seconds = save(path, items)
        result.rate.values.append(result.rows / seconds)
        result.bytes_per_article.values.append(db_size(path) / n / 1000)
        plain = workdir / f"plain-{r}.db"
        result.plain_rate.values.append(result.rows / plain_save(plain, items))
        log(
            f"  storage run {r + 1}/{repeats}: {result.rate.values[-1]:,.0f} rows/s "
            f"(bare sqlite3 {result.plain_rate.values[-1]:,.0f} rows/s)"
        )
        for p in workdir.glob("*-*.db*"):
            if p.name.startswith(("storage-", "plain-")):
                p.unlink()
    return result
