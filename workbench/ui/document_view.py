"""The document view: a transcript, read-only, with its coded passages
highlighted, named in a margin of coding stripes and on hover.

Positions cross the Qt boundary here: the project counts code points, Qt's
text cursor counts UTF-16 units, and an OffsetMap converts between them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from workbench.domain.edits import TextEdit, diff_edit, map_span
from workbench.domain.offsets import OffsetMap
from workbench.domain.segments import segments
from workbench.services.records import CodeSummary, CodingRecord
from workbench.ui.highlighter import STYLE_KINDS, CodingHighlighter
from workbench.ui.mime import code_ids_from

LANE = 6


def margin_width(view_width: int) -> int:
    """The coding stripes take about a quarter of the view, within bounds."""
    return max(120, min(260, view_width // 4))


class CodingMargin(QWidget):
    """Coding stripes: a bar beside each coded passage and its code's name."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self.labels: list[tuple[QRect, int]] = []
        self._placed_for: tuple | None = None  # (what it was placed for, placed codings and lanes)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(margin_width(self.view.width()), 0)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.window())
        self.labels = []
        view = self.view
        placed, lanes = self._placed()
        if not placed:
            return
        fm = painter.fontMetrics()
        text_x = 6 + lanes * LANE + 4
        next_free_y = -10**9
        for coding, lane, top, bottom in placed:
            code = view.codes.get(coding.code_id)
            colour = QColor(code.colour if code else "#999999")
            x = 6 + min(lane, 7) * LANE
            painter.fillRect(QRect(x, top, LANE - 2, max(bottom - top, 4)), colour.darker(115))
            if code is None:
                continue
            y = max(top, next_free_y)
            rect = QRect(text_x, y, self.width() - text_x - 4, fm.height())
            painter.fillRect(QRect(text_x, y + 3, 8, fm.height() - 6), colour)
            painter.setPen(pal.color(pal.ColorRole.WindowText))
            name = fm.elidedText(code.name, Qt.TextElideMode.ElideRight, rect.width() - 12)
            painter.drawText(rect.adjusted(12, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name)
            self.labels.append((rect, coding.code_id))
            next_free_y = y + fm.height()

    def _placed(self) -> tuple[list[tuple[CodingRecord, int, int, int]], int]:
        """The codings in view with their lane, top and bottom, and the number of
        lanes. Kept while the text, the codings, the scroll position and the
        layout stay the same (layout_changed forgets it): the margin is
        repainted whenever something beside it is (a dock, a tooltip), and
        placing asks the layout for two positions per coding."""
        view = self.view
        key = (id(view.document()), view.text, id(view.codings), view.verticalScrollBar().value(),
               view.viewport().size().toTuple())
        if self._placed_for is not None and self._placed_for[0] == key:
            return self._placed_for[1]
        lanes_end: list[int] = []
        placed: list[tuple[CodingRecord, int, int, int]] = []
        for coding in view.visible_codings():
            lane = next((i for i, e in enumerate(lanes_end) if e <= coding.start), len(lanes_end))
            if lane == len(lanes_end):
                lanes_end.append(coding.end)
            else:
                lanes_end[lane] = coding.end
            top = view.cursor_rect_at(coding.start).top()
            bottom = view.cursor_rect_at(max(coding.start, coding.end - 1)).bottom()
            placed.append((coding, lane, top, bottom))
        result = (placed, min(len(lanes_end), 8))
        self._placed_for = (key, result)
        return result

    def layout_changed(self, *_args) -> None:
        """The document's layout changed somewhere (Qt lays a long text out a
        piece at a time, after the first paint too): place the codings again."""
        self._placed_for = None
        self.update()

    def code_at(self, pos: QPoint) -> int | None:
        for rect, code_id in self.labels:
            if rect.contains(pos):
                return code_id
        return None

    def mousePressEvent(self, event) -> None:
        code_id = self.code_at(event.position().toPoint())
        if code_id is not None:
            self.view.code_clicked.emit(code_id)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            code_id = self.code_at(event.pos())
            code = self.view.codes.get(code_id) if code_id is not None else None
            if code is not None:
                from html import escape  # loaded when first needed, not at start

                QToolTip.showText(event.globalPos(), escape(code.name), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class DocumentView(QTextEdit):
    #: A code was dropped on the selection: (code id).
    code_dropped = Signal(int)
    #: The user asked to remove a coding: (coding id).
    remove_coding_requested = Signal(int)
    #: A code's name was clicked in the margin: (code id).
    code_clicked = Signal(int)
    #: The user changed the text while editing: (TextEdit in code points).
    text_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._use_own_viewport()
        self.setObjectName("documentView")
        self.setAccessibleName(self.tr("Document text"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setUndoRedoEnabled(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 0.5)
        self.base_point_size = font.pointSizeF()
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(14)
        self.highlighter = CodingHighlighter(self.document())
        self._own_document = False  # the first document is the view's own (_replace_document)
        self._telling_edit = False
        self.margin = CodingMargin(self)
        self.verticalScrollBar().valueChanged.connect(self.margin.update)
        self._watch_document()
        self.document_id: int | None = None
        self.text = ""
        self.style_spans: list[tuple[int, int, str]] = []
        self.editing = False
        self._loading = False
        self.offsets = OffsetMap("")
        self.codings: list[CodingRecord] = []
        self.codes: dict[int, CodeSummary] = {}
        self.context_actions: list = []

    def _use_own_viewport(self) -> None:
        """Give the view a viewport made here, set up as QTextEdit sets up the
        one it makes. The first time PySide6 (6.7 and later, which makes its
        Python classes on first use) meets a widget Qt made, handed out as a
        plain QWidget like that viewport, it makes the classes of every kind of
        widget, each with its enums: some 60 classes, 15-20 ms of the start
        (tests/ui/test_document_view.py compares the two viewports)."""
        viewport = QWidget(self)
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        viewport.setMouseTracking(True)  # hover: the codings' names
        viewport.setAcceptDrops(True)  # codes dropped on a passage
        viewport.setCursor(Qt.CursorShape.IBeamCursor)
        self.setViewport(viewport)  # deletes Qt's viewport
        # The text is measured on the viewport: the old one is gone.
        self.document().documentLayout().setPaintDevice(viewport)

    # --- showing a document -------------------------------------------------
    def show_document(self, document_id: int | None, text: str, codings: list[CodingRecord],
                      codes: dict[int, CodeSummary], styles: list[tuple[int, int, str]] | None = None,
                      keep_place: bool = False) -> None:
        """Show a document's text with its codings; ``keep_place`` keeps the
        scroll position and cursor (the same document, reloaded)."""
        if self.isVisible():
            # A window just shown lays itself out on the next turn of the event
            # loop: done first, the text is laid out once, at the view's width.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        scroll = self.verticalScrollBar().value() if keep_place else 0
        cursor_at = self.textCursor().position() if keep_place else 0
        self.document_id = document_id
        self.text = text
        self.offsets = OffsetMap(text)
        self.codings = codings
        self.codes = codes
        self.style_spans = list(styles or [])
        to16 = self.offsets.to_utf16
        self.highlighter.set_styles(
            segments((to16(a), to16(b), STYLE_KINDS.index(k)) for a, b, k in self.style_spans if k in STYLE_KINDS)
        )
        self.highlighter.set_segments(self._segments(), self._colours())
        self._loading = True
        try:
            self._replace_document(text)
        finally:
            self._loading = False
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(cursor_at, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)
        self.margin.update()

    def _replace_document(self, text: str) -> None:
        """Put ``text`` in a new document with a highlighter of its own, coloured
        before the view lays it out: the layout goes over the text once.
        (Filling the shown document laid out every paragraph twice, and moving
        one highlighter between documents cleared and laid out the old one.)"""
        old = self.document()
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(old.defaultFont())
        doc.setDocumentMargin(old.documentMargin())
        doc.setDefaultTextOption(old.defaultTextOption())
        highlighter = CodingHighlighter(doc)
        highlighter.take_state(self.highlighter)
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(7)
        fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(fmt)
        cursor.insertText(text)  # new paragraphs inherit the block format
        highlighter.rehighlight()  # (a document without a layout announces no changes)
        # Taking the document in announces its whole text as changed, which
        # would send the highlighter over it again: the colours are in place.
        blocked = doc.blockSignals(True)
        self.setDocument(doc)
        doc.blockSignals(blocked)
        self.highlighter = highlighter
        self._watch_document()
        if self._own_document:  # Qt deletes the view's first document itself
            # Gone now (with its highlighter): a document of a long transcript
            # holds megabytes. Later if it is telling of an edit right now.
            if self._telling_edit:
                old.deleteLater()
            else:
                shiboken6.delete(old)
        self._own_document = True

    def _watch_document(self) -> None:
        doc = self.document()
        doc.contentsChange.connect(self._contents_changed)
        layout = doc.documentLayout()
        layout.documentSizeChanged.connect(self.margin.layout_changed)
        layout.update.connect(self.margin.layout_changed)

    def clear_document(self) -> None:
        self.set_editing(False)
        if self.document_id is None and not self.text:
            return  # nothing shown: no new empty document needed
        self.show_document(None, "", [], {})

    def _segments(self):
        to16 = self.offsets.to_utf16
        return segments((to16(c.start), to16(c.end), c.code_id) for c in self.codings)

    def _colours(self) -> dict[int, str]:
        return {code_id: code.colour for code_id, code in self.codes.items()}

    def update_codings(self, codings: list[CodingRecord], codes: dict[int, CodeSummary]) -> None:
        """New codings for the shown document: repaint only the blocks that changed."""
        old = {(c.id, c.code_id, c.start, c.end) for c in self.codings}
        new = {(c.id, c.code_id, c.start, c.end) for c in codings}
        self.codings = codings
        self.codes = codes
        colours_changed = self.highlighter.set_segments(self._segments(), self._colours())
        if colours_changed:
            self.highlighter.rehighlight()
        else:
            self._rehighlight_spans((start, end) for _id, _code, start, end in old ^ new)
        self.margin.update()

    def _rehighlight_spans(self, spans) -> None:
        """Repaint the blocks under code-point spans, each block once."""
        doc = self.document()
        numbers: set[int] = set()
        for start, end in spans:
            first = doc.findBlock(self.offsets.to_utf16(start)).blockNumber()
            last = doc.findBlock(self.offsets.to_utf16(end)).blockNumber()
            numbers.update(range(first, last + 1))
        for number in sorted(numbers):
            block = doc.findBlockByNumber(number)
            if block.isValid():
                self.highlighter.rehighlightBlock(block)

    # --- positions: code points outside, UTF-16 inside -----------------------
    def selection_span(self) -> tuple[int, int] | None:
        """The selected passage in code points, or None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offsets.to_codepoint(cursor.selectionStart())
        end = self.offsets.to_codepoint(cursor.selectionEnd())
        if end <= start:
            return None
        # A selection ending inside an emoji takes the whole emoji.
        if self.offsets.to_utf16(end) < cursor.selectionEnd():
            end += 1
        return start, end

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def cursor_position(self) -> int:
        return self.offsets.to_codepoint(self.textCursor().position())

    def cursor_rect_at(self, cp: int) -> QRect:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.offsets.to_utf16(cp), self.document().characterCount() - 1))
        return self.cursorRect(cursor)

    def codings_at(self, cp: int) -> list[CodingRecord]:
        return [c for c in self.codings if c.start <= cp < c.end]

    def codings_in_span(self, start: int, end: int) -> list[CodingRecord]:
        """Codings touching the span (or at ``start`` for an empty span)."""
        if start == end:
            return self.codings_at(start)
        return [c for c in self.codings if c.start < end and start < c.end]

    def visible_codings(self) -> list[CodingRecord]:
        """The codings on the paragraphs in view, found from the paragraphs'
        places in the laid-out document: from the paragraph at the viewport's
        top down to the first one starting below its bottom. Only that far is
        asked of the layout, which Qt does a piece at a time: a long transcript
        is not laid out to its end before it is first painted. (The text
        position at the viewport's bottom corner answers nonsense where the
        corner falls in the document's margin.)"""
        if not self.codings:
            return []
        doc = self.document()
        layout = doc.documentLayout()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        # Asked inside the text: in the document's margin, above the first line,
        # the answer can be any paragraph, and the steps below would lay out
        # the whole text on the way back from it.
        margin = doc.documentMargin()
        hit = layout.hitTest(QPointF(margin + 1, max(top, margin)), Qt.HitTestAccuracy.FuzzyHit)
        block = doc.findBlock(max(hit, 0))
        if not block.isValid():
            block = doc.firstBlock()
        while block.previous().isValid() and layout.blockBoundingRect(block).top() > top:
            block = block.previous()
        while block.next().isValid() and layout.blockBoundingRect(block).bottom() < top:
            block = block.next()
        first = block.position()
        end = first
        while block.isValid() and layout.blockBoundingRect(block).top() <= bottom:
            end = block.position() + block.length() - 1
            block = block.next()
        to_cp = self.offsets.to_codepoint
        first, last = to_cp(first), to_cp(max(end, first))
        return [c for c in self.codings if c.start <= last and c.end > first]

    # --- editing the text ------------------------------------------------------
    def set_editing(self, editing: bool) -> None:
        """Let the user fix the text (typos, misheard words); codings follow."""
        self.editing = editing and self.document_id is not None
        self.setReadOnly(not self.editing)
        if self.editing:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        else:
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        if self._loading or not self.editing:
            return
        start = self.offsets.to_codepoint(position)
        end = self.offsets.to_codepoint(position + removed)
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        inserted = cursor.selectedText().replace("\u2029", "\n")
        # Qt may report more than changed (a whole block); keep only the change.
        change = diff_edit(self.text[start:end], inserted)
        if change is None:
            return
        edit = TextEdit(start + change.start, start + change.end, change.replacement)
        self.text = edit.apply(self.text)
        self.offsets = OffsetMap(self.text)
        moved = []
        for c in self.codings:
            span = map_span(c.start, c.end, edit)
            if span is not None:
                moved.append(c._replace(start=span[0], end=span[1]))
        styles = []
        for a, b, kind in self.style_spans:
            span = map_span(a, b, edit)
            if span is not None:
                styles.append((span[0], span[1], kind))
        self.style_spans = styles
        to16 = self.offsets.to_utf16
        self.highlighter.set_styles(
            segments((to16(a), to16(b), STYLE_KINDS.index(k)) for a, b, k in styles if k in STYLE_KINDS)
        )
        # Highlights are kept per block, relative to it: codings that only moved
        # along with the text need no repaint, only the edited block does.
        self.codings = moved
        self.highlighter.set_segments(self._segments(), self._colours())
        self._rehighlight_spans([(edit.start, edit.start + len(edit.replacement))])
        self.margin.update()
        self._telling_edit = True  # what the edit sets off may show another document
        try:
            self.text_edited.emit(edit)
        finally:
            self._telling_edit = False

    def event(self, event) -> bool:
        # Undo and redo are the project's, also while editing the text.
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return False
        return super().event(event)

    # --- hover names the codes ----------------------------------------------
    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            cp = self.offsets.to_codepoint(cursor.position())
            here = self.codings_at(cp)
            if here:
                from html import escape  # loaded when first needed, not at start

                lines = []
                for c in here:
                    code = self.codes.get(c.code_id)
                    if code is not None:
                        lines.append(
                            f"<span style='background:{code.colour}'>&nbsp;&nbsp;&nbsp;</span>&nbsp;"
                            f"{escape(code.name)}"
                        )
                QToolTip.showText(event.globalPos(), "<br>".join(lines), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # --- margin geometry -----------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._place_margin()
        super().resizeEvent(event)

    def _place_margin(self) -> None:
        width = margin_width(self.width()) if self.margin.isVisibleTo(self) else 0
        self.setViewportMargins(0, 0, width, 0)
        cr = self.contentsRect()
        scrollbar = self.verticalScrollBar().width() if self.verticalScrollBar().isVisible() else 0
        self.margin.setGeometry(QRect(cr.right() - scrollbar - width + 1, cr.top(), width, cr.height()))

    def set_margin_visible(self, visible: bool) -> None:
        self.margin.setVisible(visible)
        self._place_margin()

    # --- drag a code onto the selection -----------------------------------------
    def _accepts(self, event) -> bool:
        return bool(code_ids_from(event.mimeData())) and self.textCursor().hasSelection()

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        ids = code_ids_from(event.mimeData())
        if ids and self.textCursor().hasSelection():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            for code_id in ids:
                self.code_dropped.emit(code_id)
        else:
            event.ignore()

    # --- context menu ----------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        span = self.selection_span()
        if span is None:
            cp = self.offsets.to_codepoint(self.cursorForPosition(event.pos()).position())
            span = (cp, cp)
        here = self.codings_in_span(*span)
        if here:
            menu.addSeparator()
            for coding in here:
                code = self.codes.get(coding.code_id)
                if code is None:
                    continue
                action = menu.addAction(self.tr("Remove coding “%s”") % code.name)
                action.triggered.connect(lambda _=False, cid=coding.id: self.remove_coding_requested.emit(cid))
        menu.exec(event.globalPos())
