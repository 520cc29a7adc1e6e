"""Rules for code names: the in-vivo name made from a selected passage."""

from __future__ import annotations

import re

#: Longest in-vivo name proposed; longer selections are cut at a word boundary.
MAX_INVIVO_LENGTH = 120

_WS = re.compile(r"\s+")
# Quotation marks and dashes that frame a quote but are not part of what was said.
_FRAME = "\"'«»“”„‘’‚‹›-–— "
_TRAILING = ".,;:" + _FRAME


def collapse_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def invivo_name(selection: str, max_length: int = MAX_INVIVO_LENGTH) -> str:
    """The code name proposed for an in-vivo code made from ``selection``.

    Whitespace (line breaks included) is collapsed and trimmed, framing quote
    marks and a trailing full stop or comma are dropped, the first letter is
    capitalised as a code name stands alone, and a long selection is cut at
    the last word boundary before ``max_length`` and marked with an ellipsis.
    Returns "" when the selection holds no words.
    """
    name = collapse_whitespace(selection).strip(_FRAME).rstrip(_TRAILING)
    if not any(ch.isalnum() for ch in name):  # e.g. "(...)" or "?!": no words
        return ""
    if len(name) > max_length:
        # Leave room for the ellipsis so the name is at most max_length long.
        cut = name.rfind(" ", 0, max_length)
        name = (name[:cut] if cut > max_length // 2 else name[: max_length - 1]).rstrip(_TRAILING) + "…"
    return name[0].upper() + name[1:]


def normalised_key(name: str) -> str:
    """The form in which two code names are compared for sameness."""
    return collapse_whitespace(name).casefold()
