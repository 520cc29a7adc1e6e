"""Word .docx: the text exactly as the student sees it, in document order."""

import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from importer_fixtures import DOCX_TEXT, HARD, make_docx, make_ole, write_zip
from workbench.importers import ImportFileError, StyleSpan, read_transcript


def styled(result, kind):
    return [result.text[s.start:s.end] for s in result.styles if s.kind == kind]


def problem(path):
    with pytest.raises(ImportFileError) as info:
        read_transcript(path)
    return info.value.problem


def test_docx_text_exact_in_document_order(tmp_path):
    result = read_transcript(make_docx(tmp_path / "Intervju Ø.docx"))
    assert result.text == DOCX_TEXT
    assert HARD in result.text  # emoji, NBSP, combining accent kept as they were
    assert "kafe\u0301" in result.text and "caf\u00e9" in result.text  # NFD and NFC both untouched
    assert result.name == "Intervju Ø"
    assert result.source_name == "Intervju Ø.docx"
    for left_out in ("TOPPTEKST", "BUNNTEKST", "KOMMENTAR", "https://"):
        assert left_out not in result.text


def test_docx_styles(tmp_path):
    result = read_transcript(make_docx(tmp_path / "styled.docx"))
    assert all(isinstance(s, StyleSpan) and 0 <= s.start < s.end <= len(result.text) for s in result.styles)
    assert styled(result, "heading") == ["Intervju – Informant Ø"]
    assert styled(result, "italic") == ["dan "]
    # Speaker labels, the bold answer in the table and the heading (bold by its style).
    assert styled(result, "bold") == [
        "Intervju – Informant Ø", "Intervjuer: ", "Informant Ø: ", "Svar\u00a0i tabell",
    ]
    assert list(result.styles) == sorted(result.styles, key=lambda s: (s.start, s.end, s.kind))


def test_docx_without_styles_field_still_has_fields(tmp_path):
    result = read_transcript(make_docx(tmp_path / "x.docx"))
    assert (result.name, result.source_name) == ("x", "x.docx")
    assert isinstance(result.styles, tuple)


def _body_docx(path, body_xml: str):
    """A document whose body holds exactly the given WordprocessingML."""
    d = docx.Document()
    body = d.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    wrapper = parse_xml(f"<w:body {nsdecls('w', 'r')}>{body_xml}</w:body>")
    for i, child in enumerate(list(wrapper)):
        body.insert(i, child)
    d.save(str(path))
    return path


def run(text, props=""):
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_docx_tables_interleave_and_merged_cells_are_not_repeated(tmp_path):
    def cell(text, props=""):
        return f"<w:tc>{props}<w:p>{run(text) if text else ''}</w:p></w:tc>"

    restart = '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
    continued = "<w:tcPr><w:vMerge/></w:tcPr>"
    span = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell('Taler')}{cell('Ytring')}{cell('Merknad')}</w:tr>"
        f"<w:tr>{cell('Intervjuer:', restart)}{cell('Hei')}{cell('')}</w:tr>"
        f"<w:tr>{cell('', continued)}{cell('og så')}{cell('')}</w:tr>"
        f"<w:tr>{cell('')}{cell('')}{cell('')}</w:tr>"
        f"<w:tr>{cell('Over to', span)}{cell('siste')}</w:tr>"
        "</w:tbl>"
    )
    path = _body_docx(tmp_path / "t.docx", f"<w:p>{run('Før')}</w:p>{table}<w:p>{run('Etter')}</w:p>")
    assert read_transcript(path).text == (
        "Før\nTaler\tYtring\tMerknad\nIntervjuer:\tHei\t\n\tog så\t\nOver to\tsiste\nEtter"
    )


def test_docx_cell_with_two_paragraphs_and_nested_table(tmp_path):
    inner = f"<w:tbl><w:tr><w:tc><w:p>{run('a')}</w:p></w:tc><w:tc><w:p>{run('b')}</w:p></w:tc></w:tr></w:tbl>"
    body = f"<w:tbl><w:tr><w:tc><w:p>{run('én')}</w:p><w:p>{run('to')}</w:p></w:tc><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    # The cell's paragraphs keep their line break; the nested row is tab-joined.
    assert read_transcript(_body_docx(tmp_path / "n.docx", body)).text == "én\nto\ta\tb"


def test_docx_what_the_reader_sees(tmp_path):
    body = (
        f"<w:p>{run('synlig ')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>SKJULT</w:t></w:r>{run('tekst')}</w:p>"
        f"<w:p><w:ins w:id=\"1\" w:author=\"a\">{run('satt inn')}</w:ins>"
        f"<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>SLETTET</w:delText></w:r></w:del></w:p>"
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("7") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:p>{run('i innholdskontroll')}</w:p></w:sdtContent></w:sdt>"
        f"<w:p>{run('fotnote')}<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
        f"<w:r><w:t>hard</w:t><w:noBreakHyphen/><w:t>bindestrek</w:t></w:r></w:p>"
        "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        f"<w:p>{run('etter sideskift')}</w:p>"
    )
    text = read_transcript(_body_docx(tmp_path / "v.docx", body)).text
    assert text == (
        "synlig tekst\nsatt inn\n7\ni innholdskontroll\nfotnotehard\u2011bindestrek\n\netter sideskift"
    )


def test_docx_bold_from_character_and_paragraph_styles(tmp_path):
    d = docx.Document()
    d.add_paragraph("Tittel her", style="Title")
    p = d.add_paragraph()
    p.add_run("Sterk", style="Strong")
    p.add_run(" vanlig ")
    p.add_run("ikke fet").bold = False
    p = d.add_paragraph("Overskrift to", style="Heading 2")
    quote = d.add_paragraph("sitat", style="Intense Quote")
    quote.runs[0].italic = True
    path = tmp_path / "s.docx"
    d.save(str(path))
    result = read_transcript(path)
    assert result.text == "Tittel her\nSterk vanlig ikke fet\nOverskrift to\nsitat"
    assert styled(result, "heading") == ["Tittel her", "Overskrift to"]
    assert "Sterk" in styled(result, "bold")
    assert "ikke fet" not in "".join(styled(result, "bold"))
    assert styled(result, "italic")[-1] == "sitat"


def test_docx_empty_paragraphs_kept_inside_stripped_at_ends(tmp_path):
    d = docx.Document()
    for text in ["", "", "en", "", "", "to", ""]:
        d.add_paragraph(text)
    path = tmp_path / "e.docx"
    d.save(str(path))
    assert read_transcript(path).text == "en\n\n\nto"


# -- refused ------------------------------------------------------------------

def test_docx_refusals(tmp_path):
    good = make_docx(tmp_path / "good.docx").read_bytes()
    cases = {
        "empty.docx": (b"", "the file is empty"),
        "text.docx": (b"This is plain text, not a docx", "not a Word document"),
        "half.docx": (good[: len(good) // 2], "the file is damaged (not a complete .docx)"),
    }
    for name, (data, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert expected in problem(path), name
    blank = tmp_path / "blank.docx"
    docx.Document().save(str(blank))
    assert problem(blank) == "the file holds no text"


def test_zip_that_is_not_a_word_document(tmp_path):
    path = write_zip(tmp_path / "archive.docx", {"hello.txt": "not a Word document"})
    reason = problem(path)
    assert reason.startswith("not a Word document (no word/document.xml)")
    assert "damaged" in reason


def test_docx_with_corrupt_document_part(tmp_path):
    path = make_docx(tmp_path / "corrupt.docx")
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle:middle + 40] = bytes(40)
    path.write_bytes(bytes(data))
    assert problem(path) == "the file is damaged (not a complete .docx)"


def test_docx_with_broken_xml(tmp_path):
    source = make_docx(tmp_path / "source.docx")
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    assert "damaged" in problem(path)


def test_macro_enabled_document_named_docx(tmp_path):
    source = make_docx(tmp_path / "source.docx")
    path = tmp_path / "makro.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
                )
            dst.writestr(item, data)
    assert "macro-enabled" in problem(path)


def test_ole_files_named_docx(tmp_path):
    encrypted = make_ole(tmp_path / "låst.docx", "EncryptedPackage")
    assert problem(encrypted) == "password-protected; remove the password in Word and import again"
    old = make_ole(tmp_path / "gammel.docx", "WordDocument")
    assert problem(old) == "an old Word .doc file named .docx; save it as .docx"


def test_doc_files(tmp_path):
    old = make_ole(tmp_path / "gammel.doc", "WordDocument")
    assert problem(old) == "old Word format (.doc); open it in Word and save it as .docx"
    # A .docx or an RTF file that was only named .doc is read.
    renamed = make_docx(tmp_path / "egentlig docx.doc")
    assert read_transcript(renamed).text == DOCX_TEXT
    rtf = tmp_path / "egentlig rtf.doc"
    rtf.write_bytes(rb"{\rtf1\ansi\ansicpg1252 Bl\'e5b\'e6r\par}")
    assert read_transcript(rtf).text == "Blåbær"
