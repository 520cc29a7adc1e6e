"""Exports for the thesis: the codebook and the quotes to Word, the codebook
to a spreadsheet (SDI.md, "What users do with the result").

Every exporter is a plain function ``export_*(project, path, ..., progress=None)``
that the CLI and the UI call alike:

* ``progress(done, total)`` is called as the export goes; returning False
  cancels it and the function raises :class:`ExportCancelled`.
* The file is written to a temporary file next to the target and renamed at
  the end, so a failed or cancelled export never leaves a half file (nor
  touches a file already there).
* A problem the user can fix (missing folder, file open in Word, no
  permission) raises :class:`ExportError` naming the file and the problem.

This module also gathers the codebook once, in the project's order, for every
exporter: :func:`gather_codebook`.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from workbench.services.code_system import GroupInfo, ThemeInfo, code_system
from workbench.services.project import Project
from workbench.services.records import Passage
from workbench.storage.models import Code, Coding, Document
from workbench.texts import fill, translate

Progress = Callable[[int, int], bool]

LANGUAGES = ("nb", "en")


class ExportError(Exception):
    """An export cannot be written; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ExportCancelled(Exception):
    """The user cancelled the export (progress returned False); no file was written."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        problem = translate("CoreExport", "export cancelled; no file was written")
        super().__init__(f"{self.path}: {problem}")


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


# --- progress and safe writing ------------------------------------------------------------

class Steps:
    """Counts an export's steps and asks ``progress`` whether to go on."""

    def __init__(self, path: Path, progress: Progress | None, total: int) -> None:
        self.path, self.progress, self.total, self.done = path, progress, max(total, 1), 0

    def report(self, done: int | None = None) -> None:
        if done is not None:
            self.done = done
        if self.progress is not None and self.progress(min(self.done, self.total), self.total) is False:
            raise ExportCancelled(self.path)

    def step(self, n: int = 1) -> None:
        self.done += n
        self.report()


def _problem(exc: OSError, replacing: bool) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        if replacing:
            return translate(
                "CoreExport",
                "permission denied: the file may be open in Word or Excel, or be write-protected; close it and export again")
        return translate("CoreExport", "permission denied: cannot write in this folder; choose another folder")
    if exc.errno == errno.ENOSPC:
        return translate("CoreExport", "the disk is full")
    if exc.errno == errno.EROFS:
        return translate("CoreExport", "the folder is read-only; choose another folder")
    return exc.strerror or str(exc)


def folder_missing(folder: Path) -> str:
    """The problem of a target whose folder is not there."""
    #: %1: a folder
    return fill(translate("CoreExport", "the folder %1 does not exist"), folder)


@contextmanager
def safe_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path next to ``path`` to write the export to; on
    success it replaces ``path``, on any error or cancel it is removed."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(path, folder_missing(folder))
    if path.is_dir():
        raise ExportError(path, translate("CoreExport", "is a folder; give a file name"))
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        # Created up front so an unwritable folder fails before the long work;
        # os.open honours the umask, so the export gets the user's usual mode.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise ExportError(path, _problem(exc, replacing=False)) from exc
    try:
        try:
            yield tmp
        except OSError as exc:
            raise ExportError(path, _problem(exc, replacing=False)) from exc
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise ExportError(path, _problem(exc, replacing=True)) from exc
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


# --- text that XML and spreadsheets accept -------------------------------------------------

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str | None) -> str:
    """Text without the control characters XML (Word, Excel) refuses."""
    return _ILLEGAL.sub("", text or "")


# --- the codebook, gathered once in the project's order --------------------------------------

@dataclass(frozen=True)
class CodeEntry:
    id: int
    name: str
    description: str
    memo: str
    passages: int
    documents: int
    #: The code's first passages in document order (as many as asked for).
    quotes: tuple[Passage, ...] = ()


class _NamedByInfo:
    """Entries that take their number and name from their ``info``."""

    @property
    def number(self) -> int | None:
        return self.info.number  # type: ignore[attr-defined]

    @property
    def name(self) -> str:
        return self.info.name  # type: ignore[attr-defined]


@dataclass(frozen=True)
class GroupEntry(_NamedByInfo):
    info: GroupInfo
    codes: list[CodeEntry]
    passages: int
    documents: int


@dataclass(frozen=True)
class ThemeEntry(_NamedByInfo):
    info: ThemeInfo
    groups: list[GroupEntry]
    passages: int
    documents: int


@dataclass(frozen=True)
class Codebook:
    """Themes with their groups and codes in order; then the groups outside the
    themes, the rest group and the ungrouped codes, each listed apart."""

    project_name: str
    themes: list[ThemeEntry]
    loose_groups: list[GroupEntry]
    rest: GroupEntry | None
    ungrouped: list[CodeEntry]
    documents: int  # documents in the project
    coded_documents: int  # documents with at least one coding
    passages: int
    ungrouped_documents: int = 0

    def groups(self) -> list[GroupEntry]:
        """Every group in the codebook's order, the rest group last."""
        out = [g for t in self.themes for g in t.groups] + self.loose_groups
        return out + ([self.rest] if self.rest else [])

    def codes(self) -> list[CodeEntry]:
        """Every code in the codebook's order, each once."""
        return [c for g in self.groups() for c in g.codes] + self.ungrouped

    def rows(self) -> Iterator[tuple[ThemeEntry | None, GroupEntry | None, CodeEntry]]:
        """(theme, group, code) for every code in order."""
        for t in self.themes:
            for g in t.groups:
                for c in g.codes:
                    yield t, g, c
        for g in self.loose_groups + ([self.rest] if self.rest else []):
            for c in g.codes:
                yield None, g, c
        for c in self.ungrouped:
            yield None, None, c


def _passages(project: Project, limit: int | None) -> dict[int, list[Passage]]:
    """Each code's passages in document order (as :func:`retrieval.retrieve`
    orders them), at most ``limit`` per code (None: all), in one query."""
    stmt = (
        select(Coding.id, Coding.code_id, Coding.document_id, Document.name, Coding.start, Coding.end, Code.name)
        .join(Document, Document.id == Coding.document_id)
        .join(Code, Code.id == Coding.code_id)
        .order_by(Document.position, Document.id, Coding.start, Coding.end, Coding.id)
    )
    out: dict[int, list[Passage]] = {}
    with project.reading() as s:
        texts = dict(s.execute(select(Document.id, Document.text)).all())
        for cid, code_id, doc_id, doc_name, start, end, code_name in s.execute(stmt):
            found = out.setdefault(code_id, [])
            if limit is None or len(found) < limit:
                found.append(Passage(cid, code_id, doc_id, doc_name, start, end, texts[doc_id][start:end], code_name))
    return out


def gather_codebook(project: Project, quotes: int | None = 0) -> Codebook:
    """The project's codebook in order, with the first ``quotes`` passages of
    every code (None: all of them)."""
    system = code_system(project)
    with project.reading() as s:
        notes = {cid: (d or "", m or "") for cid, d, m in s.execute(select(Code.id, Code.description, Code.memo))}
        documents = s.scalar(select(func.count(Document.id))) or 0
        coded = s.scalar(select(func.count(func.distinct(Coding.document_id)))) or 0
    found = _passages(project, quotes) if quotes is None or quotes > 0 else {}

    by_group: dict[int | None, list[CodeEntry]] = {}
    for c in system.codes:
        description, memo = notes.get(c.id, ("", ""))
        by_group.setdefault(c.group_id, []).append(
            CodeEntry(c.id, c.name, description, memo, c.passages, c.documents, tuple(found.get(c.id, ())))
        )

    def group(g: GroupInfo) -> GroupEntry:
        codes = by_group.get(g.id, [])
        return GroupEntry(g, codes, sum(c.passages for c in codes), system.group_documents.get(g.id, 0))

    themes = []
    for t in system.themes:
        groups = [group(g) for g in system.groups_of(t.id)]
        themes.append(ThemeEntry(t, groups, sum(g.passages for g in groups), system.theme_documents.get(t.id, 0)))
    loose = [group(g) for g in system.groups_of(None)]
    rest = group(system.rest_group) if system.rest_group is not None else None
    ungrouped = by_group.get(None, [])
    return Codebook(
        project_name=project.name,
        themes=themes,
        loose_groups=loose,
        rest=rest,
        ungrouped=ungrouped,
        documents=documents,
        coded_documents=coded,
        passages=sum(c.passages for c in system.codes),
        ungrouped_documents=system.group_documents.get(None, 0),
    )


def code_test_progress(project: Project) -> dict[str, int] | None:
    """The code test's figures (sdi_tests.progress), None if there are none."""
    try:
        from workbench.services.sdi_tests import progress
    except ImportError:  # a project version without recorded tests
        return None
    return progress(project, "code_test")


def export_codebook_file(project: Project, path: Path | str, *, lang: str = "nb", **options) -> Path:
    """The codebook in the format the file's suffix names: .docx, .xlsx or .csv.

    ``options`` go to :func:`export_codebook` (.docx); .xlsx and .csv take
    ``progress`` only (and .csv ``delimiter``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        export_codebook(project, path, lang=lang, **options)
    elif suffix in (".xlsx", ".csv"):
        keep = {"progress", "delimiter"} if suffix == ".csv" else {"progress"}
        extra = {k: v for k, v in options.items() if k in keep}
        (export_codebook_xlsx if suffix == ".xlsx" else export_codebook_csv)(project, path, lang=lang, **extra)
    else:
        raise ExportError(path, translate(
            "CoreExport", "unknown file type; use .docx (Word), .xlsx (Excel) or .csv"))
    return path


from workbench.exporters.spreadsheet import export_codebook_csv, export_codebook_xlsx
from workbench.exporters.word_codebook import export_codebook
from workbench.exporters.word_quotes import export_quotes

__all__ = [
    "Codebook",
    "ExportCancelled",
    "ExportError",
    "export_codebook",
    "export_codebook_csv",
    "export_codebook_file",
    "export_codebook_xlsx",
    "export_quotes",
    "gather_codebook",
]
