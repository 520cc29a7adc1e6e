"""Remembered preferences and window state (QSettings, in an INI file in the
platform's configuration folder)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


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


def _project_key(path: Path) -> str:
    return "project/" + hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]


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
