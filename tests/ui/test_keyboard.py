"""Working from the keyboard, and the looks: palette, passages, panels, zoom,
themes and the guide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import import_and_wait, select_text
from workbench.services import sdi_tests
from workbench.ui.code_tree_model import GROUP
from workbench.ui.command_palette import fuzzy_score
from workbench.ui.highlighter import text_colour_for


def test_keyboard_only_code_in_vivo_move_to_group_and_run_the_code_test(window, qtbot, tmp_path, sample_files):
    window.new_project(tmp_path / "p.stegvis")
    import_and_wait(qtbot, window, sample_files[2:3])
    view = window.document_view
    select_text(view, "Det handler om teknologifrykt")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(view.hasFocus)
    # Alt+3 to the code system, Ctrl+G: a group from the code, Enter keeps the proposed name.
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    tree = window.codes_panel.view
    assert tree.hasFocus()
    code_id = next(iter(window.codes))
    window.codes_panel.select_code(code_id)
    qtbot.keyClick(tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.system.groups) == 1)
    assert window.system.codes_of(window.system.groups[0].id)[0].id == code_id
    # Ctrl+T runs the code test; 2 then 1: it passes.
    qtbot.keyClick(tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    page = window.code_test
    assert window.current_page() is page
    qtbot.keyClick(page, Qt.Key.Key_2)
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert sdi_tests.get_verdict(window.project, "code_test", code_id).verdict == "pass"


def test_command_palette_finds_actions_codes_and_documents(window, qtbot):
    window.open_demo()
    palette = window.show_command_palette()
    qtbot.addWidget(palette)
    qtbot.keyClicks(palette.edit, "grouping board")
    assert palette.list.item(0).text().startswith("Grouping Board")
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_page() is window.board
    palette = window.show_command_palette()
    qtbot.addWidget(palette)
    qtbot.keyClicks(palette.edit, "informant d")
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.documents_panel.model.records[3].id == window.document_view.document_id
    assert fuzzy_score("kdt", "kodetest") > 0 and fuzzy_score("xyz", "kodetest") == 0


def test_next_passage_and_zoom(window, qtbot):
    window.open_demo()
    view = window.document_view
    view.select_span(0, 0)
    window.act_next_passage.trigger()
    first = view.selection_span()
    assert first == (min(c.start for c in view.codings), first[1])
    window.act_next_passage.trigger()
    assert view.selection_span()[0] > first[0]
    size = view.document().defaultFont().pointSizeF()
    window.act_zoom_in.trigger()
    assert view.document().defaultFont().pointSizeF() == size + 1
    window.act_zoom_reset.trigger()
    assert view.document().defaultFont().pointSizeF() == view.base_point_size


def test_dark_and_high_contrast_keep_highlights_legible(window, qtbot):
    window.set_theme("dark")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() < 60
    for code_colour in ("#f6c28b", "#a7c7e7", "#3d3d9e"):
        bg = QColor(code_colour)
        fg = text_colour_for(bg)
        contrast = abs(bg.lightness() - fg.lightness())
        assert contrast > 90
    window.set_theme("high_contrast")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    window.set_theme("system")


def test_guide_and_start_page_explain_the_steps(window, qtbot):
    guide = window.show_guide()
    qtbot.addWidget(guide)
    assert "Run the Code Test" in guide.browser.toPlainText()
    steps = window.welcome.findChild(type(window.welcome.recent_label), "sdiSteps")
    assert "code test" in steps.text().lower()
    assert GROUP
