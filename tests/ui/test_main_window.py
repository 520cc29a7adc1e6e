"""The main window's behaviour around the coding: opening files, refusing bad
ones, deleting with a question, menus and shortcuts, remembered state."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import import_and_wait, select_text
from workbench.services.report import project_info
from workbench.ui.settings import recent_projects
from workbench.ui.shortcuts_dialog import menu_shortcuts


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_a_project_the_window_offers_where_to_start(window):
    assert window.stack.currentWidget() is window.welcome_page
    assert not window.act_invivo.isEnabled()
    assert not window.act_import.isEnabled()
    assert window.windowTitle() == "Stegvis"


def test_a_file_that_is_not_a_project_is_refused_with_its_name_and_left_untouched(window, tmp_path):
    bad = tmp_path / "notes.stegvis"
    bad.write_text("Intervjunotater, ikke et prosjekt", encoding="utf-8")
    before = _digest(bad)
    assert not window.open_project(bad)
    assert len(window.problems) == 1
    assert "notes.stegvis" in window.problems[0] and "not a Stegvis project" in window.problems[0]
    assert _digest(bad) == before
    assert window.project is None


def test_demo_project_opens_with_the_thesis_codebook(window):
    assert window.open_demo()
    assert len(window.codes) == 240
    assert len(window.documents_panel.model.records) == 6
    assert window.document_view.codings, "the first transcript is shown with its codings"
    assert window.counts_label.text().startswith("6 documents · 240 codes")


def test_the_in_vivo_name_editor_gives_focus_back_to_the_text(window, qtbot, tmp_path, sample_files):
    window.new_project(tmp_path / "p.stegvis")
    import_and_wait(qtbot, window, sample_files[:1])
    view = window.document_view
    select_text(view, "lav digital modenhet")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.codes_panel.view.state() == window.codes_panel.view.State.EditingState)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.hasFocus())
    assert [c.name for c in window.codes.values()] == ["Lav digital modenhet"]


def test_deleting_a_code_with_passages_asks_first(window, qtbot, monkeypatch):
    window.open_demo()
    code = next(c for c in window.codes.values() if c.passages)
    window.codes_panel.select_code(code.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    window.delete_selected_codes()
    assert asked and code.name[:20] in asked[0]
    assert code.id in window.codes  # cancelled: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_selected_codes()
    assert code.id not in window.codes
    window.act_undo.trigger()
    assert window.codes[code.id].passages == code.passages


def test_remove_coding_under_the_cursor(window, qtbot, tmp_path, sample_files):
    window.new_project(tmp_path / "p.stegvis")
    import_and_wait(qtbot, window, sample_files[:1])
    view = window.document_view
    select_text(view, "lav digital modenhet")
    window.code_in_vivo()
    assert len(view.codings) == 1
    view.select_span(view.codings[0].start + 3, view.codings[0].start + 3)
    window.act_remove_coding.trigger()
    assert view.codings == []
    assert project_info(window.project)["codings"] == []
    window.act_undo.trigger()
    assert len(view.codings) == 1


def test_the_documents_list_counts_a_document_s_codings_as_they_are_made_and_undone(window, qtbot, tmp_path,
                                                                                     sample_files):
    window.new_project(tmp_path / "p.stegvis")
    import_and_wait(qtbot, window, sample_files[:2])
    model = window.documents_panel.model
    shown = window.document_view.document_id

    def counts() -> dict[int, str]:
        return {model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1): model.data(model.index(r, 1))
                for r in range(model.rowCount())}

    before = counts()
    assert before[shown] == 0
    select_text(window.document_view, "lav digital modenhet")
    window.code_in_vivo()
    after = counts()
    assert after[shown] == 1 and {k: v for k, v in after.items() if k != shown} == {
        k: v for k, v in before.items() if k != shown}
    window.act_undo.trigger()
    assert counts() == before


def test_passages_panel_lists_and_jumps_to_a_code_passages(window, qtbot):
    window.open_demo()
    code = next(c for c in window.codes.values() if c.documents == 1)
    window.codes_panel.select_code(code.id)
    model = window.passages_panel.model
    assert model.rowCount() == code.passages
    passage = model.records[0]
    window.passages_panel.view.doubleClicked.emit(window.passages_panel.proxy.index(0, 2))
    assert window.document_view.document_id == passage.document_id
    assert window.document_view.selection_span() == (passage.start, passage.end)


def test_every_coding_action_has_a_shortcut_in_the_help_list(window):
    rows = {action: keys for _menu, action, keys in menu_shortcuts(window.menuBar())}
    for action in ("Code In Vivo", "Code with Existing Code…", "Remove Coding", "Undo", "Redo",
                   "New Project…", "Open Project…", "Import Documents…"):
        assert rows.get(action), f"{action} has no shortcut"


def test_window_layout_and_last_document_are_remembered(window, qtbot, tmp_path, sample_files):
    from workbench.ui.main_window import MainWindow

    path = tmp_path / "p.stegvis"
    window.new_project(path)
    import_and_wait(qtbot, window, sample_files[:3])
    window.documents_panel.select_document(window.documents_panel.model.records[2].id)
    window.passages_dock.hide()
    window.resize(window.minimumSizeHint().width() + 10, 480)  # within the offscreen screen
    size = (window.size().width(), window.size().height())
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert (again.size().width(), again.size().height()) == size
    assert not again.passages_dock.isVisible()
    assert recent_projects()[0] == str(path.resolve())
    again.open_project(path)
    assert again.document_view.document_id == again.documents_panel.model.records[2].id
    again.close()


def test_save_a_copy_writes_a_project_that_opens_the_same(window, tmp_path):
    window.open_demo()
    target = window.project.save_copy(tmp_path / "kopi")
    assert target.name == "kopi.stegvis"
    from workbench.services.project import Project

    with Project.open(target) as copy:
        assert project_info(copy) == project_info(window.project)


def test_the_app_has_its_icon_and_opens_files_sent_by_the_system(window, qtbot, tmp_path):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from workbench.services.project import Project
    from workbench.ui.app import FileOpener, make_application

    app = make_application()
    assert app.windowIcon().availableSizes()
    path = tmp_path / "dobbeltklikket.stegvis"
    Project.create(path).close()
    opener = FileOpener()
    event = QFileOpenEvent(str(path))
    assert event.type() == QEvent.Type.FileOpen
    assert opener.eventFilter(QApplication.instance(), event)
    assert window.project is not None and window.project.path == path


def test_a_first_start_paints_the_docks_at_their_default_sizes_once(qtbot):
    """With no window state saved yet, the docks get their default sizes before
    the window is first painted (not after, which laid out and painted it all twice)."""
    from PySide6.QtCore import QEvent, QObject

    from workbench.ui.app import make_application
    from workbench.ui.main_window import MainWindow

    make_application()
    first_paint: list[int] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not first_paint:
                first_paint.append(obj.width())
            return False

    window = MainWindow()
    qtbot.addWidget(window)
    watch = Watch()
    window.documents_dock.installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: bool(first_paint))
    assert abs(first_paint[0] - window.width() // 7) <= 8
    assert abs(window.codes_dock.width() - window.width() * 2 // 7) <= 8
