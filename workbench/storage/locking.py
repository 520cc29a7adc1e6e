"""One writer at a time: a lock file beside the project names who has it open.

The lock is a small JSON file, ``NAME.stegvis.lock``, written when a project
is opened for writing and removed when it is closed. It travels with the
project in a synced folder (OneDrive, Dropbox), so a second computer sees who
has it open. A lock left by a crashed Stegvis on this computer is recognised
(its process is gone) and cleared; a lock from another computer cannot be
checked that way, so the user decides (open read-only, or open anyway).
"""

from __future__ import annotations

import getpass
import json
import os
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from workbench.texts import fill, translate

#: The name kept for a user or computer that is not known.
UNKNOWN = "unknown"


class LockInfo(NamedTuple):
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """Who holds the lock, for a person: "kari on kontor-pc since …"."""
        return fill(
            translate("CoreProjectFile", "%1 on %2 since %3"),
            _name(self.user),
            _name(self.host),
            self.since.replace("T", " "),
        )


def _name(name: str) -> str:
    """A user's or computer's name, the stand-in for one that is not known in
    the user's language (the lock file keeps it in English)."""
    return translate("CoreProjectFile", "unknown") if name == UNKNOWN else name


class ProjectLocked(Exception):
    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path, self.info = Path(path), info
        #: The problem without the file's name, as ProjectFileError.problem.
        self.problem = fill(translate("CoreProjectFile", "is open for writing by %1"), info.describe())
        super().__init__(f"{path}: {self.problem}")


def lock_path(project: Path) -> Path:
    project = Path(project)
    return project.with_name(project.name + ".lock")


def hostname() -> str:
    """This computer's name as socket.gethostname() gives it; from uname where
    there is one, which spares loading socket when the app starts."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename
    import socket

    return socket.gethostname()


def me() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # no user name on this system
        user = UNKNOWN
    return LockInfo(user, hostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))


def read_lock(project: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable or half-written: treat it as held by someone unknown.
        return LockInfo(UNKNOWN, UNKNOWN, 0, "")


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def is_stale(info: LockInfo) -> bool:
    """A lock from this computer whose process is gone (a crash)."""
    return info.host == hostname() and not _process_alive(info.pid)


def acquire(project: Path, force: bool = False) -> LockInfo:
    """Take the lock, clearing a stale one; ProjectLocked when someone has it
    (unless ``force``: the user chose to open anyway)."""
    path = lock_path(project)
    held = read_lock(project)
    mine = me()
    if held is not None and not force and not is_stale(held) and not (
        held.host == mine.host and held.pid == mine.pid
    ):
        raise ProjectLocked(Path(project), held)
    tmp = path.with_name(path.name + f".{mine.pid}.part")
    tmp.write_text(json.dumps(mine._asdict()), encoding="utf-8")
    tmp.replace(path)
    return mine


def release(project: Path) -> None:
    """Remove the lock if it is ours."""
    held = read_lock(project)
    mine = me()
    if held is not None and held.host == mine.host and held.pid == mine.pid:
        lock_path(project).unlink(missing_ok=True)
