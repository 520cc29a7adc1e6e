"""End to end: what a student does on the first day of coding, and the next."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import import_and_wait, select_text
from workbench.services.report import project_info

PHRASE = "Ansatte må få hjelp til å ta de første skrittene ved innføring av ny løsning"


def _open_document(window, name: str) -> None:
    model = window.documents_panel.model
    doc = next(d for d in model.records if d.name == name)
    window.documents_panel.select_document(doc.id)
    assert window.document_view.document_id == doc.id


def _answer_picker(qtbot, text: str) -> None:
    """When the code picker opens, type ``text`` and press Enter."""

    def answer():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "the code picker did not open"
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_code_a_transcript_close_and_reopen(window, qtbot, tmp_path, sample_files):
    path = tmp_path / "Masteroppgave.stegvis"
    assert window.new_project(path)
    import_and_wait(qtbot, window, sample_files)
    assert [d.name for d in window.documents_panel.model.records] == [f"Informant {c}" for c in "ABCDEF"]

    # Read Informant C, highlight the phrase, press one key.
    _open_document(window, "Informant C")
    view = window.document_view
    select_text(view, PHRASE)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    # The code exists, named after the passage, with its name open for editing.
    codes = list(window.codes.values())
    assert [c.name for c in codes] == [PHRASE]
    qtbot.waitUntil(lambda: window.codes_panel.view.state() == window.codes_panel.view.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == PHRASE
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # keep the proposed name
    info = project_info(window.project)
    assert info["codings"] == [
        {"code": PHRASE, "document": "Informant C", "start": info["codings"][0]["start"],
         "end": info["codings"][0]["start"] + len(PHRASE), "text": PHRASE}
    ]
    # The passage is painted in the code's colour.
    assert view.codings and view.codings[0].code_id == codes[0].id

    # A second passage with a new in-vivo code, renamed on the spot.
    select_text(view, "Det handler om teknologifrykt")
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Teknologifrykt")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Teknologifrykt" in {c.name for c in window.codes.values()})
    names = sorted(c.name for c in window.codes.values())
    assert names == sorted([PHRASE, "Teknologifrykt"])

    # Code another passage, in another document, with an existing code (type-ahead picker).
    _open_document(window, "Informant A")
    select_text(view, "lav digital modenhet")
    _answer_picker(qtbot, "teknologi")
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    info = project_info(window.project)
    by_doc = {(c["document"], c["code"], c["text"]) for c in info["codings"]}
    assert ("Informant A", "Teknologifrykt", "lav digital modenhet") in by_doc
    assert len(info["codings"]) == 3

    # Undo takes back that coding; the rename and the in-vivo code are one step each.
    stack = window.controller.undo_stack
    window.act_undo.trigger()
    assert len(project_info(window.project)["codings"]) == 2
    window.act_undo.trigger()  # the second in-vivo code together with its new name
    assert [c["name"] for c in project_info(window.project)["codes"]] == [PHRASE]
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert stack.index() == stack.count()
    after_redo = project_info(window.project)
    assert sorted(c["name"] for c in after_redo["codes"]) == names
    assert len(after_redo["codings"]) == 3

    # Close the app; reopen the project the next day: everything where it was.
    window.close()
    from workbench.ui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(path)
    assert project_info(again.project) == after_redo
    # ... and the window returns to the document the student was reading.
    assert again.document_view.document_id is not None
    shown = next(d for d in again.documents_panel.model.records if d.id == again.document_view.document_id)
    assert shown.name == "Informant A"
    assert {c.code_id for c in again.document_view.codings}
    again.close()
