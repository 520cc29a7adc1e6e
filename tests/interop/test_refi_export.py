"""Export to REFI-QDA (.qdc, .qdpx): valid against the standard's schemas, with
Stegvis's conventions; and the round trip export -> import gives the same project."""

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from workbench.exporters import ExportError
from workbench.importers import ImportedText
from workbench.interop import export_qdc, export_qdpx, import_qdc, new_project_from_qdpx
from workbench.interop.refi_common import NS_CODEBOOK, NS_PROJECT
from workbench.services.code_system import (
    create_group,
    create_theme,
    ensure_rest_group,
    move_codes,
)
from workbench.services.codes import create_code
from workbench.services.coding import apply_code
from workbench.services.demo import build_demo
from workbench.services.document_properties import DocumentProperties, set_properties
from workbench.services.documents import add_document, list_documents
from workbench.services.memos import set_note
from workbench.services.project import Project
from workbench.services.report import project_info
from workbench.services.sdi_tests import create_concept, list_concepts
from workbench.storage.models import (
    Code,
    CodeGroup,
    Coding,
    Document,
    DocumentAttribute,
    Meta,
    Theme,
)

DATA = Path(__file__).parent / "data"
P = {"q": NS_PROJECT}

TEXTS = {
    "Intervju 1 😀": (
        "I: Hvordan bruker du emoji? 😀\n"
        "R: Jeg sender 👍🏽 til sjefen og 🇳🇴 på nasjonaldagen.\n"
        "\n"
        "I: Og på jobb?\n"
        "R: Der er vi mer forsiktige, «det ser ikke seriøst ut».\n"
    ),
    "Feltnotat kantina": "Observasjon i kantina.\nFolk snakket om 💡 nye ideer\nog om tid.",
}


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / name)))


def code_at(project, doc_id, text, phrase, code_id):
    start = text.index(phrase)
    apply_code(project, code_id, doc_id, start, start + len(phrase))


def made_up_project(path: Path) -> Project:
    """Emoji and multi-line text, every kind of group, notes, attributes, roles, a concept."""
    project = Project.create(path)
    with project.transaction() as s:
        for name, text in TEXTS.items():
            add_document(s, ImportedText(name, text, name + ".docx"))
        s.scalar(select(Document).where(Document.name == "Intervju 1 😀")).styles = json.dumps([[0, 2, "bold"]])
    docs = {d.name: d.id for d in list_documents(project)}
    interview, note = docs["Intervju 1 😀"], docs["Feltnotat kantina"]
    ids = {}
    for name in ("Tommel opp til sjefen", "Flagg på nasjonaldagen", "Forsiktige på jobb", "Emoji 😀",
                 "Nye ideer", "Tid", "Løs kode"):
        ids[name] = create_code(project, name).id
    t1 = TEXTS["Intervju 1 😀"]
    code_at(project, interview, t1, "Jeg sender 👍🏽 til sjefen", ids["Tommel opp til sjefen"])
    code_at(project, interview, t1, "🇳🇴 på nasjonaldagen", ids["Flagg på nasjonaldagen"])
    code_at(project, interview, t1, "på jobb?\nR: Der er vi mer forsiktige,", ids["Forsiktige på jobb"])
    code_at(project, interview, t1, "😀\nR: Jeg sender 👍🏽", ids["Emoji 😀"])
    code_at(project, interview, t1, "Jeg sender 👍🏽 til sjefen", ids["Emoji 😀"])  # same span, second code
    t2 = TEXTS["Feltnotat kantina"]
    code_at(project, note, t2, "💡 nye ideer\nog om tid", ids["Nye ideer"])
    code_at(project, note, t2, "tid", ids["Tid"])
    g_uttrykk = create_group(project, "Uttrykk", [ids["Emoji 😀"], ids["Tommel opp til sjefen"]], number=3)
    g_jobb = create_group(project, "Jobb", [ids["Forsiktige på jobb"]], number=1)
    create_group(project, "Tom gruppe")
    theme = create_theme(project, "Kommunikasjon", [g_jobb, g_uttrykk], number=2)
    create_theme(project, "Tomt tema")
    rest = ensure_rest_group(project, "Restgruppe")
    move_codes(project, [ids["Tid"]], rest)
    move_codes(project, [ids["Flagg på nasjonaldagen"]], g_uttrykk, before_code_id=ids["Emoji 😀"])
    set_note(project, "project", None, "memo", "Prosjektets memo.\nTo linjer.")
    set_note(project, "code", ids["Emoji 😀"], "memo", "Memo om emoji 😀")
    set_note(project, "code", ids["Emoji 😀"], "description", "Når informanten nevner emoji.")
    set_note(project, "group", g_uttrykk, "description", "Hvordan folk uttrykker seg.")
    set_note(project, "group", g_uttrykk, "memo", "Gruppememo")
    set_note(project, "theme", theme, "memo", "Temamemo")
    set_note(project, "theme", theme, "description", "Tema om kommunikasjon")
    set_properties(project, note, DocumentProperties("Feltnotat kantina", "field_note",
                                                     (("Sted", "Kantina"), ("Kommunestørrelse", "Liten")), "Dokumentmemo"))
    set_properties(project, interview, DocumentProperties("Intervju 1 😀", "transcript",
                                                          (("Kommunestørrelse", "Mellomstor"),), ""))
    create_concept(project, "Digital tillit", (("theme", theme), ("group", g_uttrykk)), description="Begrep")
    return project


def details(project: Project) -> dict:
    """What project_info leaves out but a round trip keeps."""
    with project.reading() as s:
        return {
            "codes": sorted((c.guid, c.name, c.colour, c.description, c.memo, c.position) for c in s.scalars(select(Code))),
            "groups": sorted((g.guid, g.name, g.number, g.is_rest, g.colour, g.description, g.memo, g.position)
                             for g in s.scalars(select(CodeGroup))),
            "themes": sorted((t.guid, t.name, t.number, t.colour, t.description, t.memo, t.position)
                             for t in s.scalars(select(Theme))),
            "documents": sorted((d.guid, d.name, d.role, d.memo, d.source_name, d.styles, d.position, d.imported_at)
                                for d in s.scalars(select(Document))),
            "attributes": sorted((a.document_id, a.name, a.value, a.position) for a in s.scalars(select(DocumentAttribute))),
            "codings": sorted((c.guid, c.start, c.end, c.created_at) for c in s.scalars(select(Coding))),
            "memo": s.scalar(select(Meta.value).where(Meta.key == "memo")),
        }


@pytest.fixture
def made_up(tmp_path):
    project = made_up_project(tmp_path / "made-up.stegvis")
    yield project
    project.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "demo.stegvis")
    yield project
    project.close()


def qde_of(path: Path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("project.qde")), {n: z.read(n) for n in z.namelist()}


# --- validity -----------------------------------------------------------------------------

def test_codebook_validates_and_is_the_code_system(made_up, tmp_path):
    out = tmp_path / "book.qdc"
    report = export_qdc(made_up, out)
    doc = etree.parse(str(out))
    assert schema("Codebook.xsd").validate(doc), schema("Codebook.xsd").error_log
    root = doc.getroot()
    assert root.tag == f"{{{NS_CODEBOOK}}}CodeBook"
    top = root.findall("c:Codes/c:Code", {"c": NS_CODEBOOK})
    # themes first, then groups outside themes, the rest group, the ungrouped code
    assert [c.get("name") for c in top] == [
        "Kommunikasjon", "Tomt tema", "Tom gruppe", "Restgruppe", "Nye ideer", "Løs kode"]
    assert [c.get("isCodable") for c in top] == ["false", "false", "false", "false", "true", "true"]
    desc = {c.get("name"): c.findtext("c:Description", namespaces={"c": NS_CODEBOOK}) for c in root.iter(f"{{{NS_CODEBOOK}}}Code")}
    assert desc["Kommunikasjon"] == "Tema om kommunikasjon\n\n[Stegvis: theme 2]"
    assert desc["Uttrykk"] == "Hvordan folk uttrykker seg.\n\n[Stegvis: group 3]"
    assert desc["Tom gruppe"] == "[Stegvis: group]"
    assert desc["Restgruppe"] == "[Stegvis: rest group]"
    assert desc["Emoji 😀"] == "Når informanten nevner emoji."
    uttrykk = next(c for c in root.iter(f"{{{NS_CODEBOOK}}}Code") if c.get("name") == "Uttrykk")
    assert [c.get("name") for c in uttrykk.findall("c:Code", {"c": NS_CODEBOOK})] == [
        "Flagg på nasjonaldagen", "Emoji 😀", "Tommel opp til sjefen"]
    assert "memos (3;" in " ".join(report.skipped)  # a codebook has no notes


def test_project_validates_with_sources_cases_and_notes(made_up, tmp_path):
    out = tmp_path / "project.qdpx"
    report = export_qdpx(made_up, out, user_name="student")
    assert report.documents == 2 and report.codings == 7
    root, files = qde_of(out)
    assert schema("Project.xsd").validate(etree.ElementTree(root)), schema("Project.xsd").error_log
    assert [etree.QName(e).localname for e in root if isinstance(e.tag, str)] == [
        "Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Sets", "NoteRef"]
    assert len(root.findall("q:Users/q:User", P)) == 1
    with made_up.reading() as s:
        docs = {d.name: d for d in s.scalars(select(Document))}
        code_guids = {c.name: c.guid for c in s.scalars(select(Code))}
        coding_guids = set(s.scalars(select(Coding.guid)))
    for name, text in TEXTS.items():
        doc = docs[name]
        source = root.find(f"q:Sources/q:TextSource[@guid='{doc.guid}']", P)
        assert source.get("name") == name
        assert source.get("plainTextPath") == f"internal://{doc.guid}.txt"
        raw = files[f"sources/{doc.guid}.txt"]
        assert not raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8") == text
        for sel in source.findall("q:PlainTextSelection", P):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert sel.get("name") == " ".join(text[start:end].split())  # code points
    interview = root.find(f"q:Sources/q:TextSource[@guid='{docs['Intervju 1 😀'].guid}']", P)
    shared = [s for s in interview.findall("q:PlainTextSelection", P) if len(s.findall("q:Coding", P)) == 2]
    assert len(shared) == 1 and shared[0].get("name") == "Jeg sender 👍🏽 til sjefen"
    assert {c.get("targetGUID") for c in shared[0].iterfind("q:Coding/q:CodeRef", P)} == {
        code_guids["Emoji 😀"], code_guids["Tommel opp til sjefen"]}
    assert {c.get("guid") for c in root.iterfind(".//q:Coding", P)} == coding_guids
    # one case per document, named after it, with its attributes
    cases = root.findall("q:Cases/q:Case", P)
    assert [c.get("name") for c in cases] == ["Intervju 1 😀", "Feltnotat kantina"]
    variables = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable", P)}
    assert sorted(variables.values()) == ["Kommunestørrelse", "Sted"]
    feltnotat = cases[1]
    assert [(variables[v.find("q:VariableRef", P).get("targetGUID")], v.findtext("q:TextValue", namespaces=P))
            for v in feltnotat.findall("q:VariableValue", P)] == [("Sted", "Kantina"), ("Kommunestørrelse", "Liten")]
    assert feltnotat.find("q:SourceRef", P).get("targetGUID") == docs["Feltnotat kantina"].guid
    # memos are notes referred to from their owner
    notes = {n.get("guid"): n.findtext("q:PlainTextContent", namespaces=P) for n in root.iterfind("q:Notes/q:Note", P)}
    emoji = root.find(f".//q:Code[@guid='{code_guids['Emoji 😀']}']", P)
    assert notes[emoji.find("q:NoteRef", P).get("targetGUID")] == "Memo om emoji 😀"
    assert notes[root.find("q:NoteRef", P).get("targetGUID")] == "Prosjektets memo.\nTo linjer."
    source = root.find(f"q:Sources/q:TextSource[@guid='{docs['Feltnotat kantina'].guid}']", P)
    assert notes[source.find("q:NoteRef", P).get("targetGUID")] == "Dokumentmemo"
    concept = root.find("q:Sets/q:Set", P)
    assert concept.get("name") == "Digital tillit" and len(concept.findall("q:MemberCode", P)) == 2


def test_demo_exports_validate(demo, tmp_path):
    export_qdc(demo, tmp_path / "demo.qdc")
    assert schema("Codebook.xsd").validate(etree.parse(str(tmp_path / "demo.qdc")))
    report = export_qdpx(demo, tmp_path / "demo.qdpx")
    root, files = qde_of(tmp_path / "demo.qdpx")
    assert schema("Project.xsd").validate(etree.ElementTree(root)), schema("Project.xsd").error_log
    info = project_info(demo)
    assert report.codings == len(info["codings"]) and len(files) == 1 + len(info["documents"])
    numbers = [d.text.rsplit("[Stegvis: ", 1)[1] for d in root.iterfind(".//q:Code/q:Description", P)
               if "[Stegvis: " in (d.text or "")]
    assert sum(n.startswith("theme ") for n in numbers) == 4
    assert sum(n.startswith("group ") for n in numbers) == 18
    assert numbers.count("rest group 12]") == 1  # the demo numbers its rest group too


def test_an_empty_project_has_no_codebook_to_export(tmp_project, tmp_path):
    with pytest.raises(ExportError, match="no codes"):
        export_qdc(tmp_project, tmp_path / "empty.qdc")
    assert not (tmp_path / "empty.qdc").exists()
    export_qdpx(tmp_project, tmp_path / "empty.qdpx")
    root, _files = qde_of(tmp_path / "empty.qdpx")
    assert schema("Project.xsd").validate(etree.ElementTree(root))


def test_a_failed_export_leaves_nothing(made_up, tmp_path):
    with pytest.raises(ExportError):
        export_qdpx(made_up, tmp_path / "missing folder" / "x.qdpx")
    assert list(tmp_path.iterdir()) == [tmp_path / "made-up.stegvis"]


# --- round trip ---------------------------------------------------------------------------

def test_demo_round_trip(demo, tmp_path):
    export_qdpx(demo, tmp_path / "demo.qdpx")
    back, report = new_project_from_qdpx(tmp_path / "demo.qdpx", tmp_path / "back.stegvis")
    with back:
        assert project_info(back, with_text=True) == project_info(demo, with_text=True)
        assert details(back) == details(demo)
    assert report.skipped == [] and report.changed == []


def test_made_up_round_trip(made_up, tmp_path):
    export_qdpx(made_up, tmp_path / "p.qdpx")
    back, report = new_project_from_qdpx(tmp_path / "p.qdpx", tmp_path / "back")  # suffix added
    assert back.path == tmp_path / "back.stegvis"
    with back:
        assert project_info(back, with_text=True) == project_info(made_up, with_text=True)
        assert details(back) == details(made_up)
        concepts = list_concepts(back)
        assert [(c.name, c.description, len(c.links)) for c in concepts] == [("Digital tillit", "Begrep", 2)]
        info = project_info(back, with_text=True)
        emoji = [c["text"] for c in info["codings"] if c["code"] == "Emoji 😀"]
        assert sorted(emoji) == ["Jeg sender 👍🏽 til sjefen", "😀\nR: Jeg sender 👍🏽"]
    assert report.documents == 2 and report.codings == 7 and report.skipped == []


def test_codebook_round_trip_into_an_empty_project(made_up, tmp_path):
    export_qdc(made_up, tmp_path / "book.qdc")
    other = Project.create(tmp_path / "other.stegvis")
    with other:
        report = import_qdc(other, tmp_path / "book.qdc")
        assert report.merged == []
        mine, theirs = project_info(made_up), project_info(other)
        assert sorted((c["name"], c["group"] or "") for c in theirs["codes"]) == sorted(
            (c["name"], c["group"] or "") for c in mine["codes"])
        assert sorted(theirs["groups"], key=str) == sorted(mine["groups"], key=str)
        assert theirs["themes"] == mine["themes"]
        with other.reading() as s:
            g = s.scalar(select(CodeGroup).where(CodeGroup.name == "Uttrykk"))
            assert (g.number, g.description) == (3, "Hvordan folk uttrykker seg.")
            assert s.scalar(select(CodeGroup).where(CodeGroup.is_rest)).name == "Restgruppe"
        # again: everything merges, nothing is added
        again = import_qdc(other, tmp_path / "book.qdc")
        assert again.added == [] and len(again.merged) == len(report.added)
        assert project_info(other) == theirs



def test_a_concept_links_to_the_groups_it_merged_with(made_up, tmp_path):
    export_qdc(made_up, tmp_path / "book.qdc")
    other = Project.create(tmp_path / "other.stegvis")
    with other:
        mine = create_group(other, "uttrykk")  # the project's own, another GUID
        report = import_qdc(other, tmp_path / "book.qdc")
        assert "group “uttrykk”" in report.merged and "concept “Digital tillit”" in report.added
        (concept,) = list_concepts(other)
        assert concept.description == "Begrep"
        with other.reading() as s:
            theme = s.scalar(select(Theme.id).where(Theme.name == "Kommunikasjon"))
        assert sorted(concept.links) == sorted([("group", mine), ("theme", theme)])
