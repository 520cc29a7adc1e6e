"""REFI-QDA's messages and report lines: English as before, in the user's
language once the window installs one (workbench/texts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.interop import RefiError, RefiReport, import_qdc

BOKMAL = {
    "the codebook": "kodeboken",
    "%1 is not well-formed XML (line %2): %3": "%1 er ikke gyldig XML (linje %2): %3",
    "%1 is not well-formed XML: %2": "%1 er ikke gyldig XML: %2",
    "%1 – codes: %2, groups: %3, themes: %4": "%1 – koder: %2, grupper: %3, temaer: %4",
    "Added (%1): %2": "Lagt til (%1): %2",
    "Not brought over: %1": "Ikke overført: %1",
    "sets (%1; Stegvis has no sets)": "sett (%1; Stegvis har ikke sett)",
    "theme “%1”": "temaet «%1»",
    "group “%1”": "gruppen «%1»",
    "“%1”": "«%1»",
}

CODEBOOK = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test">
 <Codes>
  <Code guid="0A1B2C3D-0000-4000-8000-000000000001" name="Tillit" isCodable="false">
   <Code guid="0A1B2C3D-0000-4000-8000-000000000002" name="Uttrykk" isCodable="false">
    <Code guid="0A1B2C3D-0000-4000-8000-000000000003" name="%2 prosent" isCodable="true"/>
   </Code>
  </Code>
 </Codes>
 <Sets><Set guid="0A1B2C3D-0000-4000-8000-000000000004" name="Et sett"/></Sets>
</CodeBook>"""


@pytest.fixture
def translator(core_translator):
    """A stand-in for Qt's translation: bokmål for the texts it knows."""
    return core_translator(BOKMAL)


def test_a_report_reads_in_english_without_a_translator(tmp_path, tmp_project):
    path = tmp_path / "bok.qdc"
    path.write_text(CODEBOOK, encoding="utf-8")
    report = import_qdc(tmp_project, path)
    assert report.lines == [
        "bok.qdc (made by test) – codes: 1, groups: 1, themes: 1",
        "Added (3): theme “Tillit”, group “Uttrykk”, “%2 prosent”",
        "Not brought over: sets (1; Stegvis has no sets)",
    ]


def test_a_report_reads_in_the_installed_language(translator, tmp_path, tmp_project):
    path = tmp_path / "bok.qdc"
    path.write_text(CODEBOOK, encoding="utf-8")
    report = import_qdc(tmp_project, path)
    assert report.added == ["temaet «Tillit»", "gruppen «Uttrykk»", "«%2 prosent»"]  # a name's “%2” stays
    assert report.lines[1:] == ["Lagt til (3): temaet «Tillit», gruppen «Uttrykk», «%2 prosent»",
                                "Ikke overført: sett (1; Stegvis har ikke sett)"]
    assert all(context == "CoreExchange" for context, _ in translator)
    plain = RefiReport(Path("x.qdc"), codebook=True, codes=2, groups=1)
    assert plain.summary == "x.qdc – koder: 2, grupper: 1, temaer: 0"


def test_a_refusal_reads_in_the_installed_language(translator, tmp_path, tmp_project):
    bad = tmp_path / "bad.qdc"
    bad.write_text('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x"', encoding="utf-8")
    with pytest.raises(RefiError) as caught:
        import_qdc(tmp_project, bad)
    assert caught.value.problem.startswith("kodeboken er ikke gyldig XML"), caught.value.problem
    assert str(caught.value).startswith("bad.qdc: kodeboken er ikke gyldig XML")
