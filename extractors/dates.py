"""German dates: fast patterns first, dateparser only as a fallback.

City pages write dates as "28. Mai 2020", "28.05.2020", "28.5.20", "Mo, 28.05.2020",
in metadata as ISO 8601. Publication dates are announced by labels ("Meldung vom",
"Veröffentlicht am", "Erscheinungsdatum"), changes by others ("Stand:",
"aktualisiert am"), which must not be taken for the publication date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "jän": 1,
    "februar": 2, "feb": 2, "febr": 2,
    "märz": 3, "mär": 3, "mrz": 3, "maerz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# "28. Mai 2020", "28 Mai 2020", "28. Sept. 2020"
TEXT_DATE = re.compile(rf"\b(\d{{1,2}})\.?\s*({_MONTH_ALT})\.?\s+(\d{{4}})\b", re.IGNORECASE)
# "28.05.2020", "28.5.20", "28. 05. 2020"
NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
# "2020-05-28", "2020-05-28T08:12:00+00:00", "2020/05/28"
ISO_DATE = re.compile(
    r"\b(\d{4})[-/](\d{2})[-/](\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
ANY_DATE = re.compile(f"{TEXT_DATE.pattern}|{NUMERIC_DATE.pattern}|{ISO_DATE.pattern}", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")

# Words that introduce the publication date, and those that introduce a change date.
PUBLISHED_LABEL = re.compile(
    r"(?:(?:Meldung|Pressemitteilung|Pressemeldung|Presseinformation|Presseerklärung|Nachricht|Mitteilung|Beitrag|Artikel|News)"
    # a document number, with or without "Nr.": "Pressemitteilung 0815/2025 vom …"
    r"(?:\s+(?:(?:Nr\.|Nummer)\s*[\w/.-]+|[\w/.-]*\d[\w/.-]*))?\s+vom"
    r"|(?:Veröffentlicht|Erschienen|Erstellt|Publiziert|Eingestellt|Online seit|Verfasst)(?:\s+am)?\s*:?"
    r"|(?:Erscheinungsdatum|Veröffentlichungsdatum|Veröffentlichung|Datum|Pressedatum|Publikationsdatum)\s*:?"
    r")\s*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s*|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s*)?",
    re.IGNORECASE,
)
MODIFIED_LABEL = re.compile(
    r"(?:Stand|Zuletzt aktualisiert|Aktualisiert|Letzte Aktualisierung|Zuletzt geändert|Letzte Änderung|Geändert|Update"
    r"|Zuletzt verändert|Verändert|Zuletzt bearbeitet|Bearbeitet|Letzte Bearbeitung|Änderungsdatum)"
    r"(?:\s+am)?\s*:?\s*(?:vom\s*)?$",
    re.IGNORECASE,
)


def _valid(y: int, m: int, d: int) -> dt.date | None:
    if not 1990 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year(s: str) -> int:
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _from_match(m: re.Match[str]) -> str | None:
    """An ISO string for a match of ANY_DATE (or one of its parts)."""
    g = m.groups()
    if m.re is ANY_DATE:
        if g[0] is not None:
            return _text_date(g[0:3])
        if g[3] is not None:
            return _numeric_date(g[3:6])
        return _iso_date(g[6:])
    if m.re is TEXT_DATE:
        return _text_date(g)
    if m.re is NUMERIC_DATE:
        return _numeric_date(g)
    return _iso_date(g)


def _text_date(g: tuple) -> str | None:
    day, month, year = g
    d = _valid(int(year), MONTHS[month.lower()], int(day))
    return d.isoformat() if d else None


def _numeric_date(g: tuple) -> str | None:
    day, month, year = g
    d = _valid(_year(year), int(month), int(day))
    return d.isoformat() if d else None


def _iso_date(g: tuple) -> str | None:
    y, mo, d, hh, mm, ss, tz = g
    day = _valid(int(y), int(mo), int(d))
    if not day:
        return None
    if hh is None:
        return day.isoformat()
    try:
        stamp = dt.datetime(day.year, day.month, day.day, int(hh), int(mm), int(ss or 0))
    except ValueError:
        return day.isoformat()
    offset = (dt.UTC if tz == "Z" else _offset(tz)) if tz else None
    if offset is not None:
        # A German city's day is the day in Berlin, whatever zone the CMS writes.
        stamp = stamp.replace(tzinfo=offset).astimezone(BERLIN)
    return stamp.isoformat()


def _offset(tz: str) -> dt.timezone | None:
    """A UTC offset, or None for one no clock has ("+99:00")."""
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    try:
        return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
    except ValueError:
        return None


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """What `ANY_DATE.finditer(text)` finds, found faster.

    Every match starts with a digit that follows no digit (the patterns open with `\\b` or
    `(?<![\\d.])`), so ANY_DATE is tried only at the start of each run of digits, which
    `_DIGITS` finds in C, instead of at every character of the text.
    """
    pos = 0
    while (run := _DIGITS.search(text, pos)) is not None:
        m = ANY_DATE.match(text, run.start())
        if m is None:
            pos = run.end()
            continue
        yield m
        pos = m.end()


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every date in `text` as (ISO string, start, end)."""
    out = []
    for m in _date_matches(text):
        iso = _from_match(m)
        if iso:
            out.append((iso, m.start(), m.end()))
    return out


def parse_date(text: str | None) -> str | None:
    """The first date in `text` (ISO date, or datetime where the text has a time)."""
    if not text or not _DIGITS.search(text):
        return None  # no date without a digit, for the patterns and for dateparser (which needs a year)
    m = next(_date_matches(text), None)
    if m:
        iso = _from_match(m)
        if iso:
            return iso
    return parse_date_fallback(text)


_YEAR = re.compile(r"\d{4}")


@functools.cache
def _dateparser():
    # Imported and built once: dateparser's first call costs ~100 ms.
    from dateparser.date import DateDataParser  # noqa: PLC0415

    return DateDataParser(
        languages=["de", "en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True}
    )


def parse_date_fallback(text: str) -> str | None:
    """dateparser for what the patterns miss ("Mittwoch, den 3ten März 2021"); short texts only."""
    text = text.strip()
    if not text or len(text) > 60 or not _YEAR.search(text):
        return None
    return _dateparser_date(text)


# dateparser takes milliseconds a call; the lines it gets (a footer's "© 2024 Stadt …") repeat on every page.
@functools.lru_cache(maxsize=2048)
def _dateparser_date(text: str) -> str | None:
    try:
        found = _dateparser().get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if found and found.date_obj and 1990 <= found.date_obj.year <= 2100:
        return found.date_obj.date().isoformat()
    return None


def labelled_dates(text: str, *, line_start: bool = False) -> tuple[str | None, str | None]:
    """(published, modified) from labelled dates in visible text ("Meldung vom 3. Mai 2021").

    With `line_start`, a publication label counts only at the start of a line: in running
    text "… in der Pressemitteilung vom 9. Mai" refers to another document.
    """
    published = modified = None
    for iso, start, _end in find_dates(text):
        before = text[max(0, start - 60) : start]
        if MODIFIED_LABEL.search(before):
            modified = modified or iso
            continue
        m = None
        for m in PUBLISHED_LABEL.finditer(before):  # noqa: B007  (the last label before the date counts)
            pass
        if m and m.end() == len(before) and published is None:
            head = before[: m.start()]
            if (
                not line_start
                or (not head.strip() and start - len(before) == 0)
                or head.endswith("\n")
                or ("\n" in head and not head.rsplit("\n", 1)[1].strip())
            ):
                published = iso
    return published, modified


def to_date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
