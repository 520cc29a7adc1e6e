"""Code colours: a palette of light tints that keep black text legible."""

from __future__ import annotations

PALETTE = (
    "#f6c28b", "#a8d5ba", "#a7c7e7", "#f4a6a6", "#d7b9e6", "#f9e79f",
    "#b5ead7", "#ffd1dc", "#c7ceea", "#e2f0cb", "#ffdac1", "#b2e2f2",
)


def palette_colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def is_colour(value: str) -> bool:
    return len(value) == 7 and value[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in value[1:])
