"""Every field the extractors return for every corpus page, to prove a speed-up changed nothing.

    python -m bench.snapshot --save bench/results/snapshot.json    # before a change
    python -m bench.snapshot --check bench/results/snapshot.json   # after it: prints each difference

Covers `extract_article` (every field, quotes and figures included) and `analyze_page`
(kind, reasons, listing entries, pagination, feeds, news links) on the distinct corpus pages.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from extractors import extract_article
from extractors.page import analyze_page

from .corpus import ROOT, distinct_pages


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    return obj


def snapshot() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for page in distinct_pages():
        key = page.path.relative_to(ROOT).as_posix()
        out[key] = {
            "article": _plain(extract_article(page.html, page.url)),
            "page": _plain(analyze_page(page.html, page.url)),
        }
    return out


def differences(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    diffs: list[str] = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            diffs += differences(a, b, f"{prefix}{key}.")
        elif a != b:
            diffs.append(
                f"{prefix}{key}: {json.dumps(a, ensure_ascii=False)[:300]} -> "
                f"{json.dumps(b, ensure_ascii=False)[:300]}"
            )
    return diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.snapshot",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = ap.parse_args(argv)
    now = snapshot()
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(now, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        print(f"saved {len(now)} pages to {args.save}")
        return 0
    diffs = differences(json.loads(args.check.read_text(encoding="utf-8")), now)
    for d in diffs[:200]:
        print(d)
    print(f"{len(now)} pages, {len(diffs)} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
