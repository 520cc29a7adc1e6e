"""Importing many transcripts in the background, with progress and Cancel.

Each file is read and stored in its own transaction on a worker thread, so
the window stays live; cancelling stops after the file being read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.ui.lazy import document_service

if TYPE_CHECKING:  # the services load after the window shows (ui/lazy.py)
    from workbench.services.documents import ImportReport
    from workbench.services.project import Project


class ImportWorker(QObject):
    #: (files done, files in all, name of the file being read)
    progress = Signal(int, int, str)
    #: The ImportReport, when every file is done or the import was cancelled.
    finished = Signal(object)

    def __init__(self, project: Project, paths: list[Path]) -> None:
        super().__init__()
        self.project = project
        self.paths = paths
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, path: Path) -> bool:
        self.progress.emit(done, len(self.paths), path.name)
        return not self._cancelled

    @Slot()
    def run(self) -> None:
        try:
            report = document_service.import_files(self.project, self.paths, progress=self._progress)
        except Exception as exc:  # a failure of the project file, not of one transcript
            problem = self.tr("the project could not be written (%1)").replace("%1", str(exc))
            report = document_service.ImportReport(failed=[(Path(self.project.path), problem)])
        self.progress.emit(len(self.paths), len(self.paths), "")
        self.finished.emit(report)


class BackgroundImport(QObject):
    """Owns the thread and the worker for one import."""

    progress = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, project: Project, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = ImportWorker(project, paths)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._done)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def _done(self, report: ImportReport) -> None:
        self.thread.quit()
        self.thread.wait()
        self.finished.emit(report)
