"""Coding passages: apply a code, code in vivo, remove and restore codings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.naming import invivo_name
from workbench.services import queries
from workbench.services.codes import add_code, coding_record, find_code
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import CodeSummary, CodingRecord, Passage
from workbench.storage.models import Code, Coding, Document
from workbench.texts import translate


def _check_span(session: Session, document_id: int, start: int, end: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise ServiceError(translate("CoreServices", "The document no longer exists."))
    if not (0 <= start < end <= doc.characters):
        raise ServiceError(translate("CoreServices", "Select some text to code."))
    return doc


def _add_coding(session: Session, code_id: int, document_id: int, start: int, end: int) -> CodingRecord | None:
    """Code the span, or return None when this code already covers exactly it."""
    same = session.scalar(
        select(Coding.id).where(
            Coding.code_id == code_id, Coding.document_id == document_id,
            Coding.start == start, Coding.end == end,
        )
    )
    if same is not None:
        return None
    coding = Coding(code_id=code_id, document_id=document_id, start=start, end=end)
    session.add(coding)
    session.flush()
    return coding_record(coding)


def apply_code(project: Project, code_id: int, document_id: int, start: int, end: int) -> CodingRecord | None:
    """Code ``text[start:end]`` (code points) with a code. None: it was already."""
    with project.transaction() as s:
        _check_span(s, document_id, start, end)
        if s.get(Code, code_id) is None:
            raise ServiceError(translate("CoreServices", "The code no longer exists."))
        return _add_coding(s, code_id, document_id, start, end)


@dataclass(frozen=True, slots=True)
class InVivoResult:
    code: CodeSummary
    coding: CodingRecord | None
    created_code: bool


def code_in_vivo(project: Project, document_id: int, start: int, end: int) -> InVivoResult:
    """Make a code named after the passage and code the passage with it.

    When a code of that name exists already, it is reused.
    """
    with project.transaction() as s:
        doc = _check_span(s, document_id, start, end)
        passage = s.scalar(select(Document.text).where(Document.id == doc.id))[start:end]
        name = invivo_name(passage)
        if not name:
            raise ServiceError(translate("CoreServices", "The selection holds no words to name a code after."))
        code = find_code(s, name)
        created = code is None
        if code is None:
            code = add_code(s, name)
        coding = _add_coding(s, code.id, document_id, start, end)
        return InVivoResult(CodeSummary(code.id, code.name, code.colour), coding, created)


def remove_coding(project: Project, coding_id: int) -> CodingRecord:
    with project.transaction() as s:
        coding = s.get(Coding, coding_id)
        if coding is None:
            raise ServiceError(translate("CoreServices", "The coding no longer exists."))
        record = coding_record(coding)
        s.delete(coding)
        return record


def restore_coding(project: Project, record: CodingRecord) -> None:
    restore_codings(project, [record])


def codings_in_document(project: Project, document_id: int) -> list[CodingRecord]:
    with project.reading() as s:
        return queries.codings_in_document(queries.connection_of(s), document_id)


def passages_of_code(project: Project, code_id: int) -> list[Passage]:
    """Every passage coded with a code, in document order."""
    with project.reading() as s:
        rows = s.execute(
            select(Coding.id, Coding.document_id, Document.name, Coding.start, Coding.end)
            .join(Document, Document.id == Coding.document_id)
            .where(Coding.code_id == code_id)
            .order_by(Document.position, Document.id, Coding.start)
        ).all()
        texts: dict[int, str] = {}
        passages = []
        for coding_id, doc_id, doc_name, start, end in rows:
            if doc_id not in texts:
                texts[doc_id] = s.scalar(select(Document.text).where(Document.id == doc_id))
            passages.append(Passage(coding_id, code_id, doc_id, doc_name, start, end, texts[doc_id][start:end]))
        return passages


def remove_codings(project: Project, coding_ids: list[int]) -> list[CodingRecord]:
    """Remove several codings in one transaction; the records restore them."""
    with project.transaction() as s:
        records = []
        for coding in s.scalars(select(Coding).where(Coding.id.in_(coding_ids)).order_by(Coding.id)):
            records.append(coding_record(coding))
            s.delete(coding)
        return records


def restore_codings(project: Project, records: list[CodingRecord]) -> None:
    with project.transaction() as s:
        s.add_all(
            Coding(id=r.id, guid=r.guid, code_id=r.code_id, document_id=r.document_id, start=r.start, end=r.end,
                   created_at=r.created_at)
            for r in records
        )
