"""The project file as SQLite sees it, with nothing but the sqlite3 module:
what a Stegvis file is, checking one without writing to it, and consistent
copies (backups). The window uses this before the database layer
(SQLAlchemy, storage/database.py) has loaded, so nothing here may import it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from workbench.texts import fill, translate

#: "STGV": written to the SQLite header so a Stegvis project is recognised.
APPLICATION_ID = 0x53544756
#: The file format this program writes; one step per Alembic revision.
FORMAT_VERSION = 5
#: Alembic revision of FORMAT_VERSION (a test checks it is the migration head).
HEAD_REVISION = "0005"
FILE_SUFFIX = ".stegvis"

_SQLITE_MAGIC = b"SQLite format 3\x00"
#: sqlite3 error code of a read-only connection meeting a hot journal, the
#: journal an interrupted transaction (a crash, a power cut) leaves behind.
_SQLITE_READONLY_ROLLBACK = 776


class ProjectFileError(Exception):
    """A project file cannot be opened or written; the message names the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def read_format_version(path: Path, *, check: bool = True, _rolled_back: bool = False) -> int:
    """Check ``path`` without writing to it; returns its format version.

    Raises ProjectFileError with a message for a person when the file is
    missing, not a Stegvis project, damaged, or from a newer Stegvis.
    The one write: a Stegvis project left with a hot journal by a crash is
    first rolled back to its last committed state, as SQLite does on any open.
    ``check=False`` leaves out SQLite's check of the whole file (a few
    milliseconds per megabyte), for a look that a checked opening follows.
    """
    path = Path(path)
    if not path.exists():
        raise ProjectFileError(path, translate("CoreProjectFile", "no such file"))
    if path.is_dir():
        raise ProjectFileError(path, translate("CoreProjectFile", "is a folder, not a Stegvis project file"))
    try:
        with path.open("rb") as f:
            head = f.read(100)  # the SQLite header
    except OSError as exc:
        raise ProjectFileError(
            path, fill(translate("CoreProjectFile", "cannot be read (%1)"), exc.strerror or exc)
        ) from exc
    if not head:
        raise ProjectFileError(path, translate("CoreProjectFile", "is empty, not a Stegvis project"))
    if head[: len(_SQLITE_MAGIC)] != _SQLITE_MAGIC:
        raise ProjectFileError(
            path, translate("CoreProjectFile", "is not a Stegvis project (not a project database)")
        )
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, fill(translate("CoreProjectFile", "cannot be opened (%1)"), exc)) from exc
    hot_journal = False
    try:
        (app_id,) = con.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise ProjectFileError(
                path, translate("CoreProjectFile", "is an SQLite database but not a Stegvis project")
            )
        if check and con.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise ProjectFileError(
                path,
                translate("CoreProjectFile", "is damaged (the database check failed); open a backup copy"),
            )
        row = con.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        hot_journal = (
            getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK
            and int.from_bytes(head[68:72], "big") == APPLICATION_ID
            and not _rolled_back
        )
        if not hot_journal:
            raise ProjectFileError(
                path, fill(translate("CoreProjectFile", "is damaged (%1); open a backup copy"), exc)
            ) from exc
    finally:
        con.close()
    if hot_journal:
        _roll_back_interrupted_change(path)
        return read_format_version(path, check=check, _rolled_back=True)
    if row is None or not str(row[0]).isdigit():
        raise ProjectFileError(path, translate("CoreProjectFile", "is damaged (its format version is missing)"))
    version = int(row[0])
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            path,
            fill(
                translate(
                    "CoreProjectFile",
                    "was written by a newer Stegvis (file format %1; this version reads up to %2); update Stegvis to open it",
                ),
                version,
                FORMAT_VERSION,
            ),
        )
    return version


def _roll_back_interrupted_change(path: Path) -> None:
    """Let SQLite roll back the change a crash interrupted (needs write access)."""
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise ProjectFileError(
            path,
            fill(translate("CoreProjectFile", "has a change interrupted by a crash that cannot be rolled back (%1)"), exc),
        ) from exc


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.format{version}-backup{path.suffix}")


def _copy_database(source: sqlite3.Connection, target: Path, what: str) -> None:
    """A consistent copy of an open SQLite database, written whole or not at all.
    ``what``: "backup" or "copy", which the message when it fails names."""
    tmp = target.with_name(target.name + ".part")
    try:
        dst = sqlite3.connect(tmp)
        try:
            source.backup(dst)
        finally:
            dst.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if what == "backup":
            problem = translate("CoreProjectFile", "the backup could not be written (%1)")
        else:
            problem = translate("CoreProjectFile", "the copy could not be written (%1)")
        raise ProjectFileError(target, fill(problem, exc)) from exc


def write_backup(path: Path, folder: Path, keep: int = 5, stamp: str | None = None) -> Path:
    """Copy the project into ``folder`` (a consistent SQLite copy) and keep
    only the ``keep`` newest copies there. Returns the copy written."""
    path, folder = Path(path), Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = stamp or datetime.now().strftime("%Y-%m-%d %H%M%S")
    target = folder / f"{path.stem} {stamp}{FILE_SUFFIX}"
    try:
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, fill(translate("CoreProjectFile", "cannot be read for a backup (%1)"), exc)) from exc
    try:
        _copy_database(src, target, "backup")
    finally:
        src.close()
    copies = sorted(folder.glob(f"{path.stem} *{FILE_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[keep:]:
        old.unlink(missing_ok=True)
    return target
