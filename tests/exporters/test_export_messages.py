"""The exporters' problems: English as before, in the user's language once
the window installs one (workbench/texts.py). What goes into the exported
files follows the export's own ``lang`` and is tested with each export."""

from __future__ import annotations

import pytest

from workbench.exporters import ExportCancelled, ExportError, export_codebook_file, safe_output

BOKMAL = {
    "unknown file type; use .docx (Word), .xlsx (Excel) or .csv": "ukjent filtype; bruk .docx (Word), .xlsx (Excel) eller .csv",
    "the folder %1 does not exist": "mappen %1 finnes ikke",
    "export cancelled; no file was written": "eksporten ble avbrutt; ingen fil ble skrevet",
}


@pytest.fixture
def translator(core_translator):
    return core_translator(BOKMAL)


def test_problems_in_english_without_a_translator(tmp_path, tmp_project):
    with pytest.raises(ExportError) as caught:
        export_codebook_file(tmp_project, tmp_path / "kodebok.pdf")
    assert caught.value.problem == "unknown file type; use .docx (Word), .xlsx (Excel) or .csv"
    assert str(ExportCancelled(tmp_path / "a.docx")) == f"{tmp_path / 'a.docx'}: export cancelled; no file was written"


def test_problems_in_the_installed_language(translator, tmp_path, tmp_project):
    with pytest.raises(ExportError) as caught:
        export_codebook_file(tmp_project, tmp_path / "kodebok.pdf")
    assert caught.value.problem == "ukjent filtype; bruk .docx (Word), .xlsx (Excel) eller .csv"
    missing = tmp_path / "borte"
    with pytest.raises(ExportError) as caught:
        with safe_output(missing / "a.docx"):
            pass
    assert caught.value.problem == f"mappen {missing} finnes ikke"
    assert str(ExportCancelled(tmp_path / "a.docx")).endswith(": eksporten ble avbrutt; ingen fil ble skrevet")
    assert {context for context, _ in translator} == {"CoreExport"}
