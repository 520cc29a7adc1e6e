"""Long work (exporting) on a worker thread, with progress and Cancel, so the
window never freezes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object, object)  # (result, exception)

    def __init__(self, job: Callable[[Callable[[int, int], bool]], object]) -> None:
        super().__init__()
        self.job = job
        self.cancelled = False

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancelled

    @Slot()
    def run(self) -> None:
        try:
            self.done.emit(self.job(self._progress), None)
        except Exception as exc:  # handed to the window, which says what went wrong
            self.done.emit(None, exc)


class BackgroundTask(QObject):
    """Runs ``job(progress)`` on a thread; ``progress(done, total)`` returns
    False once the user cancelled. ``finished(result, exception)`` at the end."""

    progress = Signal(int, int)
    finished = Signal(object, object)

    def __init__(self, job: Callable[[Callable[[int, int], bool]], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = _Worker(job)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(self._done)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancelled = True

    def _done(self, result, exc) -> None:
        self.thread.quit()
        self.thread.wait()
        self.finished.emit(result, exc)
