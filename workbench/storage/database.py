"""Create, check, migrate and open project files.

A project file is an SQLite database marked with Stegvis's application id and
a format version in its ``meta`` table. Opening checks, in order, without
writing anything: that the file exists and is an SQLite database, that it is
a Stegvis project, that it is not damaged, and that its format is not newer
than this program knows. Only then is it opened for writing and, when its
format is older, backed up and migrated with Alembic.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

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
_MIGRATIONS = Path(__file__).with_name("migrations")


class ProjectFileError(Exception):
    """A project file cannot be opened or written; the message names the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def _pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, say where transactions begin, so
    # that schema changes (migrations) are inside them too and roll back whole.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    # A rollback journal (not WAL): the project is one self-contained file at
    # every commit, which is what users copy, e-mail and keep in synced folders
    # (WAL's side files break when a sync client copies them separately).
    cur.execute("PRAGMA journal_mode = DELETE")
    # Every acknowledged change is on disk before the call returns.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    url = f"sqlite:///file:{Path(path).resolve().as_posix()}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def read_format_version(path: Path, *, _rolled_back: bool = False) -> int:
    """Check ``path`` without writing to it; returns its format version.

    Raises ProjectFileError with a message for a person when the file is
    missing, not a Stegvis project, damaged, or from a newer Stegvis.
    The one write: a Stegvis project left with a hot journal by a crash is
    first rolled back to its last committed state, as SQLite does on any open.
    """
    path = Path(path)
    if not path.exists():
        raise ProjectFileError(path, "no such file")
    if path.is_dir():
        raise ProjectFileError(path, "is a folder, not a Stegvis project file")
    try:
        with path.open("rb") as f:
            head = f.read(100)  # the SQLite header
    except OSError as exc:
        raise ProjectFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not head:
        raise ProjectFileError(path, "is empty, not a Stegvis project")
    if head[: len(_SQLITE_MAGIC)] != _SQLITE_MAGIC:
        raise ProjectFileError(path, "is not a Stegvis project (not a project database)")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, f"cannot be opened ({exc})") from exc
    hot_journal = False
    try:
        (app_id,) = con.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise ProjectFileError(path, "is an SQLite database but not a Stegvis project")
        check = con.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise ProjectFileError(path, "is damaged (the database check failed); open a backup copy")
        row = con.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        hot_journal = (
            getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK
            and int.from_bytes(head[68:72], "big") == APPLICATION_ID
            and not _rolled_back
        )
        if not hot_journal:
            raise ProjectFileError(path, f"is damaged ({exc}); open a backup copy") from exc
    finally:
        con.close()
    if hot_journal:
        _roll_back_interrupted_change(path)
        return read_format_version(path, _rolled_back=True)
    if row is None or not str(row[0]).isdigit():
        raise ProjectFileError(path, "is damaged (its format version is missing)")
    version = int(row[0])
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            path,
            f"was written by a newer Stegvis (file format {version}; this version reads up to "
            f"{FORMAT_VERSION}); update Stegvis to open it",
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
            path, f"has a change interrupted by a crash that cannot be rolled back ({exc})"
        ) from exc


def _alembic_upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with engine.connect() as connection:
        # A migration may rebuild a table (SQLite cannot alter most columns); with
        # foreign keys on, dropping the old table would cascade into its codings.
        # They are checked, not enforced, while the migration runs. The pragma
        # only works outside a transaction, so it goes to the driver directly.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ProjectFileError(
                        engine.url.database or "",
                        f"the upgrade left {len(broken)} broken references; nothing was changed",
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def create_project_file(path: Path) -> Engine:
    """Create a new, empty project file at ``path`` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise ProjectFileError(path, "already exists; choose another name")
    if not path.parent.is_dir():
        raise ProjectFileError(path, "its folder does not exist")
    try:
        con = sqlite3.connect(path)
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.close()
    except sqlite3.Error as exc:
        path.unlink(missing_ok=True)
        raise ProjectFileError(path, f"cannot be created ({exc})") from exc
    engine = make_engine(path)
    try:
        _alembic_upgrade(engine)
        with engine.begin() as c:
            c.exec_driver_sql(
                "INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                (datetime.now(timezone.utc).isoformat(timespec="seconds"),),
            )
    except Exception:
        engine.dispose()
        path.unlink(missing_ok=True)
        raise
    return engine


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.format{version}-backup{path.suffix}")


def open_project_file(path: Path, read_only: bool = False) -> Engine:
    """Check, migrate if needed (after a backup copy), and open ``path``.

    ``read_only`` opens it without writing anything (an older format cannot be
    opened so, as it would need an upgrade)."""
    path = Path(path)
    version = read_format_version(path)
    if read_only:
        if version < FORMAT_VERSION:
            raise ProjectFileError(path, "was made by an older Stegvis and must be upgraded before it can be "
                                         "read; open it where it can be written")
        return make_engine(path, read_only=True)
    if version < FORMAT_VERSION:
        shutil.copy2(path, backup_path(path, version))
    engine = make_engine(path)
    if version < FORMAT_VERSION:
        _alembic_upgrade(engine)
    return engine


def _copy_database(source: sqlite3.Connection, target: Path, what: str) -> None:
    """A consistent copy of an open SQLite database, written whole or not at all."""
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
        raise ProjectFileError(target, f"the {what} could not be written ({exc})") from exc


def copy_project_file(engine: Engine, target: Path) -> None:
    """Write a consistent copy of the open project to ``target`` (SQLite backup API)."""
    raw = engine.raw_connection()
    try:
        _copy_database(raw.driver_connection, Path(target), "copy")
    finally:
        raw.close()


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
        raise ProjectFileError(path, f"cannot be read for a backup ({exc})") from exc
    try:
        _copy_database(src, target, "backup")
    finally:
        src.close()
    copies = sorted(folder.glob(f"{path.stem} *{FILE_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[keep:]:
        old.unlink(missing_ok=True)
    return target
