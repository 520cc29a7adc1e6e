"""Rich Text Format as Word and WordPad write it: escapes, Unicode, tables."""

import pytest

from importer_fixtures import HARD
from workbench.importers import ImportFileError, read_transcript


def rtf_escape(text: str) -> str:
    """Text as Word writes it: ASCII as is, cp1252 characters as \\'xx after a
    \\uN (Unicode) escape, other characters as \\uN? with UTF-16 surrogates."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            units = ch.encode("utf-16-le")
            for i in range(0, len(units), 2):
                n = int.from_bytes(units[i:i + 2], "little")
                if n > 32767:
                    n -= 65536
                try:
                    fallback = "\\'%02x" % ch.encode("cp1252")[0]
                except UnicodeEncodeError:
                    fallback = "?"
                out.append(f"\\u{n}{fallback}")
    return "".join(out)


def write(path, text: str, encoding="ascii"):
    path.write_bytes(text.encode(encoding))
    return path


def problem(path):
    with pytest.raises(ImportFileError) as info:
        read_transcript(path)
    return info.value.problem


HEADER = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Calibri;}}"
    r"{\colortbl;\red0\green0\blue0;}{\*\generator Riched20 10.0.19041}\viewkind4\uc1" "\n"
)


def test_rtf_word_escapes_exact(tmp_path):
    body = (
        r"{\header\pard TOPPTEKST\par}{\footer\pard BUNNTEKST\par}"
        r"\pard\b Intervjuer:\b0  " + rtf_escape(HARD) + r"\par" "\n"
        r"\pard Bl\'e5b\'e6rsyltet\'f8y \'ab sitat \'bb \'96 det\'92s\~ok\par" "\n"
        r"Linje\line ny\tab etter{\footnote\pard FOTNOTE}{\*\annotation KOMMENTAR} slutt\par" "\n"
        r'{\field{\*\fldinst{HYPERLINK "https://example.org"}}{\fldrslt{\ul nettsiden}}}\par' "\n"
        r"\uc0\u230\u248\u229  uten reserve\par" "\n"  # the first space ends \u229
        r"}"
    )
    result = read_transcript(write(tmp_path / "t.rtf", HEADER + body))
    assert result.text == (
        f"Intervjuer: {HARD}\n"
        "Blåbærsyltetøy « sitat » – det’s\u00a0ok\n"
        "Linje\nny\tetter slutt\n"
        "nettsiden\n"
        "æøå uten reserve"
    )


def test_rtf_table_rows_are_tab_joined_lines(tmp_path):
    row = (
        r"\trowd\trgaph108\cellx3000\cellx6000\pard\intbl {0}\cell {1}\cell"
        r"\row" "\n"
    )
    body = (
        r"\pard F\'f8r tabellen\par" "\n"
        + row.replace("{0}", r"Intervjuer:").replace("{1}", r"Hei | p\'e5 deg")
        + row.replace("{0}", "").replace("{1}", "")
        + row.replace("{0}", r"Informant:").replace("{1}", r"To\par avsnitt")
        + r"\pard Etter\par}"
    )
    assert read_transcript(write(tmp_path / "t.rtf", HEADER + body)).text == (
        "Før tabellen\nIntervjuer:\tHei | på deg\nInformant:\tTo\navsnitt\nEtter"
    )


def test_rtf_raw_8bit_in_code_page(tmp_path):
    text = r"{\rtf1\ansi\ansicpg1252 Bl" + "åbær – «ja»" + r"\par}"
    assert read_transcript(write(tmp_path / "w.rtf", text, "cp1252")).text == "Blåbær – «ja»"
    mac = r"{\rtf1\mac\ansicpg10000 Bl\'8cb\'bers\'bf \'d0 ok\par}"
    assert read_transcript(write(tmp_path / "m.rtf", mac)).text == "Blåbærsø – ok"
    undefined = r"{\rtf1\ansi\ansicpg1252 a\'81b\par}"  # 0x81 is not in cp1252
    assert read_transcript(write(tmp_path / "u.rtf", undefined)).text == "a\x81b"


def test_rtf_refusals(tmp_path):
    assert problem(write(tmp_path / "x.rtf", "Bare tekst")).startswith("not an RTF document")
    assert problem(write(tmp_path / "tom.rtf", r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}")) == (
        "the file holds no text"
    )


def test_rtf_pictures_skipped_quickly(tmp_path):
    import time

    picture = "\n".join("89504e470d0a1a0a" * 16 for _ in range(20000))  # 2.6 MB of hex lines
    text = HEADER + r"\pard F\'f8r {\*\shppict{\pict\pngblip\picw10\pich10 " + picture + r"}} etter\par}"
    began = time.perf_counter()
    assert read_transcript(write(tmp_path / "bilde.rtf", text)).text == "Før  etter"
    assert time.perf_counter() - began < 2
