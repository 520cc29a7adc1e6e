"""File -> Export in the main window: options, progress with Cancel on a
worker thread, a clear message on failure, and the file opened when done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog

from workbench.ui.background import BackgroundTask
from workbench.ui.export_dialog import ExportDialog


class ExportActions:
    """Mixed into MainWindow: exports for the thesis."""

    def export_dialog(self, kind: str) -> None:
        if self.project is None:
            return
        stem = self.tr("Codebook") if kind == "codebook" else self.tr("Quotes")
        suggested = self.project.path.with_name(f"{self.project.path.stem} – {stem}.docx")
        dialog = ExportDialog(kind, suggested, self.language(), self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        self.export(kind, Path(dialog.path.text()), dialog.options(), dialog.open_after.isChecked())

    def export(self, kind: str, path: Path, options: dict, open_after: bool = False) -> BackgroundTask:
        """Export in the background; ``export_finished(path or None)`` tells the end."""
        # Word and spreadsheet libraries load only when the student exports.
        from workbench.exporters import ExportCancelled, ExportError, export_codebook_file, export_quotes

        project = self.project

        def job(progress):
            if kind == "codebook":
                return export_codebook_file(project, path, progress=progress, **options)
            return export_quotes(project, path, progress=progress, **options)

        dialog = QProgressDialog(self.tr("Exporting %s…") % path.name, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        task = BackgroundTask(job, self)
        task.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        dialog.canceled.connect(task.cancel)

        def finished(result, exc) -> None:
            dialog.close()
            dialog.deleteLater()
            if isinstance(exc, ExportCancelled):
                self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 6000)
            elif isinstance(exc, ExportError):
                self.show_problem(self.tr("The export failed: %s") % exc)
            elif exc is not None:
                self.show_problem(self.tr("The export failed: %s") % exc)
            else:
                self.statusBar().showMessage(self.tr("Exported %s") % result, 8000)
                if open_after:
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))
            self.export_finished.emit(None if exc is not None else result)

        task.finished.connect(finished)
        task.start()
        return task
