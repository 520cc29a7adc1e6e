"""Importing transcripts: good files in, bad files reported, project otherwise unchanged."""

import zipfile
from pathlib import Path

import docx
import pytest

from workbench.services.documents import (
    document_text,
    import_files,
    list_documents,
    remove_documents,
    restore_documents,
)
from workbench.services.codes import create_code
from workbench.services.coding import apply_code
from workbench.services.report import project_info

SAMPLES = [f"Informant {c}" for c in "ABCDEF"]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_import_six_sample_transcripts(tmp_project, samples_dir):
    paths = sorted(samples_dir.glob("*.docx"))
    report = import_files(tmp_project, paths)
    assert report.failed == []
    assert [d.name for d in report.imported] == SAMPLES
    docs = list_documents(tmp_project)
    assert [d.name for d in docs] == SAMPLES
    for summary, path in zip(docs, paths):
        text = document_text(tmp_project, summary.id)
        assert summary.characters == len(text)
        assert summary.codings == 0
        assert "\r" not in text
        assert text == text.strip("\n")
        letter = summary.name[-1]
        assert f"\nInformant {letter}:" in text  # speaker labels kept
        assert "\nIntervjuer:" in text
        # Each non-empty paragraph of the Word document is one line of the text.
        paragraphs = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
        lines = [line for line in text.split("\n") if line.strip()]
        assert lines == paragraphs


def test_sample_phrase_is_on_one_line(tmp_project, samples_dir):
    doc = import_files(tmp_project, [samples_dir / "Informant C.docx"]).imported[0]
    text = document_text(tmp_project, doc.id)
    phrase = "Ansatte må få hjelp til å ta de første skrittene ved innføring av ny løsning"
    i = text.index(phrase)
    line_start = text.rfind("\n", 0, i) + 1
    assert text[line_start:].startswith("Informant C: ")
    assert "\n" not in text[line_start : i + len(phrase)]


def test_txt_with_bom_and_crlf(tmp_project, tmp_path):
    path = write(tmp_path / "intervju.txt", "\ufeffIntervjuer: Hei\r\nInformant: «Hallo» æøå\rslutt\r\n".encode("utf-8"))
    report = import_files(tmp_project, [path])
    assert report.failed == []
    (doc,) = report.imported
    assert doc.name == "intervju"
    text = document_text(tmp_project, doc.id)
    assert text == "Intervjuer: Hei\nInformant: «Hallo» æøå\nslutt\n"
    assert doc.characters == len(text)


def test_txt_without_bom(tmp_project, tmp_path):
    path = write(tmp_path / "plain.txt", "Informant A: ja 😀 nei\n".encode("utf-8"))
    (doc,) = import_files(tmp_project, [path]).imported
    assert document_text(tmp_project, doc.id) == "Informant A: ja 😀 nei\n"
    assert doc.characters == len("Informant A: ja 😀 nei\n")


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, list[str]]]:
    """name -> (file, words the reason must contain)."""
    not_docx = tmp_path / "archive.docx"
    with zipfile.ZipFile(not_docx, "w") as z:
        z.writestr("hello.txt", "not a Word document")
    return {
        "empty txt": (write(tmp_path / "empty.txt", b""), ["empty"]),
        "blank txt": (write(tmp_path / "blank.txt", b"  \r\n\n "), ["no text"]),
        "empty docx": (write(tmp_path / "empty.docx", b""), ["empty"]),
        "binary txt": (write(tmp_path / "binary.txt", bytes(range(256)) * 4), ["binary"]),
        "doc": (write(tmp_path / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100), [".doc", ".docx"]),
        "unknown": (write(tmp_path / "notes.xyz", b"notes"), ["unknown file type", ".xyz"]),
        "nul txt": (write(tmp_path / "nul.txt", b"tekst\x00mer"), ["binary"]),
        "no extension": (write(tmp_path / "README", b"text"), ["unknown file type"]),
        "not a zip docx": (write(tmp_path / "fake.docx", b"This is plain text, not a docx"), ["not a Word document"]),
        "zip but not docx": (not_docx, ["Word document", "damaged"]),
        "missing": (tmp_path / "missing.txt", ["no such file"]),
    }


def test_bad_files_reported_good_ones_imported(tmp_project, tmp_path, samples_dir):
    bad = _bad_files(tmp_path)
    good_txt = write(tmp_path / "good.txt", "Informant: god fil\n".encode("utf-8"))
    bad_paths = [p for p, _ in bad.values()]
    paths = [bad_paths[0], samples_dir / "Informant A.docx", *bad_paths[1:6], good_txt, *bad_paths[6:]]
    before = project_info(tmp_project)
    report = import_files(tmp_project, paths)
    assert [d.name for d in report.imported] == ["Informant A", "good"]
    assert [p for p, _ in report.failed] == bad_paths
    for (path, reason), (label, (expected_path, words)) in zip(report.failed, bad.items()):
        assert path == expected_path
        for word in words:
            assert word in reason, (label, reason)
    after = project_info(tmp_project)
    assert [d["name"] for d in after["documents"]] == [d["name"] for d in before["documents"]] + ["Informant A", "good"]


@pytest.mark.parametrize("label", ["empty txt", "binary txt", "doc", "unknown", "not a zip docx", "nul txt"])
def test_bad_file_alone_leaves_project_unchanged(tmp_project, tmp_path, samples_dir, label):
    import_files(tmp_project, [samples_dir / "Informant B.docx"])
    before = project_info(tmp_project, with_text=True)
    path, _ = _bad_files(tmp_path)[label]
    report = import_files(tmp_project, [path])
    assert report.imported == []
    assert len(report.failed) == 1
    assert project_info(tmp_project, with_text=True) == before


def test_duplicate_names_get_a_number(tmp_project, samples_dir, tmp_path):
    path = samples_dir / "Informant A.docx"
    import_files(tmp_project, [path])
    report = import_files(tmp_project, [path, path])
    assert [d.name for d in report.imported] == ["Informant A (2)", "Informant A (3)"]
    # Names are compared ignoring case; a .txt of the same stem also gets a number.
    txt = write(tmp_path / "informant a.txt", b"Informant A: tekst\n")
    (doc,) = import_files(tmp_project, [txt]).imported
    assert doc.name == "informant a (4)"
    assert [d.name for d in list_documents(tmp_project)] == [
        "Informant A", "Informant A (2)", "Informant A (3)", "informant a (4)",
    ]


def test_progress_can_cancel(tmp_project, samples_dir):
    paths = sorted(samples_dir.glob("*.docx"))
    seen = []

    def progress(i, path):
        seen.append((i, path))
        return i < 2

    report = import_files(tmp_project, paths, progress)
    assert [d.name for d in report.imported] == ["Informant A", "Informant B"]
    assert [i for i, _ in seen] == [0, 1, 2]


def test_remove_and_restore_documents_round_trip(tmp_project, samples_dir):
    report = import_files(tmp_project, sorted(samples_dir.glob("*.docx"))[:3])
    code = create_code(tmp_project, "Trygghet")
    for doc in report.imported:
        apply_code(tmp_project, code.id, doc.id, 5, 25)
    before = project_info(tmp_project, with_text=True)
    snaps = remove_documents(tmp_project, [report.imported[1].id])
    after = project_info(tmp_project)
    assert [d["name"] for d in after["documents"]] == ["Informant A", "Informant C"]
    assert len(after["codings"]) == 2
    restore_documents(tmp_project, snaps)
    assert project_info(tmp_project, with_text=True) == before
