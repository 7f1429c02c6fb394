"""A real browser through the analyst's first minutes: the dashboard's charts render (they
are drawn by JavaScript, which Datasette's test client does not run), its filter works,
and a full-text search on the quotes finds the seed quote.

Needs Debian's chromium and chromedriver (`.ci/run` installs them) and selenium. Without
them the test fails and says what is missing; set CITYNEWS_SKIP_BROWSER=1 to skip it.
Screenshots are saved in each test's temporary folder.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .datasette_support import (
    ROOT,
    SEED_QUOTE,
    SEED_TITLE,
    connect,
    demo_database,
    load_metadata,
    seed_problem,
    serve_command,
)

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--window-size=1400,1800",
]  # fmt: skip
WAIT = 30  # seconds for a page, its data requests and vega's drawing
DASHBOARD = "citynews"


def _require_browser() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    try:
        import selenium  # noqa: F401 - only this test needs it
    except ImportError:
        missing.append("the Python package selenium")
    if os.environ.get("CITYNEWS_SKIP_BROWSER") == "1":
        pytest.skip("CITYNEWS_SKIP_BROWSER=1")
    if missing:
        pytest.fail(
            f"the browser test needs {', '.join(missing)}: "
            "apt-get install chromium chromium-driver, pip install selenium (.ci/run does both); "
            "or set CITYNEWS_SKIP_BROWSER=1 to skip it"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(base: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"datasette exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(f"datasette did not answer within {WAIT}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_browser()
    return demo_database(tmp_path_factory)


@pytest.fixture(scope="module")
def server(news_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`datasette serve` as `make browse` runs it, on a free port: its base URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("datasette") / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(serve_command(news_db, port), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc, log)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser(news_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in [*CHROME_ARGS, f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium Manager must not try to download one.
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def conn(news_db: Path) -> Iterator[sqlite3.Connection]:
    c = connect(news_db)
    yield c
    c.close()


def _wait(driver: Any, condition: Any, what: str) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT, poll_frequency=0.2).until(condition, message=f"waiting for {what}")


def _severe_console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _charts_drawn(driver: Any, charts: dict[str, Any]) -> dict[str, str]:
    """Wait until every chart is drawn; returns what the metric cards show."""
    from selenium.webdriver.common.by import By

    for slug, chart in charts.items():
        if chart["library"] == "vega-lite":
            # vega-embed draws into a canvas (or an svg) that has a size once the data arrived.
            drawn = f"#chart-{slug} canvas, #chart-{slug} svg.marks"
            _wait(driver, lambda d, sel=drawn: any(e.size["width"] > 50 for e in d.find_elements(By.CSS_SELECTOR, sel)),
                  f"chart {slug}")  # fmt: skip
        else:
            _wait(
                driver, lambda d, s=slug: d.find_elements(By.CSS_SELECTOR, f"#chart-{s} p"), f"metric {slug}"
            )
    metrics = {slug: driver.find_element(By.CSS_SELECTOR, f"#chart-{slug} p").text
               for slug, chart in charts.items() if chart["library"] == "metric"}  # fmt: skip
    return metrics


def test_dashboard_draws_its_charts_and_filters(
    browser: Any, server: str, conn: sqlite3.Connection, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    charts = load_metadata()["plugins"]["datasette-dashboards"][DASHBOARD]["charts"]
    browser.get(f"{server}/-/dashboards/{DASHBOARD}")
    metrics = _charts_drawn(browser, charts)
    browser.save_screenshot(str(tmp_path / "dashboard.png"))
    assert metrics["n-articles"] == str(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    assert metrics["n-quotes"] == str(conn.execute("SELECT count(*) FROM quotes").fetchone()[0])
    assert browser.find_element(By.CSS_SELECTOR, "#card-most-quoted").text.startswith("Most quoted people")
    assert not _severe_console_errors(browser)

    # Narrow to one source with the dashboard's own form.
    source = conn.execute("SELECT min(source) FROM articles").fetchone()[0]
    Select(browser.find_element(By.ID, "source")).select_by_value(source)
    browser.find_element(By.CSS_SELECTOR, ".dashboard-filters input[type=submit]").click()
    _wait(browser, lambda d: f"source={source}" in d.current_url, "the filtered dashboard")
    metrics = _charts_drawn(browser, charts)
    browser.save_screenshot(str(tmp_path / "dashboard-filtered.png"))
    n = conn.execute("SELECT count(*) FROM articles WHERE source = ?", (source,)).fetchone()[0]
    assert metrics["n-articles"] == str(n)
    assert not _severe_console_errors(browser)
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


def test_full_text_search_on_quotes(browser: Any, server: str, news_db: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    problem = seed_problem(news_db)
    if problem:
        pytest.fail(problem)
    browser.get(f"{server}/news/quotes")
    box = browser.find_element(By.ID, "_search")
    box.send_keys("Areal")
    box.submit()
    _wait(browser, lambda d: "_search=Areal" in d.current_url, "the search result")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    texts = [r.text for r in rows]
    assert any(SEED_QUOTE in t for t in texts), texts
    # The article column shows the article's title and links to it.
    link = browser.find_element(By.LINK_TEXT, SEED_TITLE)
    assert "/news/articles/" in link.get_attribute("href")

    # Column descriptions are folded; one click shows them.
    fold = browser.find_element(By.CSS_SELECTOR, "details.column-descriptions-fold")
    first = fold.find_element(By.CSS_SELECTOR, "dd")
    assert not first.is_displayed()
    fold.find_element(By.TAG_NAME, "summary").click()
    assert first.is_displayed() and "article" in first.text
    browser.save_screenshot(str(tmp_path / "quotes-search.png"))
    assert not _severe_console_errors(browser)
