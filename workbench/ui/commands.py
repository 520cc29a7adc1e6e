"""Undoable commands: one per user action, each calling services."""

from __future__ import annotations

from pathlib import Path
from time import monotonic

from PySide6.QtCore import QCoreApplication

from workbench.domain.edits import TextEdit
from workbench.services.records import Changes, CodeSnapshot, CodingRecord, DocumentSnapshot
from workbench.ui.controller import ProjectCommand, ProjectController
from workbench.ui.lazy import (
    code_service,
    coding_service,
    document_properties,
    document_service,
    memos,
    merge_split,
    retrieval,
    sdi_tests,
    structure,
    text_editing,
)


#: Commands with this id may merge: a rename right after an in-vivo code
#: becomes part of it, so one undo takes back the code and its name.
MERGE_ID = 1


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QObject.tr for the commands: ``n`` fills ``%Ln`` (or ``%n``) and picks the plural form.
    lupdate files these strings under the empty context (no class holds them),
    so they are asked for there."""
    return QCoreApplication.translate("", text, disambiguation, n)


def short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _codings(*document_ids: int, code_id: int | None = None) -> Changes:
    """A coding added or removed: its documents' coding counts are refreshed,
    and with its code known only that code's counts; without, the whole code
    system."""
    documents = frozenset(document_ids)
    if code_id is not None:
        return Changes(codings_in=documents, code_counts=frozenset({code_id}), document_counts=documents)
    return Changes(codes=True, codings_in=documents, document_counts=documents)


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
        return _codings(self.document_id, code_id=self.code_id)

    def undo_action(self) -> Changes:
        if self.coding is not None:
            coding_service.remove_coding(self.project, self.coding.id)
        return _codings(self.document_id, code_id=self.code_id)


class RemoveCodingCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, coding_id: int, code_name: str) -> None:
        super().__init__(controller, tr("Remove coding “%s”") % short(code_name))
        self.coding_id = coding_id
        self.record: CodingRecord | None = None

    def do(self) -> Changes:
        self.record = coding_service.remove_coding(self.project, self.coding_id)
        return _codings(self.record.document_id, code_id=self.record.code_id)

    def undo_action(self) -> Changes:
        assert self.record is not None
        coding_service.restore_coding(self.project, self.record)
        return _codings(self.record.document_id, code_id=self.record.code_id)


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
    """Import files; undo removes the imported documents, redo puts them back.

    Given a ``report``, the import already happened (in the background) and
    the command only makes it undoable."""

    def __init__(self, controller: ProjectController, paths: list[Path],
                 report: document_service.ImportReport | None = None) -> None:
        super().__init__(controller, tr("Import documents"))
        self.paths = paths
        self.report = report
        self.snapshots: list[DocumentSnapshot] = []
        self._first = True

    def do(self) -> Changes:
        if self._first:
            self._first = False
            if self.report is None:
                self.report = document_service.import_files(self.project, self.paths)
            n = len(self.report.imported)
            if n == 0:
                self.setObsolete(True)
            self.setText(tr("Import %Ln document(s)", None, n))
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


class EditTextCommand(ProjectCommand):
    """Typing in a document's text. Edits typed in one go merge into one step."""

    MERGE_SECONDS = 2.0

    def __init__(self, controller: ProjectController, document_id: int, edits: list[TextEdit]) -> None:
        super().__init__(controller, tr("Edit text"))
        self.document_id = document_id
        self.edits = edits
        self.outcome: text_editing.EditOutcome | None = None
        self.before: text_editing.TextState | None = None
        self.after: text_editing.TextState | None = None
        self.stamp = monotonic()

    def _changes(self, codes: bool) -> Changes:
        docs = frozenset({self.document_id})
        return Changes(documents=True, codes=codes, codings_in=docs, texts=docs)

    def do(self) -> Changes:
        if self.after is None:
            self.outcome = text_editing.edit_text(self.project, self.document_id, self.edits)
            self.before, self.after = self.outcome.before, self.outcome.after
            # Passage counts change only when a coding lost all its text.
            return self._changes(codes=bool(self.outcome.removed))
        text_editing.restore_text(self.project, [self.after])
        return self._changes(codes=True)

    def undo_action(self) -> Changes:
        assert self.before is not None
        text_editing.restore_text(self.project, [self.before])
        return self._changes(codes=True)

    def id(self) -> int:
        return MERGE_ID + 1

    def mergeWith(self, other) -> bool:
        if (
            isinstance(other, EditTextCommand)
            and other.document_id == self.document_id
            and other.stamp - self.stamp < self.MERGE_SECONDS
            and not (other.outcome and other.outcome.removed)
        ):
            self.after = other.after
            self.stamp = other.stamp
            return True
        return False


class ReplaceTextCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, needle: str, replacement: str, case_sensitive: bool,
                 whole_words: bool, in_code_names: bool) -> None:
        super().__init__(controller, tr("Replace “%1” with “%2”").replace("%1", short(needle, 20))
                         .replace("%2", short(replacement, 20)))
        self.args = (needle, replacement, case_sensitive, whole_words, in_code_names)
        self.outcome: text_editing.ReplaceOutcome | None = None

    def _changes(self) -> Changes:
        assert self.outcome is not None
        docs = frozenset(o.before.document_id for o in self.outcome.documents)
        return Changes(documents=True, codes=True, codings_in=docs, texts=docs)

    def do(self) -> Changes:
        if self.outcome is None:
            needle, replacement, case, whole, codes = self.args
            self.outcome = text_editing.replace_text(self.project, needle, replacement, case, whole, codes)
        else:
            text_editing.redo_replace(self.project, self.outcome)
        return self._changes()

    def undo_action(self) -> Changes:
        assert self.outcome is not None
        text_editing.undo_replace(self.project, self.outcome)
        return self._changes()


class DocumentPropertiesCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, document_id: int,
                 props: document_properties.DocumentProperties) -> None:
        super().__init__(controller, tr("Change properties of “%s”") % short(props.name))
        self.document_id = document_id
        self.props = props
        self.before: document_properties.DocumentProperties | None = None

    def do(self) -> Changes:
        self.before = document_properties.set_properties(self.project, self.document_id, self.props)
        return Changes(documents=True)

    def undo_action(self) -> Changes:
        assert self.before is not None
        document_properties.set_properties(self.project, self.document_id, self.before)
        return Changes(documents=True)


class StructureCommand(ProjectCommand):
    """Any change to themes, groups and where codes sit: undone and redone by
    snapshots of the whole structure, so one gesture (a multi-item drag) is one step."""

    def __init__(self, controller: ProjectController, text: str, action) -> None:
        super().__init__(controller, text)
        self.action = action
        self.result = None
        self.before: structure.StructureState | None = None
        self.after: structure.StructureState | None = None

    def do(self) -> Changes:
        if self.after is None:
            self.before = structure.structure_state(self.project)
            self.result = self.action(self.project)
            self.after = structure.structure_state(self.project)
        else:
            structure.restore_structure(self.project, self.after)
        return Changes(codes=True)

    def undo_action(self) -> Changes:
        assert self.before is not None
        structure.restore_structure(self.project, self.before)
        return Changes(codes=True)


class SetAttributeCommand(ProjectCommand):
    """Name, number, colour, description or memo of a code, group or theme.
    Typing in a memo merges into one step per item and field."""

    def __init__(self, controller: ProjectController, kind: str, item_id: int, attribute: str, value,
                 text: str | None = None) -> None:
        super().__init__(controller, text or tr("Change %s") % attribute)
        self.kind, self.item_id, self.attribute, self.value = kind, item_id, attribute, value
        self.before = None
        self._done = False

    def _changes(self) -> Changes:
        # A code's colour repaints its passages in every document.
        touches_text = self.kind == "code" and self.attribute == "colour"
        return Changes(codes=True, codings_in=frozenset({-1}) if touches_text else frozenset())

    def do(self) -> Changes:
        before = structure.set_attribute(self.project, self.kind, self.item_id, self.attribute, self.value)
        if not self._done:
            self.before, self._done = before, True
        return self._changes()

    def undo_action(self) -> Changes:
        structure.set_attribute(self.project, self.kind, self.item_id, self.attribute, self.before)
        return self._changes()

    def id(self) -> int:
        return MERGE_ID + 2

    def mergeWith(self, other) -> bool:
        if (
            isinstance(other, SetAttributeCommand)
            and (other.kind, other.item_id, other.attribute) == (self.kind, self.item_id, self.attribute)
            and self.attribute in ("memo", "description")
        ):
            self.value = other.value
            return True
        return False


class MergeCodesCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, source_ids: list[int], target_id: int, target_name: str) -> None:
        super().__init__(controller, tr("Merge %Ln code(s) into “%s”", None, len(source_ids))
                         % short(target_name))
        self.source_ids, self.target_id = source_ids, target_id
        self.outcome: merge_split.MergeOutcome | None = None

    def _changes(self) -> Changes:
        return Changes(codes=True, documents=True, codings_in=frozenset({-1}))

    def do(self) -> Changes:
        if self.outcome is None:
            self.outcome = merge_split.merge_codes(self.project, self.source_ids, self.target_id)
        else:
            merge_split.remerge(self.project, self.outcome)
        return self._changes()

    def undo_action(self) -> Changes:
        assert self.outcome is not None
        merge_split.unmerge(self.project, self.outcome)
        return self._changes()


class SplitCodeCommand(ProjectCommand):
    def __init__(self, controller: ProjectController, code_id: int, coding_ids: list[int], new_name: str) -> None:
        super().__init__(controller, tr("Split “%s”") % short(new_name))
        self.code_id, self.coding_ids, self.new_name = code_id, coding_ids, new_name
        self.outcome: merge_split.SplitOutcome | None = None
        self.snapshot: CodeSnapshot | None = None

    def _changes(self) -> Changes:
        return Changes(codes=True, documents=True, codings_in=frozenset({-1}))

    def do(self) -> Changes:
        if self.outcome is None:
            self.outcome = merge_split.split_code(self.project, self.code_id, self.coding_ids, self.new_name)
        else:
            assert self.snapshot is not None
            code_service.restore_code(self.project, self.snapshot)
            merge_split.reassign_codings(self.project, self.outcome.coding_ids, self.outcome.new_code_id)
        return self._changes()

    def undo_action(self) -> Changes:
        assert self.outcome is not None
        merge_split.reassign_codings(self.project, self.outcome.coding_ids, self.code_id)
        self.snapshot = code_service.delete_code(self.project, self.outcome.new_code_id)
        return self._changes()


class NoteCommand(ProjectCommand):
    """A memo or description; typing in the same note merges into one step."""

    def __init__(self, controller: ProjectController, kind: str, item_id: int | None, field: str, text: str) -> None:
        super().__init__(controller, tr("Edit memo") if field == "memo" else tr("Edit description"))
        self.kind, self.item_id, self.field, self.note_text = kind, item_id, field, text
        self.before: str | None = None

    def do(self) -> Changes:
        before = memos.set_note(self.project, self.kind, self.item_id, self.field, self.note_text)
        if self.before is None:
            self.before = before
        return Changes(notes=True)

    def undo_action(self) -> Changes:
        memos.set_note(self.project, self.kind, self.item_id, self.field, self.before or "")
        return Changes(notes=True)

    def id(self) -> int:
        return MERGE_ID + 3

    def mergeWith(self, other) -> bool:
        if isinstance(other, NoteCommand) and (other.kind, other.item_id, other.field) == (
            self.kind, self.item_id, self.field
        ):
            self.note_text = other.note_text
            return True
        return False


class CodeHitsCommand(ProjectCommand):
    """Search hits coded with one code in one step."""

    def __init__(self, controller: ProjectController, hits: list, code_id: int, code_name: str) -> None:
        super().__init__(controller, tr("Code %Ln search hit(s) with “%s”", None, len(hits))
                         % short(code_name))
        self.hits, self.code_id = hits, code_id
        self.records: list[CodingRecord] = []
        self._done = False

    def _changes(self) -> Changes:
        return Changes(codes=True, documents=True, codings_in=frozenset(h.document_id for h in self.hits))

    def do(self) -> Changes:
        if not self._done:
            self._done = True
            self.records = retrieval.code_hits(self.project, self.hits, self.code_id)
            if not self.records:
                self.setObsolete(True)
        else:
            coding_service.restore_codings(self.project, self.records)
        return self._changes()

    def undo_action(self) -> Changes:
        coding_service.remove_codings(self.project, [r.id for r in self.records])
        return self._changes()


class VerdictCommand(ProjectCommand):
    """A test's answers, verdict and note on a code, group or concept."""

    def __init__(self, controller: ProjectController, test: str, item_id: int, verdict: str | None,
                 answers: dict, note: str, text: str) -> None:
        super().__init__(controller, text)
        self.test, self.item_id, self.verdict, self.answers, self.note = test, item_id, verdict, answers, note
        self.before: sdi_tests.Verdict | None = None
        self._first = True

    def do(self) -> Changes:
        before = sdi_tests.set_verdict(self.project, self.test, self.item_id, self.verdict, self.answers, self.note)
        if self._first:
            self.before, self._first = before, False
        return Changes(tests=True)

    def undo_action(self) -> Changes:
        sdi_tests.restore_verdict(self.project, self.test, self.item_id, self.before)
        return Changes(tests=True)


class ConceptCommand(ProjectCommand):
    """Create, change or delete a concept (SDI step 4)."""

    def __init__(self, controller: ProjectController, text: str, *, concept_id: int | None = None,
                 name: str = "", links: tuple = (), description: str = "", delete: bool = False) -> None:
        super().__init__(controller, text)
        self.concept_id, self.name, self.links, self.description, self.delete = (
            concept_id, name, tuple(links), description, delete)
        self.before: sdi_tests.ConceptInfo | None = None
        self.after: sdi_tests.ConceptInfo | None = None

    def do(self) -> Changes:
        if self.after is not None:  # redo
            if self.delete:
                sdi_tests.delete_concept(self.project, self.after.id)
            else:
                sdi_tests.restore_concept(self.project, self.after)
            return Changes(tests=True)
        if self.delete:
            assert self.concept_id is not None
            self.before = sdi_tests.delete_concept(self.project, self.concept_id)
            self.after = self.before
        elif self.concept_id is None:
            self.concept_id = sdi_tests.create_concept(self.project, self.name, self.links, self.description)
        else:
            self.before = sdi_tests.update_concept(self.project, self.concept_id, self.name, self.links,
                                                   self.description)
        if not self.delete:
            self.after = next(c for c in sdi_tests.list_concepts(self.project) if c.id == self.concept_id)
        return Changes(tests=True)

    def undo_action(self) -> Changes:
        if self.before is not None:
            sdi_tests.restore_concept(self.project, self.before)
        else:
            assert self.concept_id is not None
            sdi_tests.delete_concept(self.project, self.concept_id)
        return Changes(tests=True)


class ProjectSettingCommand(ProjectCommand):
    """A project setting such as the research questions."""

    def __init__(self, controller: ProjectController, key: str, value: str, text: str) -> None:
        super().__init__(controller, text)
        self.key, self.value = key, value
        self.before: str | None = None

    def do(self) -> Changes:
        before = sdi_tests.set_meta(self.project, self.key, self.value)
        if self.before is None:
            self.before = before
        return Changes(tests=True)

    def undo_action(self) -> Changes:
        sdi_tests.set_meta(self.project, self.key, self.before or "")
        return Changes(tests=True)
