"""Fixing a document's text after coding: edits, and find and replace across
documents. Codings stay on their words (workbench.domain.edits)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from workbench.domain.edits import TextEdit, apply_edits
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.records import CodingRecord
from workbench.domain.naming import collapse_whitespace, normalised_key
from workbench.storage.models import Code, Coding, Document
from workbench.texts import fill, translate


@dataclass(frozen=True)
class TextState:
    """A document's text with its codings and styles: what undo puts back."""

    document_id: int
    text: str
    styles: str
    codings: tuple[CodingRecord, ...]


@dataclass(frozen=True)
class EditOutcome:
    before: TextState
    after: TextState
    #: Codings whose every character was deleted: they are gone.
    removed: tuple[CodingRecord, ...]
    #: Codings that lost some of their characters.
    shrunk: int


def _codings_of(session: Session, document_id: int) -> tuple[CodingRecord, ...]:
    rows = session.execute(
        select(Coding.id, Coding.guid, Coding.code_id, Coding.document_id, Coding.start, Coding.end,
               Coding.created_at).where(Coding.document_id == document_id).order_by(Coding.id)
    )
    return tuple(CodingRecord(*row) for row in rows)


def _state(session: Session, doc: Document) -> TextState:
    return TextState(doc.id, doc.text, doc.styles, _codings_of(session, doc.id))


def text_state(project: Project, document_id: int) -> TextState:
    with project.reading() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ServiceError(translate("CoreServices", "The document no longer exists."))
        return _state(s, doc)


def _edit_in_session(session: Session, document_id: int, edits: Sequence[TextEdit]) -> EditOutcome:
    doc = session.get(Document, document_id)
    if doc is None:
        raise ServiceError(translate("CoreServices", "The document no longer exists."))
    before = _state(session, doc)
    try:
        new_text, new_spans = apply_edits(before.text, edits, [(c.start, c.end) for c in before.codings])
    except ValueError as exc:
        raise ServiceError(
            fill(translate("CoreServices", "The edit does not fit the document's text (%1)."), exc)) from exc
    styles = json.loads(doc.styles or "[]")
    _, style_spans = apply_edits(before.text, edits, [(a, b) for a, b, _k in styles])
    removed: list[CodingRecord] = []
    kept: list[CodingRecord] = []
    moved: list[dict] = []
    shrunk = 0
    deletes = any(e.end > e.start for e in edits)
    for record, span in zip(before.codings, new_spans, strict=True):
        if span is None:
            removed.append(record)
            continue
        if deletes and span[1] - span[0] < record.end - record.start:
            shrunk += 1
        if span != (record.start, record.end):
            moved.append({"id": record.id, "start": span[0], "end": span[1]})
            record = record._replace(start=span[0], end=span[1])
        kept.append(record)
    # One statement for the codings that moved, one for those that went: an
    # edit near the top of a long transcript moves hundreds of them.
    if removed:
        session.execute(delete(Coding).where(Coding.id.in_([r.id for r in removed])))
    if moved:
        session.execute(update(Coding), moved)
    styles_json = json.dumps(
        [[sp[0], sp[1], kind] for sp, (_a, _b, kind) in zip(style_spans, styles, strict=True) if sp is not None]
    )
    doc.text = new_text
    doc.characters = len(new_text)
    doc.styles = styles_json
    session.flush()
    after = TextState(document_id, new_text, styles_json, tuple(kept))
    return EditOutcome(before, after, tuple(removed), shrunk)


def edit_text(project: Project, document_id: int, edits: Sequence[TextEdit]) -> EditOutcome:
    """Apply edits (each against the text the previous one left) in one transaction."""
    if not edits:
        raise ServiceError(translate("CoreServices", "Nothing to change."))
    with project.transaction() as s:
        return _edit_in_session(s, document_id, edits)


def restore_text(project: Project, states: Iterable[TextState]) -> None:
    """Put documents' texts, styles and codings back exactly as they were."""
    with project.transaction() as s:
        for state in states:
            doc = s.get(Document, state.document_id)
            if doc is None:
                raise ServiceError(translate("CoreServices", "The document no longer exists."))
            doc.text, doc.characters, doc.styles = state.text, len(state.text), state.styles
            s.execute(delete(Coding).where(Coding.document_id == state.document_id))
            s.flush()
            s.add_all(
                Coding(id=c.id, guid=c.guid, code_id=c.code_id, document_id=c.document_id,
                       start=c.start, end=c.end, created_at=c.created_at)
                for c in state.codings
            )


# --- find and replace -----------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    document_id: int
    document: str
    start: int
    end: int
    before: str
    match: str
    after: str


def _pattern(needle: str, case_sensitive: bool, whole_words: bool) -> re.Pattern[str]:
    if not needle:
        raise ServiceError(translate("CoreServices", "Type the text to find."))
    body = re.escape(needle)
    if whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if case_sensitive else re.IGNORECASE)


def find_text(project: Project, needle: str, case_sensitive: bool = False, whole_words: bool = False,
              context: int = 40) -> list[Hit]:
    """Every occurrence of ``needle`` in every document, in document order."""
    pattern = _pattern(needle, case_sensitive, whole_words)
    hits = []
    with project.reading() as s:
        for doc_id, name, text in s.execute(
            select(Document.id, Document.name, Document.text).order_by(Document.position, Document.id)
        ):
            for m in pattern.finditer(text):
                hits.append(Hit(doc_id, name, m.start(), m.end(), text[max(0, m.start() - context) : m.start()],
                                m.group(0), text[m.end() : m.end() + context]))
    return hits


@dataclass(frozen=True)
class ReplaceOutcome:
    documents: tuple[EditOutcome, ...]
    #: (code id, name before, name after) for codes renamed with the text.
    renamed_codes: tuple[tuple[int, str, str], ...] = ()


def replace_text(project: Project, needle: str, replacement: str, case_sensitive: bool = False,
                 whole_words: bool = False, in_code_names: bool = False) -> ReplaceOutcome:
    """Replace every occurrence in every document (and, if asked, in code
    names, as when pseudonymising), in one transaction.

    Codings stay on their words: a coding around a replaced name keeps the
    new name inside it."""
    pattern = _pattern(needle, case_sensitive, whole_words)
    outcomes = []
    renamed: list[tuple[int, str, str]] = []
    with project.transaction() as s:
        for doc_id, text in s.execute(select(Document.id, Document.text).order_by(Document.position, Document.id)):
            # Last occurrence first, so each edit's offsets hold in the text it meets.
            edits = [TextEdit(m.start(), m.end(), replacement) for m in pattern.finditer(text)][::-1]
            if edits:
                outcomes.append(_edit_in_session(s, doc_id, edits))
        if in_code_names:
            codes = s.scalars(select(Code)).all()
            names = {normalised_key(c.name): c.id for c in codes}
            for code in codes:
                new_name = collapse_whitespace(pattern.sub(lambda _m: replacement, code.name))
                if new_name == code.name:
                    continue
                if not new_name or names.get(normalised_key(new_name), code.id) != code.id:
                    raise ServiceError(fill(translate(
                        "CoreServices",
                        "Renaming the code “%1” to “%2” would clash with another code; nothing was replaced.",
                    ), code.name, new_name))
                renamed.append((code.id, code.name, new_name))
                code.name = new_name
    if not outcomes and not renamed:
        raise ServiceError(fill(translate("CoreServices", "“%1” does not occur in any document."), needle))
    return ReplaceOutcome(tuple(outcomes), tuple(renamed))


def undo_replace(project: Project, outcome: ReplaceOutcome) -> None:
    restore_text(project, [o.before for o in outcome.documents])
    _rename(project, [(code_id, before) for code_id, before, _after in outcome.renamed_codes])


def redo_replace(project: Project, outcome: ReplaceOutcome) -> None:
    restore_text(project, [o.after for o in outcome.documents])
    _rename(project, [(code_id, after) for code_id, _before, after in outcome.renamed_codes])


def _rename(project: Project, names: list[tuple[int, str]]) -> None:
    if not names:
        return
    with project.transaction() as s:
        for code_id, name in names:
            code = s.get(Code, code_id)
            if code is not None:
                code.name = name
