"""python -m extractors FILE [--url URL] -> the extracted article as JSON.

python -m extractors page.html --url https://www.herne.de/Meldungen/News-Detailansicht_1.html
python -m extractors --quotes text.txt        # quotes of a plain-text file
python -m extractors --figures text.txt       # figures of a plain-text file
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import extract_article, extract_figures, extract_quotes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m extractors", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "file", type=Path, help="an HTML page (or a text file with --quotes/--figures); - for stdin"
    )
    ap.add_argument("--url", default=None, help="the page's URL (default: file://…)")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--quotes", action="store_true", help="extract quotes from plain text")
    group.add_argument("--figures", action="store_true", help="extract figures from plain text")
    args = ap.parse_args(argv)
    data = sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes()
    if args.quotes or args.figures:
        text = data.decode("utf-8", errors="replace")
        records = extract_quotes(text) if args.quotes else extract_figures(text)
        out = [r.to_dict() for r in records]
    else:
        url = args.url or (args.file.resolve().as_uri() if str(args.file) != "-" else "file:///stdin")
        out = extract_article(data, url).to_dict()
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
