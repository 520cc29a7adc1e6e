"""Made the two PDFs beside this file once; kept to show how (needs LibreOffice).

    python tests/importers/data/make_pdfs.py

transcript.pdf: two pages of text set in Symbola (a font with Latin letters
and emoji, Debian package fonts-symbola), so the emoji are drawn in the same
font run as the words around them. scanned.pdf: one page holding only a
picture, like a scan without text recognition.
"""

import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent

PAGE_1 = [
    "Intervju – Informant Ø",
    "Intervjuer: Blåbærsyltetøy på ÆØÅ-vis – «sa han» og det’s greit.",
    "Informant Ø: 10\u00a0000\u00a0kroner, ja 😀.",
    "kafe\u0301 med kombinerende aksent.",
]
PAGE_2 = ["Side to: familien 👩\u200d👩\u200d👧 og café."]


def png(width: int, height: int) -> bytes:
    rows = b"".join(b"\x00" + bytes((x * 7 + y * 3) % 256 for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def convert(source: Path) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(source)], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = docx.Document()
        d.styles["Normal"].font.name = "Symbola"
        for line in PAGE_1:
            d.add_paragraph(line)
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        for line in PAGE_2:
            d.add_paragraph(line)
        source = Path(tmp) / "transcript.docx"
        d.save(str(source))
        convert(source)
        picture = Path(tmp) / "scan.png"
        picture.write_bytes(png(60, 40))
        d = docx.Document()
        d.add_picture(str(picture))
        source = Path(tmp) / "scanned.docx"
        d.save(str(source))
        convert(source)


if __name__ == "__main__":
    sys.exit(main())
