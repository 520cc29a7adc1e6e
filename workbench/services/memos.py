"""Memos and descriptions: a memo on the project and on every document, code,
group and theme; a short description (definition) on codes and groups."""

from __future__ import annotations


from sqlalchemy import select

from workbench.services.code_system import set_attribute
from workbench.services.errors import ServiceError, gone
from workbench.services.project import Project
from workbench.services.records import Notes  # noqa: F401 (named here too)
from workbench.storage.models import Code, CodeGroup, Concept, Document, Meta, Theme
from workbench.texts import fill, translate

_MODELS = {"code": Code, "group": CodeGroup, "theme": Theme, "document": Document, "concept": Concept}
#: Which kinds carry a description besides their memo.
DESCRIBED = ("code", "group", "theme")


def _no_description(kind: str) -> str:
    if kind == "document":
        return translate("CoreServices", "A document has no description.")
    if kind == "project":
        return translate("CoreServices", "A project has no description.")
    return fill(translate("CoreServices", "A %1 has no description."), kind)


def get_notes(project: Project, kind: str, item_id: int | None) -> Notes:
    with project.reading() as s:
        if kind == "project":
            memo = s.scalar(select(Meta.value).where(Meta.key == "memo")) or ""
            return Notes("project", None, project.name, None, memo)
        model = _MODELS.get(kind)
        row = s.get(model, item_id) if model is not None else None
        if row is None:
            raise ServiceError(gone(kind))
        description = row.description if kind in DESCRIBED or kind == "concept" else None
        return Notes(kind, item_id, row.name, description, row.memo)


def set_note(project: Project, kind: str, item_id: int | None, field: str, value: str) -> str:
    """Write a memo or description; returns the text before."""
    if field not in ("memo", "description"):
        raise ServiceError(fill(translate("CoreServices", "Cannot write %1."), field))
    if kind in DESCRIBED:
        return set_attribute(project, kind, item_id, field, value)
    if kind == "concept":
        with project.transaction() as s:
            concept = s.get(Concept, item_id)
            if concept is None:
                raise ServiceError(translate("CoreServices", "The concept no longer exists."))
            before = getattr(concept, field)
            setattr(concept, field, value)
            return before
    if field != "memo":
        raise ServiceError(_no_description(kind))
    with project.transaction() as s:
        if kind == "project":
            row = s.get(Meta, "memo")
            before = row.value if row else ""
            if row is None:
                s.add(Meta(key="memo", value=value))
            else:
                row.value = value
            return before
        if kind == "document":
            doc = s.get(Document, item_id)
            if doc is None:
                raise ServiceError(translate("CoreServices", "The document no longer exists."))
            before, doc.memo = doc.memo, value
            return before
    raise ServiceError(fill(translate("CoreServices", "A %1 has no memo."), kind))
