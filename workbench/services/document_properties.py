"""Document properties: name, role, case attributes and memo."""

from __future__ import annotations


from sqlalchemy import delete, func, select

from workbench.domain.naming import collapse_whitespace
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import ROLES, DocumentProperties  # noqa: F401 (named here too)
from workbench.storage.models import Document, DocumentAttribute
from workbench.texts import fill, translate

def get_properties(project: Project, document_id: int) -> DocumentProperties:
    with project.reading() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ServiceError(translate("CoreServices", "The document no longer exists."))
        return DocumentProperties(
            doc.name, doc.role, tuple((a.name, a.value) for a in doc.attributes), doc.memo,
            doc.source_name, doc.imported_at,
        )


def set_properties(project: Project, document_id: int, props: DocumentProperties) -> DocumentProperties:
    """Write name, role, attributes and memo; returns the properties before."""
    name = collapse_whitespace(props.name)
    if not name:
        raise ServiceError(translate("CoreServices", "A document needs a name."))
    if props.role not in ROLES:
        raise ServiceError(fill(translate("CoreServices", "Unknown document role “%1”."), props.role))
    attributes: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, value in props.attributes:
        key = collapse_whitespace(key)
        if not key:
            continue
        if key.casefold() in seen:
            raise ServiceError(fill(translate("CoreServices", "The attribute “%1” is given twice."), key))
        seen.add(key.casefold())
        attributes.append((key, value.strip()))
    before = get_properties(project, document_id)
    with project.transaction() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ServiceError(translate("CoreServices", "The document no longer exists."))
        clash = s.scalar(
            select(Document.id).where(func.lower(Document.name) == name.lower(), Document.id != document_id)
        )
        if clash is not None:
            raise ServiceError(fill(translate("CoreServices", "Another document is named “%1”."), name))
        doc.name, doc.role, doc.memo = name, props.role, props.memo
        s.execute(delete(DocumentAttribute).where(DocumentAttribute.document_id == document_id))
        s.add_all(
            DocumentAttribute(document_id=document_id, name=k, value=v, position=i)
            for i, (k, v) in enumerate(attributes)
        )
    return before


def attribute_names(project: Project) -> list[str]:
    """Every attribute name in use, for completing new ones."""
    with project.reading() as s:
        return list(s.scalars(select(DocumentAttribute.name).distinct().order_by(DocumentAttribute.name)))
