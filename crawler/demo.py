"""The demo: crawl the bundled offline sample site into data/news.db and say what is in it.

    python -m crawler.demo [--db data/news.db] [--sample data/sample-site]

Serves each host of the sample site on 127.0.0.1, runs the `herne` and `inherne`
spiders against it with the project's settings (robots.txt, AutoThrottle and all),
and prints a summary. No internet needed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from . import storage
from .mirror import MirrorServer

SPIDERS = {"herne": "www.herne.de", "inherne": "www.inherne.net"}


def crawl_sample(sample_dir: Path, db_path: Path, log_level: str = "WARNING") -> dict[str, str]:
    """Crawl every spider's host in the sample site into `db_path`; returns the mirror URLs used."""
    with MirrorServer(sample_dir) as mirror:
        urls = mirror.base_urls()
        settings = get_project_settings()
        settings.set("NEWS_DB", str(db_path), priority="cmdline")
        settings.set("LOG_LEVEL", log_level, priority="cmdline")
        # The mirror is ours: no need to wait between requests (AutoThrottle still adapts).
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", 0.05, priority="cmdline")
        settings.set("AUTOTHROTTLE_TARGET_CONCURRENCY", 4.0, priority="cmdline")
        process = CrawlerProcess(settings)
        for spider, host in SPIDERS.items():
            if host not in urls:
                raise SystemExit(f"the sample site has no {host}/ folder in {sample_dir}")
            process.crawl(spider, base_url=urls[host])
        process.start()
    return urls


def print_summary(db_path: Path) -> None:
    db = storage.open_db(db_path)
    s = storage.summary(db)
    print()
    print(f"Crawled the sample site into {db_path}:")
    for source, n in s["per_source"].items():
        print(f"  {source:14} {n:4} articles")
    print(
        f"  {'quotes':14} {s['quotes']:4}   (speakers: {_count(db, 'SELECT count(DISTINCT speaker) FROM quotes')})"
    )
    print(f"  {'figures':14} {s['figures']:4}")
    print(f"  {'credits':14} {s['credits']:4}")
    print(f"  {'images':14} {s['images']:4}")
    print(f"  {'errors':14} {s['errors']:4}   (failed URLs, recorded in the errors table)")
    top = db.execute(
        "SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY 2 DESC LIMIT 3"
    ).fetchall()
    if top:
        print("  most quoted:   " + ", ".join(f"{name} ({n})" for name, n in top))
    print()
    print("Browse it:  make browse   (Datasette on http://127.0.0.1:8001/)")
    print(f"Query it:   sqlite3 {db_path} 'SELECT speaker, text FROM quotes LIMIT 5'")


def _count(db, sql: str) -> int:
    return db.execute(sql).fetchone()[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path("data/news.db"))
    ap.add_argument("--sample", type=Path, default=Path("data/sample-site"))
    ap.add_argument("--log-level", default="WARNING")
    args = ap.parse_args(argv)
    crawl_sample(args.sample, args.db, args.log_level)
    print_summary(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
