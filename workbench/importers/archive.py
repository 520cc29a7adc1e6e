"""Checks on zip-based documents (.docx, .odt) before anything is unpacked.

The zip's central directory is checked first, so a hostile file is refused
in milliseconds with next to no memory. Members are then only ever read a
megabyte at a time: zipfile cuts a member off at its declared size (and then
fails its checksum), but ``ZipFile.read`` inflates a whole member before
cutting, so a member whose declared size lies could still take gigabytes.
``verify_members`` reads every member that way once, before a library that
reads whole members (python-docx) is let at the file.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path, PurePosixPath

from workbench.importers import ImportFileError
from workbench.texts import fill, translate

MB = 1024 * 1024
#: Everything unpacked together; a long transcript with photos stays far below.
MAX_UNPACKED = 200 * MB
#: Members of a document; Word and LibreOffice write a few dozen.
MAX_MEMBERS = 5000
#: Unpacked/packed size: XML packs 5-20 times; a zip bomb thousands of times.
MAX_RATIO = 100
#: The ratio is judged only past this size, where it starts to matter.
RATIO_FROM = 10 * MB

_DRIVE = re.compile(r"^[A-Za-z]:")
#: Compression methods Word and LibreOffice write; zipfile inflates bzip2 and
#: LZMA chunks without an output bound, so those are refused.
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_CHUNK = 1024 * 1024


def damaged(kind: str) -> str:
    """The message for a damaged zip; ``kind`` is a suffix (".docx", ".odt")."""
    return fill(translate("CoreImport", "the file is damaged (not a complete %1)"), kind)


def too_many_parts(count: int) -> str:
    return fill(translate("CoreImport", "the document has %1 parts, too many for a document; refusing it"), count)


def open_document_zip(path: Path, kind: str) -> zipfile.ZipFile:
    """Open ``path`` as a zip after checking what it would unpack to.

    ``kind`` is the format named in messages (".docx", ".odt").
    """
    size = path.stat().st_size
    if size > MAX_UNPACKED:
        raise ImportFileError(
            path,
            fill(
                translate("CoreImport", "too large for a transcript (%1 MB; the limit is %2 MB)"),
                f"{size / MB:,.0f}", MAX_UNPACKED // MB,
            ),
        )
    with path.open("rb") as f:
        entries = declared_entries(f, size)
    if entries is not None and entries > MAX_MEMBERS:
        # Refused before zipfile makes an object for each of them.
        raise ImportFileError(path, too_many_parts(entries))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportFileError(path, damaged(kind)) from None
    except (ValueError, EOFError, NotImplementedError):
        raise ImportFileError(path, damaged(kind)) from None
    try:
        check_members(path, archive.infolist())
    except BaseException:
        archive.close()
        raise
    return archive


def declared_entries(f, size: int) -> int | None:
    """The number of members the zip's end record declares, or None if the
    end record is not found (zipfile will then call the file damaged)."""
    tail_size = min(size, 22 + 65535)  # end record plus the longest comment
    f.seek(size - tail_size)
    tail = f.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    if entries != 0xFFFF:
        return entries
    locator = at - 20  # ZIP64: the locator stands before the end record
    if locator < 0 or tail[locator:locator + 4] != b"PK\x06\x07":
        return None
    record_offset = struct.unpack_from("<Q", tail, locator + 8)[0]
    if record_offset + 56 > size:
        return None
    f.seek(record_offset)
    record = f.read(56)
    if record[:4] != b"PK\x06\x06":
        return None
    return struct.unpack_from("<Q", record, 32)[0]


def check_members(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ImportFileError(path, too_many_parts(len(infos)))
    unpacked = packed = 0
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or _DRIVE.match(name) or ".." in parts:
            raise ImportFileError(
                path,
                fill(translate("CoreImport", "the document holds a part with an unsafe name (“%1”); refusing it"),
                     name[:60]),
            )
        if info.flag_bits & 0x1:
            raise ImportFileError(
                path, translate("CoreImport", "password-protected; remove the password and import again")
            )
        if info.compress_type not in _METHODS:
            raise ImportFileError(
                path,
                translate(
                    "CoreImport",
                    "the document is packed in an unusual way; open it and save it again in Word or LibreOffice",
                ),
            )
        unpacked += info.file_size
        packed += info.compress_size
    if unpacked > MAX_UNPACKED or (unpacked > RATIO_FROM and unpacked > MAX_RATIO * max(packed, 1)):
        expanded = f"{unpacked / MB:,.0f}"
        raise ImportFileError(
            path, fill(translate("CoreImport", "the document would expand to %1 MB; refusing it"), expanded)
        )


def _damaged_member(path: Path, kind: str, exc: BaseException) -> None:
    """Raise the ImportFileError for a member that fails to unpack; other
    errors (a disk failing) go on as they are."""
    if isinstance(exc, (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError)) or (
        type(exc).__module__ in ("zlib", "_lzma", "lzma", "_bz2", "bz2")
    ):
        raise ImportFileError(path, damaged(kind)) from None
    raise exc


def read_member(path: Path, archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One member's bytes, inflated a megabyte at a time, never more than the
    declared size (checked by check_members); a damaged member is a damaged file."""
    chunks = []
    try:
        with archive.open(name) as member:
            while chunk := member.read(_CHUNK):
                chunks.append(chunk)
    except KeyError:
        raise
    except Exception as exc:
        _damaged_member(path, kind, exc)
    return b"".join(chunks)


def verify_members(path: Path, archive: zipfile.ZipFile, kind: str) -> None:
    """Inflate every member a megabyte at a time and check its checksum."""
    for info in archive.infolist():
        try:
            with archive.open(info) as member:
                while member.read(_CHUNK):
                    pass
        except Exception as exc:
            _damaged_member(path, kind, exc)
