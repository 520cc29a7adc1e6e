"""Plain .txt transcripts: the text as written, in whatever encoding the
editor saved it (see textdecode); CRLF and CR line ends become "\\n"."""

from __future__ import annotations

from pathlib import Path

from workbench.importers import StyleSpan
from workbench.importers.textdecode import decode_text, read_limited


def read_text(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    return decode_text(path, read_limited(path)), ()
