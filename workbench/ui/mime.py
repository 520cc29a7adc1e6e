"""Drag-and-drop payloads between Stegvis's own views."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

CODES_MIME = "application/x-stegvis-codes"


def codes_mime(code_ids: list[int], names: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CODES_MIME, json.dumps(code_ids).encode())
    mime.setText("\n".join(names))
    return mime


def code_ids_from(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(CODES_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(CODES_MIME).data()).decode())
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, int)]
