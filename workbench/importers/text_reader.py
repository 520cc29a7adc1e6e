"""Plain .txt transcripts in UTF-8 (with or without a byte-order mark)."""

from __future__ import annotations

from pathlib import Path

from workbench.importers import ImportFileError, normalise_line_ends


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data:
        raise ImportFileError(path, "the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(path, "binary data, not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, f"not UTF-8 text (byte {exc.start}); save it as UTF-8 and import again") from exc
    return normalise_line_ends(text)
