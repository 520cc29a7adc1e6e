"""Undoable commands: one per user action, each calling services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workbench.services import codes as code_service
from workbench.services import coding as coding_service
from workbench.services import documents as document_service
from workbench.services.records import Changes, CodeSnapshot, CodingRecord, DocumentSnapshot
from workbench.ui.controller import ProjectCommand, ProjectController

#: Commands with this id may merge: a rename right after an in-vivo code
#: becomes part of it, so one undo takes back the code and its name.
MERGE_ID = 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _codings(*document_ids: int) -> Changes:
    return Changes(codes=True, documents=True, codings_in=frozenset(document_ids))


class CodeInVivoCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, document_id: int, start: int, end: int) -> None:
        super().__init__(controller, tr("Code in vivo"))
        self.document_id, self.start, self.end = document_id, start, end
        self.result: coding_service.InVivoResult | None = None
        self.snapshot: CodeSnapshot | None = None
        self.coding: CodingRecord | None = None

    @property
    def code_id(self) -> int:
        assert self.result is not None
        return self.result.code.id

    def do(self) -> Changes:
        if self.result is None:
            self.result = coding_service.code_in_vivo(self.project, self.document_id, self.start, self.end)
            self.coding = self.result.coding
            self.setText(tr("Code in vivo “%s”") % short(self.result.code.name))
        elif self.snapshot is not None:
            code_service.restore_code(self.project, self.snapshot)
        elif self.coding is not None:
            coding_service.restore_coding(self.project, self.coding)
        return _codings(self.document_id)

    def undo_action(self) -> Changes:
        assert self.result is not None
        if self.result.created_code:
            self.snapshot = code_service.delete_code(self.project, self.result.code.id)
        elif self.coding is not None:
            coding_service.remove_coding(self.project, self.coding.id)
        return _codings(self.document_id)

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other) -> bool:
        if (
            isinstance(other, RenameCodeCommand)
            and self.result is not None
            and self.result.created_code
            and other.code_id == self.result.code.id
        ):
            self.setText(tr("Code in vivo “%s”") % short(other.new_name))
            return True
        return False


class ApplyCodeCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, code_id: int, code_name: str,
                 document_id: int, start: int, end: int) -> None:
        super().__init__(controller, tr("Code with “%s”") % short(code_name))
        self.code_id, self.document_id, self.start, self.end = code_id, document_id, start, end
        self.coding: CodingRecord | None = None
        self._done = False

    def do(self) -> Changes:
        if not self._done:
            self._done = True
            self.coding = coding_service.apply_code(
                self.project, self.code_id, self.document_id, self.start, self.end
            )
            if self.coding is None:
                self.setObsolete(True)  # already coded: nothing to undo
        elif self.coding is not None:
            coding_service.restore_coding(self.project, self.coding)
        return _codings(self.document_id)

    def undo_action(self) -> Changes:
        if self.coding is not None:
            coding_service.remove_coding(self.project, self.coding.id)
        return _codings(self.document_id)


class RemoveCodingCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, coding_id: int, code_name: str) -> None:
        super().__init__(controller, tr("Remove coding “%s”") % short(code_name))
        self.coding_id = coding_id
        self.record: CodingRecord | None = None

    def do(self) -> Changes:
        self.record = coding_service.remove_coding(self.project, self.coding_id)
        return _codings(self.record.document_id)

    def undo_action(self) -> Changes:
        assert self.record is not None
        coding_service.restore_coding(self.project, self.record)
        return _codings(self.record.document_id)


class NewCodeCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, name: str) -> None:
        super().__init__(controller, tr("New code “%s”") % short(name))
        self.name = name
        self.code_id: int | None = None
        self.snapshot: CodeSnapshot | None = None

    def do(self) -> Changes:
        if self.snapshot is None:
            self.code_id = code_service.create_code(self.project, self.name).id
        else:
            code_service.restore_code(self.project, self.snapshot)
        return Changes(codes=True)

    def undo_action(self) -> Changes:
        assert self.code_id is not None
        self.snapshot = code_service.delete_code(self.project, self.code_id)
        return Changes(codes=True)


class RenameCodeCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, code_id: int, new_name: str) -> None:
        super().__init__(controller, tr("Rename code to “%s”") % short(new_name))
        self.code_id, self.new_name = code_id, new_name
        self.old_name: str | None = None

    def do(self) -> Changes:
        self.old_name = code_service.rename_code(self.project, self.code_id, self.new_name)
        return Changes(codes=True)

    def undo_action(self) -> Changes:
        assert self.old_name is not None
        code_service.rename_code(self.project, self.code_id, self.old_name)
        return Changes(codes=True)

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other) -> bool:
        return False


class DeleteCodeCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, code_id: int, code_name: str) -> None:
        super().__init__(controller, tr("Delete code “%s”") % short(code_name))
        self.code_id = code_id
        self.snapshot: CodeSnapshot | None = None

    def _documents(self) -> frozenset[int]:
        assert self.snapshot is not None
        return frozenset(c.document_id for c in self.snapshot.codings)

    def do(self) -> Changes:
        self.snapshot = code_service.delete_code(self.project, self.code_id)
        return Changes(codes=True, documents=True, codings_in=self._documents())

    def undo_action(self) -> Changes:
        assert self.snapshot is not None
        code_service.restore_code(self.project, self.snapshot)
        return Changes(codes=True, documents=True, codings_in=self._documents())


class ImportDocumentsCommand(ProjectCommand):
    """Import files; undo removes the imported documents, redo puts them back."""

    def __init__(self, controller: ProjectController, paths: list[Path]) -> None:
        super().__init__(controller, tr("Import documents"))
        self.paths = paths
        self.report: document_service.ImportReport | None = None
        self.snapshots: list[DocumentSnapshot] = []

    def do(self) -> Changes:
        if self.report is None:
            self.report = document_service.import_files(self.project, self.paths)
            n = len(self.report.imported)
            if n == 0:
                self.setObsolete(True)
            self.setText(tr("Import %n document(s)").replace("%n", str(n)))
        else:
            document_service.restore_documents(self.project, self.snapshots)
        return Changes(documents=True)

    def undo_action(self) -> Changes:
        assert self.report is not None
        self.snapshots = document_service.remove_documents(self.project, [d.id for d in self.report.imported])
        return Changes(documents=True, codes=True, codings_in=frozenset(s.id for s in self.snapshots))


class RemoveDocumentCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, document_id: int, name: str) -> None:
        super().__init__(controller, tr("Remove document “%s”") % short(name))
        self.document_id = document_id
        self.snapshots: list[DocumentSnapshot] = []

    def do(self) -> Changes:
        self.snapshots = document_service.remove_documents(self.project, [self.document_id])
        return Changes(documents=True, codes=True, codings_in=frozenset({self.document_id}))

    def undo_action(self) -> Changes:
        document_service.restore_documents(self.project, self.snapshots)
        return Changes(documents=True, codes=True, codings_in=frozenset({self.document_id}))
