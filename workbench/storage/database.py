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

# What a project file is, checking it and copying it need only sqlite3; they
# live in project_file.py (the window reads a project before SQLAlchemy loads)
# and are named here too, as before.
from workbench.storage.project_file import (  # noqa: F401
    _SQLITE_MAGIC,
    APPLICATION_ID,
    FILE_SUFFIX,
    FORMAT_VERSION,
    HEAD_REVISION,
    ProjectFileError,
    _copy_database,
    backup_path,
    read_format_version,
    write_backup,
)
from workbench.texts import fill, translate

_MIGRATIONS = Path(__file__).with_name("migrations")


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
                        fill(translate("CoreProjectFile", "the upgrade left %1 broken references; nothing was changed"),
                             len(broken)),
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def create_project_file(path: Path) -> Engine:
    """Create a new, empty project file at ``path`` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise ProjectFileError(path, translate("CoreProjectFile", "already exists; choose another name"))
    if not path.parent.is_dir():
        raise ProjectFileError(path, translate("CoreProjectFile", "its folder does not exist"))
    try:
        con = sqlite3.connect(path)
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.close()
    except sqlite3.Error as exc:
        path.unlink(missing_ok=True)
        raise ProjectFileError(path, fill(translate("CoreProjectFile", "cannot be created (%1)"), exc)) from exc
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


def open_project_file(path: Path, read_only: bool = False, version: int | None = None) -> Engine:
    """Check, migrate if needed (after a backup copy), and open ``path``.

    ``read_only`` opens it without writing anything (an older format cannot be
    opened so, as it would need an upgrade). ``version``: what
    read_format_version just answered for ``path`` (its check is not repeated)."""
    path = Path(path)
    if version is None:
        version = read_format_version(path)
    if read_only:
        if version < FORMAT_VERSION:
            raise ProjectFileError(
                path,
                translate(
                    "CoreProjectFile",
                    "was made by an older Stegvis and must be upgraded before it can be read; open it where it can be written",
                ),
            )
        return make_engine(path, read_only=True)
    if version < FORMAT_VERSION:
        shutil.copy2(path, backup_path(path, version))
    engine = make_engine(path)
    if version < FORMAT_VERSION:
        _alembic_upgrade(engine)
    return engine


def copy_project_file(engine: Engine, target: Path) -> None:
    """Write a consistent copy of the open project to ``target`` (SQLite backup API)."""
    raw = engine.raw_connection()
    try:
        _copy_database(raw.driver_connection, Path(target), "copy")
    finally:
        raw.close()


