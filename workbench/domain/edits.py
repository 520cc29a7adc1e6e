"""Editing a coded text: where each coding goes when the text changes.

An edit replaces ``text[start:end]`` with ``replacement``. A coding keeps its
words: text before it and after it moves it, text inside it grows or shrinks
it, and text typed right at its edges stays outside it. Deleted characters
leave the coding; a coding whose characters are all deleted goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple


class TextEdit(NamedTuple):
    start: int
    end: int
    replacement: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]

    @property
    def delta(self) -> int:
        return len(self.replacement) - (self.end - self.start)


def map_span(start: int, end: int, edit: TextEdit) -> tuple[int, int] | None:
    """Where ``[start, end)`` lies after ``edit``; None when nothing is left."""
    e0, e1, n = edit.start, edit.end, len(edit.replacement)
    delta = n - (e1 - e0)
    if start < e0:
        new_start = start
    elif start >= e1:
        new_start = start + delta
    else:  # the coding starts inside the replaced text: it starts at the replacement
        new_start = e0
    if end <= e0:
        new_end = end
    elif end > e1 or (end == e1 and e1 > e0):
        new_end = end + delta
    else:  # the coding ends inside the replaced text: it takes the replacement
        new_end = e0 + n
    if e0 < e1 and start >= e0 and end <= e1:  # every character of it was replaced
        return None if n == 0 else (e0, e0 + n)
    return (new_start, new_end) if new_end > new_start else None


def apply_edits(text: str, edits: Sequence[TextEdit], spans: Iterable[tuple[int, int]]):
    """Apply ``edits`` one after another (each against the text the previous
    one left) to ``text`` and ``spans``; returns the new text and, per span, its
    new place or None when it is gone."""
    current = list(spans)
    out: list[tuple[int, int] | None] = list(current)
    for edit in edits:
        if not (0 <= edit.start <= edit.end <= len(text)):
            raise ValueError(f"edit {edit} outside the text (length {len(text)})")
        text = edit.apply(text)
        out = [None if s is None else map_span(s[0], s[1], edit) for s in out]
    return text, out


def diff_edit(old: str, new: str) -> TextEdit | None:
    """The single edit turning ``old`` into ``new`` (common prefix and suffix kept)."""
    if old == new:
        return None
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return TextEdit(prefix, len(old) - suffix, new[prefix : len(new) - suffix])
