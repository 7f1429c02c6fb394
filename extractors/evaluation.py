"""Accuracy against gold pages annotated by the project's annotation guidelines.

    python -m extractors.evaluation tests/gold            # a table of scores
    python -m extractors.evaluation tests/gold -v         # and every miss
    python -m extractors.evaluation tests/gold --json

A gold page is `NAME.html` beside `NAME.gold.json` with `url`, `title`, `published`,
`category` (acceptable answers), `authors`, `credits`, `quotes`, `optional_quotes`,
`figures`, `optional_figures`. Comparison rules:

- title: equal after whitespace and quotation marks are normalised;
- published: the first ten characters equal the gold day;
- category: case-folded, one of the acceptable answers (none given: must be null);
- authors: sets of names without academic titles;
- credits: a credit matches on its person where the gold names one, else on its organisation;
- quotes: texts share 80% of their words (or one holds the other and is 80% as long);
  attribution also needs the speaker's last name (and first names where both give them);
- figures: equal value and a unit agreeing on its first five letters ("€" is Euro, "%" Prozent).
Predictions matching an optional item count neither way.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUOTE_MARKS = "„“”\"«»‚‘’‹›'`´"
TITLES = frozenset(
    {"dr", "prof", "dipl", "ing", "med", "phil", "rer", "nat", "h", "c", "mag", "ba", "ma", "msc", "bsc"}
)
ARTICLES = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}
)
UNIT_SYNONYMS = {
    "€": "euro",
    "eur": "euro",
    "%": "prozent",
    "m²": "quadratmeter",
    "qm": "quadratmeter",
    "km": "kilometer",
    "ha": "hektar",
    "t": "tonnen",
    "mio": "millionen",
    "mrd": "milliarden",
}
UNIT_STOP = (
    frozenset(
        {
            "und",
            "oder",
            "pro",
            "je",
            "neue",
            "neuen",
            "weitere",
            "weiteren",
            "rund",
            "mehr",
            "als",
            "millionen",
            "milliarden",
            "tausend",
        }
    )
    | ARTICLES
)
SCALAR_FIELDS = ("title", "published", "category")


def norm(s: Any) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFC", str(s)).replace("\u00ad", "")
    for ch in QUOTE_MARKS:
        s = s.replace(ch, '"')
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip()


def words(s: Any) -> list[str]:
    return re.findall(r"\w+", norm(s).casefold().replace('"', " "))


def name_tokens(name: Any) -> list[str]:
    toks = [t.strip(".") for t in norm(name).casefold().replace('"', " ").split()]
    return [t for t in toks if t and t not in TITLES]


def same_person(pred: Any, gold: Any) -> bool:
    p, g = name_tokens(pred), name_tokens(gold)
    if not p or not g:
        return False
    if p[-1] == g[-1] and (len(p) == 1 or len(g) == 1 or p[0] == g[0]):
        return True
    ps, gs = set(p) - ARTICLES, set(g) - ARTICLES
    return bool(ps) and bool(gs) and (ps <= gs or gs <= ps)


def unit_keys(u: Any) -> set[str] | None:
    if u is None:
        return None
    toks = re.findall(r"[\w€%²]+", norm(u).casefold())
    keys = {UNIT_SYNONYMS.get(t, t)[:5] for t in toks if UNIT_SYNONYMS.get(t, t) not in UNIT_STOP}
    return keys or {UNIT_SYNONYMS.get(t, t)[:5] for t in toks} or None


def quote_match(pred: str, gold: str) -> bool:
    pw, gw = words(pred), words(gold)
    if not pw or not gw:
        return False
    ps, gs = set(pw), set(gw)
    if len(ps & gs) / len(ps | gs) >= 0.8:
        return True
    pj, gj = " ".join(pw), " ".join(gw)
    shorter, longer = sorted((pj, gj), key=len)
    return shorter in longer and len(shorter) >= 0.8 * len(longer)


def figure_match(pred: dict, gold: dict) -> bool:
    gv, pv = float(gold["value"]), float(pred["value"])
    if abs(gv - pv) > 1e-6 * max(1.0, abs(gv)):
        return False
    gu = unit_keys(gold.get("unit"))
    return gu is None or bool(gu & (unit_keys(pred.get("unit")) or set()))


def credit_match(pred: dict, gold: dict) -> bool:
    if gold.get("name"):
        return same_person(pred.get("name"), gold["name"])
    return (
        norm(pred.get("organization") or pred.get("name")).casefold()
        == norm(gold.get("organization")).casefold()
    )


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(preds: list, golds: list, match: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if j not in used and match(p, g):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


@dataclass
class Report:
    pages: int = 0
    errors: list[str] = field(default_factory=list)
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCALAR_FIELDS, 0))
    authors: PRF = field(default_factory=PRF)
    credits: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    attributed: PRF = field(default_factory=PRF)
    figures: PRF = field(default_factory=PRF)
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def metrics(self) -> dict[str, float]:
        n = max(1, self.pages)
        m = {f"{k}.accuracy": v / n for k, v in self.correct.items()}
        m.update({
            "authors.f1": self.authors.f1, "credits.f1": self.credits.f1,
            "quotes.precision": self.quotes.precision, "quotes.recall": self.quotes.recall, "quotes.f1": self.quotes.f1,
            "quotes.attributed_f1": self.attributed.f1,
            "figures.precision": self.figures.precision, "figures.recall": self.figures.recall,
            "figures.f1": self.figures.f1,
        })  # fmt: skip
        return m


def _as_dict(obj: Any) -> dict:
    return obj if isinstance(obj, dict) else obj.to_dict()


def score_page(report: Report, name: str, pred: dict, gold: dict) -> None:
    report.pages += 1
    miss = report.misses.append
    if norm(pred.get("title")) == norm(gold["title"]):
        report.correct["title"] += 1
    else:
        miss(f"{name}: title {pred.get('title')!r} != {gold['title']!r}")
    pd = str(pred.get("published") or "")[:10] or None
    if pd == gold["published"]:
        report.correct["published"] += 1
    else:
        miss(f"{name}: published {pd!r} != {gold['published']!r}")
    cats = [c.casefold() for c in gold["category"]]
    pc = pred.get("category")
    if (pc is None) if not cats else (pc is not None and norm(pc).casefold() in cats):
        report.correct["category"] += 1
    else:
        miss(f"{name}: category {pc!r} not in {gold['category']!r}")
    pa = {" ".join(name_tokens(a)) for a in pred.get("authors") or []} - {""}
    ga = {" ".join(name_tokens(a)) for a in gold["authors"]} - {""}
    report.authors.add(len(pa & ga), len(pa - ga), len(ga - pa))
    if pa != ga:
        miss(f"{name}: authors {sorted(pa)} != {sorted(ga)}")
    pcs = [c for c in pred.get("credits") or [] if str(c.get("role") or "photo") not in ("author", "text")]
    pairs = _pairs(pcs, gold["credits"], credit_match)
    report.credits.add(len(pairs), len(pcs) - len(pairs), len(gold["credits"]) - len(pairs))
    if len(pairs) != len(gold["credits"]) or len(pairs) != len(pcs):
        miss(
            f"{name}: credits {[(c.get('name'), c.get('organization')) for c in pcs]} vs gold "
            f"{[(c.get('name'), c.get('organization')) for c in gold['credits']]}"
        )
    _score_quotes(report, name, pred.get("quotes") or [], gold)
    _score_figures(report, name, pred.get("figures") or [], gold)


def _score_quotes(report: Report, name: str, pq: list[dict], gold: dict) -> None:
    gq, oq = gold["quotes"], gold.get("optional_quotes", [])

    def qm(a: dict, b: dict) -> bool:
        return quote_match(a.get("text") or "", b["text"])

    pairs = _pairs(pq, gq, qm)
    matched = {i for i, _ in pairs}
    optional = {i for i in range(len(pq)) if i not in matched and any(qm(pq[i], o) for o in oq)}
    extra = [i for i in range(len(pq)) if i not in matched and i not in optional]
    report.quotes.add(len(pairs), len(extra), len(gq) - len(pairs))
    good = [(i, j) for i, j in pairs if same_person(pq[i].get("speaker"), gq[j]["speaker"])]
    report.attributed.add(len(good), len(pq) - len(good) - len(optional), len(gq) - len(good))
    got = {j for _, j in pairs}
    for j, g in enumerate(gq):
        if j not in got:
            report.misses.append(f"{name}: missed quote {g['text'][:60]!r} ({g['speaker']})")
    for i, j in pairs:
        if (i, j) not in good:
            report.misses.append(
                f"{name}: speaker {pq[i].get('speaker')!r} != {gq[j]['speaker']!r} for {gq[j]['text'][:40]!r}"
            )
    for i in extra:
        report.misses.append(f"{name}: extra quote {pq[i].get('text', '')[:60]!r} ({pq[i].get('speaker')})")


def _score_figures(report: Report, name: str, pf: list[dict], gold: dict) -> None:
    gf, of = gold["figures"], gold.get("optional_figures", [])
    preds = [f for f in pf if isinstance(f.get("value"), (int, float))]
    pairs = _pairs(preds, gf, figure_match)
    matched = {i for i, _ in pairs}
    extra = [
        i for i in range(len(preds)) if i not in matched and not any(figure_match(preds[i], o) for o in of)
    ]
    report.figures.add(len(pairs), len(extra), len(gf) - len(pairs))
    got = {j for _, j in pairs}
    for j, g in enumerate(gf):
        if j not in got:
            report.misses.append(f"{name}: missed figure {g['value']} {g.get('unit')}")
    for i in extra:
        report.misses.append(
            f"{name}: extra figure {preds[i]['value']} {preds[i].get('unit')} ({preds[i].get('raw')!r})"
        )


def load_gold(folder: Path) -> list[tuple[Path, dict]]:
    pages = []
    for g in sorted(folder.glob("*.gold.json")):
        html = g.with_name(g.name[: -len(".gold.json")] + ".html")
        if not html.exists():
            raise FileNotFoundError(f"{g.name} has no {html.name} beside it")
        pages.append((html, json.loads(g.read_text(encoding="utf-8"))))
    return pages


def evaluate(folders: Iterable[Path], extract: Callable[[bytes, str], Any] | None = None) -> Report:
    if extract is None:
        from . import extract_article as extract  # noqa: PLC0415
    report = Report()
    t0 = time.perf_counter()
    for folder in folders:
        for html, gold in load_gold(folder):
            try:
                pred = _as_dict(extract(html.read_bytes(), gold["url"]))
            except Exception as e:  # a crash scores nothing on that page, and is reported
                report.errors.append(f"{html.name}: {type(e).__name__}: {e}")
                pred = {}
            score_page(report, html.stem, pred, gold)
    report.seconds = time.perf_counter() - t0
    return report


def trafilatura_text_extractor() -> Callable[[bytes, str], Any]:
    """Our extraction with trafilatura's main text in place of ours.

    Quotes and figures are only as good as the text they are read from; this runs
    the same quote and figure extractors on trafilatura's main text, so the scores
    compare the two main-text extractions on what the project needs from them.
    """
    import trafilatura  # noqa: PLC0415  (a development dependency, only for this comparison)

    from .article import add_text_records, extract_article  # noqa: PLC0415

    def extract(html: bytes, url: str) -> Any:
        art = extract_article(html, url)
        # Bytes, so trafilatura detects the encoding itself (some pages are Windows-1252).
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
        # As trafilatura gives it (one line a block): joining its lines as paragraphs would split
        # the quotations it breaks around <q> elements and cost it quotes that are its own.
        art.body = text
        add_text_records(art, context="\n".join(x for x in (art.title or "", art.teaser or "") if x))
        return art

    return extract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--text-from",
        choices=["citynews", "trafilatura"],
        default="citynews",
        help="whose main text quotes and figures are read from (the rest is always ours)",
    )
    args = ap.parse_args(argv)
    report = evaluate(args.folders, trafilatura_text_extractor() if args.text_from == "trafilatura" else None)
    metrics = report.metrics()
    if args.json:
        print(json.dumps({"pages": report.pages, "errors": len(report.errors), **metrics}, indent=2))
        return 0
    print(f"{report.pages} pages, {len(report.errors)} errors, {report.seconds:.2f} s")
    for e in report.errors:
        print("  error:", e)
    if args.verbose:
        for m in report.misses:
            print("  " + m)
    for k, v in metrics.items():
        print(f"{k:28} {v:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
