"""OpenDocument text: hand-made .odt files, and one saved by LibreOffice."""

import time
import zipfile
from pathlib import Path

import pytest

from importer_fixtures import DOCX_TEXT, HARD, make_odt, odt_content, write_zip
from workbench.importers import ImportFileError, read_transcript

DATA = Path(__file__).parent / "data"

STYLES = (
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Taler"/>'
)
NAMED = (
    '<style:style style:name="Taler" style:family="paragraph">'
    '<style:text-properties fo:font-weight="700"/></style:style>'
    '<style:style style:name="Title" style:family="paragraph"/>'
)

BODY = (
    "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
    "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
    "<text:p>SLETTET</text:p></text:deletion></text:changed-region></text:tracked-changes>"
    "<text:p/>"
    '<text:h text:outline-level="1">Intervju – Informant Ø</text:h>'
    '<text:p><text:span text:style-name="T1">Intervjuer: </text:span>Hvor'
    f'<text:span text:style-name="T2">dan </text:span>{HARD}</text:p>'
    '<text:p><text:span text:style-name="T1">Informant Ø: </text:span>første linje<text:line-break/>'
    "andre<text:tab/>linje<text:tab/>etter tab</text:p>"
    "<text:p/>"
    "<text:p>Se <text:a xlink:type=\"simple\" xlink:href=\"https://example.org\">nettsiden «Ø»</text:a> for mer."
    "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
    "<text:note-body><text:p>FOTNOTE</text:p></text:note-body></text:note>"
    "<office:annotation><dc:creator>V</dc:creator><text:p>KOMMENTAR</text:p></office:annotation>"
    "<draw:frame><draw:text-box><text:p>TEKSTBOKS</text:p></draw:text-box></draw:frame></text:p>"
    "<table:table><table:table-column table:number-columns-repeated=\"2\"/>"
    "<table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>Intervjuer:</text:p></table:table-cell>"
    "<table:table-cell><text:p>Spørsmål i tabell – «ja»?</text:p></table:table-cell>"
    "</table:table-row></table:table-header-rows>"
    "<table:table-row><table:table-cell><text:p/></table:table-cell>"
    "<table:table-cell><text:p/></table:table-cell></table:table-row>"
    "<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>Sammenslått 😀</text:p>"
    "</table:table-cell><table:covered-table-cell/></table:table-row>"
    "<table:table-row><table:table-cell><text:p>Informant Ø:</text:p></table:table-cell>"
    "<table:table-cell><text:p><text:span text:style-name=\"T1\">Svar\u00a0i tabell</text:span></text:p>"
    "</table:table-cell></table:table-row>"
    "</table:table>"
    "<text:p>Etter tabellen, side</text:p><text:soft-page-break/><text:p>ny side.</text:p><text:p/>"
)


def problem(path):
    with pytest.raises(ImportFileError) as info:
        read_transcript(path)
    return info.value.problem


def spans(result, kind):
    return [result.text[s.start:s.end] for s in result.styles if s.kind == kind]


def test_odt_text_exact(tmp_path):
    result = read_transcript(make_odt(tmp_path / "Intervju.odt", BODY, STYLES))
    assert result.text == DOCX_TEXT  # the same transcript as the .docx test gives
    for left_out in ("SLETTET", "FOTNOTE", "KOMMENTAR", "TEKSTBOKS", "https://"):
        assert left_out not in result.text
    assert spans(result, "heading") == ["Intervju – Informant Ø"]
    assert spans(result, "bold") == ["Intervjuer: ", "Informant Ø: ", "Svar\u00a0i tabell"]
    assert spans(result, "italic") == ["dan "]


def test_odt_white_space_as_libreoffice_reads_it(tmp_path):
    body = (
        "<text:p>  ledende\n  mellomrom   samles</text:p>"  # collapsed; leading dropped
        '<text:p><text:s text:c="3"/>tre<text:s/> <text:s text:c="2"/>mellom</text:p>'
        "<text:p>slutt </text:p>"  # a trailing space is kept
        "<text:p>før <text:line-break/> etter <text:span> i span </text:span> ut</text:p>"
        "<text:p>\ttab-tegn\ter mellomrom</text:p>"
    )
    assert read_transcript(make_odt(tmp_path / "ws.odt", body)).text == (
        "ledende mellomrom samles\n   tre    mellom\nslutt \nfør \n etter i span ut\ntab-tegn er mellomrom"
    )


def test_odt_named_styles_lists_and_merged_rows(tmp_path):
    body = (
        '<text:p text:style-name="Title">Tittel</text:p>'
        '<text:p text:style-name="P1">Taler: <text:span text:style-name="T3">ikke fet</text:span></text:p>'
        "<text:list><text:list-item><text:p>punkt én</text:p></text:list-item>"
        "<text:list-item><text:list><text:list-item><text:p>under</text:p></text:list-item></text:list>"
        "</text:list-item></text:list>"
        "<text:section><text:p>i seksjon</text:p></text:section>"
        "<table:table><table:table-row>"
        '<table:table-cell table:number-rows-spanned="2"><text:p>A</text:p></table:table-cell>'
        "<table:table-cell><text:p>B</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:covered-table-cell/><table:table-cell><text:p>C</text:p></table:table-cell>"
        '</table:table-row><table:table-row table:number-rows-repeated="100000">'
        '<table:table-cell table:number-columns-repeated="100000"/></table:table-row></table:table>'
    )
    result = read_transcript(make_odt(tmp_path / "s.odt", body, STYLES, styles=NAMED))
    assert result.text == "Tittel\nTaler: ikke fet\npunkt én\nunder\ni seksjon\nA\tB\n\tC"
    assert spans(result, "heading") == ["Tittel"]
    assert spans(result, "bold") == ["Taler: "]


def test_odt_made_by_libreoffice():
    # LibreOffice 7.4 saved the .docx of importer_fixtures.make_docx as .odt and .rtf.
    assert read_transcript(DATA / "rich.odt").text == DOCX_TEXT
    assert read_transcript(DATA / "rich.rtf").text == DOCX_TEXT


def _odt_with_doctype(path, doctype: str, paragraph: str):
    content = odt_content(paragraph).replace(
        "<office:document-content", f"<!DOCTYPE office:document-content [{doctype}]><office:document-content", 1
    )
    return write_zip(path, {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})


def test_odt_entity_bomb_refused_quickly(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 12))
    path = _odt_with_doctype(tmp_path / "lol.odt", '<!ENTITY l0 "lol">' + lol, "<text:p>start &l11; slutt</text:p>")
    began = time.perf_counter()
    assert problem(path) == "the OpenDocument file is damaged (its XML cannot be read)"
    assert time.perf_counter() - began < 2


def test_odt_external_entity_not_fetched(tmp_path):
    path = _odt_with_doctype(
        tmp_path / "xxe.odt", '<!ENTITY ekstern SYSTEM "file:///etc/passwd">', "<text:p>start &ekstern; slutt</text:p>"
    )
    assert read_transcript(path).text == "start slutt"


def test_odt_refusals(tmp_path):
    assert problem(write_zip(tmp_path / "a.odt", {"hello.txt": "x"})).startswith(
        "not an OpenDocument text (no content.xml)"
    )
    sheet = make_odt(tmp_path / "regneark.odt", "", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    assert problem(sheet).startswith("not an OpenDocument text (a spreadsheet")
    locked = make_odt(
        tmp_path / "låst.odt", "<text:p>x</text:p>",
        manifest='<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
        "</manifest:file-entry></manifest:manifest>",
    )
    assert problem(locked) == "password-protected; remove the password and import again"
    broken = write_zip(tmp_path / "broken.odt", {"content.xml": "<office:document-content><unclosed>"})
    assert problem(broken) == "the OpenDocument file is damaged (its XML cannot be read)"
    (tmp_path / "text.odt").write_bytes(b"just text")
    assert problem(tmp_path / "text.odt").startswith("not an OpenDocument text")
    good = make_odt(tmp_path / "good.odt", BODY, STYLES).read_bytes()
    (tmp_path / "half.odt").write_bytes(good[: len(good) // 2])
    assert problem(tmp_path / "half.odt") == "the file is damaged (not a complete .odt)"
    assert problem(make_odt(tmp_path / "tom.odt", "<text:p/><text:p>  </text:p>")) == "the file holds no text"


def test_odt_bomb_refused_before_unpacking(tmp_path):
    path = tmp_path / "bombe.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        with z.open("content.xml", "w") as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(30):
                member.write(chunk)
    began = time.perf_counter()
    assert problem(path) == "the document would expand to 30 MB; refusing it"
    assert time.perf_counter() - began < 1
