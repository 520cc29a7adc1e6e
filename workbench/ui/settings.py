"""Remembered preferences and window state (QSettings, in an INI file in the
platform's configuration folder)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QSettings

MAX_RECENT = 10
#: Automatic backups kept per project (one is written each time it is opened).
BACKUPS_KEPT = 5


def backup_folder(project_path: Path | None) -> Path:
    """Where a project's automatic backups go, in the user's data folder."""
    from PySide6.QtCore import QStandardPaths

    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "backups"
    if project_path is None:
        return base
    return base / f"{Path(project_path).stem}-{_path_digest(project_path)[:8]}"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Stegvis", "Stegvis")


def recent_projects() -> list[str]:
    value = settings().value("recent/projects", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent_project(path: Path) -> None:
    path_s = str(Path(path).resolve())
    recent = [p for p in recent_projects() if p != path_s]
    settings().setValue("recent/projects", [path_s, *recent][:MAX_RECENT])


def _path_digest(path: Path) -> str:
    """The SHA-1 of a project's full path, in hex: the name of its settings and
    backups. (Qt's, already loaded: hashlib would load OpenSSL at start.)"""
    data = str(Path(path).resolve()).encode()
    return bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha1).toHex()).decode("ascii")


def _project_key(path: Path) -> str:
    return "project/" + _path_digest(path)[:16]


def view_state(path: Path) -> dict:
    """Where the user was in a project: document, scroll, selection, tree."""
    raw = settings().value(_project_key(path) + "/view")
    try:
        value = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def set_view_state(path: Path, state: dict) -> None:
    settings().setValue(_project_key(path) + "/view", json.dumps(state))


def last_document(path: Path) -> int | None:
    value = settings().value(_project_key(path) + "/document")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def set_last_document(path: Path, document_id: int | None) -> None:
    s = settings()
    if document_id is None:
        s.remove(_project_key(path) + "/document")
    else:
        s.setValue(_project_key(path) + "/document", document_id)
