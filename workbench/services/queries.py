"""The reads the window needs most, in plain SQL over a sqlite3 connection.

The services run them on their session's connection (``connection_of``), so
there is one way to read the code system, the documents list and a document's
codings. The window also runs them on a read-only connection of its own to
show a project before the database layer (SQLAlchemy) has loaded
(services/first_look.py); so nothing here may import SQLAlchemy.

The statements follow the tables of storage/models.py; the results are the
same records the ORM services return (tests/services/test_queries.py).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from workbench.services.records import (
    CodeSummary,
    CodeSystem,
    CodingRecord,
    DocumentSummary,
    GroupInfo,
    ThemeInfo,
)


def connection_of(session) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy session, in its transaction."""
    return session.connection().connection.driver_connection


def stored_datetime(value: str | datetime) -> datetime:
    """A DATETIME column as SQLAlchemy stores it in SQLite ('YYYY-MM-DD HH:MM:SS[.ffffff]')."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def documents(con: sqlite3.Connection) -> list[DocumentSummary]:
    """Every document in the project's order, with its number of codings."""
    rows = con.execute(
        "SELECT d.id, d.name, d.characters, n.codings, d.role FROM documents AS d "
        "LEFT JOIN (SELECT document_id, count(id) AS codings FROM codings GROUP BY document_id) AS n "
        "ON n.document_id = d.id ORDER BY d.position, d.id"
    )
    return [DocumentSummary(id, name, chars, n or 0, role) for id, name, chars, n, role in rows]


def codes(con: sqlite3.Connection) -> list[CodeSummary]:
    """Every code in the project's order, with passage and document counts."""
    rows = con.execute(
        "SELECT c.id, c.name, c.colour, c.group_id, g.name, n.passages, n.documents FROM codes AS c "
        "LEFT JOIN (SELECT code_id, count(id) AS passages, count(DISTINCT document_id) AS documents "
        "           FROM codings GROUP BY code_id) AS n ON n.code_id = c.id "
        "LEFT JOIN code_groups AS g ON g.id = c.group_id "
        "ORDER BY c.position, c.id"
    )
    return [
        CodeSummary(id, name, colour, passages or 0, documents or 0, group_id, group)
        for id, name, colour, group_id, group, passages, documents in rows
    ]


def code_system(con: sqlite3.Connection) -> CodeSystem:
    """Themes, groups (the rest group among them) and codes, with counts."""
    themes = [
        ThemeInfo(id, name, number, colour, position, description, memo, guid)
        for id, name, number, colour, position, description, memo, guid in con.execute(
            "SELECT id, name, number, colour, position, description, memo, guid FROM themes "
            "ORDER BY position, id"
        )
    ]
    groups = [
        GroupInfo(id, name, number, theme_id, bool(is_rest), colour, position, description, memo, guid)
        for id, name, number, theme_id, is_rest, colour, position, description, memo, guid in con.execute(
            "SELECT id, name, number, theme_id, is_rest, colour, position, description, memo, guid "
            "FROM code_groups ORDER BY position, id"
        )
    ]
    # Distinct documents coded by each group's codes; the None key: ungrouped codes.
    group_documents = dict(con.execute(
        "SELECT c.group_id, count(DISTINCT k.document_id) FROM codes AS c "
        "JOIN codings AS k ON k.code_id = c.id GROUP BY c.group_id"
    ).fetchall())
    theme_documents = dict(con.execute(
        "SELECT g.theme_id, count(DISTINCT k.document_id) FROM code_groups AS g "
        "JOIN codes AS c ON c.group_id = g.id JOIN codings AS k ON k.code_id = c.id "
        "WHERE g.theme_id IS NOT NULL GROUP BY g.theme_id"
    ).fetchall())
    return CodeSystem(themes, groups, codes(con), group_documents, theme_documents)


def document_text(con: sqlite3.Connection, document_id: int) -> str | None:
    """A document's text; None when there is no such document."""
    row = con.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    return None if row is None else row[0]


def document_styles(con: sqlite3.Connection, document_id: int) -> list[tuple[int, int, str]]:
    """The source's bold, italic and heading spans (code points)."""
    row = con.execute("SELECT styles FROM documents WHERE id = ?", (document_id,)).fetchone()
    return [(a, b, kind) for a, b, kind in json.loads((row[0] if row else None) or "[]")]


def codings_in_document(con: sqlite3.Connection, document_id: int) -> list[CodingRecord]:
    """A document's codings by position."""
    rows = con.execute(
        'SELECT id, guid, code_id, document_id, start, "end", created_at FROM codings '
        'WHERE document_id = ? ORDER BY start, "end"',
        (document_id,),
    )
    return [CodingRecord(id, guid, code_id, doc_id, start, end, stored_datetime(at))
            for id, guid, code_id, doc_id, start, end, at in rows]
