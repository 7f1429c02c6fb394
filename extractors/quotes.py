"""Direct quotes in German text. (Being written: see issue 8.)"""

from __future__ import annotations

from .model import Quote


def extract_quotes(text: str, context: str = "") -> list[Quote]:
    raise NotImplementedError("extract_quotes is being written")
