"""Documents: import, list, read, remove and restore."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.importers import ImportedText, ImportFileError, read_transcript
from workbench.services import queries
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import CodingRecord, DocumentSnapshot, DocumentSummary
from workbench.storage.models import Coding, Document, DocumentAttribute
from workbench.texts import translate


@dataclass
class ImportReport:
    imported: list[DocumentSummary] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    #: The user cancelled before every file was read.
    cancelled: bool = False


def unique_name(session: Session, name: str) -> str:
    taken = {n.casefold() for n in session.scalars(select(Document.name))}
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def add_document(session: Session, imported: ImportedText) -> Document:
    position = (session.scalar(select(func.max(Document.position))) or 0) + 1
    styles = [[s.start, s.end, s.kind] for s in getattr(imported, "styles", ())]
    doc = Document(
        name=unique_name(session, imported.name),
        text=imported.text,
        characters=len(imported.text),
        source_name=imported.source_name,
        position=position,
        styles=json.dumps(styles),
    )
    session.add(doc)
    session.flush()
    return doc


def import_files(
    project: Project, paths: Iterable[Path | str], progress: Callable[[int, Path], bool] | None = None
) -> ImportReport:
    """Import transcripts, each in its own transaction; a bad file is reported
    and leaves the project as it was. ``progress(i, path)`` returning False cancels."""
    report = ImportReport()
    for i, path in enumerate(map(Path, paths)):
        if progress is not None and progress(i, path) is False:
            report.cancelled = True
            break
        try:
            imported = read_transcript(path)
        except ImportFileError as exc:
            report.failed.append((path, exc.problem))
            continue
        with project.transaction() as s:
            doc = add_document(s, imported)
            report.imported.append(DocumentSummary(doc.id, doc.name, doc.characters, 0, doc.role))
    return report


def list_documents(project: Project) -> list[DocumentSummary]:
    with project.reading() as s:
        return queries.documents(queries.connection_of(s))


def coding_counts(project: Project, document_ids) -> dict[int, int]:
    """The number of codings in each of ``document_ids`` (0 for none)."""
    with project.reading() as s:
        return queries.coding_counts(queries.connection_of(s), document_ids)


def document_text(project: Project, document_id: int) -> str:
    with project.reading() as s:
        text = queries.document_text(queries.connection_of(s), document_id)
    if text is None:
        raise ServiceError(translate("CoreServices", "The document no longer exists."))
    return text


def document_styles(project: Project, document_id: int) -> list[tuple[int, int, str]]:
    """The source's bold, italic and heading spans (code points)."""
    with project.reading() as s:
        return queries.document_styles(queries.connection_of(s), document_id)


def remove_documents(project: Project, document_ids: Iterable[int]) -> list[DocumentSnapshot]:
    """Remove documents with their codings; the snapshots restore them."""
    snaps = []
    with project.transaction() as s:
        for doc_id in document_ids:
            doc = s.get(Document, doc_id)
            if doc is None:
                continue
            codings = tuple(
                CodingRecord(c.id, c.guid, c.code_id, c.document_id, c.start, c.end, c.created_at)
                for c in s.scalars(select(Coding).where(Coding.document_id == doc_id))
            )
            attributes = tuple((a.name, a.value) for a in doc.attributes)
            snaps.append(
                DocumentSnapshot(doc.id, doc.guid, doc.name, doc.role, doc.text, doc.source_name,
                                 doc.imported_at, doc.position, doc.memo, codings, doc.styles, attributes)
            )
            s.delete(doc)
    return snaps


def restore_documents(project: Project, snaps: Iterable[DocumentSnapshot]) -> None:
    with project.transaction() as s:
        for d in snaps:
            s.add(Document(id=d.id, guid=d.guid, name=d.name, role=d.role, text=d.text, characters=len(d.text),
                           source_name=d.source_name, imported_at=d.imported_at, position=d.position, memo=d.memo,
                           styles=d.styles))
            s.flush()
            s.add_all(
                DocumentAttribute(document_id=d.id, name=k, value=v, position=i)
                for i, (k, v) in enumerate(d.attributes)
            )
            s.add_all(
                Coding(id=c.id, guid=c.guid, code_id=c.code_id, document_id=c.document_id, start=c.start,
                       end=c.end, created_at=c.created_at)
                for c in d.codings
            )
