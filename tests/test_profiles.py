"""Site profiles: declarative, validated, and checked against their saved sample pages."""

from __future__ import annotations

import re

import pytest

from crawler import profiles


def test_every_profile_loads_and_its_samples_are_articles() -> None:
    loaded = profiles.all_profiles()
    assert {p.slug for p in loaded} >= {"herne", "inherne"}
    rows = profiles.check(loaded)
    assert len(rows) == sum(len(p.samples) for p in loaded) > 0
    for r in rows:
        assert r["kind"] == "article", r
        assert r["title"] and r["published"] and r["body"] >= 50, r


def test_herne_profile() -> None:
    p = profiles.load("herne")
    assert p.live_base == "https://www.herne.de/"
    assert p.discovery.listing_only_entries
    assert p.is_article_url("https://www.herne.de/Meldungen/News-Detailansicht_1.html") is True
    assert p.is_article_url("https://www.herne.de/Kontakt.html") is False


def test_profile_for_any_url() -> None:
    p = profiles.for_url("https://www.stadt-lindenau.de/aktuelles")
    assert p.live_base == "https://www.stadt-lindenau.de/"
    assert p.source == "stadt-lindenau.de"
    assert p.is_article_url("https://www.stadt-lindenau.de/x") is None  # the page decides


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "start_urls"),
        ({"start_urls": ["ftp://x"]}, "start_urls"),
        ({"start_urls": ["https://x.de/"], "platform": "joomla"}, "unknown platform"),
        ({"start_urls": ["https://x.de/"], "discovery": {"article_url": ["x"]}}, "unknown [discovery] keys"),
        (
            {"start_urls": ["https://x.de/"], "discovery": {"article_urls": ["("]}},
            "not a valid regular expression",
        ),
        ({"start_urls": ["https://x.de/"], "selectors": {"quotes": "q"}}, "selectors only for"),
    ],
)
def test_bad_profiles_say_why(data: dict, message: str) -> None:
    with pytest.raises(profiles.ProfileError, match=re.escape(message)):
        profiles.parse_profile(data, "x")


def test_unknown_profile_lists_the_known_ones() -> None:
    with pytest.raises(profiles.ProfileError, match=r"known: .*herne"):
        profiles.load("gibtsnicht")


def test_selectors_override_the_generic_extraction() -> None:
    from extractors import extract_article

    html = """<html><body><div class="kopf"><h1>Stadt Beispiel</h1></div>
    <div class="x"><span class="t">Neue Kita eröffnet</span><span class="d">03.05.2021</span>
    <div class="txt"><p>Die Stadt hat am Montag die neue Kita an der Lindenstraße eröffnet. Dort gibt es 80 Plätze.</p></div></div>
    </body></html>"""
    art = extract_article(
        html, "https://www.beispiel.de/a", selectors={"title": ".t", "published": ".d", "body": ".txt"}
    )
    assert art.title == "Neue Kita eröffnet"
    assert art.published == "2021-05-03"
    assert art.date_source == "selector"
    assert art.body.startswith("Die Stadt hat am Montag")
