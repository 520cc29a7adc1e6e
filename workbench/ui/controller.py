"""The open project as the UI sees it: the undo stack and change signals.

Views never change the project themselves. They ask for a command; the
controller runs it once (so a refused action never reaches the undo stack),
then pushes it, and every do, undo and redo announces what changed so the
views refresh just that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sqlalchemy.exc import SQLAlchemyError

from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import Changes
from workbench.storage.models import utcnow

#: How long change-log entries wait, to be written together after the change.
LOG_DELAY_MS = 1000
#: A write that fails below the services (disk full, file removed, read-only).
WRITE_FAILURES = (SQLAlchemyError, OSError)


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


class ProjectController(QObject):
    #: What a do, undo or redo changed (a services.records.Changes).
    changed = Signal(object)
    #: Another project (or none) was opened.
    project_changed = Signal()
    #: A user-facing message about an action that could not be carried out.
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.undo_stack = QUndoStack(self)
        #: Set for a copy opened to read (a saved version): nothing may change.
        self.read_only_reason = ""
        self._pending_log: list = []
        self._log_timer = QTimer(self)
        self._log_timer.setSingleShot(True)
        self._log_timer.setInterval(LOG_DELAY_MS)
        self._log_timer.timeout.connect(self.flush_log)

    def set_project(self, project: Project | None) -> None:
        self.flush_log()
        self.undo_stack.clear()
        if self.project is not None:
            self.project.close()
        self.project = project
        self.project_changed.emit()

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def execute(self, command: ProjectCommand) -> bool:
        """Run ``command``; on success put it on the undo stack. Returns success."""
        if self.project is None:
            return False
        if self.read_only_reason:
            self.failed.emit(self.read_only_reason)
            return False
        try:
            changes = command.do()
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return False
        except WRITE_FAILURES as exc:
            # The transaction was rolled back: the file is as before this command.
            self.failed.emit(self.tr("The change could not be saved (%s). Nothing was changed; check that the "
                                     "disk has room and the project file is still there.") % _reason(exc))
            return False
        self.notify(changes)
        command.skip_next_redo = True
        self.log("do", command.text())
        self.undo_stack.push(command)
        return True

    def log(self, action: str, text: str) -> None:
        """The change log: every change, kept in the project (unlike undo).

        Entries are written a moment later, together, so that logging never
        slows down the change itself; closing the project writes what is left."""
        if self.project is not None and text:
            self._pending_log.append((utcnow(), action, text))
            self._log_timer.start()

    def flush_log(self) -> None:
        from workbench.services.versions import log_changes

        self._log_timer.stop()
        if self.project is not None and self._pending_log and not self.project.read_only:
            entries, self._pending_log = self._pending_log, []
            log_changes(self.project, entries)


class ProjectCommand(QUndoCommand):
    """An undoable user action; ``do``/``undo_action`` call services and
    return the Changes they made."""

    def __init__(self, controller: ProjectController, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.skip_next_redo = False

    @property
    def project(self) -> Project:
        assert self.controller.project is not None
        return self.controller.project

    def do(self) -> Changes:
        raise NotImplementedError

    def undo_action(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        if self.skip_next_redo:  # already done by ProjectController.execute
            self.skip_next_redo = False
            return
        self._run(self.do, "redo")

    def undo(self) -> None:
        self._run(self.undo_action, "undo")

    def _run(self, step, action: str) -> None:
        try:
            changes = step()
        except (ServiceError, *WRITE_FAILURES) as exc:
            # The failed step was rolled back, but the undo stack has moved on:
            # clear it, so that it never disagrees with the file.
            controller = self.controller
            QTimer.singleShot(0, controller.undo_stack.clear)
            controller.failed.emit(
                QCoreApplication.translate("ProjectController", "“%1” could not be saved (%2). Undo history was "
                                           "cleared; the project is as it was before.")
                .replace("%1", self.text()).replace("%2", _reason(exc)))
            controller.notify(Changes(documents=True, codes=True, codings_in=frozenset({-1}),
                                      texts=frozenset({-1}), notes=True, tests=True))
            return
        self.controller.notify(changes)
        self.controller.log(action, self.text())
