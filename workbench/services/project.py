"""The open project: its file and the transactions every service runs in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from workbench.storage import locking
from workbench.storage.database import (
    FILE_SUFFIX,
    ProjectFileError,
    copy_project_file,
    create_project_file,
    open_project_file,
    read_format_version,
)
from workbench.texts import translate


class Project:
    """A project file opened for reading and writing. Every change is saved
    when its transaction commits: there is no unsaved state."""

    def __init__(self, path: Path, engine, read_only: bool = False, locked: bool = False) -> None:
        self.path = Path(path)
        self.engine = engine
        self.read_only = read_only
        #: This program holds the project's lock file (released on close).
        self.locked = locked
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def create(cls, path: Path | str) -> Project:
        path = Path(path)
        return cls(path, create_project_file(path))

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, take_lock: bool = False,
             force: bool = False, version: int | None = None) -> Project:
        """Open a project; ``take_lock`` marks it as open for writing here (the
        app does; ProjectLocked when someone else has it, unless ``force``).
        ``version``: what check_project answered for ``path`` just before."""
        path = Path(path)
        if take_lock and not read_only:
            if version is None:
                version = read_format_version(path)  # a bad file is refused before any lock is written
            locking.acquire(path, force=force)
            try:
                return cls(path, open_project_file(path, version=version), False, locked=True)
            except Exception:
                locking.release(path)
                raise
        return cls(path, open_project_file(path, read_only), read_only)

    @property
    def name(self) -> str:
        return self.path.stem

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed as a whole, or rolled back as a whole."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    def save_copy(self, target: Path | str) -> Path:
        target = Path(target)
        if target.suffix != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
        if target.resolve() == self.path.resolve():
            raise ProjectFileError(target, translate("CoreProjectFile", "is the open project itself; choose another name"))
        copy_project_file(self.engine, target)
        return target

    def close(self) -> None:
        self.engine.dispose()
        if self.locked:
            locking.release(self.path)
            self.locked = False

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def check_project(path: Path | str) -> int:
    """Check ``path`` as opening it does (ProjectFileError for a file that is
    not a sound Stegvis project) and make the database layer ready (SQLAlchemy
    sets up its mappings at the first query); returns the file's format
    version, for Project.open. Slow parts let other threads run: the window
    does this on a thread of its own."""
    version = read_format_version(Path(path))
    configure_mappers()
    return version
