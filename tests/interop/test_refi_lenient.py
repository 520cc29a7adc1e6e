"""What other programs write, read leniently: namespace variants, folder and
file names, missing names, colours, ids, comments, byte-order marks, line
ends, and each program's way of counting positions."""

import zipfile
from pathlib import Path

from sqlalchemy import select

from workbench.importers import ImportedText
from workbench.interop import import_qdc, new_project_from_qdpx
from workbench.services.code_system import create_group, ensure_rest_group
from workbench.services.codes import create_code
from workbench.services.documents import add_document
from workbench.services.report import project_info
from workbench.storage.models import (
    Code,
    CodeGroup,
    Document,
    DocumentAttribute,
    Meta,
    Theme,
)

G = {  # GUIDs as NVivo for Windows writes them: upper case, in braces
    "doc": "{0A1B2C3D-0000-4000-8000-000000000001}",
    "emoji": "{0A1B2C3D-0000-4000-8000-000000000002}",
    "flag": "{0A1B2C3D-0000-4000-8000-000000000003}",
    "parent": "{0A1B2C3D-0000-4000-8000-000000000004}",
}
# Windows line ends, emoji and a flag (astral characters: two UTF-16 units each)
RAW = "Intervju 😀\r\nI: Hva sendte du?\r\nR: Jeg sendte 👍🏽 og 🇳🇴.\r\n\r\nI: Takk 😀 for praten.\r\n"
NORMAL = RAW.replace("\r\n", "\n")


def write_qdpx(path: Path, qde: str, files: dict[str, bytes] | None = None, qde_name: str = "project.qde") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(qde_name, qde.encode("utf-8"))
        for name, data in (files or {}).items():
            z.writestr(name, data)
    return path


def utf16(raw: str, phrase: str) -> tuple[int, int]:
    i = raw.index(phrase)
    return len(raw[:i].encode("utf-16-le")) // 2, len(raw[: i + len(phrase)].encode("utf-16-le")) // 2


def crlf_one(raw: str, phrase: str) -> tuple[int, int]:
    i = raw.index(phrase)
    return len(raw[:i].replace("\r\n", "\n")), len(raw[: i + len(phrase)].replace("\r\n", "\n"))


def texts_by_code(project) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in project_info(project, with_text=True)["codings"]:
        out.setdefault(c["code"], []).append(c["text"])
    return out


def test_nvivo_for_windows_utf16_offsets_bom_and_crlf(tmp_path):
    """UTF-16 units over the text without its BOM, CR LF as two; Sources/ with a capital."""
    s1, e1 = utf16(RAW, "Jeg sendte 👍🏽 og 🇳🇴")
    s2, e2 = utf16(RAW, "Takk 😀 for praten")
    s3, e3 = utf16(RAW, "🇳🇴.\r\n\r\nI: Takk")
    member = G["doc"].strip("{}") + ".txt"
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Studie" origin="NVivo 12.6.1.970 (Windows)">
 <CodeBook><Codes>
  <Code guid="{G['parent']}" name="Uttrykk" isCodable="true" color="#FF0000">
   <Code guid="{G['emoji']}" name="Emoji" isCodable="true" color="#00FF00"/>
   <Code guid="{G['flag']}" name="Flagg" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="{G['doc']}" name="Intervju 1" plainTextPath="internal://{member}">
   <PlainTextSelection guid="{{11111111-0000-4000-8000-000000000001}}" startPosition="{s1}" endPosition="{e1}">
    <Coding guid="{{22222222-0000-4000-8000-000000000001}}"><CodeRef targetGUID="{G['emoji']}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="{{11111111-0000-4000-8000-000000000002}}" startPosition="{s2}" endPosition="{e2}">
    <Coding guid="{{22222222-0000-4000-8000-000000000002}}"><CodeRef targetGUID="{G['emoji']}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="{{11111111-0000-4000-8000-000000000003}}" startPosition="{s3}" endPosition="{e3}">
    <Coding guid="{{22222222-0000-4000-8000-000000000003}}"><CodeRef targetGUID="{G['flag']}"/></Coding>
    <Coding guid="{{22222222-0000-4000-8000-000000000004}}"><CodeRef targetGUID="{G['parent']}"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
</Project>"""
    path = write_qdpx(tmp_path / "nvivo.qdpx", qde, {f"Sources/{member}": b"\xef\xbb\xbf" + RAW.encode("utf-8")})
    project, report = new_project_from_qdpx(path, tmp_path / "nvivo.stegvis")
    with project:
        info = project_info(project, with_text=True)
        assert info["documents"][0]["name"] == "Intervju 1"
        with project.reading() as s:
            assert s.scalar(select(Document.text)) == NORMAL  # BOM gone, line ends LF
            assert s.scalar(select(Code.colour).where(Code.name == "Emoji")) == "#00ff00"
            assert s.scalar(select(Code.guid).where(Code.name == "Emoji")) == G["emoji"].strip("{}").lower()
        assert texts_by_code(project) == {
            "Emoji": ["Jeg sendte 👍🏽 og 🇳🇴", "Takk 😀 for praten"],
            "Flagg": ["🇳🇴.\n\nI: Takk"],
            "Uttrykk": ["🇳🇴.\n\nI: Takk"],  # the parent's own coding: a code of the same name
        }
        assert [(g["name"], g["theme"]) for g in info["groups"]] == [("Uttrykk", None)]
        assert [(c["name"], c["group"]) for c in info["codes"]] == [
            ("Uttrykk", "Uttrykk"), ("Emoji", "Uttrykk"), ("Flagg", "Uttrykk")]
    assert "UTF-16 code units" in str(report)


def test_atlas_ti_crlf_as_one_namespace_variant_and_any_qde_name(tmp_path):
    s1, e1 = crlf_one(RAW, "Hva sendte du?\r\nR: Jeg")
    s2, e2 = crlf_one(RAW, "praten")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:0:4" name="Studie" origin="ATLAS.ti for Windows 23.2.3.27778">
 <CodeBook><Codes>
  <Code guid="A182CD3A-D83C-4D8C-BC80-26D9103EC6D6" name="Spørsmål" isCodable="true" color="rgb(255, 136, 0)"/>
  <Code guid="2D2466F0-D77F-4F8C-BDF9-628966B6B74D" name="Avslutning" isCodable="true"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="57C6099B-934F-4C86-90F2-000000000001" name="Intervju" plainTextPath="internal://57C6099B-934F-4C86-90F2-000000000001.txt">
   <PlainTextSelection guid="57C6099B-934F-4C86-90F2-000000000002" startPosition="{s1}" endPosition="{e1}">
    <Coding guid="57C6099B-934F-4C86-90F2-000000000003"><CodeRef targetGUID="A182CD3A-D83C-4D8C-BC80-26D9103EC6D6"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="57C6099B-934F-4C86-90F2-000000000004" startPosition="{s2}" endPosition="{e2}">
    <Coding guid="57C6099B-934F-4C86-90F2-000000000005"><CodeRef targetGUID="2D2466F0-D77F-4F8C-BDF9-628966B6B74D"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
</Project>"""
    path = write_qdpx(tmp_path / "atlas.qdpx", qde, {"sources/57C6099B-934F-4C86-90F2-000000000001.txt":
                                                      RAW.encode("utf-8")}, qde_name="Min studie.qde")
    project, report = new_project_from_qdpx(path, tmp_path / "atlas.stegvis")
    with project:
        assert texts_by_code(project) == {"Spørsmål": ["Hva sendte du?\nR: Jeg"], "Avslutning": ["praten"]}
        with project.reading() as s:
            assert s.scalar(select(Code.colour).where(Code.name == "Spørsmål")) == "#ff8800"
    assert "CR LF counted as one" in str(report)


def test_the_selection_texts_tell_the_convention_when_the_program_is_unknown(tmp_path):
    phrases = ["Jeg sendte 👍🏽 og 🇳🇴", "Takk 😀 for praten", "Hva sendte du?"]
    selections = "".join(
        f'<PlainTextSelection guid="{i}" name="{p}" startPosition="{utf16(RAW, p)[0]}" '
        f'endPosition="{utf16(RAW, p)[1]}"><Coding guid="c{i}"><CodeRef targetGUID="K"/></Coding></PlainTextSelection>'
        for i, p in enumerate(phrases))
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="Some Program 1.0">
<CodeBook><Codes><Code guid="K" name="Kode" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="D" name="Tekst"><PlainTextContent>{RAW}</PlainTextContent>{selections}</TextSource></Sources>
</Project>"""
    # XML turns the CR LF of inline content into LF: put them back as character references
    qde = qde.replace("\r\n", "&#13;\n")
    project, _report = new_project_from_qdpx(write_qdpx(tmp_path / "x.qdpx", qde), tmp_path / "x.stegvis")
    with project:
        assert sorted(texts_by_code(project)["Kode"]) == sorted(phrases)


MAXQDA_LIKE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" origin="MAXQDA 2022 (Release 22.1.0)">
 <Users><User guid="U1" name="Kari"/></Users>
 <CodeBook><Codes>
  <Code guid="C1" name="Trygghet" isCodable="true" color="FF8800"><Description>Når de føler seg trygge.</Description>
   <NoteRef targetGUID="N2"/></Code>
  <Code guid="C2" isCodable="true"/>
  <Code guid="C3" name="  Tom   mappe " isCodable="false"/>
 </Codes></CodeBook>
 <Variables>
  <Variable guid="V1" name="Alder" typeOfVariable="Integer"/>
  <Variable guid="V2" name="Leder" typeOfVariable="Boolean"/>
 </Variables>
 <Cases>
  <Case guid="K1"><VariableValue><VariableRef targetGUID="V1"/><IntegerValue>42</IntegerValue></VariableValue>
   <VariableValue><VariableRef targetGUID="V2"/><BooleanValue>true</BooleanValue></VariableValue>
   <SourceRef targetGUID="S1"/></Case>
  <Case guid="K2" name="Uten kilde"/>
 </Cases>
 <Sources>
  <TextSource guid="S1" plainTextPath="internal://S1.txt">
   <PlainTextSelection guid="P1" startPosition="0" endPosition="9">
    <Coding guid="X1"><CodeRef targetGUID="C1"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="P2" startPosition="14" endPosition="20"><Description>Viktig sitat!</Description></PlainTextSelection>
   <PlainTextSelection guid="P3" startPosition="21" endPosition="25"/>
   <PlainTextSelection guid="P4" startPosition="0" endPosition="9">
    <Coding guid="X2"><CodeRef targetGUID="C2"/></Coding>
    <Coding guid="X3"><CodeRef targetGUID="GONE"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="P5" startPosition="500" endPosition="600">
    <Coding guid="X4"><CodeRef targetGUID="C1"/></Coding>
   </PlainTextSelection>
   <NoteRef targetGUID="N1"/>
  </TextSource>
  <TextSource guid="S2" name="Innebygd"><PlainTextContent>Tekst inne i prosjektfila.</PlainTextContent>
   <Coding guid="X5"><CodeRef targetGUID="C1"/></Coding></TextSource>
  <PictureSource guid="B1" name="Bilde" path="internal://B1.png"/>
  <TextSource guid="S3" name="Borte" plainTextPath="absolute:///C:/Users/kari/borte.txt"/>
 </Sources>
 <Notes>
  <Note guid="N1" name="Dokumentnotat"><PlainTextContent>Om intervjuet.</PlainTextContent></Note>
  <Note guid="N2" plainTextPath="internal://N2.txt"/>
 </Notes>
 <Links><Link guid="L1" originGUID="C1" targetGUID="C2"/></Links>
 <Sets/>
 <NoteRef targetGUID="N1"/>
</Project>"""


def test_maxqda_like_ids_names_colours_comments_cases(tmp_path):
    text = "Jeg følte meg trygg der, og ingen sa noe."
    path = write_qdpx(tmp_path / "maxqda.qdpx", MAXQDA_LIKE, {
        "sources/S1.txt": text.encode("utf-8"), "sources/N2.txt": b"Kodenotat fra fil.",
        "sources/B1.png": b"\x89PNG not really"})
    project, report = new_project_from_qdpx(path, tmp_path / "maxqda.stegvis")
    with project:
        info = project_info(project, with_text=True)
        assert [(d["name"], d["codings"]) for d in info["documents"]] == [("S1", 2), ("Innebygd", 1)]
        assert texts_by_code(project) == {"Trygghet": ["Jeg følte", "Tekst inne i prosjektfila."],
                                          "Unnamed code 1": ["Jeg følte"]}
        with project.reading() as s:
            code = s.scalar(select(Code).where(Code.name == "Trygghet"))
            assert (code.colour, code.description, code.memo) == ("#ff8800", "Når de føler seg trygge.",
                                                                  "Kodenotat fra fil.")
            assert len(code.guid) == 36  # "C1" is not a GUID: one is made
            doc = s.scalar(select(Document).where(Document.name == "S1"))
            assert doc.memo.startswith("Om intervjuet.")
            assert "On “trygg” (characters 14–20):\nViktig sitat!" in doc.memo
            assert "On “er,” (characters 21–25): marked passage without a code" in doc.memo
            attributes = [(a.name, a.value) for a in s.scalars(select(DocumentAttribute).order_by(DocumentAttribute.position))]
            assert attributes == [("Alder", "42"), ("Leder", "true")]
            assert s.scalar(select(Meta.value).where(Meta.key == "memo")) == "Om intervjuet."
            assert [g.name for g in s.scalars(select(CodeGroup))] == ["Tom mappe"]  # an empty folder: empty group
        lines = str(report)
        for expected in ("codings with a code that is not in the codebook (1)", "codings outside their document's text (1)",
                         "picture sources (1;", "links (1;", "cases not linked to any document (1)",
                         "sources without readable plain text", "borte.txt", "codings of whole documents",
                         "comments on passages (2:", "Unnamed code 1"):
            assert expected in lines, expected


def test_codebook_merges_by_name_into_an_existing_project(tmp_path, tmp_project):
    with tmp_project.transaction() as s:
        add_document(s, ImportedText("Intervju", "Tekst", "i.txt"))
    mine = create_code(tmp_project, "emoji BRUK").id
    loose = create_code(tmp_project, "Flagg").id
    elsewhere = create_code(tmp_project, "Tid").id
    own_group = create_group(tmp_project, "Mine", [elsewhere])
    ensure_rest_group(tmp_project, "Rest")
    qdc = tmp_path / "bok.qdc"
    qdc.write_text("""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="NVivo for Mac 15.0.0">
 <Codes>
  <Code guid="{0A1B2C3D-0000-4000-8000-00000000000A}" name="Kommunikasjon" isCodable="false">
   <Code guid="0A1B2C3D-0000-4000-8000-00000000000B" name="Uttrykk" isCodable="true" color="#123456">
    <Description>Om uttrykk</Description>
    <Code guid="0A1B2C3D-0000-4000-8000-00000000000C" name="  Emoji
     bruk " isCodable="true"><Description>Ny</Description></Code>
    <Code guid="0A1B2C3D-0000-4000-8000-00000000000D" name="flagg" isCodable="true"/>
    <Code guid="0A1B2C3D-0000-4000-8000-00000000000E" name="Tid" isCodable="true"/>
    <Code guid="0A1B2C3D-0000-4000-8000-00000000000F" name="Dypere" isCodable="true">
     <Code guid="0A1B2C3D-0000-4000-8000-000000000010" name="Dypest" isCodable="true"/>
    </Code>
   </Code>
  </Code>
  <Code guid="0A1B2C3D-0000-4000-8000-000000000011" name="Resten" isCodable="false"><Description>[Stegvis: rest group]</Description>
   <Code guid="0A1B2C3D-0000-4000-8000-000000000012" name="Ubrukt" isCodable="true"/></Code>
 </Codes>
 <Sets/>
</CodeBook>""", encoding="utf-8")
    before = project_info(tmp_project)["documents"]
    report = import_qdc(tmp_project, qdc)
    info = project_info(tmp_project)
    codes = {c["name"]: c["group"] for c in info["codes"]}
    assert codes == {"emoji BRUK": "Uttrykk", "Flagg": "Uttrykk", "Tid": "Mine", "Dypere": "Uttrykk",
                     "Dypest": "Uttrykk", "Ubrukt": "Rest"}
    assert {(g["name"], g["theme"], g["rest"]) for g in info["groups"]} == {
        ("Mine", None, False), ("Rest", None, True), ("Uttrykk", "Kommunikasjon", False)}
    assert report.merged == ["rest group “Rest”", "“emoji BRUK”", "“Flagg”", "“Tid”"]
    assert report.added == ["theme “Kommunikasjon”", "group “Uttrykk”", "“Dypere”", "“Dypest”", "“Ubrukt”"]
    assert "stay in their own group" in str(report) and "flattened" in str(report)
    assert info["documents"] == before
    with tmp_project.reading() as s:
        assert s.get(Code, mine).description == "Ny"  # filled in where the project had none
        assert s.get(Code, loose).group_id == s.scalar(select(CodeGroup.id).where(CodeGroup.name == "Uttrykk"))
        group = s.scalar(select(CodeGroup).where(CodeGroup.name == "Uttrykk"))
        assert (group.colour, group.description, group.guid) == ("#123456", "Om uttrykk",
                                                                 "0a1b2c3d-0000-4000-8000-00000000000b")
        assert s.scalar(select(Theme.name)) == "Kommunikasjon"
        assert s.get(CodeGroup, own_group).name == "Mine"
