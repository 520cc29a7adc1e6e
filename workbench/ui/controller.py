"""The open project as the UI sees it: the undo stack and change signals.

Views never change the project themselves. They ask for a command; the
controller runs it once (so a refused action never reaches the undo stack),
then pushes it, and every do, undo and redo announces what changed so the
views refresh just that.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import Changes


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

    def set_project(self, project: Project | None) -> None:
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
            command.redo()
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return False
        command.skip_next_redo = True
        self.log("do", command.text())
        self.undo_stack.push(command)
        return True

    def log(self, action: str, text: str) -> None:
        """The change log: every change, kept in the project (unlike undo)."""
        from workbench.services.versions import log_change

        if self.project is not None and text:
            log_change(self.project, action, text)


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
        self.controller.notify(self.do())
        self.controller.log("redo", self.text())

    def undo(self) -> None:
        self.controller.notify(self.undo_action())
        self.controller.log("undo", self.text())
