"""Hostile and broken REFI-QDA files: refused with a one-line reason, nothing
read from outside the file, and no project file left behind."""

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from workbench.interop import RefiError, import_qdc, new_project_from_qdpx, refi_import
from workbench.interop.refi_common import _parser
from workbench.services.codes import create_code
from workbench.services.report import project_info

GOOD_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="test">
 <CodeBook><Codes><Code guid="0A1B2C3D-0000-4000-8000-000000000001" name="Kode" isCodable="true"/></Codes></CodeBook>
 <Sources><TextSource guid="0A1B2C3D-0000-4000-8000-000000000002" name="Dok" plainTextPath="internal://0A1B2C3D-0000-4000-8000-000000000002.txt"/></Sources>
</Project>"""
SOURCE = {"sources/0A1B2C3D-0000-4000-8000-000000000002.txt": b"Hei"}

XXE = """<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="p">
 <Sources><TextSource guid="0A1B2C3D-0000-4000-8000-000000000002" name="Dok"><PlainTextContent>&x;</PlainTextContent></TextSource></Sources>
</Project>"""


def zip_of(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def refused(tmp_path: Path, qdpx: Path, *words: str) -> RefiError:
    target = tmp_path / "out" / "new.stegvis"
    target.parent.mkdir(exist_ok=True)
    with pytest.raises(RefiError) as caught:
        new_project_from_qdpx(qdpx, target)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{qdpx.name}: ")
    for word in words:
        assert word in message, message
    assert list(target.parent.iterdir()) == []  # no project file, no temporary file
    return caught.value


def test_the_good_file_imports(tmp_path):
    project, _ = new_project_from_qdpx(zip_of(tmp_path / "good.qdpx", {"project.qde": GOOD_QDE, **SOURCE}),
                                       tmp_path / "good.stegvis")
    with project:
        assert project_info(project)["documents"][0]["name"] == "Dok"


def test_external_entity_is_never_resolved(tmp_path):
    qdpx = zip_of(tmp_path / "xxe.qdpx", {"project.qde": XXE})
    refused(tmp_path, qdpx, "document type declaration")
    # hidden behind comments and processing instructions, or in UTF-16: found all the same
    hidden = XXE.replace('<?xml version="1.0"?>', '<?xml version="1.0"?><!-- a comment --><?pi x?>\n')
    refused(tmp_path, zip_of(tmp_path / "hidden.qdpx", {"project.qde": hidden}), "document type declaration")
    utf16 = "\ufeff" + XXE.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    refused(tmp_path, zip_of(tmp_path / "utf16.qdpx", {"project.qde": utf16.encode("utf-16-le")}),
            "document type declaration")


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE Project SYSTEM "file:///etc/passwd">',
    '<!DOCTYPE Project SYSTEM "http://127.0.0.1:9/evil.dtd">',
    '<!DOCTYPE Project [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    "<!DOCTYPE Project>",
])
def test_document_type_declarations_are_refused(tmp_path, doctype):
    qde = GOOD_QDE.replace('<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0"?>' + doctype)
    refused(tmp_path, zip_of(tmp_path / "dtd.qdpx", {"project.qde": qde, **SOURCE}), "document type declaration")


def test_the_parser_itself_reads_no_dtd_and_expands_no_entity(tmp_path):
    """The second line of defence, should a DTD get past the check before parsing."""
    (tmp_path / "evil.dtd").write_text('<!ENTITY x "SECRET">', encoding="utf-8")
    dtd = (tmp_path / "evil.dtd").as_uri()
    for doc in (f'<!DOCTYPE P SYSTEM "{dtd}"><P>a</P>', '<!DOCTYPE P [<!ENTITY y "SECRET">]><P>&y;</P>',
                '<!DOCTYPE P [<!ENTITY z SYSTEM "file:///etc/passwd">]><P>&z;</P>'):
        try:
            root = etree.fromstring(doc.encode(), _parser())
        except etree.XMLSyntaxError:
            continue
        text = "".join(root.itertext())  # how the importer reads text
        assert "SECRET" not in text and "root:" not in text


def test_an_undeclared_entity_is_refused(tmp_path):
    qde = GOOD_QDE.replace('name="Kode"', 'name="&x;"')
    refused(tmp_path, zip_of(tmp_path / "ent.qdpx", {"project.qde": qde, **SOURCE}), "entit")


def test_billion_laughs_is_refused(tmp_path):
    qde = ('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>')
    refused(tmp_path, zip_of(tmp_path / "laughs.qdpx", {"project.qde": qde}), "document type declaration")


def test_xxe_in_a_codebook_changes_nothing(tmp_path, tmp_project):
    create_code(tmp_project, "Min kode")
    before = project_info(tmp_project)
    qdc = tmp_path / "xxe.qdc"
    qdc.write_text('<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
                   '<Code guid="0A1B2C3D-0000-4000-8000-000000000001" name="&x;" isCodable="true"/>'
                   '</Codes></CodeBook>', encoding="utf-8")
    with pytest.raises(RefiError, match="document type declaration"):
        import_qdc(tmp_project, qdc)
    assert project_info(tmp_project) == before


@pytest.mark.parametrize("member", ["../evil.txt", "sources/../../evil.txt", "/etc/evil.txt", "C:\\evil.txt",
                                   "sources\\..\\..\\evil.txt"])
def test_unsafe_member_paths_are_refused(tmp_path, member):
    qdpx = zip_of(tmp_path / "slip.qdpx", {"project.qde": GOOD_QDE, **SOURCE, member: b"owned"})
    refused(tmp_path, qdpx, "unsafe path")
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_source_path_outside_the_archive_is_not_read(tmp_path):
    qde = GOOD_QDE.replace("internal://0A1B2C3D-0000-4000-8000-000000000002.txt", "internal://../../../etc/passwd")
    project, report = new_project_from_qdpx(zip_of(tmp_path / "p.qdpx", {"project.qde": qde}),
                                            tmp_path / "p.stegvis")
    with project:
        assert project_info(project)["documents"] == []
    assert "sources without readable plain text" in str(report)
    qde = GOOD_QDE.replace("internal://0A1B2C3D-0000-4000-8000-000000000002.txt", "absolute:///etc/passwd")
    project, report = new_project_from_qdpx(zip_of(tmp_path / "q.qdpx", {"project.qde": qde}),
                                            tmp_path / "q.stegvis")
    with project:
        assert project_info(project)["documents"] == []


@pytest.mark.parametrize("member", ["project.qde", "sources/0A1B2C3D-0000-4000-8000-000000000002.txt"])
def test_zip_bomb_is_refused(tmp_path, member):
    members = {"project.qde": GOOD_QDE, **SOURCE}
    members[member] = b" " * (30 * 1024 * 1024)  # 30 MB that pack into some 30 KB
    refused(tmp_path, zip_of(tmp_path / "bomb.qdpx", members), "zip bomb")


def test_a_member_larger_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(refi_import, "MAX_TEXT_BYTES", 10)
    refused(tmp_path, zip_of(tmp_path / "big.qdpx", {"project.qde": GOOD_QDE, **{
        k: b"x" * 11 for k in SOURCE}}), "too large")


def test_no_qde_is_refused(tmp_path):
    refused(tmp_path, zip_of(tmp_path / "none.qdpx", {"sources/a.txt": b"x", "folder/project.qde": GOOD_QDE}),
            "no project file (.qde)")


def test_two_qde_files_are_refused(tmp_path):
    refused(tmp_path, zip_of(tmp_path / "two.qdpx", {"a.qde": GOOD_QDE, "b.qde": GOOD_QDE}),
            "several project files", "a.qde", "b.qde")


def test_malformed_xml_is_refused(tmp_path):
    qdpx = zip_of(tmp_path / "bad.qdpx", {"project.qde": GOOD_QDE.replace("</CodeBook>", "</Codebook>")})
    refused(tmp_path, qdpx, "not well-formed XML", "line 3")


def test_a_codebook_is_not_a_project(tmp_path):
    qde = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    refused(tmp_path, zip_of(tmp_path / "cb.qdpx", {"project.qde": qde}), "not a REFI-QDA Project")


def test_other_xml_is_not_a_project(tmp_path):
    qde = '<Project xmlns="http://example.com/other"/>'
    refused(tmp_path, zip_of(tmp_path / "other.qdpx", {"project.qde": qde}), "not a REFI-QDA Project")


def test_not_a_zip_and_empty_files_are_refused(tmp_path):
    (tmp_path / "text.qdpx").write_text("just text", encoding="utf-8")
    refused(tmp_path, tmp_path / "text.qdpx", "not a zip archive")
    (tmp_path / "empty.qdpx").write_bytes(b"")
    refused(tmp_path, tmp_path / "empty.qdpx", "empty")
    refused(tmp_path, tmp_path / "missing.qdpx", "no such file")


def test_encrypted_members_are_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("project.qde", GOOD_QDE)
    data = bytearray(buffer.getvalue())
    # set the "encrypted" flag in the local header and the central directory
    data[6] |= 1
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1
    (tmp_path / "locked.qdpx").write_bytes(bytes(data))
    refused(tmp_path, tmp_path / "locked.qdpx", "password")


def test_an_existing_project_is_never_overwritten(tmp_path):
    target = tmp_path / "exists.stegvis"
    target.write_bytes(b"mine")
    with pytest.raises(RefiError, match="already exists"):
        new_project_from_qdpx(zip_of(tmp_path / "g.qdpx", {"project.qde": GOOD_QDE, **SOURCE}), target)
    assert target.read_bytes() == b"mine"


def test_a_failure_while_writing_leaves_no_file(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(refi_import, "_write_project", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        new_project_from_qdpx(zip_of(tmp_path / "g.qdpx", {"project.qde": GOOD_QDE, **SOURCE}), out / "n.stegvis")
    assert list(out.iterdir()) == []


def test_a_bad_codebook_changes_nothing(tmp_path, tmp_project):
    create_code(tmp_project, "Min kode")
    before = project_info(tmp_project)
    bad = tmp_path / "bad.qdc"
    bad.write_text('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x"', encoding="utf-8")
    with pytest.raises(RefiError, match="not well-formed"):
        import_qdc(tmp_project, bad)
    (tmp_path / "empty.qdc").write_bytes(b"")
    with pytest.raises(RefiError, match="empty"):
        import_qdc(tmp_project, tmp_path / "empty.qdc")
    with pytest.raises(RefiError, match="not a REFI-QDA CodeBook"):
        import_qdc(tmp_project, zip_of(tmp_path / "p.qdc", {"project.qde": GOOD_QDE}))
    assert project_info(tmp_project) == before
