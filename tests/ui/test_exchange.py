"""Exchanging projects with other programs from the window (REFI-QDA)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workbench.services import versions
from workbench.services.report import project_info


def test_export_qdpx_and_open_it_as_a_new_project(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    window.open_demo()
    before = project_info(window.project)
    exported = window.export_refi("qdpx", tmp_path / "til-nvivo")
    assert exported.name == "til-nvivo.qdpx"
    assert window.import_qdpx(exported, tmp_path / "fra-nvivo.stegvis")
    after = project_info(window.project)
    assert {k: v for k, v in after.items() if k != "format_version"} == \
        {k: v for k, v in before.items() if k != "format_version"}
    assert "codes: 240" in shown[-1]


def test_importing_a_codebook_keeps_a_version_to_go_back(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.open_demo()
    book = window.export_refi("qdc", tmp_path / "kodebok.qdc")
    window.new_project(tmp_path / "ny.stegvis")
    assert window.import_qdc(book)
    assert len(window.codes) == 240 and len(window.system.groups) == 19
    assert versions.list_versions(window.project)[0].label.startswith("Before importing kodebok.qdc")


def test_a_bad_qdpx_says_why_and_makes_no_project(window, tmp_path):
    bad = tmp_path / "ødelagt.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert not window.import_qdpx(bad, tmp_path / "ny.stegvis")
    assert "ødelagt.qdpx" in window.problems[-1]
    assert not (tmp_path / "ny.stegvis").exists()
