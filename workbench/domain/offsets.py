"""Code-point <-> UTF-16 offset conversion.

Stegvis stores every text position as a code-point offset into a document's plain
text (the unit REFI-QDA specifies). Qt's ``QTextCursor`` counts UTF-16 code units,
in which a character outside the Basic Multilingual Plane (most emoji) takes two.
An ``OffsetMap`` is built once per document text and converts both ways in
O(log n); for text without such characters both conversions are the identity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts positions in one text between code points and UTF-16 units."""

    __slots__ = ("_astral_cp", "_astral_u16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        # Code-point indices of astral characters, and their UTF-16 start positions.
        astral_cp = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._astral_cp = astral_cp
        self._astral_u16 = [cp + n for n, cp in enumerate(astral_cp)]
        self.length = len(text)
        self.utf16_length = len(text) + len(astral_cp)

    @property
    def identity(self) -> bool:
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp``."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int) -> int:
        """Code-point offset of UTF-16 offset ``u16``.

        A position inside a surrogate pair (between its two halves) is rounded
        down to the character's start, so a selection never splits an emoji.
        """
        if not self._astral_u16:
            return u16
        n = bisect_right(self._astral_u16, u16 - 1)
        # n astral characters start before u16; if the last one starts at u16 - 1,
        # u16 is in the middle of it.
        if n and self._astral_u16[n - 1] == u16 - 1:
            return self._astral_cp[n - 1]
        return u16 - n
