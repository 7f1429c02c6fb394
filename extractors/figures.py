"""Figures in German text. (Being written: see issue 3.)"""

from __future__ import annotations

from .model import Figure


def extract_figures(text: str) -> list[Figure]:
    raise NotImplementedError("extract_figures is being written")
