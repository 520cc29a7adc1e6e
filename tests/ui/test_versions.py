"""Named versions, comparing, reading and restoring them, and the change log."""

from __future__ import annotations

from docx import Document
from PySide6.QtWidgets import QMessageBox

from workbench.services import versions
from workbench.services.report import project_info
from workbench.ui import commands as cmd


def test_save_change_compare_and_restore(window, qtbot, monkeypatch, tmp_path):
    window.open_demo()
    assert window.save_version("Før veiledning", "første runde")
    before = project_info(window.project, with_text=True)
    code = next(iter(window.codes.values()))
    window.rename_code(code.id, "Nytt navn etter veiledning")
    dialog = window.versions_dialog()
    qtbot.addWidget(dialog)
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.buttons["compare"].click()
    assert "Nytt navn etter veiledning" in dialog.changes.toPlainText()
    notes = window.write_revision_notes("Før veiledning", None, tmp_path / "notater.docx")
    assert "Nytt navn etter veiledning" in "\n".join(p.text for p in Document(str(notes)).paragraphs)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.buttons["restore"].click()
    assert project_info(window.project, with_text=True) == before
    labels = [v.label for v in versions.list_versions(window.project)]
    assert labels[0] == "Før veiledning" and labels[1].startswith("Before restoring Før veiledning")
    # The state before the restore is kept: going back is one more restore.
    window.restore_version(labels[1], ask=False)
    assert any(c.name == "Nytt navn etter veiledning" for c in window.codes.values())


def test_a_version_opened_to_read_cannot_change(window, qtbot):
    window.open_demo()
    window.save_version("v1")
    reader = window.open_version_to_read("v1")
    qtbot.addWidget(reader)
    assert len(reader.codes) == 240
    code = next(iter(reader.codes.values()))
    with qtbot.waitSignal(reader.controller.failed) as blocker:
        assert not reader.controller.execute(cmd.RenameCodeCommand(reader.controller, code.id, "x"))
    assert "cannot be changed" in blocker.args[0]
    assert reader.codes[code.id].name == code.name


def test_change_log_keeps_every_change_across_closing(window, qtbot, tmp_path):
    window.open_demo()
    path = window.project.path
    code = next(iter(window.codes.values()))
    window.rename_code(code.id, "Omdøpt kode")
    window.act_undo.trigger()
    window.close_project()
    window.open_project(path)
    dialog = window.change_log_dialog()
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    whats = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
    assert rows[:2] == ["Rename code to “Omdøpt kode”"] * 2 and whats[:2] == ["Undone", "Done"]
    dialog.search.setText("finnes ikke")
    assert dialog.tree.topLevelItemCount() == 0
