"""Choosing files: folders expand to the transcripts in them, naturally sorted."""

from pathlib import Path

import pytest

from workbench.importers import (
    SUPPORTED_SUFFIXES,
    ImportFileError,
    expand_paths,
    natural_key,
    read_transcript,
)

KNOWN = ".docx, .md, .odt, .pdf, .rtf, .srt, .txt, .vtt"


def touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".docx", ".md", ".odt", ".pdf", ".rtf", ".srt", ".txt", ".vtt")


def test_unknown_types_are_named(tmp_path):
    for name, shown in (("notat.xyz", "“.xyz”"), ("Notat.PAGES", "“.PAGES”"), ("README", "(no file extension)")):
        path = touch(tmp_path / name)
        with pytest.raises(ImportFileError) as info:
            read_transcript(path)
        assert info.value.problem == f"unknown file type {shown}; Stegvis imports {KNOWN}"
        assert str(info.value) == f"{name}: {info.value.problem}"


def test_suffix_case_does_not_matter(tmp_path):
    path = touch(tmp_path / "STOR.TXT", "Blåbær".encode())
    assert read_transcript(path).text == "Blåbær"


def test_folders_expand_recursively_in_natural_order(tmp_path):
    root = tmp_path / "Intervjuer"
    for name in [
        "Informant 10.docx", "Informant 2.docx", "informant 1.txt", "Informant 3.DOCX",
        "gammel.doc", "bilde.png", "notater.xyz",
        ".skjult.txt", "~$Informant 2.docx", ".~lock.Informant 2.docx#", "Thumbs.db", "desktop.ini",
        "Runde 2/Informant 11.odt", "Runde 2/Informant 9.md", "runde 10/a.vtt",
        ".git/config.txt", "__MACOSX/._Informant 2.docx", "Runde 2/.DS_Store",
    ]:
        touch(root / name)
    files, skipped = expand_paths([root])
    assert [p.relative_to(root).as_posix() for p in files] == [
        "gammel.doc",
        "informant 1.txt",
        "Informant 2.docx",
        "Informant 3.DOCX",
        "Informant 10.docx",
        "Runde 2/Informant 9.md",
        "Runde 2/Informant 11.odt",
        "runde 10/a.vtt",
    ]
    assert [(p.name, reason) for p, reason in skipped] == [
        ("bilde.png", f"unknown file type “.png”; Stegvis imports {KNOWN}"),
        ("notater.xyz", f"unknown file type “.xyz”; Stegvis imports {KNOWN}"),
    ]


def test_named_files_are_all_kept_and_folder_files_not_repeated(tmp_path):
    a = touch(tmp_path / "mappe" / "a.txt")
    b = touch(tmp_path / "mappe" / "b.txt")
    odd = touch(tmp_path / "bilde.png")
    missing = tmp_path / "borte.docx"
    lock = touch(tmp_path / "~$lås.docx")
    files, skipped = expand_paths([b, odd, missing, tmp_path / "mappe", lock, str(b)])
    assert files == [b, odd, missing, a, lock, b]
    assert skipped == []


def test_empty_folder(tmp_path):
    (tmp_path / "tom").mkdir()
    assert expand_paths([tmp_path / "tom"]) == ([], [])


def test_link_loops_end(tmp_path):
    folder = tmp_path / "mappe"
    touch(folder / "a.txt")
    try:
        (folder / "løkke").symlink_to(folder, target_is_directory=True)
    except OSError:
        pytest.skip("no symbolic links here")
    files, _ = expand_paths([folder])
    assert [p.name for p in files] == ["a.txt"]


def test_natural_key():
    names = ["Informant 10", "informant 9", "Informant 1", "Intervju", "Informant 2b", "Informant 2a"]
    assert sorted(names, key=natural_key) == [
        "Informant 1", "Informant 2a", "Informant 2b", "informant 9", "Informant 10", "Intervju",
    ]
