"""Merging codes and splitting a code: passages move between codes, nothing is lost."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update

from workbench.services.codes import add_code, coding_record
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import CodeSnapshot, CodingRecord
from workbench.storage.models import Code, Coding
from workbench.texts import translate


@dataclass(frozen=True)
class MergeOutcome:
    target_id: int
    target_memo_before: str
    sources: tuple[CodeSnapshot, ...]  # without codings: those moved or were duplicates
    moved: tuple[tuple[int, int], ...]  # (coding id, code id it came from)
    duplicates: tuple[CodingRecord, ...]  # source codings on spans the target had already


def merge_codes(project: Project, source_ids: Sequence[int], target_id: int) -> MergeOutcome:
    """Merge codes into ``target_id``: their passages join it (a passage the
    target already has is kept once), and their names are kept in its memo."""
    sources = [i for i in dict.fromkeys(source_ids) if i != target_id]
    if not sources:
        raise ServiceError(translate("CoreServices", "Choose at least one other code to merge."))
    with project.transaction() as s:
        target = s.get(Code, target_id)
        if target is None:
            raise ServiceError(translate("CoreServices", "The code to merge into no longer exists."))
        have = {
            (d, a, b) for d, a, b in s.execute(
                select(Coding.document_id, Coding.start, Coding.end).where(Coding.code_id == target_id)
            )
        }
        snaps, moved, duplicates, names = [], [], [], []
        for code_id in sources:
            code = s.get(Code, code_id)
            if code is None:
                raise ServiceError(translate("CoreServices", "A code to merge no longer exists."))
            names.append(code.name)
            for c in s.scalars(select(Coding).where(Coding.code_id == code_id).order_by(Coding.id)):
                key = (c.document_id, c.start, c.end)
                if key in have:
                    duplicates.append(coding_record(c))
                    s.delete(c)
                else:
                    have.add(key)
                    moved.append((c.id, code_id))
                    c.code_id = target_id
            snaps.append(CodeSnapshot(code.id, code.guid, code.name, code.colour, code.group_id, code.position,
                                      code.description, code.memo, code.created_at))
        s.flush()
        for code_id in sources:
            s.delete(s.get(Code, code_id))
        memo_before = target.memo
        merged = "\n".join(f"Merged from: {n}" for n in names)
        target.memo = f"{memo_before}\n{merged}".strip("\n") if memo_before else merged
        return MergeOutcome(target_id, memo_before, tuple(snaps), tuple(moved), tuple(duplicates))


def unmerge(project: Project, outcome: MergeOutcome) -> None:
    """Undo a merge exactly: the codes back, each passage on its code."""
    with project.transaction() as s:
        for snap in outcome.sources:
            s.add(Code(id=snap.id, guid=snap.guid, name=snap.name, colour=snap.colour, group_id=snap.group_id,
                       position=snap.position, description=snap.description, memo=snap.memo,
                       created_at=snap.created_at))
        s.flush()
        for coding_id, code_id in outcome.moved:
            s.execute(update(Coding).where(Coding.id == coding_id).values(code_id=code_id))
        s.add_all(
            Coding(id=c.id, guid=c.guid, code_id=c.code_id, document_id=c.document_id, start=c.start, end=c.end,
                   created_at=c.created_at)
            for c in outcome.duplicates
        )
        target = s.get(Code, outcome.target_id)
        if target is not None:
            target.memo = outcome.target_memo_before


def remerge(project: Project, outcome: MergeOutcome) -> None:
    """Redo a merge after unmerge, with the same ids."""
    with project.transaction() as s:
        for coding_id, _from in outcome.moved:
            s.execute(update(Coding).where(Coding.id == coding_id).values(code_id=outcome.target_id))
        for c in outcome.duplicates:
            row = s.get(Coding, c.id)
            if row is not None:
                s.delete(row)
        s.flush()
        names = []
        for snap in outcome.sources:
            row = s.get(Code, snap.id)
            if row is not None:
                names.append(row.name)
                s.delete(row)
        target = s.get(Code, outcome.target_id)
        if target is not None:
            merged = "\n".join(f"Merged from: {n}" for n in names)
            before = outcome.target_memo_before
            target.memo = f"{before}\n{merged}".strip("\n") if before else merged


@dataclass(frozen=True)
class SplitOutcome:
    code_id: int
    new_code_id: int
    coding_ids: tuple[int, ...]


def split_code(project: Project, code_id: int, coding_ids: Sequence[int], new_name: str) -> SplitOutcome:
    """Move chosen passages of a code to a new code, placed just after it."""
    ids = tuple(dict.fromkeys(coding_ids))
    if not ids:
        raise ServiceError(translate("CoreServices", "Choose the passages to move to the new code."))
    with project.transaction() as s:
        code = s.get(Code, code_id)
        if code is None:
            raise ServiceError(translate("CoreServices", "The code no longer exists."))
        owned = set(s.scalars(select(Coding.id).where(Coding.code_id == code_id, Coding.id.in_(ids))))
        if owned != set(ids):
            raise ServiceError(translate("CoreServices", "Some of the chosen passages are not coded with this code."))
        total = s.scalar(select(func.count(Coding.id)).where(Coding.code_id == code_id))
        if total == len(ids):
            raise ServiceError(
                translate("CoreServices", "Leave at least one passage on the code, or rename it instead."))
        new = add_code(s, new_name, group_id=code.group_id)
        # Place it right after the code it came from.
        s.execute(update(Code).where(Code.position > code.position, Code.id != new.id)
                  .values(position=Code.position + 1))
        new.position = code.position + 1
        s.execute(update(Coding).where(Coding.id.in_(ids)).values(code_id=new.id))
        return SplitOutcome(code_id, new.id, ids)


def reassign_codings(project: Project, coding_ids: Sequence[int], code_id: int) -> None:
    """Put passages on another code (undo and redo of a split)."""
    with project.transaction() as s:
        if s.get(Code, code_id) is None:
            raise ServiceError(translate("CoreServices", "The code no longer exists."))
        s.execute(update(Coding).where(Coding.id.in_(list(coding_ids))).values(code_id=code_id))
