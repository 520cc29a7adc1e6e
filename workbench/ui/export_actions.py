"""File -> Export in the main window: options, progress with Cancel on a
worker thread, a clear message on failure, and the file opened when done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

if TYPE_CHECKING:  # loaded when first used
    from workbench.ui.background import BackgroundTask


class ExportActions:
    """Mixed into MainWindow: exports for the thesis."""

    def export_dialog(self, kind: str) -> None:
        if self.project is None:
            return
        stem = self.tr("Codebook") if kind == "codebook" else self.tr("Quotes")
        suggested = self.project.path.with_name(f"{self.project.path.stem} – {stem}.docx")
        from workbench.ui.export_dialog import ExportDialog
        dialog = ExportDialog(kind, suggested, self.language(), self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        self.export(kind, Path(dialog.path.text()), dialog.options(), dialog.open_after.isChecked())

    def export(self, kind: str, path: Path, options: dict, open_after: bool = False) -> BackgroundTask:
        """Export in the background; ``export_finished(path or None)`` tells the end."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        # Word and spreadsheet libraries load only when the student exports.
        from workbench.exporters import ExportCancelled, ExportError, export_codebook_file, export_quotes

        project = self.project

        def job(progress):
            if kind == "codebook":
                return export_codebook_file(project, path, progress=progress, **options)
            return export_quotes(project, path, progress=progress, **options)

        from PySide6.QtWidgets import QProgressDialog  # (dialog classes load when a dialog opens)

        dialog = QProgressDialog(self.tr("Exporting %s…") % path.name, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        from workbench.ui.background import BackgroundTask
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

    # --- exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA) ---------------------
    def export_refi_dialog(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.project is None:
            return
        suffix = f".{kind}"
        suggested = str(self.project.path.with_suffix(suffix))
        title = self.tr("Export the Project for Other Programs") if kind == "qdpx" else \
            self.tr("Export the Codebook for Other Programs")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, f"REFI-QDA (*{suffix})")
        if path:
            self.export_refi(kind, Path(path))

    def export_refi(self, kind: str, path: Path) -> Path | None:
        from workbench.exporters import ExportError
        from workbench.interop import RefiError, export_qdc, export_qdpx

        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            report = (export_qdpx if kind == "qdpx" else export_qdc)(self.project, path)
        except (ExportError, RefiError) as exc:
            self.show_problem(self.tr("The export failed: %s") % exc)
            return None
        lines = [self.tr("Wrote %s.") % path.name] + [self.tr("Not exported: %s") % s for s in report.skipped]
        self.show_summary(self.tr("Export"), lines)
        return path

    def import_qdpx_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        source, _ = QFileDialog.getOpenFileName(self, self.tr("Open a Project from Another Program"),
                                                str(Path.home()), "REFI-QDA (*.qdpx)")
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Stegvis Project As"),
                                                str(Path(source).with_suffix(".stegvis")),
                                                self.tr("Stegvis projects (*.stegvis)"))
        if target:
            self.import_qdpx(Path(source), Path(target))

    def import_qdpx(self, source: Path, target: Path) -> bool:
        """A new project from another program's .qdpx; then it opens, with a summary."""
        from workbench.interop import RefiError, new_project_from_qdpx

        try:
            project, report = new_project_from_qdpx(source, target)
        except RefiError as exc:
            self.show_problem(self.tr("Cannot import %1: %2").replace("%1", exc.path.name).replace("%2", exc.problem))
            return False
        path = project.path
        project.close()
        if not self.open_project(path):
            return False
        self.show_summary(self.tr("Import"), report.lines)
        return True

    def import_qdc_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        source, _ = QFileDialog.getOpenFileName(self, self.tr("Import a Codebook"), str(Path.home()),
                                                "REFI-QDA (*.qdc)")
        if source:
            self.import_qdc(Path(source))

    def import_qdc(self, source: Path) -> bool:
        """Merge another program's codebook; a version is saved first, as the way back."""
        from workbench.interop import RefiError, import_qdc
        from workbench.services.records import Changes

        if self.project is None or self.controller.read_only_reason:
            return False
        self.save_version(self.tr("Before importing %1 (%2)").replace("%1", source.name)
                          .replace("%2", datetime.now().strftime("%Y-%m-%d %H.%M.%S")))
        try:
            report = import_qdc(self.project, source)
        except RefiError as exc:
            self.show_problem(self.tr("Cannot import %1: %2").replace("%1", exc.path.name).replace("%2", exc.problem))
            return False
        self.controller.log("do", self.tr("Imported the codebook %s") % source.name)
        self.refresh(Changes(codes=True, documents=True, codings_in=frozenset({-1})))
        self.show_summary(self.tr("Import"), report.lines + [
            self.tr("The project as it was before is kept as a version (File → Versions).")])
        return True

    def show_summary(self, title: str, lines: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(lines[0] if lines else "", 8000)
        QMessageBox.information(self, title, "\n".join(lines))
