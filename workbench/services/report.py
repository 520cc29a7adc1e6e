"""The project described as plain data: what `stegvis info --json` prints."""

from __future__ import annotations

from sqlalchemy import func, select

from workbench.services.project import Project
from workbench.storage.database import FORMAT_VERSION
from workbench.storage.models import Code, CodeGroup, Coding, Document, Meta, Theme


def project_info(project: Project, with_text: bool = False) -> dict:
    """Documents, codes, groups, themes and codings; offsets in code points."""
    with project.reading() as s:
        version = s.scalar(select(Meta.value).where(Meta.key == "format_version"))
        docs = s.execute(
            select(Document.id, Document.name, Document.characters, Document.text)
            .order_by(Document.position, Document.id)
        ).all()
        per_doc = dict(s.execute(select(Coding.document_id, func.count()).group_by(Coding.document_id)).all())
        per_code = dict(s.execute(select(Coding.code_id, func.count()).group_by(Coding.code_id)).all())
        themes = s.execute(select(Theme.id, Theme.name).order_by(Theme.position, Theme.id)).all()
        theme_names = dict(themes)
        groups = s.execute(
            select(CodeGroup.id, CodeGroup.name, CodeGroup.theme_id, CodeGroup.is_rest)
            .order_by(CodeGroup.position, CodeGroup.id)
        ).all()
        group_names = {g.id: g.name for g in groups}
        codes = s.execute(select(Code.id, Code.name, Code.group_id).order_by(Code.position, Code.id)).all()
        code_names = {c.id: c.name for c in codes}
        codings = s.execute(
            select(Coding.code_id, Coding.document_id, Coding.start, Coding.end)
            .join(Document, Document.id == Coding.document_id)
            .order_by(Document.position, Document.id, Coding.start, Coding.end, Coding.id)
        ).all()
    texts = {d.id: d.text for d in docs}
    doc_names = {d.id: d.name for d in docs}
    documents = []
    for d in docs:
        entry = {"name": d.name, "characters": d.characters, "codings": per_doc.get(d.id, 0)}
        if with_text:
            entry["text"] = d.text
        documents.append(entry)
    return {
        "format_version": int(version) if version else FORMAT_VERSION,
        "documents": documents,
        "codes": [
            {"name": c.name, "group": group_names.get(c.group_id), "codings": per_code.get(c.id, 0)}
            for c in codes
        ],
        "groups": [{"name": g.name, "theme": theme_names.get(g.theme_id), "rest": bool(g.is_rest)} for g in groups],
        "themes": [{"name": name} for _id, name in themes],
        "codings": [
            {
                "code": code_names[c.code_id],
                "document": doc_names[c.document_id],
                "start": c.start,
                "end": c.end,
                "text": texts[c.document_id][c.start : c.end],
            }
            for c in codings
        ],
    }
