"""Building the plain text piece by piece while keeping style spans in step."""

from __future__ import annotations

from workbench.importers import StyleSpan


class TextBuilder:
    """Appends text and remembers which ranges were bold, italic or a heading.

    Offsets count code points of the text as built, so they stay right
    whatever the characters are (emoji, combining accents).
    """

    __slots__ = ("_parts", "_length", "_spans")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._spans: list[tuple[int, int, str]] = []

    def __len__(self) -> int:
        return self._length

    def add(self, text: str, *kinds: str) -> None:
        if not text:
            return
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        for kind in kinds:
            self._spans.append((start, self._length, kind))

    def mark(self, start: int, end: int, kind: str) -> None:
        if end > start:
            self._spans.append((start, end, kind))

    def extend(self, other: TextBuilder) -> None:
        shift = self._length
        self._parts.extend(other._parts)
        self._length += other._length
        self._spans.extend((s + shift, e + shift, k) for s, e, k in other._spans)

    def extend_lines(self, lines: list[TextBuilder]) -> None:
        """Append ``lines`` one per line (a line break between each two)."""
        for i, line in enumerate(lines):
            if i:
                self.add("\n")
            self.extend(line)

    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def trim(self, lead: int, trail: int) -> None:
        """Drop ``lead`` code points at the start and ``trail`` at the end."""
        if not lead and not trail:
            return
        text = self.text()
        end = max(len(text) - trail, lead)
        self._parts = [text[lead:end]]
        self._length = end - lead
        self._spans = [
            (max(s - lead, 0), min(e - lead, self._length), k)
            for s, e, k in self._spans
            if min(e - lead, self._length) > max(s - lead, 0)
        ]

    def replace(self, old: str, new: str) -> None:
        """Replace one character by another (offsets stay as they are)."""
        assert len(old) == len(new) == 1
        text = self.text()
        if old in text:
            self._parts = [text.replace(old, new)]

    def is_blank(self) -> bool:
        return not self.text().strip()

    def finish(self, strip_empty_lines: bool = True) -> tuple[str, tuple[StyleSpan, ...]]:
        """The text (leading and trailing empty lines removed if asked) and its
        spans, clipped, merged where they touch, whitespace-only ones dropped."""
        text = self.text()
        lead = 0
        if strip_empty_lines:
            stripped = text.lstrip("\n")
            lead = len(text) - len(stripped)
            text = stripped.rstrip("\n")
        return text, merge_spans(((s - lead, e - lead, k) for s, e, k in self._spans), text)


def merge_spans(spans, text: str) -> tuple[StyleSpan, ...]:
    length = len(text)
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for start, end, kind in spans:
        start, end = max(start, 0), min(end, length)
        if end > start:
            by_kind.setdefault(kind, []).append((start, end))
    merged: list[StyleSpan] = []
    for kind, ranges in by_kind.items():
        ranges.sort()
        current_start, current_end = ranges[0]
        for start, end in ranges[1:]:
            if start <= current_end:
                current_end = max(current_end, end)
            else:
                merged.append((current_start, current_end, kind))
                current_start, current_end = start, end
        merged.append((current_start, current_end, kind))
    return tuple(
        StyleSpan(s, e, k) for s, e, k in sorted(merged) if text[s:e].strip()
    )
