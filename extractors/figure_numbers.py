"""Reading German numbers: "4.300" is 4300, "1,5" is 1.5, "zwölf" is 12, "zweieinhalb" is 2.5.

General number parsers read "4.300" as 4.3; here a period only ever groups thousands and
a comma is the decimal mark. Anything else with separators inside ("14.03.2022", "1.14",
"2019/0873", "10:30") is no quantity and gives None.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

from .figure_lexicon import MULTIPLIERS, NOT_NUMBER_WORDS

# More digits than any amount a city announces: bank accounts, serial numbers, noise.
MAX_INTEGER_DIGITS = 12
MAX_NUMBER_WORD_LENGTH = 60

_PLAIN = re.compile(r"(?P<int>\d+)(?:,(?P<frac>\d+))?")
_GROUPED = re.compile(r"(?P<int>\d{1,3}(?:[.\u00a0\u2009\u202f ]\d{3})+)(?:,(?P<frac>\d+))?")
_GROUP_SEPARATORS = re.compile(r"[.\u00a0\u2009\u202f ]")


def parse_digits(raw: str) -> Decimal | None:
    """The value of a number written in digits, German style, or None when it is no number."""
    if len(raw) > 2 * MAX_INTEGER_DIGITS:
        return None
    m = _PLAIN.fullmatch(raw)
    if m:
        integer = m["int"]
        if len(integer) > 1 and integer[0] == "0":
            return None  # "05", "02361": codes and phone numbers, never amounts
    else:
        m = _GROUPED.fullmatch(raw)
        if not m:
            return None
        integer = _GROUP_SEPARATORS.sub("", m["int"])
    if len(integer) > MAX_INTEGER_DIGITS:
        return None
    frac = m["frac"]
    return Decimal(f"{integer}.{frac}") if frac else Decimal(integer)


@lru_cache(maxsize=1024)
def parse_number_word(word: str) -> Decimal | None:
    """The value of a German number word ("zwölf", "zweihundertfünfzig", "zweieinhalb")."""
    folded = word.casefold()
    if folded in NOT_NUMBER_WORDS or len(folded) > MAX_NUMBER_WORD_LENGTH:
        return None
    half = Decimal(0)
    if folded == "anderthalb":
        return Decimal("1.5")
    if folded.endswith("einhalb"):
        folded, half = folded[: -len("einhalb")], Decimal("0.5")
        if folded == "ein":
            return Decimal(1) + half
    try:
        value = text2num(folded, "de")
    except ValueError:
        return None  # pieces that do not make a number: "zweiundund"
    return Decimal(value) + half


def multiplier_value(word: str) -> int:
    """10**6 for "Millionen" or "Mio.", and so on."""
    return MULTIPLIERS[word.casefold().rstrip(".")]


def as_number(value: Decimal) -> float:
    """A plain number for the record: an int where the value is whole (4300, not 4300.0)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
