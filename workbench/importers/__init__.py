"""Read transcripts into plain text: the canonical text every offset counts in.

Every reader turns one file into the text exactly as the student wrote it (no
Unicode normalisation, no tidying beyond what each format says) and a few style
spans (bold, italic, heading) for the view. A file that cannot be read is
refused with :class:`ImportFileError`, whose ``problem`` is one short sentence.

``read_transcript`` judges one file, ``expand_paths`` turns files and folders
that a student chose into the files to import.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench.texts import fill, translate

log = logging.getLogger(__name__)

#: The file types read_transcript imports, in the order the messages name them.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".docx", ".md", ".odt", ".pdf", ".rtf", ".srt", ".txt", ".vtt")

#: Style kinds a StyleSpan can have.
STYLE_KINDS = frozenset({"bold", "italic", "heading"})


class ImportFileError(Exception):
    """A file cannot be imported; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """A styled range of the text: code-point offsets, ``end`` exclusive."""

    start: int
    end: int
    kind: str

    def __post_init__(self) -> None:
        if self.kind not in STYLE_KINDS:
            raise ValueError(f"unknown style kind {self.kind!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad style range {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class ImportedText:
    name: str
    text: str
    source_name: str
    styles: tuple[StyleSpan, ...] = ()


def normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unknown_type_problem(suffix: str) -> str:
    known = ", ".join(SUPPORTED_SUFFIXES)
    if not suffix:
        return fill(translate("CoreImport", "unknown file type (no file extension); Stegvis imports %1"), known)
    return fill(translate("CoreImport", "unknown file type “%1”; Stegvis imports %2"), suffix, known)


def _reader_for(suffix: str):
    # Imported here: the package is imported by the services at start-up, the
    # format libraries only when a file of that kind is read.
    if suffix in (".docx", ".doc"):
        from workbench.importers.docx_reader import read_docx, read_doc

        return read_docx if suffix == ".docx" else read_doc
    if suffix == ".txt":
        from workbench.importers.text_reader import read_text

        return read_text
    if suffix == ".md":
        from workbench.importers.markdown_reader import read_markdown

        return read_markdown
    if suffix == ".odt":
        from workbench.importers.odt_reader import read_odt

        return read_odt
    if suffix == ".rtf":
        from workbench.importers.rtf_reader import read_rtf

        return read_rtf
    if suffix == ".pdf":
        from workbench.importers.pdf_reader import read_pdf

        return read_pdf
    if suffix == ".vtt":
        from workbench.importers.subtitle_reader import read_vtt

        return read_vtt
    if suffix == ".srt":
        from workbench.importers.subtitle_reader import read_srt

        return read_srt
    return None


def read_transcript(path: Path | str) -> ImportedText:
    """Read one transcript file; raises ImportFileError with a reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    reader = _reader_for(suffix)
    if reader is None:
        raise ImportFileError(path, unknown_type_problem(path.suffix))
    checked_file(path, ImportFileError)
    try:
        text, styles = reader(path)
    except ImportFileError:
        raise
    except MemoryError:
        raise ImportFileError(path, translate("CoreImport", "too large to import")) from None
    except OSError as exc:
        raise ImportFileError(path, _os_problem(exc)) from None
    except Exception:  # a bug or a library failing in a way not foreseen
        log.exception("reading %s failed", path)
        raise ImportFileError(
            path, translate("CoreImport", "the file could not be read; it may be damaged")
        ) from None
    if not text.strip():
        raise ImportFileError(path, translate("CoreImport", "the file holds no text"))
    return ImportedText(name=path.stem, text=text, source_name=path.name, styles=tuple(styles))


def checked_file(
    path: Path, error: Callable[[Path, str], Exception], kind: str | None = None
) -> os.stat_result:
    """``path``'s stat, after checking that it is there, can be read, is a regular
    file (not a folder, a pipe or a device) and is not empty; otherwise raises
    ``error(path, problem)`` (the importers' and REFI-QDA's own errors).

    ``kind`` names what the file should be in "a folder, not a …" (already
    translated by the caller); None: a file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise error(path, translate("CoreImport", "no such file")) from None
    except OSError as exc:
        raise error(path, _os_problem(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        if kind is None:
            raise error(path, translate("CoreImport", "a folder, not a file"))
        raise error(path, fill(translate("CoreImport", "a folder, not a %1"), kind))
    if not stat.S_ISREG(info.st_mode):
        raise error(path, translate("CoreImport", "not a regular file"))
    if info.st_size == 0:
        raise error(path, translate("CoreImport", "the file is empty"))
    return info


def _os_problem(exc: OSError) -> str:
    """One short sentence for an OSError met while reading a file.

    The common causes have a sentence of their own, found by errno (the
    English is the C library's text on Linux, so it reads the same on every
    system); any other keeps the system's own text, untranslated, in the frame.
    """
    name = errno.errorcode.get(exc.errno or 0, "")
    if isinstance(exc, PermissionError) or name in ("EACCES", "EPERM"):
        return translate("CoreImport", "the file cannot be opened (permission denied)")
    if name == "ENOENT":
        return translate("CoreImport", "the file cannot be read (no such file or directory)")
    if name == "ENOTDIR":
        return translate("CoreImport", "the file cannot be read (not a directory)")
    if name == "EISDIR":
        return translate("CoreImport", "the file cannot be read (is a directory)")
    if name == "ENAMETOOLONG":
        return translate("CoreImport", "the file cannot be read (file name too long)")
    if name == "ELOOP":
        return translate("CoreImport", "the file cannot be read (too many levels of symbolic links)")
    if name == "ENOSPC":
        return translate("CoreImport", "the file cannot be read (no space left on device)")
    if name == "EDQUOT":
        return translate("CoreImport", "the file cannot be read (disk quota exceeded)")
    if name == "EROFS":
        return translate("CoreImport", "the file cannot be read (read-only file system)")
    if name == "EFBIG":
        return translate("CoreImport", "the file cannot be read (file too large)")
    if name == "ENOMEM":
        return translate("CoreImport", "the file cannot be read (cannot allocate memory)")
    if name == "EMFILE":
        return translate("CoreImport", "the file cannot be read (too many open files)")
    if name == "ENFILE":
        return translate("CoreImport", "the file cannot be read (too many open files in system)")
    if name == "EBUSY":
        return translate("CoreImport", "the file cannot be read (device or resource busy)")
    if name == "ESTALE":
        return translate("CoreImport", "the file cannot be read (stale file handle)")
    if name == "ETIMEDOUT":
        return translate("CoreImport", "the file cannot be read (connection timed out)")
    if name == "EINVAL":
        return translate("CoreImport", "the file cannot be read (invalid argument)")
    if name == "EIO" or not exc.strerror:
        return translate("CoreImport", "the file cannot be read (input/output error)")
    reason = exc.strerror
    return fill(translate("CoreImport", "the file cannot be read (%1)"), reason[:1].lower() + reason[1:])


# ---------------------------------------------------------------------------
# Choosing files: folders expand into the files inside them.

#: Suffixes that read_transcript judges itself: .doc gets its own message (and
#: a .doc that is really .docx or RTF is read).
_JUDGED_SUFFIXES = frozenset(SUPPORTED_SUFFIXES) | {".doc"}
#: Files that operating systems leave in folders, skipped without a word.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"})
_SYSTEM_FOLDERS = frozenset({"__macosx", "$recycle.bin", "system volume information"})
_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple:
    """Sort key putting "Informant 2" before "Informant 10", case ignored."""
    parts = _DIGITS.split(name.casefold())
    return tuple((0, int(p), p) if p.isdigit() else (1, 0, p) for p in parts if p != "")


def _is_hidden(entry: os.DirEntry) -> bool:
    name = entry.name
    if name.startswith(".") or name.startswith("~$"):
        return True
    try:
        attributes = entry.stat(follow_symlinks=False).st_file_attributes  # Windows only
    except (AttributeError, OSError):
        return False
    return bool(attributes & (stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM))


def _walk(folder: Path, found: list[Path], skipped: list[tuple[Path, str]], seen_dirs: set) -> None:
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:  # a link back up the tree
            return
        seen_dirs.add(key)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: natural_key(e.name))
    except OSError as exc:
        if isinstance(exc, PermissionError):
            problem = translate("CoreImport", "the folder cannot be opened (permission denied)")
        elif not exc.strerror:
            problem = translate("CoreImport", "the folder cannot be read (input/output error)")
        else:
            problem = fill(translate("CoreImport", "the folder cannot be read (%1)"), exc.strerror)
        skipped.append((folder, problem))
        return
    for entry in entries:
        if _is_hidden(entry):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if entry.name.casefold() not in _SYSTEM_FOLDERS:
                _walk(path, found, skipped, seen_dirs)
            continue
        if entry.name.casefold() in _SYSTEM_FILES:
            continue
        if path.suffix.lower() in _JUDGED_SUFFIXES:
            found.append(path)
        else:
            skipped.append((path, unknown_type_problem(path.suffix)))


def expand_paths(paths: Iterable[Path | str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to import and files passed over with a reason.

    A folder expands, recursively and sorted naturally by name, into the files
    in it that Stegvis can import; hidden files and folders and Office lock
    files ("~$x.docx") are left out, other files are passed over with a reason.
    Files named explicitly are all kept for read_transcript to judge; a file
    reached again through a folder is not repeated.
    """
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    taken: set[Path] = set()
    for path in map(Path, paths):
        if not path.is_dir():
            files.append(path)
            taken.add(_identity(path))
            continue
        found: list[Path] = []
        _walk(path, found, skipped, set())
        for file in found:
            key = _identity(file)
            if key not in taken:
                taken.add(key)
                files.append(file)
    return files, skipped


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
