"""Colours coded passages in the document view without touching its text.

Segments come in UTF-16 positions (the view converts them); each block is
painted from the segments that cross it, so a change repaints only the
blocks it touches.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from workbench.domain.segments import Segment

# "Intervjuer:", "Informant C:", "I:" at the start of a paragraph.
SPEAKER_LABEL = re.compile(r"^[^\W\d_][\w\-.]*(?: [\w\-.]+){0,2}:(?=\s)")


def blend(colours: list[QColor]) -> QColor:
    """The mix of several code colours, a shade darker, so overlaps stand out."""
    n = len(colours)
    r = sum(c.red() for c in colours) // n
    g = sum(c.green() for c in colours) // n
    b = sum(c.blue() for c in colours) // n
    mixed = QColor(r, g, b)
    return mixed.darker(100 + 12 * (n - 1)) if n > 1 else mixed


def text_colour_for(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 140 else QColor("#ffffff")


class CodingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._segments: list[Segment] = []
        self._ends: list[int] = []
        self._colours: dict[int, QColor] = {}
        self._formats: dict[tuple[frozenset[int], bool], QTextCharFormat] = {}
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)

    def set_segments(self, segments: list[Segment], colours: dict[int, str]) -> bool:
        """Replace the segments; returns True when colours changed (repaint all)."""
        new_colours = {code: QColor(c) for code, c in colours.items()}
        changed = new_colours != self._colours
        if changed:
            self._formats.clear()
        self._colours = new_colours
        self._segments = segments
        self._ends = [s.end for s in segments]
        return changed

    def _format(self, codes: frozenset[int], bold: bool) -> QTextCharFormat:
        key = (codes, bold)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            colours = [self._colours.get(c, QColor("#dddddd")) for c in sorted(codes)]
            background = blend(colours)
            fmt.setBackground(background)
            fmt.setForeground(text_colour_for(background))
            if len(codes) > 1:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(background.darker(160))
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        pos = block.position()
        end = pos + block.length() - 1
        label = SPEAKER_LABEL.match(text)
        label_end = pos + (len(label.group(0).encode("utf-16-le")) // 2 if label else 0)
        if label:
            self.setFormat(0, label_end - pos, self._bold)
        i = bisect_right(self._ends, pos)
        segs = self._segments
        while i < len(segs) and segs[i].start < end:
            seg = segs[i]
            a, b = max(seg.start, pos), min(seg.end, end)
            if a < label_end:
                cut = min(b, label_end)
                self.setFormat(a - pos, cut - a, self._format(seg.codes, True))
                a = cut
            if a < b:
                self.setFormat(a - pos, b - a, self._format(seg.codes, False))
            i += 1
