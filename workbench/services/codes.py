"""Codes: list, create, rename, delete and restore."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.colours import is_colour, palette_colour
from workbench.domain.naming import collapse_whitespace, normalised_key
from workbench.services import queries
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import CodeSnapshot, CodeSummary, CodingRecord
from workbench.storage.models import Code, CodeGroup, Coding
from workbench.texts import fill, translate


def list_codes(project: Project) -> list[CodeSummary]:
    """Every code in the project's order, with passage and document counts."""
    with project.reading() as s:
        return queries.codes(queries.connection_of(s))


def get_code(project: Project, code_id: int) -> CodeSummary:
    for code in list_codes(project):
        if code.id == code_id:
            return code
    raise ServiceError(fill(translate("CoreServices", "The code no longer exists (id %1)."), code_id))


def find_code(session: Session, name: str) -> Code | None:
    """The code whose name equals ``name`` ignoring case and spacing, if any."""
    key = normalised_key(name)
    for code_id, other in session.execute(select(Code.id, Code.name)):
        if normalised_key(other) == key:
            return session.get(Code, code_id)
    return None


def _clean_name(name: str) -> str:
    name = collapse_whitespace(name)
    if not name:
        raise ServiceError(translate("CoreServices", "A code needs a name."))
    return name


def _next_position(session: Session) -> int:
    return (session.scalar(select(func.max(Code.position))) or 0) + 1


def add_code(session: Session, name: str, colour: str | None = None, group_id: int | None = None) -> Code:
    """Create a code inside an open transaction (shared by services)."""
    name = _clean_name(name)
    if find_code(session, name) is not None:
        raise ServiceError(fill(translate("CoreServices", "A code named “%1” already exists."), name))
    count = session.scalar(select(func.count(Code.id))) or 0
    if colour is not None and not is_colour(colour):
        raise ServiceError(fill(translate("CoreServices", "“%1” is not a colour of the form #rrggbb."), colour))
    code = Code(
        name=name,
        colour=colour or palette_colour(count),
        group_id=group_id,
        position=_next_position(session),
    )
    session.add(code)
    session.flush()
    return code


def create_code(project: Project, name: str, colour: str | None = None) -> CodeSummary:
    with project.transaction() as s:
        code = add_code(s, name, colour)
        return CodeSummary(code.id, code.name, code.colour)


def rename_code(project: Project, code_id: int, new_name: str) -> str:
    """Rename a code; returns the old name (for undo)."""
    new_name = _clean_name(new_name)
    with project.transaction() as s:
        code = s.get(Code, code_id)
        if code is None:
            raise ServiceError(translate("CoreServices", "The code no longer exists."))
        other = find_code(s, new_name)
        if other is not None and other.id != code_id:
            raise ServiceError(fill(translate("CoreServices", "A code named “%1” already exists."), new_name))
        old = code.name
        code.name = new_name
        return old


def coding_record(c: Coding) -> CodingRecord:
    return CodingRecord(c.id, c.guid, c.code_id, c.document_id, c.start, c.end, c.created_at)


def delete_code(project: Project, code_id: int) -> CodeSnapshot:
    """Delete a code and its codings; the snapshot restores both."""
    with project.transaction() as s:
        code = s.get(Code, code_id)
        if code is None:
            raise ServiceError(translate("CoreServices", "The code no longer exists."))
        codings = tuple(
            coding_record(c)
            for c in s.scalars(select(Coding).where(Coding.code_id == code_id).order_by(Coding.id))
        )
        snap = CodeSnapshot(
            code.id, code.guid, code.name, code.colour, code.group_id, code.position,
            code.description, code.memo, code.created_at, codings,
        )
        s.delete(code)
        return snap


def restore_code(project: Project, snap: CodeSnapshot) -> None:
    with project.transaction() as s:
        group_id = snap.group_id if snap.group_id is None or s.get(CodeGroup, snap.group_id) else None
        s.add(
            Code(
                id=snap.id, guid=snap.guid, name=snap.name, colour=snap.colour, group_id=group_id,
                position=snap.position, description=snap.description, memo=snap.memo,
                created_at=snap.created_at,
            )
        )
        s.flush()
        s.add_all(
            Coding(id=c.id, guid=c.guid, code_id=c.code_id, document_id=c.document_id,
                   start=c.start, end=c.end, created_at=c.created_at)
            for c in snap.codings
        )
