"""WebVTT and SubRip from transcription tools: one line per cue, time and speaker kept."""

import pytest

from importer_fixtures import HARD
from workbench.importers import ImportFileError, read_transcript

VTT = (
    "WEBVTT - Intervju 3\n"
    "Kind: captions\n"
    "Language: no\n"
    "\n"
    "NOTE laget av transkripsjonsverktøyet\n"
    "over to linjer\n"
    "\n"
    "STYLE\n"
    "::cue {{ color: yellow }}\n"
    "\n"
    "1\n"
    "00:00:01.000 --> 00:00:04.000 align:start position:10%\n"
    "<v Intervjuer>Hei, «velkommen» – er du klar?</v>\n"
    "\n"
    "a1b2-c3/7-0\n"
    "00:00:05.500 --> 00:00:08.000\n"
    "<v.loud Informant Ø>Ja <i>takk</i>, {hard}\n"
    "andre linje\n"
    "\n"
    "01:02:03.999 --> 01:02:04.000\n"
    "Uten taler &amp; &lt;ikke tag&gt; 10&nbsp;000 <c.gul>kroner</c> <00:00:09.000>og e&#x301;\n"
    "\n"
    "NOTE midt i\n"
    "\n"
    "00:09.000 --> 00:10.000\n"
    "<v Intervjuer>Og du?</v> <v Informant Ø>Nei.</v>\n"
    "\n"
    "00:00:11.000 --> 00:00:12.000\n"
    "Zoom-bruker: sier noe\n"
    "\n"
    "ord etter en tom linje\n"
).format(hard=HARD)

VTT_TEXT = (
    "00:00:01 Intervjuer: Hei, «velkommen» – er du klar?\n"
    f"00:00:05 Informant Ø: Ja takk, {HARD} andre linje\n"
    "01:02:03 Uten taler & <ikke tag> 10\u00a0000 kroner og e\u0301\n"
    "00:00:09 Intervjuer: Og du?\n"
    "00:00:09 Informant Ø: Nei.\n"
    "00:00:11 Zoom-bruker: sier noe ord etter en tom linje"
)

SRT = (
    "1\r\n"
    "00:00:01,000 --> 00:00:04,000\r\n"
    "Intervjuer: <i>Hei</i>, «velkommen»\r\n"
    "\r\n"
    "2\r\n"
    "00:00:05,500 --> 00:00:08,000\r\n"
    "{{\\an8}}Informant Ø: <b>Ja</b> – {hard}\r\n"
    "andre linje\r\n"
    "\r\n"
    "3\r\n"
    "01:00:09,999 --> 01:00:10,000\r\n"
    '<font color="#ffff00">uten taler</font> &amp; <tag> som står\r\n'
).format(hard=HARD)

SRT_TEXT = (
    "00:00:01 Intervjuer: Hei, «velkommen»\n"
    f"00:00:05 Informant Ø: Ja – {HARD} andre linje\n"
    "01:00:09 uten taler &amp; <tag> som står"
)


def problem(path):
    with pytest.raises(ImportFileError) as info:
        read_transcript(path)
    return info.value.problem


def bold(result):
    return [result.text[s.start:s.end] for s in result.styles if s.kind == "bold"]


def test_vtt(tmp_path):
    path = tmp_path / "opptak.vtt"
    path.write_bytes(b"\xef\xbb\xbf" + VTT.encode("utf-8"))
    result = read_transcript(path)
    assert result.text == VTT_TEXT
    assert bold(result) == ["Intervjuer:", "Informant Ø:", "Intervjuer:", "Informant Ø:", "Zoom-bruker:"]


def test_srt(tmp_path):
    path = tmp_path / "opptak.srt"
    path.write_bytes(SRT.encode("utf-8"))
    result = read_transcript(path)
    assert result.text == SRT_TEXT
    assert bold(result) == ["Intervjuer:", "Informant Ø:"]


def test_srt_in_cp1252(tmp_path):
    path = tmp_path / "gammel.srt"
    path.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nIntervjuer: «Blåbær» – ja\n".encode("cp1252"))
    assert read_transcript(path).text == "00:00:01 Intervjuer: «Blåbær» – ja"


def test_subtitle_refusals(tmp_path):
    cases = {
        "tom.vtt": ("WEBVTT\n\nNOTE bare et notat\n", "not a WebVTT file with captions"),
        "feil.vtt": ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:xx --> 00:00:03.000\nnei\n",
                     "not a valid WebVTT file: the cue time on line 6 cannot be read"),
        "rot.srt": ("Dette er ikke\nen undertekstfil\n", "not a valid SubRip (.srt) file: unexpected text on line 1"),
        "tom.srt": ("\n\n", "the file holds no text"),
    }
    for name, (text, expected) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert problem(path).startswith(expected), name
