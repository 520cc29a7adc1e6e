"""Retrieval: every passage under a code, a group, a theme or the ungrouped
codes, with its document; context around a passage; coding search hits."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from workbench.services.coding import _add_coding
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import CodingRecord, Passage
from workbench.services.text_editing import Hit
from workbench.storage.models import Code, CodeGroup, Coding, Document, DocumentAttribute
from workbench.texts import fill, translate


def _code_filter(kind: str, item_id: int | None):
    if kind == "code":
        return Code.id == item_id
    if kind == "group":
        return Code.group_id == item_id
    if kind == "ungrouped":
        return Code.group_id.is_(None)
    if kind == "theme":
        return Code.group_id.in_(select(CodeGroup.id).where(CodeGroup.theme_id == item_id))
    raise ServiceError(fill(translate("CoreServices", "Nothing to retrieve for a %1."), kind))


def retrieve(project: Project, kind: str, item_id: int | None,
             document_ids: Iterable[int] | None = None) -> list[Passage]:
    """Every passage coded with the codes under an item, in document order."""
    stmt = (
        select(Coding.id, Coding.code_id, Coding.document_id, Document.name, Coding.start, Coding.end, Code.name)
        .join(Document, Document.id == Coding.document_id)
        .join(Code, Code.id == Coding.code_id)
        .where(_code_filter(kind, item_id))
        .order_by(Document.position, Document.id, Coding.start, Coding.end, Coding.id)
    )
    if document_ids is not None:
        stmt = stmt.where(Coding.document_id.in_(list(document_ids)))
    with project.reading() as s:
        rows = s.execute(stmt).all()
        doc_ids = {r[2] for r in rows}
        texts = dict(s.execute(select(Document.id, Document.text).where(Document.id.in_(doc_ids))).all())
    return [
        Passage(cid, code_id, doc_id, doc_name, start, end, texts[doc_id][start:end], code_name)
        for cid, code_id, doc_id, doc_name, start, end, code_name in rows
    ]


def document_attributes(project: Project) -> dict[int, dict[str, str]]:
    """Case attributes per document, to show and filter passages by."""
    out: dict[int, dict[str, str]] = {}
    with project.reading() as s:
        for doc_id, name, value in s.execute(
            select(DocumentAttribute.document_id, DocumentAttribute.name, DocumentAttribute.value)
            .order_by(DocumentAttribute.position)
        ):
            out.setdefault(doc_id, {})[name] = value
    return out


def context(project: Project, document_id: int, start: int, end: int, paragraphs: int = 1) -> tuple[str, str, str]:
    """The passage with the paragraphs around it: (before, passage, after)."""
    with project.reading() as s:
        text = s.scalar(select(Document.text).where(Document.id == document_id))
    if text is None:
        raise ServiceError(translate("CoreServices", "The document no longer exists."))
    a = start
    for _ in range(paragraphs + 1):
        a = text.rfind("\n", 0, max(a - 1, 0)) + 1 if a > 0 else 0
    b = end
    for _ in range(paragraphs + 1):
        nxt = text.find("\n", b + 1 if b < len(text) and text[b:b + 1] == "\n" else b)
        b = len(text) if nxt < 0 else nxt
    return text[a:start], text[start:end], text[end:b]


def code_hits(project: Project, hits: Iterable[Hit], code_id: int) -> list[CodingRecord]:
    """Code every search hit with a code, in one transaction; hits it covers already are skipped."""
    with project.transaction() as s:
        if s.get(Code, code_id) is None:
            raise ServiceError(translate("CoreServices", "The code no longer exists."))
        made = []
        for hit in hits:
            record = _add_coding(s, code_id, hit.document_id, hit.start, hit.end)
            if record is not None:
                made.append(record)
        return made
