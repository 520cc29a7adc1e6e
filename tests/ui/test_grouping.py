"""Grouping codes in the window: the code system tree, the grouping board,
memos, retrieval and search hits; every gesture one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import import_and_wait
from workbench.services.report import project_info
from workbench.services.text_editing import find_text
from workbench.ui.code_tree_model import CODE, GROUP, THEME, UNGROUPED, MoveRequest
from workbench.ui.grouping_board import BoardColumnModel


@pytest.fixture
def demo(window):
    assert window.open_demo()
    return window


def _group(window, number):
    return next(g for g in window.system.groups if g.number == number)


def _codes_of(window, group_id):
    return [c.id for c in window.system.codes_of(group_id)]


def test_moving_codes_between_groups_is_one_undo_step(demo):
    fear, press = _group(demo, 10), _group(demo, 16)
    moving = _codes_of(demo, fear.id)[:2]
    before = project_info(demo.project)
    demo.move_items(MoveRequest(code_ids=tuple(moving), target_id=press.id))
    assert _codes_of(demo, press.id)[-2:] == moving
    after = project_info(demo.project)
    demo.act_undo.trigger()
    assert project_info(demo.project) == before
    demo.act_redo.trigger()
    assert project_info(demo.project) == after


def test_a_real_drag_onto_a_group_in_the_tree_moves_the_codes(demo, qtbot):
    fear, press = _group(demo, 10), _group(demo, 16)
    code = _codes_of(demo, fear.id)[0]
    panel = demo.codes_panel
    panel.select_code(code)
    mime = panel.model.mimeData([panel.model.index_of(CODE, code)])
    target = panel.view.visualRect(panel.view_index(GROUP, press.id)).center()
    viewport = panel.view.viewport()
    actions = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(target, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(target, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(target), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert code in _codes_of(demo, press.id)
    assert code not in _codes_of(demo, fear.id)


def test_new_group_from_selected_codes_proposes_the_first_name_for_editing(window, qtbot, tmp_path, sample_files):
    window.new_project(tmp_path / "p.stegvis")
    import_and_wait(qtbot, window, sample_files[2:3])
    view = window.document_view
    for phrase in ("Det handler om teknologifrykt", "Jeg tror det viktigste er å skape trygghet"):
        from tests.ui.conftest import select_text

        select_text(view, phrase)
        window.code_in_vivo()
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # keep the in-vivo name
        qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit))
    window.codes_panel.view.selectAll()
    window.act_new_group.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert editor.text() == "Det handler om teknologifrykt"
    editor.setText("Frykt for teknologi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [g.name for g in window.system.groups] == ["Frykt for teknologi"])
    group = window.system.groups[0]
    assert len(window.system.codes_of(group.id)) == 2
    window.act_undo.trigger()  # the rename
    window.act_undo.trigger()  # the new group
    assert window.system.groups == [] and len(window.system.codes_of(None)) == 2


def test_rest_group_theme_and_numbers(demo):
    code = _codes_of(demo, None) or _codes_of(demo, _group(demo, 10).id)[:1]
    demo.codes_panel.select_code(code[0])
    demo.act_to_rest.trigger()
    rest = demo.system.rest_group
    assert code[0] in _codes_of(demo, rest.id)
    assert rest.name == "Restgruppe"  # the demo's own rest group is reused
    label = demo.codes_panel.model.display_name(demo.codes_panel.model.index_of(GROUP, rest.id).internalPointer())
    assert label == "Group 12 Restgruppe"
    theme = demo.system.themes[0]
    assert demo.codes_panel.model.index_of(THEME, theme.id).data() == f"Theme 1 {theme.name}"


def test_merge_and_split_from_the_window(demo, qtbot, monkeypatch):
    fear = _group(demo, 10)
    a, b = _codes_of(demo, fear.id)[:2]
    from workbench.ui import commands as cmd

    before = project_info(demo.project)
    demo.controller.execute(cmd.MergeCodesCommand(demo.controller, [b], a, demo.codes[a].name))
    assert b not in demo.codes and demo.codes[a].passages == 2
    demo.codes_panel.select_code(a)
    demo.passages_panel.view.selectAll()
    passage = demo.passages_panel.selected_passages()[1]
    demo.passages_panel.view.clearSelection()
    demo.controller.execute(cmd.SplitCodeCommand(demo.controller, a, [passage.coding_id], "Utskilt kode"))
    new = next(c for c in demo.codes.values() if c.name == "Utskilt kode")
    assert new.passages == 1 and new.group_id == fear.id
    demo.act_undo.trigger()
    demo.act_undo.trigger()
    assert project_info(demo.project) == before


def test_board_shows_columns_and_a_drop_moves_cards(demo, qtbot, qtmodeltester):
    demo.act_board.setChecked(True)
    board = demo.board
    titles = [c.name for c in board.columns]
    assert titles[0] == "Ungrouped" and titles[-1] == "Group 12 Restgruppe"
    assert len(board.columns) == 20  # Ungrouped + 18 groups + the rest group
    assert board.counter.text().startswith("<b>Ungrouped: 0")
    fear, press = _group(demo, 10), _group(demo, 16)
    source, target = board.column_of(fear.id), board.column_of(press.id)
    qtmodeltester.check(target.model)
    mime = source.model.mimeData([source.model.index(0)])
    moved = source.model.codes[0].id
    assert target.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target.model.index(-1)) is False
    assert target.model.codes[0].id == moved  # the board was rebuilt with the card on top
    demo.act_undo.trigger()
    assert board.column_of(fear.id).model.codes[0].id == moved


def test_board_peek_shows_passages_of_the_selected_card(demo, qtbot):
    demo.act_board.setChecked(True)
    column = demo.board.column_of(_group(demo, 10).id)
    column.list.setCurrentIndex(column.model.index(0))
    demo.board.peek_button.setChecked(True)
    assert "Informant" in demo.board.peek.toPlainText()


def test_board_column_refuses_drops_that_do_nothing():
    model = BoardColumnModel(5)
    model.codes = []
    assert model.drop_request(QMimeData(), 0, model.index(-1)) is None


def test_memos_are_saved_as_typed_and_undoable(demo, qtbot):
    fear = _group(demo, 10)
    demo.codes_panel.select_item(GROUP, fear.id)
    panel = demo.notes_panel
    assert panel.notes.kind == GROUP and panel.description.isVisible() is not None
    qtbot.keyClicks(panel.memo, "Spør veileder")
    panel.save()
    from workbench.services.memos import get_notes

    assert get_notes(demo.project, GROUP, fear.id).memo == "Spør veileder"
    panel.description.setText("Frykt for at digitalisering tar jobber")
    panel.save()
    assert get_notes(demo.project, GROUP, fear.id).description == "Frykt for at digitalisering tar jobber"
    demo.act_undo.trigger()
    demo.act_undo.trigger()
    assert get_notes(demo.project, GROUP, fear.id).memo == ""
    demo.show_project_memo()
    assert panel.notes.kind == "project"


def test_retrieval_under_a_theme_and_filter_by_document(demo):
    theme = demo.system.themes[0]
    demo.codes_panel.select_item(THEME, theme.id)
    panel = demo.passages_panel
    total = panel.proxy.rowCount()
    assert total == demo.codes_panel.model.index_of(THEME, theme.id).siblingAtColumn(2).data()
    panel.filter.setCurrentIndex(1)  # the first document
    assert 0 < panel.proxy.rowCount() < total
    panel.view.selectAll()
    assert panel.copy_selected().startswith("«")
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    assert panel.context.toPlainText()


def test_search_hits_coded_with_a_new_code_in_one_step(demo, monkeypatch):
    hits = find_text(demo.project, "digitalisering", whole_words=True)
    assert len(hits) > 5
    from workbench.ui import code_picker

    class Picker:
        DialogCode = code_picker.CodePicker.DialogCode

        def __init__(self, *_a, **_k):
            pass

        def setWindowTitle(self, _t):
            pass

        def exec(self):
            return self.DialogCode.Accepted

        def chosen_code(self):
            return None

        def new_name(self):
            return "Digitalisering (søk)"

    monkeypatch.setattr(code_picker, "CodePicker", Picker)
    before = project_info(demo.project)
    demo.code_hits(hits)
    code = next(c for c in demo.codes.values() if c.name == "Digitalisering (søk)")
    assert code.passages == len(hits)
    demo.act_undo.trigger()
    assert project_info(demo.project) == before
    assert UNGROUPED and QPoint
