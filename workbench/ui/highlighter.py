"""Colours coded passages in the document view without touching its text,
and shows the source's bold speaker labels and headings.

Spans come in UTF-16 positions (the view converts them); each block is
painted from the spans that cross it, so a change repaints only the blocks
it touches.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from workbench.domain.segments import Segment

# "Intervjuer:", "Informant C:", "I:" at the start of a paragraph: shown bold in
# documents whose source gave no styles (plain text).
SPEAKER_LABEL = re.compile(r"^[^\W\d_][\w\-.]*(?: [\w\-.]+){0,2}:(?=\s)")

STYLE_KINDS = ("bold", "italic", "heading")
_NONE: frozenset[int] = frozenset()
_BOLD = frozenset({0})


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
    """Colours one document. The view puts each text it shows in a document
    of its own, with a highlighter of its own that takes over the last one's
    spans and colours (DocumentView._replace_document)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._segments: list[Segment] = []
        self._ends: list[int] = []
        self._styles: list[Segment] = []  # "codes" holds style kinds' indexes
        self._style_ends: list[int] = []
        self._colour_names: dict[int, str] = {}
        self._formats: dict[tuple[frozenset[int], frozenset[int]], QTextCharFormat] = {}  # by (codes, kinds)
        self._looks: dict[tuple[tuple[str, ...], frozenset[int]], QTextCharFormat] = {}  # by (colours, kinds)

    def set_segments(self, segments: list[Segment], colours: dict[int, str]) -> bool:
        """Replace the coding segments; returns True when colours changed (repaint all)."""
        changed = colours != self._colour_names
        if changed:
            self._formats.clear()  # (the looks stay: they are by colour)
            self._colour_names = dict(colours)
        self._segments = segments
        self._ends = [s.end for s in segments]
        return changed

    def take_state(self, other: CodingHighlighter) -> None:
        """The spans, colours and formats of ``other`` (the last document's)."""
        self._segments, self._ends = other._segments, other._ends
        self._styles, self._style_ends = other._styles, other._style_ends
        self._colour_names = other._colour_names
        self._formats, self._looks = other._formats, other._looks

    def set_styles(self, styles: list[Segment]) -> None:
        """Style segments (UTF-16), ``codes`` holding indexes into STYLE_KINDS."""
        self._styles = styles
        self._style_ends = [s.end for s in styles]

    def _format(self, codes: frozenset[int], kinds: frozenset[int]) -> QTextCharFormat:
        key = (codes, kinds)
        fmt = self._formats.get(key)
        if fmt is None:
            # One format for each look: codes of the same colour share it (2,000
            # codes have a dozen colours; a format each cost a long text 10 ms).
            colours = tuple(sorted(self._colour_names.get(c, "#dddddd") for c in codes))
            fmt = self._looks.get((colours, kinds))
            if fmt is None:
                fmt = self._looks[(colours, kinds)] = self._new_format(colours, kinds)
            self._formats[key] = fmt
        return fmt

    def _new_format(self, colours: tuple[str, ...], kinds: frozenset[int]) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if colours:
            background = blend([QColor(c) for c in colours])
            fmt.setBackground(background)
            fmt.setForeground(text_colour_for(background))
            if len(colours) > 1:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(background.darker(160))
        if 0 in kinds or 2 in kinds:
            fmt.setFontWeight(QFont.Weight.Bold)
        if 1 in kinds:
            fmt.setFontItalic(True)
        if 2 in kinds:
            fmt.setFontPointSize(self.document().defaultFont().pointSizeF() * 1.25)
        return fmt

    def highlightBlock(self, text: str) -> None:
        # Styles first, then each coded stretch over them, cut where a style
        # begins or ends (setFormat overwrites): a few calls a paragraph, no
        # sorting. Colouring a 12,000-word transcript is most of showing it.
        block = self.currentBlock()
        pos = block.position()
        end = pos + block.length() - 1
        if self._styles:
            styles = self._crossing(self._styles, self._style_ends, pos, end)
        else:
            label = SPEAKER_LABEL.match(text)
            styles = [Segment(pos, pos + len(label.group(0).encode("utf-16-le")) // 2, _BOLD)] if label else []
        fmt = self._format
        for style in styles:
            a, b = max(style.start, pos), min(style.end, end)
            if a < b:
                self.setFormat(a - pos, b - a, fmt(_NONE, style.codes))
        segs, n_styles = self._segments, len(styles)
        i, j = bisect_right(self._ends, pos), 0
        while i < len(segs):
            seg = segs[i]
            if seg.start >= end:
                break
            a, b = max(seg.start, pos), min(seg.end, end)
            while a < b:  # the stretch [a, b) of seg's codes, cut by the styles
                while j < n_styles and styles[j].end <= a:
                    j += 1
                if j < n_styles and styles[j].start <= a:
                    cut, kinds = min(b, styles[j].end), styles[j].codes
                else:
                    cut, kinds = (min(b, styles[j].start) if j < n_styles else b), _NONE
                self.setFormat(a - pos, cut - a, fmt(seg.codes, kinds))
                a = cut
            i += 1

    @staticmethod
    def _crossing(segs: list[Segment], ends: list[int], pos: int, end: int) -> list[Segment]:
        out = []
        i = bisect_right(ends, pos)
        while i < len(segs) and segs[i].start < end:
            out.append(segs[i])
            i += 1
        return out
