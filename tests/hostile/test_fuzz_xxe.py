"""XML external entities in every XML an importer reads: document.xml of a
.docx, content.xml of an .odt, a .qdc and a .qdpx's project.qde. The entity
names /etc/hostname or a secret file of the test's own; its content must never
appear in what is imported (text, names, descriptions, memos, the project
file's bytes), whether the file is refused or read without it.

Each way of bringing in a file is tried: an external general entity in the
internal subset, a parameter entity loading a DTD that declares it, an
external DTD, and XInclude (which must not be processed).
"""

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select
from test_fuzz_common import CONTENT_TYPES, docx_seed, member, odt_content, odt_members, refi_seeds, rezip, zip_members

from workbench.importers import ImportFileError, read_transcript
from workbench.interop import RefiError, import_qdc, new_project_from_qdpx
from workbench.storage.models import Code, CodeGroup, Concept, Meta, Theme

SECRET = "HEMMELIG-5f1e0c7a-innhold"
HOSTNAME = Path("/etc/hostname")
XI = "http://www.w3.org/2001/XInclude"


def _hostname() -> str:
    try:
        return HOSTNAME.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


@pytest.fixture(params=["secret", "hostname"])
def leak(request, tmp_path):
    """(URI of the file the entity names, what must never show up: its content
    between the markers around the entity, and the whole secret)."""
    if request.param == "hostname":
        name = _hostname()
        if not name:
            pytest.skip("no /etc/hostname here")
        return HOSTNAME.as_uri(), [f"FØR{name}", f"{name}ETTER"]
    secret = tmp_path / "hemmelig.txt"
    secret.write_text(SECRET, encoding="utf-8")
    return secret.as_uri(), [SECRET, "HEMMELIG"]


#: How the entity is brought in: (DOCTYPE for a root element, what stands where text goes).
WAYS = ["internal-subset", "parameter-entity", "external-dtd", "xinclude"]


def xxe(way: str, root: str, uri: str, folder: Path) -> tuple[str, str]:
    dtd = folder / "evil.dtd"
    dtd.write_text(f'<!ENTITY e SYSTEM "{uri}">', encoding="utf-8")
    if way == "internal-subset":
        return f'<!DOCTYPE {root} [<!ENTITY e SYSTEM "{uri}">]>', "FØR&e;ETTER"
    if way == "parameter-entity":
        return f'<!DOCTYPE {root} [<!ENTITY % p SYSTEM "{dtd.as_uri()}"> %p;]>', "FØR&e;ETTER"
    if way == "external-dtd":
        return f'<!DOCTYPE {root} SYSTEM "{dtd.as_uri()}">', "FØR&e;ETTER"
    return "", f'FØR<xi:include xmlns:xi="{XI}" href="{uri}" parse="text"/>ETTER'


def never_in(texts, forbidden) -> None:
    for text in texts:
        for bad in forbidden:
            assert bad not in text, f"{bad!r} leaked into {text[:200]!r}"


def never_in_files(folder: Path, forbidden) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "hemmelig.txt":
            data = path.read_bytes()
            for bad in forbidden:
                assert bad.encode() not in data, f"{bad!r} leaked into {path}"


# --- .docx and .odt ---------------------------------------------------------------------------

@pytest.mark.parametrize("way", WAYS)
def test_docx_document_xml(tmp_path, leak, way):
    uri, forbidden = leak
    members = zip_members(docx_seed())
    document = member(members, "word/document.xml").decode()
    doctype, reference = xxe(way, "w:document", uri, tmp_path)
    if way == "xinclude":
        reference = reference.replace("<xi:include", "</w:t><xi:include").replace("/>ETTER", "/><w:t>ETTER")
    document = document.replace("<w:document ", f"{doctype}<w:document ", 1)
    assert "Intervju – Informant Ø" in document
    document = document.replace("Intervju – Informant Ø", reference, 1)
    path = tmp_path / "xxe.docx"
    path.write_bytes(rezip(members, replace={"word/document.xml": document.encode()}))
    try:
        result = read_transcript(path)
    except ImportFileError:
        return  # refused: fine
    assert "FØR" in result.text and "ETTER" in result.text  # read, without the entity
    never_in([result.text, result.name], forbidden)


@pytest.mark.parametrize("way", WAYS)
def test_odt_content_xml(tmp_path, leak, way):
    uri, forbidden = leak
    doctype, reference = xxe(way, "office:document-content", uri, tmp_path)
    content = odt_content(body=f"<text:p>Intervju</text:p><text:p>{reference}</text:p>", prolog=doctype)
    path = tmp_path / "xxe.odt"
    path.write_bytes(rezip(odt_members(content)))
    try:
        result = read_transcript(path)
    except ImportFileError:
        return
    assert "FØR" in result.text and "ETTER" in result.text
    never_in([result.text, result.name], forbidden)


def test_docx_entity_in_other_parts(tmp_path, leak):
    """Entities in the parts python-docx reads before the body: refused or harmless."""
    uri, forbidden = leak
    members = zip_members(docx_seed())
    parts = {n: d for n, d, _ in members}
    for name, root in (("word/styles.xml", "w:styles"), ("[Content_Types].xml", "Types"),
                       ("word/_rels/document.xml.rels", "Relationships")):
        data = parts[name].decode()
        start = data.index(f"<{root}")
        data = f'{data[:start]}<!DOCTYPE {root} [<!ENTITY e SYSTEM "{uri}">]>{data[start:]}'
        data = data.replace('w:styleId="Heading1"', 'w:styleId="FØR&e;ETTER"').replace(
            'Extension="xml"', 'Extension="FØR&e;ETTER"')
        path = tmp_path / "del.docx"
        path.write_bytes(rezip(members, replace={name: data.encode()}))
        try:
            result = read_transcript(path)
        except ImportFileError:
            continue
        never_in([result.text], forbidden)


# --- .qdc and .qdpx ---------------------------------------------------------------------------

def _project_texts(project) -> list[str]:
    with project.reading() as s:
        out = []
        for model in (Code, CodeGroup, Theme, Concept):
            for row in s.scalars(select(model)):
                out += [row.name or "", getattr(row, "description", "") or "", getattr(row, "memo", "") or ""]
        out += list(s.scalars(select(Meta.value)))
    return out


@pytest.mark.parametrize("way", WAYS)
def test_qdc(tmp_path, tmp_project, leak, way):
    uri, forbidden = leak
    doctype, reference = xxe(way, "CodeBook", uri, tmp_path)
    qdc = refi_seeds()["qdc"].decode()
    if way == "xinclude":
        qdc = qdc.replace("<Description>[Stegvis: theme 1]", f"<Description>{reference}\n\n[Stegvis: theme 1]", 1)
    else:
        qdc = qdc.replace('name="Syltetøy"', f'name="{reference}"', 1).replace(
            "<Description>[Stegvis: theme 1]", f"<Description>{reference}\n\n[Stegvis: theme 1]", 1)
    qdc = qdc.replace("<CodeBook ", f"{doctype}<CodeBook ", 1)
    path = tmp_path / "xxe.qdc"
    path.write_text(qdc, encoding="utf-8")
    before = _project_texts(tmp_project)
    try:
        import_qdc(tmp_project, path)
    except RefiError as exc:
        if way != "xinclude":
            assert "document type declaration" in str(exc)
        assert _project_texts(tmp_project) == before  # nothing imported
    else:
        assert way == "xinclude", "a codebook with a DOCTYPE was imported"
        texts = _project_texts(tmp_project)
        assert any("FØR" in t for t in texts)
        never_in(texts, forbidden)
    tmp_project.close()
    never_in_files(tmp_project.path.parent, forbidden)


@pytest.mark.parametrize("way", WAYS)
def test_qdpx_project_qde(tmp_path, leak, way):
    uri, forbidden = leak
    doctype, reference = xxe(way, "Project", uri, tmp_path)
    members = zip_members(refi_seeds()["qdpx"])
    qde = member(members, "project.qde").decode()
    qde = qde.replace("<Project ", f"{doctype}<Project ", 1)
    # the entity as the text of an inline source, a note, a description and (as an entity) a code's name
    source = (f'<TextSource guid="00000000-0000-4000-8000-0000000000aa" name="Innebygd">'
              f"<PlainTextContent>{reference}</PlainTextContent></TextSource>")
    qde = qde.replace("<Sources>", f"<Sources>{source}", 1)
    qde = qde.replace("<Description>[Stegvis: theme 1]", f"<Description>{reference}\n\n[Stegvis: theme 1]", 1)
    if way != "xinclude":
        qde = qde.replace('name="Syltetøy"', f'name="{reference}"', 1)
    path = tmp_path / "xxe.qdpx"
    path.write_bytes(rezip(members, replace={"project.qde": qde.encode()}))
    out = tmp_path / "ut"
    out.mkdir()
    try:
        project, _ = new_project_from_qdpx(path, out / "ny.stegvis")
    except RefiError as exc:
        if way != "xinclude":
            assert "document type declaration" in str(exc)
        assert list(out.iterdir()) == []
        return
    assert way == "xinclude", "a project with a DOCTYPE was imported"
    with project:
        from workbench.services.report import project_info

        docs = project_info(project, with_text=True)["documents"]
        texts = [d["text"] for d in docs] + [d["name"] for d in docs] + _project_texts(project)
    assert any("FØR" in t for t in texts)
    never_in(texts, forbidden)
    never_in_files(out, forbidden)


def test_utf16_and_hidden_doctypes_in_a_codebook(tmp_path, tmp_project, leak):
    """A DOCTYPE behind comments and processing instructions, or in UTF-16 or
    UTF-32 with or without a byte-order mark: found and refused all the same."""
    uri, forbidden = leak
    body = (f'<!DOCTYPE CodeBook [<!ENTITY e SYSTEM "{uri}">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
            '<Code guid="00000000-0000-4000-8000-000000000001" name="FØR&e;ETTER" isCodable="true"/></Codes></CodeBook>')
    variants = {
        "hidden": ('<?xml version="1.0"?>\n<!-- x -->\n<?pi y?>\n' + body).encode(),
        "utf16-bom": ("\ufeff" + '<?xml version="1.0" encoding="UTF-16"?>' + body).encode("utf-16-le"),
        "utf16-no-bom": ('<?xml version="1.0" encoding="UTF-16LE"?>' + body).encode("utf-16-le"),
        "utf16-be": ("\ufeff" + '<?xml version="1.0" encoding="UTF-16"?>' + body).encode("utf-16-be"),
        "utf8-bom": ("\ufeff" + '<?xml version="1.0"?>' + body).encode("utf-8"),
    }
    for name, data in variants.items():
        path = tmp_path / f"{name}.qdc"
        path.write_bytes(data)
        try:
            import_qdc(tmp_project, path)
        except RefiError:
            pass
        never_in(_project_texts(tmp_project), forbidden)
    tmp_project.close()
    never_in_files(tmp_project.path.parent, forbidden)


def test_zip_members_written_as_the_zip_says(tmp_path):
    """The helpers' documents are real zips (a guard for the tests above)."""
    path = tmp_path / "x.odt"
    path.write_bytes(rezip(odt_members()))
    with zipfile.ZipFile(path) as z:
        assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    assert CONTENT_TYPES.startswith("<?xml")
