"""Split a text's codings into segments that carry the same set of codes.

The document view colours each segment once; where codings overlap, the segment
carries several codes, which the view shows as a blend and names on hover.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Segment(NamedTuple):
    start: int
    end: int
    codes: frozenset[int]


def segments(spans: Iterable[tuple[int, int, int]]) -> list[Segment]:
    """Segments for ``(start, end, code_id)`` spans, sorted, without gaps' segments.

    Adjacent pieces with the same code set are joined; empty spans are ignored.
    """
    events: dict[int, list[tuple[int, int]]] = {}
    for start, end, code in spans:
        if end <= start:
            continue
        events.setdefault(start, []).append((code, +1))
        events.setdefault(end, []).append((code, -1))
    result: list[Segment] = []
    active: dict[int, int] = {}
    prev: int | None = None
    for pos in sorted(events):
        if prev is not None and active:
            codes = frozenset(active)
            last = result[-1] if result else None
            if last is not None and last.end == prev and last.codes == codes:
                result[-1] = Segment(last.start, pos, codes)
            else:
                result.append(Segment(prev, pos, codes))
        for code, delta in events[pos]:
            n = active.get(code, 0) + delta
            if n:
                active[code] = n
            else:
                active.pop(code, None)
        prev = pos
    return result
