"""Bytes of a plain-text file to text: UTF-8 first, a byte-order mark when
there is one, otherwise charset-normalizer among the encodings Norwegian text
files really come in (Windows Notepad and Word "plain text": cp1252; older
Unix and web tools: ISO 8859-1; old Mac exports: Mac Roman)."""

from __future__ import annotations

import codecs
from pathlib import Path

from workbench.importers import ImportFileError, normalise_line_ends
from workbench.texts import fill, translate

MB = 1024 * 1024
#: A transcript of many hours is a few MB of text; more is not a transcript.
MAX_TEXT_BYTES = 50 * MB

#: Encodings charset-normalizer may choose between. Left to consider every
#: encoding it knows, it reads short Norwegian cp1252 text as Big5 or cp1250
#: ("gĺr" for "går"); restricted to these it tells them apart reliably.
LEGACY_ENCODINGS = ("cp1252", "latin_1", "mac_roman")

_BOMS = (  # UTF-32 first: its little-endian mark begins like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def too_large(size: int, limit: int) -> str:
    return fill(
        translate("CoreImport", "too large for a transcript (%1 MB; the limit is %2 MB)"),
        f"{size / MB:.0f}",
        limit // MB,
    )


def read_limited(path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The file's bytes, refused before reading when larger than ``limit``."""
    with path.open("rb") as f:
        size = path.stat().st_size
        if size > limit:
            raise ImportFileError(path, too_large(size, limit))
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while we looked
        raise ImportFileError(path, too_large(len(data), limit))
    if not data:
        raise ImportFileError(path, translate("CoreImport", "the file is empty"))
    return data


def decode_text(path: Path, data: bytes) -> str:
    """The text of a plain-text file, line ends made "\\n", nothing else changed."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportFileError(
                    path,
                    fill(
                        translate("CoreImport", "the %1 text is damaged (invalid bytes at byte %2)"),
                        label, exc.start + len(bom),
                    ),
                ) from None
            break
    else:
        if b"\x00" in data:
            raise ImportFileError(path, translate("CoreImport", "binary data, not a text file"))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(path, data)
    if "\x00" in text:
        raise ImportFileError(path, translate("CoreImport", "binary data, not a text file"))
    return normalise_line_ends(text)


def _decode_legacy(path: Path, data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise ImportFileError(path, translate("CoreImport", "binary data, not a text file"))
    encoding = best.encoding
    if encoding == "latin_1":
        # The two differ only in 0x80-0x9F, printable characters in cp1252 and
        # unused control codes in ISO 8859-1: where cp1252 reads it, it is right.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return data.decode(encoding)
