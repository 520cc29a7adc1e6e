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


def _rows(con: sqlite3.Connection, columns: str, source: str, params: tuple = ()) -> list[list]:
    """The rows of ``SELECT columns FROM source`` as lists, fetched as ONE row
    holding a JSON array. A thread reading a project while another builds the
    window (services/first_look.py) would otherwise wait for Python's lock at
    every row: sqlite3 lets go of it for each step of a statement."""
    (data,) = con.execute(f"SELECT json_group_array(json_array({columns})) FROM {source}", params).fetchone()
    return json.loads(data)


def documents(con: sqlite3.Connection) -> list[DocumentSummary]:
    """Every document in the project's order, with its number of codings."""
    rows = _rows(
        con, "d.position, d.id, d.name, d.characters, n.codings, d.role",
        "documents AS d LEFT JOIN (SELECT document_id, count(id) AS codings FROM codings GROUP BY document_id) AS n "
        "ON n.document_id = d.id",
    )
    rows.sort(key=lambda r: (r[0], r[1]))
    return [DocumentSummary(id, name, chars, n or 0, role) for _pos, id, name, chars, n, role in rows]


def coding_counts(con: sqlite3.Connection, document_ids) -> dict[int, int]:
    """The number of codings in each of ``document_ids`` (an index range each)."""
    ids = sorted(set(document_ids))
    counts = dict.fromkeys(ids, 0)
    for start in range(0, len(ids), 500):  # within SQLite's limit of bound values
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        counts.update(con.execute(
            f"SELECT document_id, count(*) FROM codings WHERE document_id IN ({marks}) GROUP BY document_id",
            chunk).fetchall())
    return counts


def codes(con: sqlite3.Connection) -> list[CodeSummary]:
    """Every code in the project's order, with passage and document counts."""
    rows = _rows(
        con, "c.position, c.id, c.name, c.colour, c.group_id, g.name, n.passages, n.documents",
        "codes AS c "
        "LEFT JOIN (SELECT code_id, count(id) AS passages, count(DISTINCT document_id) AS documents "
        "           FROM codings GROUP BY code_id) AS n ON n.code_id = c.id "
        "LEFT JOIN code_groups AS g ON g.id = c.group_id",
    )
    rows.sort(key=lambda r: (r[0], r[1]))
    return [
        CodeSummary(id, name, colour, passages or 0, documents or 0, group_id, group)
        for _pos, id, name, colour, group_id, group, passages, documents in rows
    ]


def code_system(con: sqlite3.Connection) -> CodeSystem:
    """Themes, groups (the rest group among them) and codes, with counts."""
    theme_rows = _rows(con, "position, id, name, number, colour, description, memo, guid", "themes")
    theme_rows.sort(key=lambda r: (r[0], r[1]))
    themes = [ThemeInfo(id, name, number, colour, position, description, memo, guid)
              for position, id, name, number, colour, description, memo, guid in theme_rows]
    group_rows = _rows(con, "position, id, name, number, theme_id, is_rest, colour, description, memo, guid",
                       "code_groups")
    group_rows.sort(key=lambda r: (r[0], r[1]))
    groups = [GroupInfo(id, name, number, theme_id, bool(is_rest), colour, position, description, memo, guid)
              for position, id, name, number, theme_id, is_rest, colour, description, memo, guid in group_rows]
    # Distinct documents coded by each group's codes; the None key: ungrouped codes.
    group_documents = {group_id: n for group_id, n in _rows(
        con, "group_id, n",
        "(SELECT c.group_id AS group_id, count(DISTINCT k.document_id) AS n FROM codes AS c "
        " JOIN codings AS k ON k.code_id = c.id GROUP BY c.group_id)",
    )}
    theme_documents = {theme_id: n for theme_id, n in _rows(
        con, "theme_id, n",
        "(SELECT g.theme_id AS theme_id, count(DISTINCT k.document_id) AS n FROM code_groups AS g "
        " JOIN codes AS c ON c.group_id = g.id JOIN codings AS k ON k.code_id = c.id "
        " WHERE g.theme_id IS NOT NULL GROUP BY g.theme_id)",
    )}
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
    rows = _rows(con, 'start, "end", id, guid, code_id, document_id, created_at', "codings WHERE document_id = ?",
                 (document_id,))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return [CodingRecord(id, guid, code_id, doc_id, start, end, stored_datetime(at))
            for start, end, id, guid, code_id, doc_id, at in rows]
