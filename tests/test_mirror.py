"""The offline mirror server maps URLs to files the way `wget --mirror` stores them."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from crawler.mirror import MirrorServer, resolve


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "www.example-stadt.de"
    (root / "aktuelles").mkdir(parents=True)
    (root / "aktuelles" / "index.html").write_text("<h1>Liste</h1>")
    (root / "aktuelles" / "index.html?page=1").write_text("<h1>Seite 2</h1>")
    (root / "aktuelles" / "neue-kita").write_text("<h1>Kita</h1>")
    (root / "news.html?seite=2").write_text("<h1>News 2</h1>")
    (root / "news.html").write_text("<h1>News</h1>")
    (root / "feed").mkdir()
    (root / "feed" / "index.xml").write_text('<?xml version="1.0"?><rss version="2.0"></rss>')
    (tmp_path / "secret.txt").write_text("no")
    return root


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/aktuelles", "aktuelles/index.html"),
        ("/aktuelles/", "aktuelles/index.html"),
        ("/aktuelles?page=1", "aktuelles/index.html?page=1"),
        ("/aktuelles/neue-kita", "aktuelles/neue-kita"),
        ("/news.html?seite=2", "news.html?seite=2"),
        ("/news.html", "news.html"),
        ("/feed/", "feed/index.xml"),
    ],
)
def test_resolve(site: Path, path: str, expected: str) -> None:
    assert resolve(site, path) == (site / expected).resolve()


@pytest.mark.parametrize("path", ["/nope.html", "/../secret.txt", "/%2e%2e/secret.txt", "/news.html?seite=3"])
def test_resolve_missing_or_outside(site: Path, path: str) -> None:
    assert resolve(site, path) is None


def test_serves_each_host_on_its_own_port(site: Path) -> None:
    with MirrorServer(site.parent) as server:
        urls = server.base_urls()
        assert list(urls) == ["www.example-stadt.de"]
        base = urls["www.example-stadt.de"]
        with urllib.request.urlopen(base + "feed/") as r:
            assert r.headers["Content-Type"] == "application/rss+xml"
        with urllib.request.urlopen(base + "aktuelles/neue-kita") as r:
            assert r.headers["Content-Type"] == "text/html"
            assert r.read() == b"<h1>Kita</h1>"
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(base + "fehlt.html")
        assert e.value.code == 404
