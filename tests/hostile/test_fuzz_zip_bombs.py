"""Hostile zips for every zip importer (.docx, .odt, .qdpx): members with
absolute paths or ".." are refused and nothing is written anywhere; zip bombs
(a member inflating to hundreds of MB, a member whose recorded size lies) are
refused within a couple of seconds and with bounded memory. The bombs are
written by hand (test_fuzz_common.Bomb): a few hundred KB, in milliseconds.
"""

import zipfile
from pathlib import Path

import pytest
from test_fuzz_common import (
    CONTENT_TYPES,
    MB,
    ODT_MANIFEST,
    Bomb,
    measured,
    odt_content,
    refi_seeds,
    write_raw_zip,
    zip_members,
)

from workbench.importers import ImportFileError, read_transcript
from workbench.interop import RefiError, new_project_from_qdpx

#: Refused within this, bombs included.
SECONDS = 2.0
#: Peak Python allocations and growth of the process's peak resident size.
MEMORY = 100 * MB

DOCX_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
DOCX_TAIL = b"</w:t></w:r></w:p></w:body></w:document>"
QDE_HEAD = b'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Description>'
QDE_TAIL = b"</Description></Project>"


def docx(document) -> list:
    return [("[Content_Types].xml", CONTENT_TYPES.encode()), ("word/document.xml", document)]


def odt(content) -> list:
    return [("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content),
            ("META-INF/manifest.xml", ODT_MANIFEST.encode())]


def qdpx_with_source(text) -> list:
    qde = (b'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>'
           b'<TextSource guid="00000000-0000-4000-8000-000000000002" name="Dok" '
           b'plainTextPath="internal://00000000-0000-4000-8000-000000000002.txt"/></Sources></Project>')
    return [("project.qde", qde), ("sources/00000000-0000-4000-8000-000000000002.txt", text)]


def refused(path: Path, target: Path | None = None) -> str:
    """The problem the importer names for ``path`` (a transcript, or a .qdpx
    made into ``target``); fails if the file is accepted."""
    if path.suffix == ".qdpx":
        target.parent.mkdir(exist_ok=True)
        with pytest.raises(RefiError) as caught:
            new_project_from_qdpx(path, target)
        assert list(target.parent.iterdir()) == []  # no project file, no temporary file
        return caught.value.problem
    with pytest.raises(ImportFileError) as caught:
        read_transcript(path)
    return caught.value.problem


# --- unsafe member names ------------------------------------------------------------------------

UNSAFE = ["../evil.txt", "../../evil.txt", "word/../../evil.txt", "sources/../../evil.txt", "..\\evil.txt",
          "sources\\..\\..\\evil.txt", "C:\\evil.txt", "C:/evil.txt", "\\\\server\\share\\evil.txt", "ABSOLUTE"]


@pytest.mark.parametrize("kind", [".docx", ".odt", ".qdpx"])
@pytest.mark.parametrize("name", UNSAFE)
def test_unsafe_member_names_are_refused(tmp_path, kind, name):
    inside = tmp_path / "inne"
    inside.mkdir()
    if name == "ABSOLUTE":  # an absolute path that would land in the test's own folder
        name = str(tmp_path / "abs-evil.txt")
    valid = {".docx": docx(DOCX_HEAD + b"Hei" + DOCX_TAIL), ".odt": odt(odt_content().encode()),
             ".qdpx": zip_members(refi_seeds()["qdpx"])}[kind]
    members = [(n, d) for n, d, *_ in valid] + [(name, b"owned")]
    path = write_raw_zip(inside / f"sti{kind}", members)
    problem = refused(path, inside / "ut" / "ny.stegvis")
    assert "unsafe" in problem, problem
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert written == ["inne", f"inne/sti{kind}", "inne/ut"] or written == ["inne", f"inne/sti{kind}"], written
    assert not list(tmp_path.parent.glob("evil.txt")) and not (tmp_path / "abs-evil.txt").exists()


# --- zip bombs ----------------------------------------------------------------------------------

BOMBS = {
    # a member that inflates to 400 MB of spaces, the XML around them valid
    "docx-document": (".docx", lambda: docx(Bomb(400, prefix=DOCX_HEAD, suffix=DOCX_TAIL))),
    "docx-zeros": (".docx", lambda: docx(Bomb(300, filler=b"\0"))),
    "odt-content": (".odt", lambda: odt(Bomb(400, prefix=odt_content().encode()[:-60]))),
    "qdpx-qde": (".qdpx", lambda: [("project.qde", Bomb(400, prefix=QDE_HEAD, suffix=QDE_TAIL))]),
    "qdpx-source": (".qdpx", lambda: qdpx_with_source(Bomb(400, filler="Blåbærsyltetøy 😀 ".encode()))),
    # many members just below the size where a ratio is judged, each inflating 1000 times
    "docx-many": (".docx", lambda: docx(DOCX_HEAD + DOCX_TAIL) + [(f"word/media/{i}.xml", Bomb(9)) for i in range(40)]),
}


@pytest.mark.parametrize("case", sorted(BOMBS))
def test_zip_bomb_refused_fast_with_bounded_memory(tmp_path, case):
    kind, members = BOMBS[case]
    path = write_raw_zip(tmp_path / f"bombe{kind}", members())
    assert path.stat().st_size < 2 * MB
    with measured() as used:
        problem = refused(path, tmp_path / "ut" / "ny.stegvis")
    assert "MB" in problem or "zip bomb" in problem or "too many" in problem, problem
    assert used["seconds"] < SECONDS, used
    assert used["traced"] < MEMORY and used["rss"] < MEMORY, used


def test_qdpx_bomb_of_many_small_sources_uses_bounded_memory(tmp_path):
    count = 30
    sources = "".join(
        f'<TextSource guid="00000000-0000-4000-8000-{i:012d}" name="Dok {i}" '
        f'plainTextPath="internal://{i}.txt"/>' for i in range(count))
    qde = (f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">'
           f"<Sources>{sources}</Sources></Project>").encode()
    members = [("project.qde", qde)] + [(f"sources/{i}.txt", Bomb(9, filler=b"ja ")) for i in range(count)]
    path = write_raw_zip(tmp_path / "mange.qdpx", members)
    assert path.stat().st_size < MB
    with measured() as used:
        problem = refused(path, tmp_path / "ut" / "ny.stegvis")  # today: after inflating 200 MB
    assert "MB" in problem or "bomb" in problem, problem
    assert used["seconds"] < SECONDS and used["traced"] < MEMORY and used["rss"] < MEMORY, used


@pytest.mark.parametrize("case", ["docx", "odt", "qdpx-qde", "qdpx-source"])
def test_member_bigger_than_its_recorded_size(tmp_path, case):
    """Sizes in the zip that lie (a 300 MB member recorded as 2 KB): unpacking
    stops at the recorded size and the checksum fails, or the cut text is
    read; never the 300 MB."""
    bomb = Bomb(300, prefix=QDE_HEAD if case == "qdpx-qde" else DOCX_HEAD if case == "docx" else b"")
    members, name, kind = {
        "docx": (docx(bomb), "word/document.xml", ".docx"),
        "odt": (odt(bomb), "content.xml", ".odt"),
        "qdpx-qde": ([("project.qde", bomb)], "project.qde", ".qdpx"),
        "qdpx-source": (qdpx_with_source(bomb), "sources/00000000-0000-4000-8000-000000000002.txt", ".qdpx"),
    }[case]
    path = write_raw_zip(tmp_path / f"løgn{kind}", members, declared={name: 2048})
    with zipfile.ZipFile(path) as z:
        assert z.getinfo(name).file_size == 2048
    out = tmp_path / "ut"
    out.mkdir()
    with measured() as used:
        try:
            if kind == ".qdpx":
                project, _ = new_project_from_qdpx(path, out / "ny.stegvis")
                project.close()  # read what the zip says: accepted is fine, it is small
            else:
                read_transcript(path)
        except (ImportFileError, RefiError):
            assert list(out.iterdir()) == []
    assert used["seconds"] < SECONDS, used
    assert used["traced"] < MEMORY and used["rss"] < MEMORY, used
