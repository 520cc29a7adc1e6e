"""Exports report progress, can be cancelled, and never leave a half file;
problems name the file."""

import errno
import itertools
import os

import docx
import pytest

from workbench.exporters import (
    ExportCancelled,
    ExportError,
    export_codebook,
    export_codebook_csv,
    export_codebook_file,
    export_codebook_xlsx,
    export_quotes,
)
from workbench.services.demo import build_demo

EXPORTS = {
    "appendix.docx": lambda p, path, **kw: export_codebook(p, path, quotes=1, **kw),
    "tables.docx": lambda p, path, **kw: export_codebook(p, path, layout="table", **kw),
    "quotes.docx": export_quotes,
    "codebook.xlsx": export_codebook_xlsx,
    "codebook.csv": export_codebook_csv,
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "demo.stegvis")
    yield project
    project.close()


@pytest.mark.parametrize("name", EXPORTS)
def test_progress_runs_up_to_the_total(demo, tmp_path, name):
    calls = []
    EXPORTS[name](demo, tmp_path / name, progress=lambda done, total: calls.append((done, total)) or True)
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] > 1
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    assert len({total for _, total in calls}) == 1
    assert os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("when", ["start", "midway", "end"])
@pytest.mark.parametrize("name", EXPORTS)
def test_cancel_leaves_no_file(demo, tmp_path, name, when):
    def progress(done, total):
        stop = {"start": 0, "midway": total // 2, "end": total}[when]
        return done < stop

    with pytest.raises(ExportCancelled) as caught:
        EXPORTS[name](demo, tmp_path / name, progress=progress)
    assert caught.value.path == tmp_path / name
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", EXPORTS)
def test_cancel_keeps_the_file_already_there(demo, tmp_path, name):
    target = tmp_path / name
    target.write_bytes(b"the old export")
    with pytest.raises(ExportCancelled):
        EXPORTS[name](demo, target, progress=lambda done, total: done < total // 2)
    assert target.read_bytes() == b"the old export"
    assert os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("name", EXPORTS)
def test_missing_folder_names_the_path(demo, tmp_path, name):
    target = tmp_path / "no such folder" / name
    with pytest.raises(ExportError) as caught:
        EXPORTS[name](demo, target)
    assert str(target) in str(caught.value)
    assert "does not exist" in caught.value.problem
    assert caught.value.path == target


def test_a_folder_as_target(demo, tmp_path):
    (tmp_path / "x.docx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_codebook(demo, tmp_path / "x.docx")


def test_file_open_in_word(demo, tmp_path, monkeypatch):
    """Windows refuses to replace a file Word has open: PermissionError."""
    target = tmp_path / "kodebok.docx"
    target.write_bytes(b"open in Word")

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        export_codebook(demo, target)
    assert str(target) in str(caught.value)
    assert "open in Word" in caught.value.problem
    assert target.read_bytes() == b"open in Word"
    assert os.listdir(tmp_path) == ["kodebok.docx"]


def test_unwritable_folder(demo, tmp_path, monkeypatch):
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith(".part"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ExportError, match="permission denied") as caught:
        export_codebook_xlsx(demo, tmp_path / "kodebok.xlsx")
    assert "kodebok.xlsx" in str(caught.value)


def test_disk_full_while_writing(demo, tmp_path, monkeypatch):
    def full(self, path):
        with open(path, "wb") as f:
            f.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", full)
    with pytest.raises(ExportError, match="the disk is full"):
        export_quotes(demo, tmp_path / "sitater.docx")
    assert os.listdir(tmp_path) == []


def test_unknown_suffix_and_options(demo, tmp_path):
    with pytest.raises(ExportError, match="unknown file type"):
        export_codebook_file(demo, tmp_path / "kodebok.pdf")
    with pytest.raises(ValueError):
        export_codebook(demo, tmp_path / "a.docx", lang="de")
    with pytest.raises(ValueError):
        export_codebook(demo, tmp_path / "a.docx", layout="list")
    assert os.listdir(tmp_path) == []
