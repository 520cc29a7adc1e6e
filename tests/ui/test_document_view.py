"""The document view at the Qt boundary: UTF-16 cursor positions become code
points, highlights land on the coded characters, codes can be dropped on text."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor

from tests.ui.conftest import select_text
from workbench.services.records import CodeSummary, CodingRecord
from workbench.ui.document_view import DocumentView
from workbench.ui.mime import codes_mime

TEXT = "Informant 😀: Vi må 👩‍👩‍👧 «tenke nytt» – æøå\nIntervjuer: Hvorfor 🙂?\nInformant: Fordi tiden går."


def coding(id_, code_id, start, end):
    return CodingRecord(id_, f"g{id_}", code_id, 1, start, end, datetime(2026, 1, 1))


@pytest.fixture
def view(qtbot):
    v = DocumentView()
    qtbot.addWidget(v)
    v.resize(700, 400)
    v.show()
    qtbot.waitExposed(v)
    return v


CODES = {7: CodeSummary(7, "Tenke nytt", "#a8d5ba"), 8: CodeSummary(8, "Tiden går", "#f4a6a6")}


def test_selection_after_emoji_is_reported_in_code_points(view):
    view.show_document(1, TEXT, [], CODES)
    select_text(view, "«tenke nytt»")
    start, end = view.selection_span()
    assert TEXT[start:end] == "«tenke nytt»"
    # Qt counted more: every emoji before the passage is two UTF-16 units.
    assert view.textCursor().selectionStart() > start


def test_selection_ending_inside_an_emoji_takes_the_whole_emoji(view):
    view.show_document(1, TEXT, [], CODES)
    plain = view.document().toPlainText()
    u16 = len(plain[: plain.index("😀")].encode("utf-16-le")) // 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(0)
    cursor.setPosition(u16 + 1, QTextCursor.MoveMode.KeepAnchor)  # half of the emoji
    view.setTextCursor(cursor)
    start, end = view.selection_span()
    assert TEXT[start:end] == "Informant 😀"


def test_select_span_selects_the_same_characters(view):
    view.show_document(1, TEXT, [], CODES)
    start = TEXT.index("Hvorfor 🙂")
    view.select_span(start, start + len("Hvorfor 🙂"))
    assert view.textCursor().selectedText() == "Hvorfor 🙂"


def _formatted(view) -> dict[str, tuple]:
    """The text under each highlight range, by its background colour."""
    out = {}
    block = view.document().begin()
    while block.isValid():
        block_text = block.text()
        units = block_text.encode("utf-16-le")
        for r in block.layout().formats():
            bg = r.format.background().color().name()
            if r.format.background().style() == Qt.BrushStyle.NoBrush:
                continue
            piece = units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
            out.setdefault(bg, []).append(piece)
        block = block.next()
    return out


def test_highlights_cover_exactly_the_coded_characters_after_emoji(view, qtbot):
    a = TEXT.index("«tenke nytt»")
    b = TEXT.index("tiden går")
    view.show_document(1, TEXT, [coding(1, 7, a, a + len("«tenke nytt»")), coding(2, 8, b, b + 9)], CODES)
    qtbot.waitUntil(lambda: bool(_formatted(view)))
    pieces = _formatted(view)
    assert pieces["#a8d5ba"] == ["«tenke nytt»"]
    assert pieces["#f4a6a6"] == ["tiden går"]


def test_overlapping_codings_are_visible_as_a_third_shade_and_named_on_hover(view, qtbot):
    a = TEXT.index("Vi må")
    overlap_start = TEXT.index("«tenke")
    end = TEXT.index(" – æøå")
    view.show_document(
        1, TEXT, [coding(1, 7, a, end), coding(2, 8, overlap_start, end + 6)], CODES
    )
    qtbot.waitUntil(lambda: bool(_formatted(view)))
    pieces = _formatted(view)
    shared = [bg for bg, texts in pieces.items() if "«tenke nytt»" in texts]
    assert shared and shared[0] not in ("#a8d5ba", "#f4a6a6")
    assert {c.code_id for c in view.codings_at(overlap_start + 1)} == {7, 8}


def _looks(view) -> list[tuple[str, str | None, bool, bool]]:
    """Each character of the text with its look: (character, background or
    None, bold, italic), emoji counted once."""
    out = []
    block = view.document().begin()
    while block.isValid():
        units = block.text().encode("utf-16-le")
        looks = [(None, False, False)] * (len(units) // 2)
        for r in block.layout().formats():
            brush = r.format.background()
            bg = None if brush.style() == Qt.BrushStyle.NoBrush else brush.color().name()
            for k in range(r.start, r.start + r.length):
                looks[k] = (bg, r.format.fontWeight() >= 700, r.format.fontItalic())
        k = 0
        for ch in block.text():
            out.append((ch, *looks[k]))
            k += 2 if ord(ch) > 0xFFFF else 1
        block = block.next()
    return out


def test_a_coding_across_the_sources_bold_and_italic_keeps_both(view):
    """A passage coded from inside a bold speaker label into italic words is
    coloured all along, bold and italic where the source has them."""
    text = "Informant 😀: Vi må «tenke nytt» nå."
    label_end = text.index(":") + 1
    italic = (text.index("«"), text.index("»") + 1)
    start, end = text.index("😀"), text.index(" nå")
    view.show_document(1, text, [coding(1, 7, start, end)], CODES,
                       styles=[(0, label_end, "bold"), (*italic, "italic")])
    looks = _looks(view)
    for i, (ch, bg, bold, it) in enumerate(looks):
        assert ch == text[i]
        assert bg == ("#a8d5ba" if start <= i < end else None), (i, ch)
        assert bold == (i < label_end), (i, ch)
        assert it == (italic[0] <= i < italic[1]), (i, ch)


def test_plain_text_speaker_labels_are_bold_under_codings_too(view):
    text = "Intervjuer: Hvorfor?\nInformant C: Fordi tiden går."
    second = text.index("Informant C")
    coded = (second + 3, second + len("Informant C: Fordi"))
    view.show_document(1, text, [coding(1, 8, *coded)], CODES)
    looks = _looks(view)
    labels = {i for i in range(len(text)) if i < len("Intervjuer:") or second <= i < second + len("Informant C:")}
    paragraph_break = text.index("\n")
    text_chars = [i for i in range(len(text)) if i != paragraph_break]
    assert [look[0] for look in looks] == [text[i] for i in text_chars]
    for (ch, bg, bold, _it), i in zip(looks, text_chars):
        assert bold == (i in labels), (i, ch)
        assert bg == ("#f4a6a6" if coded[0] <= i < coded[1] else None), (i, ch)


def test_update_codings_repaints_new_passage(view, qtbot):
    view.show_document(1, TEXT, [], CODES)
    b = TEXT.index("tiden går")
    view.update_codings([coding(2, 8, b, b + 9)], CODES)
    assert _formatted(view)["#f4a6a6"] == ["tiden går"]
    view.update_codings([], CODES)
    assert "#f4a6a6" not in _formatted(view)


def test_dropping_a_code_on_the_selection_asks_to_code_it(view, qtbot):
    view.show_document(1, TEXT, [], CODES)
    select_text(view, "tiden går")
    mime = codes_mime([8], ["Tiden går"])
    pos = view.viewport().rect().center()
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.code_dropped) as blocker:
        view.dropEvent(event)
    assert blocker.args == [8]
    assert event.isAccepted()


def test_drop_without_selection_is_refused(view, qtbot):
    view.show_document(1, TEXT, [], CODES)
    mime = codes_mime([8], ["x"])  # the event does not own its data: keep it alive
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.assertNotEmitted(view.code_dropped):
        view.dropEvent(event)


def test_margin_names_visible_codes(view, qtbot):
    b = TEXT.index("tiden går")
    view.show_document(1, TEXT, [coding(2, 8, b, b + 9)], CODES)
    view.margin.repaint()
    assert [code_id for _rect, code_id in view.margin.labels] == [8]
    rect, _ = view.margin.labels[0]
    assert view.margin.code_at(rect.center()) == 8
    assert view.margin.code_at(QPoint(-5, -5)) is None


def test_showing_another_document_lets_go_of_the_last_one(view, qtbot):
    """Each text gets a document of its own; the one before is freed at once,
    so reading through sixty long transcripts does not pile them up."""
    from PySide6.QtGui import QTextDocument

    a = TEXT.index("«tenke nytt»")
    for n in range(1, 6):
        view.show_document(n, f"{n}. {TEXT}", [coding(n, 7, a + 3, a + 3 + len("«tenke nytt»"))], CODES)
        assert len(view.findChildren(QTextDocument)) == 1
        assert view.document().toPlainText() == f"{n}. {TEXT}"
    qtbot.waitUntil(lambda: bool(_formatted(view)))
    assert _formatted(view)["#a8d5ba"] == ["«tenke nytt»"]  # the last one, coloured


def test_the_margin_names_only_the_codings_in_view_of_a_long_transcript(view, qtbot):
    """In a transcript of many pages the stripes beside the text name what is on
    screen, at the top and after scrolling to the end, never the whole document."""
    turn = "Informant: Vi må tenke nytt om hvordan vi jobber sammen i kommunen. "
    paragraphs = [f"{n}. {turn * 3}" for n in range(300)]
    text = "\n".join(paragraphs)
    starts = [text.index(p) for p in paragraphs]
    codings = [coding(n, 7 if n % 2 else 8, starts[n], starts[n] + 10) for n in range(300)]
    view.show_document(1, text, codings, CODES)
    view.margin.repaint()
    top = [c.id for c in view.visible_codings()]
    assert top and top[0] == 0 and len(top) < 40
    assert len(view.margin.labels) == len(top)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.margin.repaint()
    bottom = [c.id for c in view.visible_codings()]
    assert bottom and bottom[-1] == 299 and len(bottom) < 40
    assert not set(top) & set(bottom)


def test_a_long_transcript_is_painted_before_it_is_laid_out_to_its_end(view, qtbot):
    """Opening a transcript of many pages paints its first page at once: the
    stripes ask the layout only for the paragraphs in view, and Qt lays out the
    rest a piece at a time afterwards (scrolling there still finds its codings)."""
    turn = "Informant: Vi må tenke nytt om hvordan vi jobber sammen i kommunen. "
    paragraphs = [f"{n}. {turn * 3}" for n in range(300)]
    text = "\n".join(paragraphs)
    starts = [text.index(p) for p in paragraphs]
    view.show_document(1, text, [coding(n, 7, starts[n], starts[n] + 10) for n in range(300)], CODES)
    view.viewport().repaint()
    view.margin.repaint()
    assert view.margin.labels
    doc = view.document()
    laid_out = [n for n in range(doc.blockCount()) if doc.findBlockByNumber(n).layout().lineCount()]
    assert laid_out and len(laid_out) < 60  # the first pages, not the text up to some paragraph far down
    assert doc.lastBlock().layout().lineCount() == 0  # the end not laid out yet
    qtbot.waitUntil(lambda: view.document().lastBlock().layout().lineCount() > 0)
    middle = view.document().findBlockByNumber(150)
    view.verticalScrollBar().setValue(int(view.document().documentLayout().blockBoundingRect(middle).top()))
    view.margin.repaint()
    shown = [c.id for c in view.visible_codings()]
    assert shown and shown[0] in (149, 150) and len(shown) < 40


def test_a_window_just_shown_is_laid_out_before_the_text_is(qtbot):
    """Showing a transcript in a window that has just been shown and sized its
    docks (as the main window does on a first start): the window's layout is
    settled first, so the text is laid out once, at the width the view will
    have, not at a provisional one and again."""
    from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    view = DocumentView()
    tabs.addTab(view, "Text")
    window.setCentralWidget(tabs)
    dock = QDockWidget("Documents", window)
    dock.setWidget(QLabel("Intervju 01"))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resize(1200, 700)
    window.show()
    window.resizeDocks([dock], [400], Qt.Orientation.Horizontal)  # laid out on the next turn of the loop
    view.show_document(1, TEXT * 40, [], CODES)
    width = view.document().textWidth()
    qtbot.waitUntil(lambda: dock.width() >= 390)  # the window's layout done
    assert width == view.viewport().width() == view.document().textWidth()


def test_the_viewport_is_set_up_as_a_text_edit_sets_up_its_own(qtbot):
    """The view makes its own viewport (document_view._use_own_viewport): it
    takes drops, shows the text cursor, tracks the mouse for the codings'
    names and paints the text's background as Qt's own viewport does, and the
    text is measured on it."""
    from PySide6.QtWidgets import QTextEdit

    def described(edit):
        viewport = edit.viewport()
        return {
            "name": viewport.objectName(),
            "background": (viewport.backgroundRole(), viewport.autoFillBackground()),
            "mouse tracking": viewport.hasMouseTracking(),
            "drops": viewport.acceptDrops(),
            "cursor": viewport.cursor().shape(),
            "focus": (viewport.focusPolicy(), viewport.focusProxy() is edit),
            "measured on": edit.document().documentLayout().paintDevice() is viewport,
        }

    stock, view = QTextEdit(), DocumentView()
    for edit in (stock, view):
        qtbot.addWidget(edit)
        edit.setReadOnly(True)
        edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit.resize(400, 300)
        edit.show()
    qtbot.waitExposed(view)
    assert described(view) == described(stock)
    assert view.viewport().height() == stock.viewport().height()  # (the margin takes a side)
    view.show_document(1, TEXT, [coding(1, 7, 0, 9)], CODES)  # the text shows on it
    view.viewport().repaint()
    assert view.viewport().isVisible() and view.document().size().height() > 0
