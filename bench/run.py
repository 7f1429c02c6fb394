"""`make bench`: citynews measured side by side with the tools people would pick instead.

    python -m bench.run                 # the full benchmark (about ten minutes on 2 cores)
    python -m bench.run --tiny          # a few pages and a small site: checks that it runs
    python -m bench.run --skip-crawl    # extraction only

Prints a table and writes it, with every repeated measurement, to bench/results/
(bench-<time>.md and .json, and latest.md). Each value is the median over the
repeats; each ratio compares two medians measured in the same run on the same pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from . import crawl, extraction, storage
from .corpus import ROOT, corpus
from .measure import Samples

RESULTS = ROOT / "bench" / "results"
EXTRACTION_TARGET = 2.0  # × trafilatura
CRAWL_TARGET = 0.5  # × the fetch-only spider
FLAT_MEMORY = 1.25  # peak RSS of the large crawl over the small one


@dataclass(slots=True)
class Row:
    measure: str
    value: str
    reference: str
    reference_value: str
    ratio: str
    target: str


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "cores (nproc)": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "load average at start": load,
    }


def _num(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}" if x >= 10 else f"{x:,.2f}"


def _ratio(a: Samples, b: Samples) -> float:
    return a.median / b.median if b.median else float("nan")


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def extraction_rows(res: extraction.ExtractionResult) -> list[Row]:
    r = res.rates
    traf, floor = r[extraction.TRAFILATURA], r[extraction.LXML]
    rows = []
    for name in (extraction.EXTRACT, extraction.ANALYZE):
        ours = r[name]
        x = _ratio(ours, traf)
        target = (
            f"≥ {EXTRACTION_TARGET:g}×: {_verdict(x >= EXTRACTION_TARGET)}"
            if name == extraction.EXTRACT
            else ""
        )
        rows.append(
            Row(
                f"extraction, pages/s per core: {name}",
                _num(ours.median),
                traf.name,
                _num(traf.median),
                f"{x:.2f}×",
                target,
            )
        )
        rows.append(
            Row("", "", f"{floor.name} (the floor)", _num(floor.median), f"{_ratio(ours, floor):.3f}×", "")
        )
    return rows


def crawl_rows(big: crawl.CrawlResult, small: crawl.CrawlResult) -> list[Row]:
    x = _ratio(big.full_rate, big.fetch_rate)
    xp = _ratio(big.pool_rate, big.fetch_rate)
    growth = _ratio(big.full_rss, small.full_rss)
    pool_growth = _ratio(big.pool_rss, small.pool_rss)
    fetch_growth = _ratio(big.fetch_rss, small.fetch_rss)
    sizes = f"{small.articles:,} → {big.articles:,} articles"
    return [
        Row(
            f"crawl, pages/s: `scrapy crawl site`, {big.articles:,} articles ({big.pages:,} pages), "
            "extraction in the crawler's process (`-s EXTRACTION_PROCESSES=0`)",
            _num(big.full_rate.median),
            "fetch-only Scrapy spider, same pages",
            _num(big.fetch_rate.median),
            f"{x:.2f}×",
            f"≥ {CRAWL_TARGET:g}×: {_verdict(x >= CRAWL_TARGET)}",
        ),
        Row(
            f"crawl, pages/s: the same with `-s EXTRACTION_PROCESSES={big.processes}` "
            "(the default on 2+ cores; same stored data, checked)",
            _num(big.pool_rate.median),
            "fetch-only Scrapy spider, same pages",
            _num(big.fetch_rate.median),
            f"{xp:.2f}×",
            f"≥ {CRAWL_TARGET:g}×: {_verdict(xp >= CRAWL_TARGET)}",
        ),
        Row(
            "crawl, CPU ms per page (the crawler process, extraction in it)",
            _num(big.full_cpu_ms.median),
            "fetch-only spider",
            _num(big.fetch_cpu_ms.median),
            f"{_ratio(big.full_cpu_ms, big.fetch_cpu_ms):.2f}×",
            "",
        ),
        Row(
            f"crawl peak RSS, MB: {sizes}",
            f"{_num(small.full_rss.median)} → {_num(big.full_rss.median)}",
            "fetch-only spider",
            f"{_num(small.fetch_rss.median)} → {_num(big.fetch_rss.median)}",
            f"{growth:.2f}× growth (fetch-only {fetch_growth:.2f}×)",
            f"flat (≤ {FLAT_MEMORY:g}×): {_verdict(growth <= FLAT_MEMORY)}",
        ),
        Row(
            f"crawl peak RSS, MB, with extraction workers (all processes): {sizes}",
            f"{_num(small.pool_rss.median)} → {_num(big.pool_rss.median)}",
            "",
            "",
            f"{pool_growth:.2f}× growth",
            f"flat (≤ {FLAT_MEMORY:g}×): {_verdict(pool_growth <= FLAT_MEMORY)}",
        ),
        Row(
            "crawl database per article, kB (archive of every page included)",
            _num(big.db_bytes_per_article.median),
            "",
            "",
            "",
            "",
        ),
    ]


def storage_rows(res: storage.StorageResult) -> list[Row]:
    return [
        Row(
            f"storage, rows/s: `save_articles`, {res.articles:,} articles ({res.rows:,} rows)",
            _num(res.rate.median),
            "bare sqlite3 executemany, no index or FTS",
            _num(res.plain_rate.median),
            f"{_ratio(res.rate, res.plain_rate):.2f}×",
            "",
        ),
        Row(
            "storage database per article, kB (extracted rows, FTS and indexes)",
            _num(res.bytes_per_article.median),
            "",
            "",
            "",
            "",
        ),
    ]


def reextract_rows(res: crawl.ReextractResult) -> list[Row]:
    return [
        Row(
            f"re-extraction, articles/s: `crawler.reextract`, {res.articles:,} archived articles",
            _num(res.rate.median),
            "analyze_page alone on the same bodies, in memory",
            _num(res.analyze_rate.median),
            f"{_ratio(res.rate, res.analyze_rate):.2f}×",
            "",
        )
    ]


def table(rows: list[Row]) -> str:
    lines = [
        "| measure | citynews | reference | reference value | ratio | target |",
        "|---|---:|---|---:|---:|---|",
    ]
    lines += [
        f"| {r.measure} | {r.value} | {r.reference} | {r.reference_value} | {r.ratio} | {r.target} |"
        for r in rows
    ]
    return "\n".join(lines)


def report(rows: list[Row], info: dict[str, str], args: argparse.Namespace, pages: int, distinct: int) -> str:
    settings = (
        f"extraction: {pages:,} pages ({distinct} distinct: tests/gold, tests/fixtures, data/sample-site, "
        f"replicated), {args.repeats} runs; crawl: generated site, {args.crawl_repeats} runs; "
        f"storage: {args.storage_articles:,} articles, {args.repeats} runs"
    )
    head = "\n".join(f"- {k}: {v}" for k, v in info.items())
    return f"{table(rows)}\n\nMedians; {settings}.\n\n{head}\n"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--pages", type=int, default=2000, help="extraction corpus size (distinct pages replicated)"
    )
    ap.add_argument(
        "--repeats", type=int, default=3, help="runs of each extraction, storage and re-extraction"
    )
    ap.add_argument("--articles", type=int, default=5000, help="articles of the generated site")
    ap.add_argument("--small-articles", type=int, default=1000, help="the smaller site, for memory growth")
    ap.add_argument("--crawl-repeats", type=int, default=3)
    ap.add_argument("--storage-articles", type=int, default=1000)
    ap.add_argument(
        "--processes",
        type=int,
        default=max(1, (os.cpu_count() or 2) - 1),
        help="EXTRACTION_PROCESSES of the second full crawl (default: one less than the cores)",
    )
    ap.add_argument("--skip-crawl", action="store_true", help="extraction and storage only")
    ap.add_argument(
        "--tiny", action="store_true", help="a smoke run: 20 pages, sites of 40 and 20 articles, 1 run"
    )
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if args.tiny:
        args.pages, args.repeats, args.articles, args.small_articles = 20, 1, 40, 20
        args.crawl_repeats, args.storage_articles = 1, 20
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    info = machine()
    _log(f"bench on {info['cores (nproc)']} cores, {info['cpu']}, Python {info['python']}")
    pages = corpus(args.pages)
    ext = extraction.run(pages, args.repeats, _log)
    rows = extraction_rows(ext)
    results: dict[str, object] = {
        "machine": info,
        "args": {k: str(v) for k, v in vars(args).items()},
        "extraction": {k: v.to_dict() for k, v in ext.rates.items()},
    }
    with crawl.scratch_dir() as tmp:
        work = Path(tmp)
        if not args.skip_crawl:
            big, db_path = crawl.crawl_site(args.articles, args.crawl_repeats, args.processes, work, _log)
            small, _ = crawl.crawl_site(args.small_articles, args.crawl_repeats, args.processes, work, _log)
            rows += crawl_rows(big, small)
            results["crawl"] = {
                f"{res.articles} articles: {smp.name}": smp.to_dict()
                for res in (big, small)
                for smp in res.samples()
            }
        st = storage.run(args.storage_articles, args.repeats, work, _log)
        rows += storage_rows(st)
        results["storage"] = [s.to_dict() for s in (st.rate, st.plain_rate, st.bytes_per_article)]
        if not args.skip_crawl:
            rx = crawl.reextract_archive(db_path, args.repeats, _log)
            rows += reextract_rows(rx)
            results["reextract"] = [s.to_dict() for s in (rx.rate, rx.analyze_rate)]
    text = report(rows, info, args, ext.pages, ext.distinct)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (args.out / f"bench-{stamp}.md").write_text(text, encoding="utf-8")
    (args.out / "latest.md").write_text(text, encoding="utf-8")
    (args.out / f"bench-{stamp}.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
