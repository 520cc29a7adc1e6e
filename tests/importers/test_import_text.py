"""Plain text and Markdown: every encoding a Norwegian student's files come in."""

import random

import pytest

from importer_fixtures import ACCENTS, EMOJI, HARD, NBSP
from workbench.importers import ImportFileError, read_transcript
from workbench.importers.markdown_reader import markdown_styles

# Text every 8-bit encoding below can hold: æøå, guillemets, NBSP; the
# Windows code page also has the en dash, typographic apostrophe and euro.
LATIN = "Intervjuer: «Hvordan går det?»\nInformant: Blåbærsyltetøy og 10\u00a0000 kroner, ÆØÅ.\n"
WINDOWS = LATIN + "Det’s greit – koster 50 € … „sitat“\n"
MAC = LATIN + "Det’s greit – ja.\n"


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def problem(path):
    with pytest.raises(ImportFileError) as info:
        read_transcript(path)
    return info.value.problem


@pytest.mark.parametrize(
    "label, data, expected",
    [
        ("utf-8", HARD.encode("utf-8"), HARD),
        ("utf-8 bom", b"\xef\xbb\xbf" + HARD.encode("utf-8"), HARD),
        ("utf-16 le bom", HARD.encode("utf-16"), HARD),  # Python writes the BOM, little-endian
        ("utf-16 be bom", b"\xfe\xff" + HARD.encode("utf-16-be"), HARD),
        ("utf-32 bom", HARD.encode("utf-32"), HARD),
        ("cp1252", WINDOWS.encode("cp1252"), WINDOWS),
        ("latin-1", LATIN.encode("latin-1"), LATIN),
        ("mac roman", MAC.encode("mac_roman"), MAC),
        ("short cp1252", "Blåbærsyltetøy".encode("cp1252"), "Blåbærsyltetøy"),
        ("cp1252 dash", "Hei – æ ø å".encode("cp1252"), "Hei – æ ø å"),
    ],
)
def test_txt_encodings(tmp_path, label, data, expected):
    assert read_transcript(write(tmp_path / "t.txt", data)).text == expected


def test_txt_exact_code_points(tmp_path):
    text = f"{NBSP}\n{EMOJI}\n{ACCENTS}\n"
    result = read_transcript(write(tmp_path / "t.txt", text.encode("utf-8")))
    assert result.text == text
    assert "e\u0301" in result.text and "\u00e9" in result.text  # NFD and NFC as written
    assert result.styles == ()


def test_txt_line_ends(tmp_path):
    data = "en\r\nto\rtre\n\r\nfire\r\n".encode("utf-16")
    assert read_transcript(write(tmp_path / "t.txt", data)).text == "en\nto\ntre\n\nfire\n"


def test_txt_prefers_utf8_when_it_decodes(tmp_path):
    # "Ã¸" in cp1252 is the UTF-8 bytes of "ø": read as UTF-8.
    assert read_transcript(write(tmp_path / "t.txt", "søt".encode("utf-8"))).text == "søt"


def test_txt_refusals(tmp_path):
    noise = bytes(b for b in random.Random(7).randbytes(3000) if b)  # no NUL bytes
    cases = {
        "empty.txt": (b"", "the file is empty"),
        "blank.txt": (b" \r\n\t\n ", "the file holds no text"),
        "nul.txt": (b"Intervju\x00\x01\x02 med NUL", "binary data, not a text file"),
        "png.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary data, not a text file"),
        "noise.txt": (noise, "binary data, not a text file"),
        "badutf8bom.txt": (b"\xef\xbb\xbfgod \xff\xfe tekst", "the UTF-8 text is damaged"),
        "odd16.txt": (b"\xff\xfeh\x00i\x00\x00", "the UTF-16 text is damaged"),
        "lone16.txt": (b"\xff\xfe\x3d\xd8a\x00", "the UTF-16 text is damaged"),
    }
    for name, (data, expected) in cases.items():
        assert problem(write(tmp_path / name, data)).startswith(expected), name


def test_txt_too_large_refused_without_reading(tmp_path):
    path = tmp_path / "stor.txt"
    with path.open("wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: nothing is written
    assert problem(path) == "too large for a transcript (60 MB; the limit is 50 MB)"


def test_txt_missing_and_folder(tmp_path):
    assert problem(tmp_path / "borte.txt") == "no such file"
    (tmp_path / "mappe.txt").mkdir()
    assert problem(tmp_path / "mappe.txt") == "a folder, not a file"


# -- Markdown -------------------------------------------------------------------

MARKDOWN = (
    "# Intervju – Informant Ø\n"
    "\n"
    "**Intervjuer:** Hvordan *gikk* det? {hard}\n"
    "__Informant Ø:__ Bra, takk ** ikke fet ** og 2 * 3 * 4.\n"
    "#ikke-overskrift og ## heller ikke\n"
    "   ### Tre mellomrom er lov\n"
    "```\n"
    "# ikke overskrift i kode\n"
    "**ikke fet i kode**\n"
    "```\n"
    "Slutt.\n"
).format(hard=HARD)


def test_markdown_kept_as_written_with_styles(tmp_path):
    result = read_transcript(write(tmp_path / "m.md", MARKDOWN.encode("utf-8")))
    assert result.text == MARKDOWN  # nothing rendered: '#', '*' and '_' stay
    spans = {(result.text[s.start:s.end], s.kind) for s in result.styles}
    assert spans == {
        ("# Intervju – Informant Ø", "heading"),
        ("   ### Tre mellomrom er lov", "heading"),
        ("Intervjuer:", "bold"),
        ("Informant Ø:", "bold"),
    }


def test_markdown_in_cp1252_with_crlf(tmp_path):
    data = "# Overskrift – ø\r\n**Taler:** «ja»\r\n".encode("cp1252")
    result = read_transcript(write(tmp_path / "m.md", data))
    assert result.text == "# Overskrift – ø\n**Taler:** «ja»\n"
    assert [(result.text[s.start:s.end], s.kind) for s in result.styles] == [
        ("# Overskrift – ø", "heading"), ("Taler:", "bold"),
    ]


def test_markdown_style_offsets_count_code_points():
    text = "👩\u200d👩\u200d👧 **fet** e\u0301\n## 😀"
    spans = markdown_styles(text)
    assert [(text[s.start:s.end], s.kind) for s in spans] == [("fet", "bold"), ("## 😀", "heading")]
