"""The open project as the UI sees it: the undo stack and change signals.

Views never change the project themselves. They ask for a command; the
controller runs it once (so a refused action never reaches the undo stack),
then pushes it, and every do, undo and redo announces what changed so the
views refresh just that.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.services.errors import ServiceError
from workbench.services.records import Changes
from workbench.storage import locking

if TYPE_CHECKING:  # the services load after the window shows (ui/lazy.py)
    from workbench.services.project import Project

#: How long change-log entries wait, to be written together after the change.
LOG_DELAY_MS = 1000


def write_failures() -> tuple[type[BaseException], ...]:
    """A write that fails below the services (disk full, file removed,
    read-only): SQLAlchemy's errors and OSError. Called only while an
    exception is being handled, so that naming them does not load SQLAlchemy."""
    from sqlalchemy.exc import SQLAlchemyError

    return (SQLAlchemyError, OSError)


def utcnow() -> datetime:
    """As storage.models.utcnow: UTC, without a time zone, whole seconds."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


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
        self._project: Project | None = None
        #: A project shown from its first look and not yet opened: what opens it.
        self._opening: Callable[[], None] | None = None
        self._opening_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        #: Set for a copy opened to read (a saved version): nothing may change.
        self.read_only_reason = ""
        self._pending_log: list = []
        self._log_timer = QTimer(self)
        self._log_timer.setSingleShot(True)
        self._log_timer.setInterval(LOG_DELAY_MS)
        self._log_timer.timeout.connect(self.flush_log)

    @property
    def project(self) -> Project | None:
        """The open project. A project still being opened (``begin_opening``)
        is opened now: whatever needs the project waits for it."""
        if self._opening is not None:
            self.finish_opening()
        return self._project

    @property
    def has_project(self) -> bool:
        """A project is shown: open, or being opened."""
        return self._project is not None or self._opening is not None

    @property
    def path(self) -> Path | None:
        """The file of the project shown (open or being opened)."""
        if self._opening is not None:
            return self._opening_path
        return self._project.path if self._project is not None else None

    @property
    def opening(self) -> bool:
        return self._opening is not None

    def begin_opening(self, path: Path, opener: Callable[[], None]) -> None:
        """The window shows ``path`` from a first look; ``opener`` opens it
        (calling set_project) when it is first needed or ``finish_opening``
        is called, whichever comes first."""
        self.set_project(None)
        self._opening, self._opening_path = opener, Path(path)

    def finish_opening(self) -> None:
        opener, self._opening = self._opening, None
        if opener is not None:
            opener()

    def set_project(self, project: Project | None) -> None:
        if self._opening is not None:  # shown, never opened: only its lock to let go of
            self._opening = None
            locking.release(self._opening_path)
        self.flush_log()
        self.undo_stack.clear()
        if self._project is not None:
            self._project.close()
        self._project = project
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
        except write_failures() as exc:
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
        if self._project is not None and text:
            self._pending_log.append((utcnow(), action, text))
            self._log_timer.start()

    def flush_log(self) -> None:
        self._log_timer.stop()
        if self._project is not None and self._pending_log and not self._project.read_only:
            from workbench.services.versions import log_changes

            entries, self._pending_log = self._pending_log, []
            log_changes(self._project, entries)


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
        except (ServiceError, *write_failures()) as exc:
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
