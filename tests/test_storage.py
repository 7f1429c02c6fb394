"""The database schema is declared and pinned; writes are idempotent."""

from __future__ import annotations

import sqlite_utils

from crawler import storage
from crawler.items import ArticleItem
from extractors.model import Article, Credit, Figure, Image, Quote


def make_item(
    url: str = "https://www.herne.de/Meldungen/News-Detailansicht_1.html", quotes: int = 2
) -> ArticleItem:
    a = Article(
        url=url,
        title="Neue Kita eröffnet",
        published="2021-03-04",
        category="Bildung",
        authors=["Anna Beck"],
        body="„Wir freuen uns“, sagte Anna Beck. Es gibt 80 Plätze.",
    )
    a.quotes = [
        Quote(text=f"Wir freuen uns {i}", speaker="Anna Beck", cue="sagte", start=1, end=15)
        for i in range(quotes)
    ]
    a.figures = [Figure(value=80, unit="Plätze", kind="count", raw="80 Plätze", start=42, end=51)]
    a.credits = [
        Credit(name="Frank Dieper", organization="Stadt Herne", raw="Foto: Frank Dieper/Stadt Herne")
    ]
    a.images = [
        Image(
            src="https://www.herne.de/kita.jpg", caption="Die Kita", credit="Foto: Frank Dieper/Stadt Herne"
        )
    ]
    return ArticleItem(source="herne.de", article=a, fetched_url=url)


def test_schema_is_declared(db: sqlite_utils.Database) -> None:
    assert set(db.table_names()) >= {
        "articles",
        "quotes",
        "figures",
        "credits",
        "images",
        "errors",
        "meta",
        "articles_fts",
        "quotes_fts",
    }
    assert db["articles"].pks == ["id"]
    assert list(db["articles"].columns_dict) == list(storage.ARTICLE_COLUMNS)
    for table, columns in storage.CHILD_TABLES.items():
        assert db[table].pks == ["article_id", "seq"], table
        assert list(db[table].columns_dict) == list(columns), table
        fks = db[table].foreign_keys
        assert [(fk.column, fk.other_table, fk.other_column) for fk in fks] == [
            ("article_id", "articles", "id")
        ]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_save_and_resave_gives_same_counts(db: sqlite_utils.Database) -> None:
    storage.save_articles(db, [make_item()])
    storage.save_articles(db, [make_item()])
    assert db["articles"].count == 1
    assert db["quotes"].count == 2
    assert db["figures"].count == 1
    # an edit replaces the children, it does not add to them
    storage.save_articles(db, [make_item(quotes=1)])
    assert db["quotes"].count == 1
    row = next(db["articles"].rows)
    assert row["title"] == "Neue Kita eröffnet"
    assert row["published_date"] == "2021-03-04"
    assert row["authors"] == '["Anna Beck"]'
    assert row["word_count"] == 10


def test_full_text_search(db: sqlite_utils.Database) -> None:
    storage.save_articles(db, [make_item()])
    assert [r["title"] for r in db["articles"].search("Kita")] == ["Neue Kita eröffnet"]
    assert len(list(db["quotes"].search("freuen"))) == 2


def test_ids_are_stable_and_canonical() -> None:
    a = storage.article_id("https://www.herne.de/Meldungen/x.html")
    assert a == storage.article_id("HTTPS://WWW.HERNE.DE/Meldungen/x.html#top")
    assert a == storage.article_id("https://www.herne.de:443/Meldungen/x.html?utm_source=fb")
    assert a != storage.article_id("https://www.herne.de/Meldungen/y.html")
    assert len(a) == 16


def test_errors_are_recorded(db: sqlite_utils.Database) -> None:
    storage.record_error(db, "https://www.herne.de/x", "http", "HTTP 404", status=404, source="herne.de")
    row = next(db["errors"].rows)
    assert (row["url"], row["kind"], row["status"]) == ("https://www.herne.de/x", "http", 404)
    assert row["occurred_at"]


def test_two_databases_merge_cleanly(tmp_path) -> None:
    one = storage.open_db(tmp_path / "a.db")
    two = storage.open_db(tmp_path / "b.db")
    storage.save_articles(one, [make_item("https://www.herne.de/1.html")])
    storage.save_articles(
        two, [make_item("https://www.herne.de/1.html"), make_item("https://www.herne.de/2.html")]
    )
    one.attach("two", tmp_path / "b.db")
    for table in ("articles", "quotes", "figures", "credits", "images"):
        one.execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM two.{table}")
    assert one["articles"].count == 2
    assert one["quotes"].count == 4
