"""A first look at a project: what the window shows when it opens one.

Opening a project fully (services/project.py) loads SQLAlchemy and the
services, which takes longer than everything else the window does at start.
The window therefore first reads what it shows, the documents, the code
system and one document with its codings, with nothing but sqlite3 on a
read-only connection, shows it, and opens the project fully right after
(ui/main_window.py). Nothing here may import SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import NamedTuple
from pathlib import Path

from workbench.services import queries
from workbench.services.records import CodeSystem, CodingRecord, DocumentSummary
from workbench.storage.project_file import FORMAT_VERSION, ProjectFileError, read_format_version
from workbench.texts import fill, translate


class FirstLook(NamedTuple):
    path: Path
    documents: list[DocumentSummary]
    system: CodeSystem
    #: The document shown (None: the project has none), its text, codings and styles.
    document_id: int | None
    text: str
    codings: list[CodingRecord]
    styles: list[tuple[int, int, str]]
    #: The file's size and modification time when it was read.
    stamp: tuple[int, int]


def file_stamp(path: Path) -> tuple[int, int]:
    """What changes when anything writes the file: its size and modification time."""
    st = Path(path).stat()
    return st.st_size, st.st_mtime_ns


def take_first_look(path: Path | str, document_id: int | None = None) -> FirstLook | None:
    """Read what the window shows of ``path``, showing ``document_id`` (or the
    first document when it is gone). None when the project has to be upgraded
    to this version's format first (the full opening does that). Raises
    ProjectFileError, with the same messages as opening it, for a file that
    cannot be opened (damage that only SQLite's full check finds is reported
    by the opening that follows)."""
    path = Path(path)
    # The whole-file check is left to the opening that follows at once.
    if read_format_version(path, check=False) != FORMAT_VERSION:
        return None
    stamp = file_stamp(path)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, fill(translate("CoreProjectFile", "cannot be opened (%1)"), exc)) from exc
    try:
        con.execute("BEGIN")  # one consistent state of the file for all the reads
        documents = queries.documents(con)
        system = queries.code_system(con)
        ids = [d.id for d in documents]
        shown = document_id if document_id in ids else (ids[0] if ids else None)
        text, codings, styles = "", [], []
        if shown is not None:
            text = queries.document_text(con, shown) or ""
            codings = queries.codings_in_document(con, shown)
            styles = queries.document_styles(con, shown)
        con.execute("COMMIT")
    except (sqlite3.Error, ValueError) as exc:
        raise ProjectFileError(
            path, fill(translate("CoreProjectFile", "is damaged (%1); open a backup copy"), exc)
        ) from exc
    finally:
        con.close()
    return FirstLook(path, documents, system, shown, text, codings, styles, stamp)


class LookAhead:
    """A first look taken on a thread of its own, started as early as the
    app knows which project it opens, so that reading it overlaps building
    the window (the reads are SQLite's work, done without Python's lock)."""

    def __init__(self, path: Path | str, document_id: int | None) -> None:
        self.path = Path(path)
        self.document_id = document_id
        self._look: FirstLook | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._read, name="first-look", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            self._look = take_first_look(self.path, self.document_id)
        except Exception as exc:  # handed to whoever asks for the result
            self._error = exc

    def result(self) -> FirstLook | None:
        """The first look (waiting for it); raises what take_first_look raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._look
