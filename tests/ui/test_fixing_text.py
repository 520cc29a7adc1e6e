"""Fixing a transcript's text after coding, in the window: typing in edit
mode, find and replace with a preview, and document properties."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import import_and_wait, select_text
from workbench.services import documents as document_service
from workbench.services.document_properties import get_properties
from workbench.services.report import project_info
from workbench.ui.find_replace import FindReplaceDialog

TEXT = "Intervjuer: Hva sa Kari?\nKari: Jeg heter Kari 😀 og kommunen er presa nå.\n"


def _project_with_text(window, qtbot, tmp_path, text=TEXT):
    (tmp_path / "Informant C.txt").write_text(text, encoding="utf-8")
    window.new_project(tmp_path / "p.stegvis")
    import_and_wait(qtbot, window, [tmp_path / "Informant C.txt"])
    return window.document_view


def test_typing_a_fix_inside_a_coded_passage_keeps_the_coding_on_its_words(window, qtbot, tmp_path):
    view = _project_with_text(window, qtbot, tmp_path)
    select_text(view, "kommunen er presa")
    window.code_in_vivo()
    window.act_edit_text.setChecked(True)
    assert window.edit_banner.isVisible() and not view.isReadOnly()
    assert window.edit_banner.parentWidget() is view.parentWidget()  # above the text, edge to edge
    assert window.edit_banner.parentWidget().layout().indexOf(window.edit_banner) == 0
    # Put the cursor after "pres" and type the missing "s".
    plain = view.document().toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(len(plain[: plain.index("presa") + 4].encode("utf-16-le")) // 2)
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "s")
    info = project_info(window.project, with_text=True)
    assert "kommunen er pressa nå" in info["documents"][0]["text"]
    assert [c["text"] for c in info["codings"]] == ["kommunen er pressa"]
    # The highlight moved with it: the view's codings match the stored ones.
    assert [(c.start, c.end) for c in view.codings] == [(info["codings"][0]["start"], info["codings"][0]["end"])]
    # Typing before the passage (after an emoji) moves the coding along.
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "«")
    info = project_info(window.project, with_text=True)
    assert info["documents"][0]["text"].startswith("«Intervjuer")
    assert [c["text"] for c in info["codings"]] == ["kommunen er pressa"]
    # The typing is one undo step (merged), and undo puts text and coding back.
    window.act_undo.trigger()
    info = project_info(window.project, with_text=True)
    assert info["documents"][0]["text"] == TEXT
    assert [c["text"] for c in info["codings"]] == ["kommunen er presa"]
    assert view.text == info["documents"][0]["text"]
    window.act_edit_text.setChecked(False)
    assert view.isReadOnly() and not window.edit_banner.isVisible()


def test_deleting_a_coded_passage_warns_and_undo_brings_it_back(window, qtbot, tmp_path):
    view = _project_with_text(window, qtbot, tmp_path)
    select_text(view, "Jeg heter Kari")
    window.code_in_vivo()
    window.act_edit_text.setChecked(True)
    select_text(view, "Jeg heter Kari 😀 ")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert project_info(window.project)["codings"] == []
    assert "removed" in window.statusBar().currentMessage()
    window.act_undo.trigger()
    assert [c["text"] for c in project_info(window.project)["codings"]] == ["Jeg heter Kari"]


def test_find_and_replace_previews_then_replaces_everywhere_undoably(window, qtbot, tmp_path):
    view = _project_with_text(window, qtbot, tmp_path)
    select_text(view, "Jeg heter Kari")
    window.code_in_vivo()
    dialog = FindReplaceDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.replace_requested.connect(window.replace_in_documents)
    qtbot.keyClicks(dialog.find_edit, "Kari")
    qtbot.keyClicks(dialog.replace_edit, "Informant C")
    assert dialog.hits_list.count() == 3
    assert "3 occurrences in 1 document" == dialog.summary.text()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    info = project_info(window.project, with_text=True)
    assert "Kari" not in info["documents"][0]["text"]
    assert [c["text"] for c in info["codings"]] == ["Jeg heter Informant C"]
    assert [c["name"] for c in info["codes"]] == ["Jeg heter Informant C"]
    assert dialog.hits_list.count() == 0
    assert "Informant C" in view.text  # the open document shows the new text
    window.act_undo.trigger()
    assert "Kari" in view.text
    assert [c["name"] for c in project_info(window.project)["codes"]] == ["Jeg heter Kari"]


def test_document_properties_change_is_undoable(window, qtbot, tmp_path):
    _project_with_text(window, qtbot, tmp_path)
    from workbench.ui import commands as cmd

    doc_id = window.documents_panel.current_document_id()
    props = get_properties(window.project, doc_id)
    new = props.edited(name="Leder, kommune C", role="interview_guide", attributes=(("Kommune", "Mellomstor"),))
    window.controller.execute(cmd.DocumentPropertiesCommand(window.controller, doc_id, new))
    assert [d.name for d in window.documents_panel.model.records] == ["Leder, kommune C"]
    window.act_undo.trigger()
    assert get_properties(window.project, doc_id) == props
    assert [d.name for d in window.documents_panel.model.records] == ["Informant C"]


def test_background_import_reports_bad_files_and_keeps_good_ones(window, qtbot, tmp_path, sample_files):
    window.new_project(tmp_path / "p.stegvis")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    report = import_and_wait(qtbot, window, [sample_files[0], tmp_path / "empty.txt", tmp_path / "old.doc"])
    assert [d.name for d in report.imported] == ["Informant A"]
    assert len(window.problems) == 1
    assert "empty.txt" in window.problems[0] and "old.doc" in window.problems[0]
    assert [d.name for d in window.documents_panel.model.records] == ["Informant A"]
    window.act_undo.trigger()  # the whole import is one step
    assert document_service.list_documents(window.project) == []


def test_cancelling_an_import_keeps_what_was_imported(window, qtbot, tmp_path, sample_files):
    window.new_project(tmp_path / "p.stegvis")
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        window.import_files(sample_files)
        window.background_import.cancel()
    report = blocker.args[0]
    assert report.cancelled
    assert len(report.imported) < len(sample_files)
    assert len(document_service.list_documents(window.project)) == len(report.imported)
