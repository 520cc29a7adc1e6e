"""Files written by other programs (copied from /work/shared/interop): each
imports, with the figures and passages the other program had."""

import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from workbench.interop import new_project_from_qdpx
from workbench.services.report import project_info
from workbench.storage.models import Code, CodeGroup, Coding, Document

DATA = Path(__file__).parent / "data"
REAL_FILES = ["nvivo-mac-15.qdpx", "atlasti-23.qdpx", "qc-1.3.2-nonconformant-paths.qdpx"]


def load(name: str, tmp_path: Path):
    project, report = new_project_from_qdpx(DATA / name, tmp_path / "imported.stegvis")
    return project, report, project_info(project, with_text=True)


@pytest.mark.parametrize("name", REAL_FILES)
def test_every_real_file_imports(name, tmp_path):
    project, report, info = load(name, tmp_path)
    with project:
        assert report.codes == len(info["codes"]) > 0
        assert report.origin
        assert all(line for line in report.lines)
    assert [p.name for p in tmp_path.iterdir()] == ["imported.stegvis"]  # no temporary file left


def test_nvivo_for_mac(tmp_path):
    project, report, info = load("nvivo-mac-15.qdpx", tmp_path)
    with project:
        assert report.origin == "NVivo for Mac 15.0.0"
        # two sources whose plain text is a single line end (their Word files are empty)
        assert [(d["name"], d["characters"], d["codings"]) for d in info["documents"]] == [
            ("66653866-6334-3535-3435-366637306566", 1, 0), ("33663939-3636-3632-3038-613431643463", 1, 0)]
        # 262 Code elements: 3 top-level trees become themes, their 16 parents groups (plus a
        # group named after each of two themes for the codes directly under them), the rest codes
        assert [t["name"] for t in info["themes"]] == ["rq1_definition", "rq2_curriculum_and_instruction",
                                                       "rq3_process"]
        assert (len(info["codes"]), len(info["groups"]), len(info["codings"])) == (243, 18, 0)
        groups = {g["name"]: g["theme"] for g in info["groups"]}
        assert groups["concepts"] == "rq1_definition" and groups["rq3_process"] == "rq3_process"
        codes = {c["name"]: c["group"] for c in info["codes"]}
        assert sum(1 for g in codes.values() if g == "concepts") == 13
        assert codes["importance_of_defining_cs"] == "rq1_definition"  # directly under the theme
        # seven levels deep: flattened into the group, names kept apart
        assert codes["writing"] == "curriculum" and codes["other_subject_areas"] == "curriculum"
        assert codes["programming"] == "competencies"
        assert codes["programming (cs_as_programming)"] == "framings"
        assert codes["citizenship (cs_literacy / digital_citizenship)"] == "rationales"
        with project.reading() as s:
            code = s.scalar(select(Code).where(Code.name == "abstraction"))
            assert code.guid == "35626564-6434-3634-6633-363637346261"  # the file's GUID kept
        text = str(report)
        assert "flattened" in text and "renamed" in text


def test_atlas_ti_codebook_only(tmp_path):
    project, report, info = load("atlasti-23.qdpx", tmp_path)
    with project:
        assert report.origin.startswith("ATLAS.ti for Windows 23")
        assert info["documents"] == [] and info["codings"] == [] and info["themes"] == []
        # a codable parent without codings: a group holding its two codes
        assert info["groups"] == [{"name": "Commits", "theme": None, "rest": False}]
        assert [(c["name"], c["group"]) for c in info["codes"]] == [
            ("2022-05-10T02:05:59Z 19e4dce", "Commits"), ("2022-02-11T10:39:25Z cdbfd92", "Commits")]
        with project.reading() as s:
            # upper-case GUIDs, no colours in the file: a palette colour each
            code = s.scalar(select(Code).where(Code.name == "2022-02-11T10:39:25Z cdbfd92"))
            assert code.guid == "086ac733-7b1c-4749-a138-d7182f63a5c9"
            assert code.colour.startswith("#") and len(code.colour) == 7


def _qc_selections():
    """(code GUID, start, end, text) of every coding in the qc file, read without Stegvis."""
    with zipfile.ZipFile(DATA / "qc-1.3.2-nonconformant-paths.qdpx") as z:
        root = etree.fromstring(z.read("project.qde"))
        texts = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("sources/")}
    ns = {"q": "urn:QDA-XML:project:1.0"}
    out = []
    for source in root.iterfind(".//q:TextSource", ns):
        text = texts["sources/" + source.get("plainTextPath")]
        for sel in source.iterfind("q:PlainTextSelection", ns):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            for ref in sel.iterfind("q:Coding/q:CodeRef", ns):
                out.append((ref.get("targetGUID"), start, end, text[start:end]))
    return out


def test_qc_with_paths_that_break_the_standard(tmp_path):
    project, report, info = load("qc-1.3.2-nonconformant-paths.qdpx", tmp_path)
    with project:
        assert report.origin == "qc 1.3.2"
        # plainTextPath="board_2017.txt" (no internal://, not a GUID) still finds sources/board_2017.txt
        assert [(d["name"], d["characters"], d["codings"]) for d in info["documents"]] == [
            ("board_2017", 52543, 205), ("admin-1", 31906, 0)]
        assert (len(info["codes"]), len(info["groups"]), len(info["themes"]), len(info["codings"])) == (246, 18, 3, 205)
        expected = _qc_selections()
        assert len(expected) == 205
        file_guids = {guid for guid, *_ in expected}
        with project.reading() as s:
            # a parent code with codings became a group (with the file's GUID) and a code inside it
            guid_of = {c.id: c.guid if c.guid in file_guids else c.group.guid for c in s.scalars(select(Code))}
            texts = dict(s.execute(select(Document.id, Document.text)).all())
            found = [(guid_of[c.code_id], c.start, c.end, texts[c.document_id][c.start:c.end])
                     for c in s.scalars(select(Coding))]
        assert Counter(found) == Counter(expected)
        first = info["codings"][0]
        assert (first["code"], first["start"], first["end"]) == ("fun", 320, 400)
        assert first["text"] == "This district goal is engage every student in joyful, purposeful learning that \n"
        last = info["codings"][-1]
        assert (last["code"], last["text"]) == (
            "equity", "similar equity issues [inaudible 00:54:11] access to that curriculum, which we \n")
        # parents with codings of their own: a group and a code of the same name in it
        codes = {c["name"]: c for c in info["codes"]}
        assert codes["rationales"]["group"] == "rationales" and codes["rationales"]["codings"] == 1
        assert codes["curriculum"]["codings"] == 4
        with project.reading() as s:
            group = s.scalar(select(CodeGroup).where(CodeGroup.name == "curriculum"))
            code = s.scalar(select(Code).where(Code.name == "curriculum"))
            assert code.group_id == group.id and code.guid != group.guid
        assert "a code of the same name" in str(report)
