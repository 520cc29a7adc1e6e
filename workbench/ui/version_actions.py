"""Versions and the change log in the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tempfile
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLocale

from workbench.services.errors import ServiceError
from workbench.services.records import Changes
from workbench.ui.lazy import project_service, versions

if TYPE_CHECKING:  # loaded when first used
    from PySide6.QtWidgets import QDialog

    from workbench.ui.versions_dialog import VersionsDialog


class VersionActions:
    """Mixed into MainWindow: named versions, comparing, restoring, the change log."""

    def save_version_dialog(self) -> None:
        if self.project is None:
            return
        from PySide6.QtWidgets import QDialog  # (dialog classes load when a dialog opens)

        from workbench.ui.versions_dialog import SaveVersionDialog
        dialog = SaveVersionDialog(QLocale().toString(datetime.now(), QLocale.FormatType.ShortFormat), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_version(dialog.label.text(), dialog.note.toPlainText())

    def save_version(self, label: str, note: str = "") -> bool:
        if self.controller.read_only_reason:
            self.show_problem(self.controller.read_only_reason)
            return False
        try:
            info = versions.save_version(self.project, label, note)
        except ServiceError as exc:
            self.show_problem(str(exc))
            return False
        self.controller.log("version", self.tr("Saved version “%s”") % info.label)
        self.statusBar().showMessage(self.tr("Saved version “%s”.") % info.label, 6000)
        return True

    def versions_dialog(self) -> VersionsDialog | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if self.project is None:
            return None
        from workbench.ui.versions_dialog import VersionsDialog
        dialog = VersionsDialog(self)
        dialog.set_versions(versions.list_versions(self.project))

        def compare(first: str, second) -> None:
            try:
                dialog.show_changes(versions.diff_versions(self.project, first, second), self.language())
            except ServiceError as exc:
                self.show_problem(str(exc))

        def restore(label: str) -> None:
            if self.restore_version(label, ask=True):
                dialog.set_versions(versions.list_versions(self.project))

        def delete(label: str) -> None:
            answer = QMessageBox.question(self, self.tr("Delete Version"),
                                          self.tr("Delete the version “%s”? This cannot be undone.") % label)
            if answer == QMessageBox.StandardButton.Yes:
                versions.delete_version(self.project, label)
                dialog.set_versions(versions.list_versions(self.project))

        def notes(label: str, to) -> None:
            suggested = str(self.project.path.with_name(f"{self.project.path.stem} – {label}.docx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Revision Notes"), suggested, "Word (*.docx)")
            if path:
                self.write_revision_notes(label, to, Path(path))

        dialog.compare_requested.connect(compare)
        dialog.open_requested.connect(self.open_version_to_read)
        dialog.restore_requested.connect(restore)
        dialog.delete_requested.connect(delete)
        dialog.notes_requested.connect(notes)
        dialog.show()
        return dialog

    def write_revision_notes(self, label: str, to, path: Path) -> Path | None:
        from workbench.exporters import ExportError
        from workbench.exporters.word_revisions import export_revision_notes

        try:
            changes = versions.diff_versions(self.project, label, to)
            return export_revision_notes(changes, path, label, to, self.language())
        except (ServiceError, ExportError) as exc:
            self.show_problem(str(exc))
            return None

    def restore_version(self, label: str, ask: bool = True) -> bool:
        """Restore a version; the state now is saved as a version first."""
        from PySide6.QtWidgets import QMessageBox

        if self.controller.read_only_reason:
            self.show_problem(self.controller.read_only_reason)
            return False
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Restore Version"),
                self.tr("Restore “%s”? The project as it is now is saved as a version first, so you can go "
                        "back to it.") % label)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        stamp = QLocale().toString(datetime.now(), "yyyy-MM-dd HH.mm.ss")
        try:
            kept = versions.restore_version(self.project, label, self.tr("Before restoring %1, %2")
                                            .replace("%1", label).replace("%2", stamp))
        except ServiceError as exc:
            self.show_problem(str(exc))
            return False
        self.controller.log("restore", self.tr("Restored version “%s”") % label)
        self.controller.undo_stack.clear()  # the versions are the way back now
        self.codes_panel.reset_view_state()
        self.refresh(Changes(documents=True, codes=True, codings_in=frozenset({-1}), texts=frozenset({-1}),
                             tests=True, notes=True))
        docs = self.documents_panel.model.records
        self.show_document(docs[0].id if docs else -1)
        self.statusBar().showMessage(self.tr("Restored “%1”; the state before is kept as “%2”.")
                                     .replace("%1", label).replace("%2", kept.label), 10000)
        return True

    def open_version_to_read(self, label: str):
        """A copy of a version in a window of its own, where nothing can change."""
        from workbench.ui.main_window import MainWindow

        try:
            data, texts = versions.load_version(self.project, label)
        except ServiceError as exc:
            self.show_problem(str(exc))
            return None
        folder = Path(tempfile.mkdtemp(prefix="stegvis-version-"))
        safe = "".join(c for c in label if c.isalnum() or c in " -_.")
        path = folder / f"{self.project.path.stem} – {safe}.stegvis"
        with project_service.Project.create(path) as copy:
            versions.write_snapshot(copy, data, texts)
        window = MainWindow()
        window.open_project(path, remember=False, read_only=True)
        window.set_read_only(self.tr("This window shows the version “%s” to read; it cannot be changed.") % label)
        window.setWindowTitle(self.tr("Version “%1” (to read) — %2").replace("%1", label)
                              .replace("%2", self.project.path.name))
        window.show()
        self._readers = [w for w in getattr(self, "_readers", []) if w.isVisible()] + [window]
        return window

    def change_log_dialog(self) -> QDialog | None:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout

        if self.project is None:
            return None
        self.controller.flush_log()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Change Log"))
        search = QLineEdit(dialog)
        search.setPlaceholderText(self.tr("Filter the changes…"))
        search.setClearButtonEnabled(True)
        search.setAccessibleName(self.tr("Filter the changes"))
        tree = QTreeWidget(dialog)
        tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Change")])
        tree.setRootIsDecorated(False)
        words = {"do": self.tr("Done"), "undo": self.tr("Undone"), "redo": self.tr("Redone"),
                 "version": self.tr("Version"), "restore": self.tr("Restored")}
        locale = QLocale()

        def fill() -> None:
            tree.clear()
            for at, action, text in versions.change_log(self.project, search.text().strip()):
                local = at.replace(tzinfo=timezone.utc).astimezone()
                tree.addTopLevelItem(QTreeWidgetItem([locale.toString(local.replace(tzinfo=None),
                                                                      QLocale.FormatType.ShortFormat),
                                                      words.get(action, action), text]))
            for col in range(2):
                tree.resizeColumnToContents(col)

        search.textChanged.connect(lambda _t: fill())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(search)
        layout.addWidget(tree)
        layout.addWidget(buttons)
        dialog.resize(760, 520)
        dialog.tree = tree
        dialog.search = search
        fill()
        dialog.show()
        return dialog
