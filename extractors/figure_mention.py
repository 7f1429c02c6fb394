"""The working record of one number while the figures extractor reads it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(slots=True)
class Mention:
    """A number found in the text; becomes a `Figure` unless `block` says why not."""

    start: int
    end: int  # end of the number and its multiplier
    base: Decimal  # the number as written, before the multiplier
    is_word: bool
    raw: str
    mult: int = 1
    unit: str | None = None
    counted: str | None = None
    kind: str = "count"
    raw_end: int = 0
    qualifier: str | None = None
    block: str | None = None  # why it is no figure: "year", "time", "identifier", ...
    direct_noun: bool = False  # the noun follows with no adjective between
    partitive: bool = False  # "480 der neuen Bäume"
    needs_referent: bool = False  # no figure unless its unit can be implied ("die zwei")
    sentence: int = 0

    @property
    def value(self) -> Decimal:
        return self.base * self.mult

    def take_unit(self, other: Mention) -> None:
        self.unit, self.counted, self.kind = other.unit, other.counted, other.kind
