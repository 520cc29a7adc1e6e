"""Makers of test documents for the importer tests (written into tmp_path)."""

from __future__ import annotations

import zipfile
from pathlib import Path

# Text that must survive every format byte for byte: Norwegian letters,
# guillemets, en dash, typographic apostrophe, non-breaking spaces, emoji
# (one with zero-width joiners) and a combining accent beside a precomposed one.
NORSK = "Blåbærsyltetøy på ÆØÅ-vis – «sa han» og det’s greit"
NBSP = "10\u00a0000\u00a0kroner"
EMOJI = "ja 😀 og familien 👩\u200d👩\u200d👧"
ACCENTS = "kafe\u0301 eller café"
HARD = f"{NORSK}. {NBSP}, {EMOJI}, {ACCENTS}."


def make_docx(path: Path) -> Path:
    """A Word document with a heading, bold speaker labels, runs split in
    the middle of words, soft breaks, tabs, a hyperlink, a table with empty
    and merged cells, header, footer and comment, empty paragraphs."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "TOPPTEKST skal ikke med"
    d.sections[0].footer.paragraphs[0].text = "BUNNTEKST skal ikke med"
    d.add_paragraph("")  # leading empty paragraph: stripped
    d.add_heading("Intervju – Informant Ø", level=1)
    p = d.add_paragraph()
    p.add_run("Intervjuer: ").bold = True
    p.add_run("Hvor")
    p.add_run("dan ").italic = True
    p.add_run(HARD)
    p = d.add_paragraph()
    p.add_run("Informant Ø: ").bold = True
    run = p.add_run("første linje")
    run.add_break()  # soft line break
    run.add_text("andre")
    run.add_tab()
    run.add_text("linje")
    run.add_tab()
    run.add_text("etter tab")
    d.add_paragraph("")  # empty paragraph in the middle: kept
    p = d.add_paragraph("Se ")
    # A hyperlink: its text is part of the paragraph.
    r_id = d.part.relate_to("https://example.org/ø", RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link_run = OxmlElement("w:r")
    link_text = OxmlElement("w:t")
    link_text.text = "nettsiden «Ø»"
    link_run.append(link_text)
    link.append(link_run)
    p._p.append(link)
    p.add_run(" for mer.")
    table = d.add_table(rows=4, cols=2)
    table.cell(0, 0).text = "Intervjuer:"
    table.cell(0, 1).text = "Spørsmål i tabell – «ja»?"
    # row 1 stays empty: skipped
    table.cell(2, 0).merge(table.cell(2, 1)).text = "Sammenslått 😀"
    table.cell(3, 0).text = "Informant Ø:"
    table.cell(3, 1).text = "Svar\u00a0i tabell"
    table.cell(3, 1).paragraphs[0].runs[0].bold = True
    p = d.add_paragraph("Etter tabellen, side")
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("ny side.")
    if hasattr(d, "add_comment"):
        d.add_comment(p.runs[0], text="KOMMENTAR skal ikke med", author="Veileder")
    d.add_paragraph("")
    d.add_paragraph("")  # trailing empty paragraphs: stripped
    d.save(str(path))
    return path


DOCX_TEXT = (
    "Intervju – Informant Ø\n"
    f"Intervjuer: Hvordan {HARD}\n"
    "Informant Ø: første linje\nandre\tlinje\tetter tab\n"
    "\n"
    "Se nettsiden «Ø» for mer.\n"
    "Intervjuer:\tSpørsmål i tabell – «ja»?\n"
    "Sammenslått 😀\n"
    "Informant Ø:\tSvar\u00a0i tabell\n"
    "Etter tabellen, side\nny side."
)


def write_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3"'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def odt_content(body: str, automatic_styles: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-content {ODF_NS}>"
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )


def make_odt(path: Path, body: str, automatic_styles: str = "", styles: str | None = None,
             mimetype: str = "application/vnd.oasis.opendocument.text", manifest: str = MANIFEST) -> Path:
    """A minimal OpenDocument text made by hand: mimetype first and stored,
    as the format asks, then content.xml, the manifest and maybe styles.xml."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # ZipInfo: stored
        z.writestr("content.xml", odt_content(body, automatic_styles))
        z.writestr("META-INF/manifest.xml", manifest)
        if styles is not None:
            z.writestr(
                "styles.xml",
                f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}>'
                f"<office:styles>{styles}</office:styles></office:document-styles>",
            )
    return path


def make_ole(path: Path, stream_name: str, size: int = 4096) -> Path:
    """A minimal OLE compound file (what .doc files and password-protected
    Office files are) holding one stream of zeros: 512-byte sectors, sector 0
    the allocation table, sector 1 the directory, the stream after them."""
    import struct

    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    data_sectors = -(-size // 512)
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 0x1000, end, 0, end, 0)
    difat = [0] + [free] * 108
    struct.pack_into("<109I", header, 76, *difat)
    fat = [fat_sector, end] + [3 + i for i in range(data_sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, length: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, no_stream, no_stream, child)
        struct.pack_into("<IQ", raw, 116, start, length)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, 1, end, 0)
        + entry(stream_name, 2, no_stream, 2, size)
        + entry("", 0, no_stream, 0, 0) * 2
    )
    path.write_bytes(
        bytes(header) + struct.pack("<128I", *fat) + directory + bytes(data_sectors * 512)
    )
    return path
