"""Site profiles: a city in a small declarative file, `crawler/sites/<slug>.toml`.

Everything in a profile is optional but the start URL. The generic spider finds a
site's articles without one; a profile names the news section, says which URLs are
articles, and where needed overrides the generic extraction with CSS selectors.

    slug = "herne"                       # the file name without .toml
    name = "Stadt Herne – Pressemitteilungen"
    platform = "custom"                  # typo3, wordpress, drupal, gsb, imperia, nolis, ikiss, legacy, custom
    start_urls = ["https://www.herne.de/Meldungen/Alle-News.html"]
    source = "herne.de"                  # the articles' `source` column (default: the host)

    [discovery]
    sitemaps = true                      # robots.txt Sitemap: lines, /sitemap.xml, wp-sitemap.xml
    feeds = true                         # RSS/Atom feeds announced in <link rel=alternate>
    listings = true                      # news listings and their pagination
    menu_links = true                    # follow "Aktuelles"/"Pressemitteilungen" links from the start pages
    listing_only_entries = false         # keep dated listing entries without a page of their own as articles
    article_urls = ['/Meldungen/News-Detailansicht_\\d+\\.html$']   # regexes: only these are articles
    exclude_urls = ['/Suche']            # regexes: never fetched
    max_listing_pages = 1000             # per listing, against endless pagination

    [selectors]                          # CSS selectors that override the generic extraction
    title = "h2.meldung_titel"
    body = ".meldung_inhalt"

    samples = ["tests/gold/herne-131745.html"]   # saved pages `python -m crawler.profiles check` reads
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

SITES_DIR = Path(__file__).resolve().parent / "sites"
PROJECT_ROOT = SITES_DIR.parent.parent
PLATFORMS = frozenset(
    {"typo3", "wordpress", "drupal", "gsb", "imperia", "nolis", "ikiss", "legacy", "custom", "unknown"}
)
SELECTOR_FIELDS = frozenset({"title", "body", "published", "category", "authors", "teaser"})


class ProfileError(ValueError):
    """A profile file that cannot be used, with the reason in plain words."""


@dataclass(slots=True)
class Discovery:
    sitemaps: bool = True
    feeds: bool = True
    listings: bool = True
    menu_links: bool = True
    listing_only_entries: bool = False
    article_urls: list[re.Pattern[str]] = field(default_factory=list)
    exclude_urls: list[re.Pattern[str]] = field(default_factory=list)
    max_listing_pages: int = 1000


@dataclass(slots=True)
class Profile:
    slug: str
    start_urls: list[str]
    name: str = ""
    platform: str = "unknown"
    source: str = ""
    discovery: Discovery = field(default_factory=Discovery)
    selectors: dict[str, str] = field(default_factory=dict)
    samples: list[str] = field(default_factory=list)

    @property
    def live_base(self) -> str:
        parts = urlsplit(self.start_urls[0])
        return f"{parts.scheme}://{parts.netloc}/"

    def is_article_url(self, url: str) -> bool | None:
        """True/False when the profile says; None when it leaves it to the page."""
        if not self.discovery.article_urls:
            return None
        return any(p.search(url) for p in self.discovery.article_urls)

    def is_excluded(self, url: str) -> bool:
        return any(p.search(url) for p in self.discovery.exclude_urls)


def for_url(url: str) -> Profile:
    """The profile of a site nobody described: start there, discover everything."""
    host = urlsplit(url).hostname or ""
    if not host or urlsplit(url).scheme not in ("http", "https"):
        raise ProfileError(f"not a web address: {url!r}")
    return Profile(slug=host, start_urls=[url], name=host, source=host.removeprefix("www."))


def _patterns(values: list[str], what: str, slug: str) -> list[re.Pattern[str]]:
    out = []
    for v in values:
        try:
            out.append(re.compile(v))
        except re.error as e:
            raise ProfileError(
                f"profile {slug}: {what} pattern {v!r} is not a valid regular expression: {e}"
            ) from e
    return out


def parse_profile(data: dict, slug: str) -> Profile:
    start = data.get("start_urls") or ([data["start_url"]] if data.get("start_url") else [])
    if not start or not all(isinstance(u, str) and u.startswith(("http://", "https://")) for u in start):
        raise ProfileError(f"profile {slug}: start_urls must list at least one http(s) address")
    platform = str(data.get("platform", "unknown")).lower()
    if platform not in PLATFORMS:
        raise ProfileError(
            f"profile {slug}: unknown platform {platform!r} (one of {', '.join(sorted(PLATFORMS))})"
        )
    d = data.get("discovery", {})
    unknown = set(d) - {
        "sitemaps",
        "feeds",
        "listings",
        "menu_links",
        "listing_only_entries",
        "article_urls",
        "exclude_urls",
        "max_listing_pages",
    }
    if unknown:
        raise ProfileError(f"profile {slug}: unknown [discovery] keys {sorted(unknown)}")
    discovery = Discovery(
        sitemaps=bool(d.get("sitemaps", True)),
        feeds=bool(d.get("feeds", True)),
        listings=bool(d.get("listings", True)),
        menu_links=bool(d.get("menu_links", True)),
        listing_only_entries=bool(d.get("listing_only_entries", False)),
        article_urls=_patterns(d.get("article_urls", []), "article_urls", slug),
        exclude_urls=_patterns(d.get("exclude_urls", []), "exclude_urls", slug),
        max_listing_pages=int(d.get("max_listing_pages", 1000)),
    )
    selectors = dict(data.get("selectors", {}))
    if set(selectors) - SELECTOR_FIELDS:
        raise ProfileError(f"profile {slug}: selectors only for {sorted(SELECTOR_FIELDS)}")
    host = urlsplit(start[0]).hostname or slug
    return Profile(
        slug=data.get("slug", slug),
        start_urls=list(start),
        name=data.get("name", slug),
        platform=platform,
        source=data.get("source", host.removeprefix("www.")),
        discovery=discovery,
        selectors=selectors,
        samples=list(data.get("samples", [])),
    )


def load(slug_or_path: str) -> Profile:
    path = Path(slug_or_path)
    if not path.suffix:
        path = SITES_DIR / f"{slug_or_path}.toml"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in SITES_DIR.glob("*.toml")))
        raise ProfileError(f"no profile {slug_or_path!r} (known: {known})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(f"{path}: not valid TOML: {e}") from e
    return parse_profile(data, path.stem)


def all_profiles() -> list[Profile]:
    return [load(str(p)) for p in sorted(SITES_DIR.glob("*.toml"))]


# ---------- `python -m crawler.profiles check`: what each profile finds on its saved pages ----------

CHECK_FIELDS = ("title", "published", "category", "authors", "body", "quotes", "figures", "credits")


def check(profiles: list[Profile]) -> list[dict]:
    """For each sample page of each profile: which fields the extractor finds."""
    from extractors.page import analyze_page  # noqa: PLC0415  (the crawler's CLI may run without extraction)

    rows = []
    for prof in profiles:
        for sample in prof.samples:
            path = PROJECT_ROOT / sample
            url = _sample_url(path, prof)
            page = analyze_page(path.read_bytes(), url, selectors=prof.selectors or None)
            art = page.article
            row = {"profile": prof.slug, "sample": sample, "kind": page.kind}
            for f in CHECK_FIELDS:
                v = getattr(art, f) if art else None
                row[f] = len(v) if isinstance(v, list) else (len(v.split()) if f == "body" and v else bool(v))
            rows.append(row)
    return rows


def _sample_url(path: Path, prof: Profile) -> str:
    gold = path.with_name(path.name.removesuffix(".html") + ".gold.json")
    if gold.exists():
        import json  # noqa: PLC0415

        return json.loads(gold.read_text(encoding="utf-8"))["url"]
    return prof.start_urls[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crawler.profiles", description="Site profiles.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list", help="the known profiles")
    c = sub.add_parser("check", help="which fields each profile's sample pages yield")
    c.add_argument("slugs", nargs="*")
    args = ap.parse_args(argv)
    try:
        profiles = all_profiles() if args.cmd == "list" or not args.slugs else [load(s) for s in args.slugs]
    except ProfileError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.cmd == "list":
        for p in profiles:
            print(f"{p.slug:12} {p.platform:10} {p.start_urls[0]}  {p.name}")
        return 0
    rows = check(profiles)
    header = ["profile", "sample", "kind", *CHECK_FIELDS]
    print("  ".join(f"{h:>8}" if h not in ("profile", "sample") else h for h in header))
    missing = 0
    for r in rows:
        cells = [r["profile"], Path(r["sample"]).name, f"{r['kind']:>8}"]
        for f in CHECK_FIELDS:
            v = r[f]
            cells.append(f"{('yes' if v else '-') if isinstance(v, bool) else v:>8}")
        missing += r["kind"] != "article" or not r["title"] or not r["published"] or not r["body"]
        print("  ".join(cells))
    print(f"{len(rows)} sample pages, {missing} without an article's title, date and text")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
