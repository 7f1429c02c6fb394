"""The database explains itself in Datasette: descriptions, links, facets, search, stored
queries, views and the dashboard, served from a database the real pipeline built.

Expected rows are computed here in Python from the crawled rows, not by re-running the
SQL under test, so a wrong query cannot agree with itself.
"""

from __future__ import annotations

import asyncio
import csv
import html
import io
import json
import re
import sqlite3
import string
import subprocess
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import sqlite_utils
from datasette.app import Datasette
from datasette_dashboards import replace_opts_in_query

from crawler import storage
from crawler.views import VIEWS, ensure_views

from .datasette_support import (
    DB_NAME,
    ROOT,
    SEED_QUOTE,
    SEED_SPEAKER,
    SEED_TITLE,
    STATIC,
    connect,
    db_metadata,
    demo_database,
    load_metadata,
    seed_problem,
)

DASHBOARD = "citynews"


@pytest.fixture(scope="session")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_database(tmp_path_factory)


@pytest.fixture(scope="session")
def conn(news_db: Path) -> sqlite3.Connection:
    return connect(news_db)


@pytest.fixture(scope="session")
def seed(news_db: Path, conn: sqlite3.Connection) -> str:
    """The seed article's id; tests that rely on it fail (only they) when the crawl lacks it."""
    problem = seed_problem(news_db)
    if problem:
        pytest.fail(problem)
    return conn.execute("SELECT id FROM articles WHERE title = ?", (SEED_TITLE,)).fetchone()[0]


@pytest.fixture(scope="session")
def metadata() -> dict[str, Any]:
    return load_metadata()


@pytest.fixture
def ds(news_db: Path, metadata: dict[str, Any]) -> Datasette:
    # As `make browse` serves it: immutable (-i), with the project's metadata and static files.
    return Datasette(immutables=[str(news_db)], metadata=metadata, static_mounts=[("citynews", str(STATIC))])


def get(ds: Datasette, path: str) -> httpx.Response:
    return asyncio.run(ds.client.get(path))


def get_json(ds: Datasette, path: str, **params: str) -> Any:
    sep = "&" if "?" in path else "?"
    url = f"{path}{sep}{urlencode(params)}" if params else path
    response = get(ds, url)
    assert response.status_code == 200, f"{url}: {response.status_code} {response.text[:500]}"
    return response.json()


def rows(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params).fetchall()]


def relations(conn: sqlite3.Connection) -> dict[str, str]:
    """Every table and view of the database: {name: 'table' | 'view'}."""
    found = conn.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {name: kind for name, kind in found}


def columns_of(conn: sqlite3.Connection, name: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])").fetchall()]


# ---------------------------------------------------------------- descriptions


def test_every_table_view_and_column_has_a_description(conn: sqlite3.Connection, metadata: dict) -> None:
    described = db_metadata(metadata)["tables"]
    missing = []
    for name in sorted(relations(conn)):
        table = described.get(name) or {}
        if not (table.get("description") or "").strip():
            missing.append(name)
        cols = table.get("columns") or {}
        missing += [f"{name}.{c}" for c in columns_of(conn, name) if not (cols.get(c) or "").strip()]
    assert not missing, f"no description in data/datasette/metadata.yml for: {', '.join(missing)}"


def test_metadata_describes_nothing_that_does_not_exist(conn: sqlite3.Connection, metadata: dict) -> None:
    # A renamed column must not leave its old description behind.
    existing = relations(conn)
    stale = []
    for name, table in db_metadata(metadata)["tables"].items():
        if name not in existing:
            stale.append(name)
            continue
        stale += [f"{name}.{c}" for c in table.get("columns") or {} if c not in columns_of(conn, name)]
    assert not stale, f"metadata.yml describes what the database does not have: {', '.join(stale)}"


def test_database_has_title_source_and_licence_note(ds: Datasette) -> None:
    page = get(ds, "/")
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert "citynews: what German cities publish, as data" in text
    assert "Data source:" in text and "herne.de" in text
    assert "not openly licensed" in text  # the cities' copyright, said plainly
    assert "MIT" in text  # the software's licence
    assert f'href="/-/dashboards/{DASHBOARD}"' in page.text


def test_every_table_and_view_page_answers_with_its_description(
    ds: Datasette, conn: sqlite3.Connection, metadata: dict
) -> None:
    described = db_metadata(metadata)["tables"]
    for name in sorted(relations(conn)):
        page = get(ds, f"/{DB_NAME}/{name}")
        assert page.status_code == 200, name
        assert described[name]["description"] in html.unescape(page.text), name
        data = get_json(ds, f"/{DB_NAME}/{name}.json", _size="1", _shape="objects")
        assert "rows" in data, name


def test_hidden_tables_are_internal(ds: Datasette, conn: sqlite3.Connection) -> None:
    # Only the full-text index and the archive's compressed bodies: nothing an analyst reads.
    listing = get_json(ds, f"/{DB_NAME}.json")
    hidden = {t["name"] for t in listing["tables"] if t["hidden"]}
    internal = {
        n for n in relations(conn) if n.startswith(("articles_fts", "quotes_fts")) or n == "page_bodies"
    }
    assert hidden == internal


def test_static_aids_are_served(ds: Datasette) -> None:
    for path in ("/citynews/citynews.js", "/citynews/citynews.css"):
        assert get(ds, path).status_code == 200, path


# ---------------------------------------------------------------- links, facets, search


@pytest.mark.parametrize("table", ["quotes", "figures", "credits", "images"])
def test_child_rows_link_to_their_article_labelled_by_title(ds: Datasette, seed: str, table: str) -> None:
    aid = seed
    data = get_json(ds, f"/{DB_NAME}/{table}.json", article_id=aid, _labels="on", _shape="objects")
    assert data["rows"], f"the crawl found no {table} in '{SEED_TITLE}'"
    assert data["rows"][0]["article_id"] == {"value": aid, "label": SEED_TITLE}
    page = get(ds, f"/{DB_NAME}/{table}?article_id={aid}")
    assert f'<a href="/{DB_NAME}/articles/{aid}">{SEED_TITLE}</a>' in page.text


def _facet_counts(data: dict, column: str) -> dict[str, int]:
    assert column in data["facet_results"], f"no facet {column}: {list(data['facet_results'])}"
    return {str(r["value"]): r["count"] for r in data["facet_results"][column]["results"]}


def _sql_counts(conn: sqlite3.Connection, sql: str) -> Counter[str]:
    return Counter({str(k): n for k, n in conn.execute(sql).fetchall() if k is not None and k != ""})


FACETS = [
    # (page, facet, how to count it directly)
    ("articles", "source", "SELECT source, count(*) FROM articles GROUP BY 1"),
    ("articles", "category", "SELECT category, count(*) FROM articles GROUP BY 1"),
    ("quotes", "speaker", "SELECT speaker, count(*) FROM quotes GROUP BY 1"),
    ("figures", "unit", "SELECT unit, count(*) FROM figures GROUP BY 1"),
    ("article_list", "published_year",
     "SELECT substr(published_date, 1, 4), count(*) FROM articles GROUP BY 1"),
    ("quotes_with_articles", "speaker", "SELECT speaker, count(*) FROM quotes GROUP BY 1"),
    ("quotes_with_articles", "published_year",
     "SELECT substr(a.published_date, 1, 4), count(*) FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1"),
    ("figures_with_articles", "unit", "SELECT unit, count(*) FROM figures GROUP BY 1"),
    ("figures_with_articles", "published_year",
     "SELECT substr(a.published_date, 1, 4), count(*) FROM figures f JOIN articles a ON a.id = f.article_id GROUP BY 1"),
]  # fmt: skip


@pytest.mark.parametrize(("page", "column", "sql"), FACETS, ids=[f"{p}-{c}" for p, c, _ in FACETS])
def test_facets_from_metadata_count_right(
    ds: Datasette, conn: sqlite3.Connection, page: str, column: str, sql: str
) -> None:
    # No _facet= in the URL: the facets must come from metadata.yml.
    got = _facet_counts(get_json(ds, f"/{DB_NAME}/{page}.json", _size="0", _facet_size="max"), column)
    assert got == _sql_counts(conn, sql)


def test_seed_shows_up_in_facets(ds: Datasette, seed: str) -> None:
    assert _facet_counts(get_json(ds, f"/{DB_NAME}/quotes.json", _size="0"), "speaker")[SEED_SPEAKER] >= 1
    assert (
        _facet_counts(get_json(ds, f"/{DB_NAME}/article_list.json", _size="0"), "published_year")["2020"] >= 1
    )
    assert _facet_counts(get_json(ds, f"/{DB_NAME}/articles.json", _size="0"), "source")["inherne.net"] >= 1


def test_tags_facet_as_arrays(ds: Datasette, conn: sqlite3.Connection, seed: str) -> None:
    got = _facet_counts(get_json(ds, f"/{DB_NAME}/articles.json", _size="0", _facet_size="max"), "tags")
    expected = Counter(
        tag for (tags,) in conn.execute("SELECT tags FROM articles") for tag in json.loads(tags or "[]")
    )
    assert got == expected
    assert got["Zukunftsstab"] == 1


def test_full_text_search_on_articles(ds: Datasette, seed: str) -> None:
    data = get_json(ds, f"/{DB_NAME}/articles.json", _search="Zukunftsstab", _shape="objects")
    assert SEED_TITLE in [r["title"] for r in data["rows"]]
    assert 'id="_search"' in get(ds, f"/{DB_NAME}/articles").text  # the search box is on the page


def test_full_text_search_on_quotes(ds: Datasette, conn: sqlite3.Connection, seed: str) -> None:
    data = get_json(ds, f"/{DB_NAME}/quotes.json", _search="Areal", _shape="objects", _labels="on")
    texts = [r["text"] for r in data["rows"]]
    assert SEED_QUOTE in texts
    expected = [t for (t,) in conn.execute("SELECT text FROM quotes") if "areal" in _words(t)]
    assert sorted(texts) == sorted(expected)
    assert 'id="_search"' in get(ds, f"/{DB_NAME}/quotes").text


# ---------------------------------------------------------------- stored queries


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _ascii_lower(text: str | None) -> str:
    # SQLite's LIKE and NOCASE fold ASCII letters only.
    return (text or "").translate(str.maketrans(string.ascii_uppercase, string.ascii_lowercase))


def _year(date: str | None) -> str | None:
    return date[:4] if date else None


def _quotes(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return rows(
        conn,
        """SELECT q.*, a.published_date, a.title, a.url, a.source, a.teaser, a.body
                         FROM quotes q JOIN articles a ON a.id = q.article_id
                         ORDER BY a.published_date, q.article_id, q.seq""",
    )


def _figures(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return rows(
        conn,
        """SELECT f.*, a.published_date, a.title, a.url, a.source
                         FROM figures f JOIN articles a ON a.id = f.article_id
                         ORDER BY a.published_date, f.article_id, f.seq""",
    )


def check_quotes_by_person(got: list[dict], conn: sqlite3.Connection) -> None:
    expected = [q["text"] for q in _quotes(conn) if SEED_SPEAKER.lower() in _ascii_lower(q["speaker"])]
    assert [r["text"] for r in got] == expected
    seed = next(r for r in got if r["text"] == SEED_QUOTE)
    assert (seed["title"], seed["published_date"]) == (SEED_TITLE, "2020-05-28")


def check_person_on_topic(got: list[dict], conn: sqlite3.Connection) -> None:
    # Dudda on "Pandemie": the quote that says it, and his other quotes in articles that do.
    expected = []
    for q in _quotes(conn):
        if "dudda" not in _ascii_lower(q["speaker"]):
            continue
        if "pandemie" in _words(q["text"]):
            expected.append((q["text"], "quote"))
        elif "pandemie" in _words(" ".join(filter(None, [q["title"], q["teaser"], q["body"]]))):
            expected.append((q["text"], "article"))
    assert [(r["text"], r["found_in"]) for r in got] == expected
    assert (SEED_QUOTE, "article") in expected


def check_person_on_topic_prefix(got: list[dict], conn: sqlite3.Connection) -> None:
    expected = [q["text"] for q in _quotes(conn) if any(w.startswith("struktur") for w in _words(q["text"]))]
    assert [r["text"] for r in got if r["found_in"] == "quote"] == expected
    assert expected


def check_figures_by_unit_and_year(got: list[dict], conn: sqlite3.Connection) -> None:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in _figures(conn):
        if _ascii_lower(f["unit"]) == "arbeitsplätze":
            groups[(_year(f["published_date"]), f["unit"])].append(f)
    expected = {
        key: (len(fs), len({f["article_id"] for f in fs}), sum(f["value"] for f in fs))
        for key, fs in groups.items()
    }
    assert {(r["year"], r["unit"]): (r["figures"], r["articles"], r["total"]) for r in got} == expected
    assert expected[("2020", "Arbeitsplätze")][2] >= 4300  # the seed's 4.300 new jobs


def check_money_per_year(got: list[dict], conn: sqlite3.Connection) -> None:
    amounts = {(_year(f["published_date"]), f["article_id"], f["value"], f["unit"])
               for f in _figures(conn) if f["unit"] == "Euro" or f["kind"] == "money"}  # fmt: skip
    expected: dict[tuple, float] = defaultdict(float)
    for year, _aid, value, unit in amounts:
        expected[(year, unit)] += value
    assert {(r["year"], r["unit"]): r["total"] for r in got} == pytest.approx(dict(expected))
    assert any(unit == "Euro" for _, unit in expected)


def check_figures_about(got: list[dict], conn: sqlite3.Connection) -> None:
    expected = [(f["value"], f["raw"]) for f in _figures(conn)
                if _ascii_lower(f["unit"]) == "arbeitsplätze" or "arbeitsplätze" in _ascii_lower(f["counted"])]  # fmt: skip
    assert [(r["value"], r["raw"]) for r in got] == expected
    assert any(r["value"] == 4300 and r["title"] == SEED_TITLE for r in got)


def _ranking(quotes: list[dict]) -> list[tuple[str, int]]:
    count = Counter(q["speaker"] for q in quotes if q["speaker"])
    articles = {s: len({q["article_id"] for q in quotes if q["speaker"] == s}) for s in count}
    return sorted(count.items(), key=lambda kv: (-kv[1], -articles[kv[0]], kv[0]))[:100]


def check_most_quoted(got: list[dict], conn: sqlite3.Connection) -> None:
    assert [(r["speaker"], r["quotes"]) for r in got] == _ranking(_quotes(conn))


def check_most_quoted_in_2020(got: list[dict], conn: sqlite3.Connection) -> None:
    ranking = _ranking([q for q in _quotes(conn) if _year(q["published_date"]) == "2020"])
    assert [(r["speaker"], r["quotes"]) for r in got] == ranking
    assert SEED_SPEAKER in dict(ranking)


def check_photographers(got: list[dict], conn: sqlite3.Connection) -> None:
    images: dict[str, set] = defaultdict(set)
    for c in rows(conn, "SELECT * FROM credits"):
        who = c["name"] or c["organization"]
        if who and c["role"] != "video":
            images[who].add(c["image_url"] or f"{c['article_id']}/{c['seq']}")
    assert {r["photographer"]: r["images"] for r in got} == {k: len(v) for k, v in images.items()}
    assert [r["images"] for r in got] == sorted((r["images"] for r in got), reverse=True)
    assert "Frank Dieper" in images  # credited under the seed article's photo


def check_articles_per_month(got: list[dict], conn: sqlite3.Connection) -> None:
    months = Counter(d[:7] for (d,) in conn.execute(
        "SELECT published_date FROM articles WHERE source = 'inherne.net' AND published_date IS NOT NULL"))  # fmt: skip
    assert [(r["month"], r["source"], r["articles"]) for r in got] == [
        (m, "inherne.net", n) for m, n in sorted(months.items())]  # fmt: skip
    assert ("2020-05", "inherne.net") in {(r["month"], r["source"]) for r in got}  # the seed's month


QUERY_CASES: dict[str, list[tuple[dict[str, str], Callable[[list[dict], sqlite3.Connection], None]]]] = {
    "quotes_by_person": [({"speaker": SEED_SPEAKER}, check_quotes_by_person)],
    "person_on_topic": [({"speaker": "Dudda", "topic": "Pandemie"}, check_person_on_topic),
                        ({"speaker": "", "topic": "Struktur*"}, check_person_on_topic_prefix)],
    "figures_by_unit_and_year": [({"unit": "Arbeitsplätze"}, check_figures_by_unit_and_year)],
    "money_per_year": [({}, check_money_per_year)],
    "figures_about": [({"unit": "Arbeitsplätze"}, check_figures_about)],
    "most_quoted": [({"year": "", "source": ""}, check_most_quoted),
                    ({"year": "2020", "source": ""}, check_most_quoted_in_2020)],
    "photographers": [({}, check_photographers)],
    "articles_per_month": [({"source": "inherne.net"}, check_articles_per_month)],
}  # fmt: skip
CASES = [(name, params, check) for name, cases in QUERY_CASES.items() for params, check in cases]


def test_every_stored_query_is_tested(metadata: dict) -> None:
    assert set(db_metadata(metadata)["queries"]) == set(QUERY_CASES)


@pytest.mark.parametrize("case", CASES, ids=[f"{n}-{c.__name__}" for n, _, c in CASES])
def test_stored_query(
    ds: Datasette, conn: sqlite3.Connection, metadata: dict, seed: str, case: tuple
) -> None:
    name, params, check = case
    data = get_json(ds, f"/{DB_NAME}/{name}.json", _shape="objects", **params)
    assert data["rows"], f"{name} returned no rows"
    check(data["rows"], conn)
    # The HTML page has its title, a description and a form field for each parameter.
    page = get(ds, f"/{DB_NAME}/{name}?{urlencode(params)}")
    assert page.status_code == 200
    query = db_metadata(metadata)["queries"][name]
    assert query["title"] in html.unescape(page.text)
    for param in query.get("params", []):
        assert f'name="{param}"' in page.text


def test_stored_queries_with_empty_parameters_answer(ds: Datasette, metadata: dict) -> None:
    # An analyst's first click: the form is still empty.
    for name in db_metadata(metadata)["queries"]:
        assert get(ds, f"/{DB_NAME}/{name}").status_code == 200, name
        assert get_json(ds, f"/{DB_NAME}/{name}.json")["rows"], name


# ---------------------------------------------------------------- views


def test_views_flatten_quotes_and_figures(ds: Datasette, conn: sqlite3.Connection, seed: str) -> None:
    quotes = get_json(ds, f"/{DB_NAME}/quotes_with_articles.json", _shape="objects", _size="max")
    assert quotes["filtered_table_rows_count"] == conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    seed = get_json(ds, f"/{DB_NAME}/quotes_with_articles.json", _shape="objects", text=SEED_QUOTE)["rows"]
    assert [(r["speaker"], r["title"], r["published_date"], r["published_year"]) for r in seed] == [
        (SEED_SPEAKER, SEED_TITLE, "2020-05-28", "2020")]  # fmt: skip
    assert seed[0]["url"] == "https://www.inherne.net/zukunftsstab-ist-gestartet/"

    figures = get_json(ds, f"/{DB_NAME}/figures_with_articles.json", _shape="objects", value="4300")["rows"]
    assert SEED_TITLE in [r["title"] for r in figures]
    total = get_json(ds, f"/{DB_NAME}/figures_with_articles.json", _size="0")["filtered_table_rows_count"]
    assert total == conn.execute("SELECT count(*) FROM figures").fetchone()[0]


def test_views_export_as_csv(ds: Datasette, conn: sqlite3.Connection, seed: str) -> None:
    response = get(ds, f"/{DB_NAME}/quotes_with_articles.csv?_stream=on")
    assert response.status_code == 200
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert len(table) == conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert {"published_date", "speaker", "text", "title", "url"} <= set(table[0])
    assert SEED_QUOTE in [r["text"] for r in table]


def test_people_view_lists_every_speaker(ds: Datasette, conn: sqlite3.Connection, seed: str) -> None:
    data = get_json(ds, f"/{DB_NAME}/people.json", _shape="objects", _size="max")
    people = {r["speaker"]: r for r in data["rows"]}
    quotes = _quotes(conn)
    assert set(people) == {q["speaker"] for q in quotes if q["speaker"]}
    assert [r["quotes"] for r in data["rows"]] == sorted((r["quotes"] for r in data["rows"]), reverse=True)
    mine = [q for q in quotes if q["speaker"] == SEED_SPEAKER]
    dudda = people[SEED_SPEAKER]
    assert dudda["quotes"] == len(mine)
    assert dudda["articles"] == len({q["article_id"] for q in mine})
    assert dudda["first_quoted"] == min(q["published_date"] for q in mine)
    assert dudda["last_quoted"] == max(q["published_date"] for q in mine)
    roles = {q["speaker_role"] for q in mine if q["speaker_role"]}
    assert set((dudda["roles"] or "").split("; ")) == roles
    assert "Oberbürgermeister" in roles


def test_article_list_counts_what_was_extracted(ds: Datasette, conn: sqlite3.Connection, seed: str) -> None:
    row = get_json(ds, f"/{DB_NAME}/article_list.json", _shape="objects", id=seed)["rows"][0]
    for table in ("quotes", "figures", "credits", "images"):
        n = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (seed,)).fetchone()[0]
        assert row[table] == n, table
    assert (row["published_year"], row["published_month"]) == ("2020", "2020-05")


def test_changed_views_reach_existing_databases(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "news.db")
    assert set(VIEWS) <= set(db.view_names())
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    ensure_views(db)  # unchanged views are left alone: opening a database does not rewrite it
    assert db.execute("PRAGMA schema_version").fetchone()[0] == version
    db.conn.executescript("DROP VIEW people; CREATE VIEW people AS SELECT 1 AS speaker;")
    ensure_views(sqlite_utils.Database(tmp_path / "news.db"))
    assert "roles" in db["people"].columns_dict


# ---------------------------------------------------------------- dashboard


def _dashboard(metadata: dict) -> dict[str, Any]:
    return metadata["plugins"]["datasette-dashboards"][DASHBOARD]


def test_dashboard_page_answers(ds: Datasette, conn: sqlite3.Connection, metadata: dict) -> None:
    dashboard = _dashboard(metadata)
    page = get(ds, f"/-/dashboards/{DASHBOARD}")
    assert page.status_code == 200
    for slug, chart in dashboard["charts"].items():
        assert f'id="chart-{slug}"' in page.text
        assert chart["title"] in html.unescape(page.text)
        assert get(ds, f"/-/dashboards/{DASHBOARD}/{slug}").status_code == 200, slug
    assert {"articles-per-month", "most-quoted", "figures-per-month", "money-per-year"} <= set(
        dashboard["charts"]
    )
    assert get(ds, "/-/dashboards").status_code == 200
    source = conn.execute("SELECT min(source) FROM articles").fetchone()[0]
    filtered = get(ds, f"/-/dashboards/{DASHBOARD}?source={source}&date_start=2020-01-01")
    assert filtered.status_code == 200
    assert f'<option value="{source}" selected>' in filtered.text


def _chart_rows(ds: Datasette, chart: dict, options: dict[str, str]) -> list[dict]:
    # What the dashboard's JavaScript fetches for a chart.
    sql = replace_opts_in_query(chart["query"], options)
    return get_json(ds, f"/{chart['db']}.json", sql=sql, _shape="objects", **options)["rows"]


def test_dashboard_charts_show_the_data(
    ds: Datasette, conn: sqlite3.Connection, metadata: dict, seed: str
) -> None:
    charts = _dashboard(metadata)["charts"]
    for slug, chart in charts.items():
        assert _chart_rows(ds, chart, {}), f"chart {slug} has no data"
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert _chart_rows(ds, charts["n-articles"], {}) == [{"n": total}]
    assert sum(r["articles"] for r in _chart_rows(ds, charts["articles-per-month"], {})) == conn.execute(
        "SELECT count(*) FROM articles WHERE published_date IS NOT NULL").fetchone()[0]  # fmt: skip
    ranking = _chart_rows(ds, charts["most-quoted"], {})
    assert (ranking[0]["speaker"], ranking[0]["quotes"]) == _ranking(_quotes(conn))[0]

    options = {"source": "inherne.net", "date_start": "2020-01-01", "date_end": "2020-12-31"}
    n = conn.execute("SELECT count(*) FROM articles WHERE source = 'inherne.net' AND published_date "
                     "BETWEEN '2020-01-01' AND '2020-12-31'").fetchone()[0]  # fmt: skip
    assert _chart_rows(ds, charts["n-articles"], options) == [{"n": n}]
    speakers = {r["speaker"] for r in _chart_rows(ds, charts["most-quoted"], options)}
    assert SEED_SPEAKER in speakers


# ---------------------------------------------------------------- make browse


def test_make_browse_serves_read_only_with_the_project_files() -> None:
    # -o: do not rebuild the virtualenv just to print the command.
    out = subprocess.run(["make", "-n", "-o", ".venv/.installed", "browse"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    serve = next(line for line in out.replace("\\\n", " ").splitlines() if "datasette serve" in line)
    assert " -i data/news.db" in serve
    assert "--metadata data/datasette/metadata.yml" in serve
    assert "--static citynews:data/datasette/static" in serve
    assert "--host 127.0.0.1" in serve
