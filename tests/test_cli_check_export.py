"""`stegvis check PROJECT --json`: the automatic part of the tests."""

from __future__ import annotations

import json

from workbench.cli import main
from workbench.services.demo import build_demo


def test_check_json_on_the_demo(tmp_path, capsys):
    build_demo(tmp_path / "demo.stegvis").close()
    assert main(["check", str(tmp_path / "demo.stegvis"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["codes"] == 240
    assert out["code_test"] == {"untested": 240, "passed": 0, "failed": 0}
    assert all(set(g) >= {"name", "codes", "rest", "findings"} for g in out["groups"])
    assert all(set(h) == {"code", "kind"} for h in out["hints"])


def test_check_on_a_file_that_is_not_a_project(tmp_path, capsys):
    bad = tmp_path / "x.stegvis"
    bad.write_text("nei")
    assert main(["check", str(bad), "--json"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("stegvis: ") and "x.stegvis" in err[0]


def test_export_codebook_and_quotes_from_the_command_line(tmp_path, capsys):
    from docx import Document

    build_demo(tmp_path / "demo.stegvis").close()
    out = tmp_path / "vedlegg.docx"
    assert main(["export", "codebook", str(tmp_path / "demo.stegvis"), str(out), "--quotes", "1"]) == 0
    assert "Tema / Kodegruppe / Kode" in Document(str(out)).tables[0].rows[0].cells[0].text
    assert main(["export", "quotes", str(tmp_path / "demo.stegvis"), str(tmp_path / "q.docx"), "--lang", "en"]) == 0
    assert main(["export", "codebook", str(tmp_path / "demo.stegvis"), str(tmp_path / "k.csv")]) == 0
    assert main(["export", "quotes", str(tmp_path / "demo.stegvis"), str(tmp_path / "q.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "q.txt" in err[0]


def test_refi_exchange_from_the_command_line(tmp_path, capsys):
    build_demo(tmp_path / "demo.stegvis").close()
    demo = str(tmp_path / "demo.stegvis")
    assert main(["export", "qdpx", demo, str(tmp_path / "p.qdpx")]) == 0
    assert main(["export", "qdc", demo, str(tmp_path / "k.qdc")]) == 0
    assert main(["new", str(tmp_path / "kopi"), "--from", str(tmp_path / "p.qdpx")]) == 0
    capsys.readouterr()
    assert main(["info", str(tmp_path / "kopi.stegvis"), "--json"]) == 0
    copy = json.loads(capsys.readouterr().out)
    assert main(["info", demo, "--json"]) == 0
    original = json.loads(capsys.readouterr().out)
    assert copy["codings"] == original["codings"] and copy["groups"] == original["groups"]
    assert main(["new", str(tmp_path / "tom")]) == 0
    assert main(["import", str(tmp_path / "tom.stegvis"), str(tmp_path / "k.qdc")]) == 0
    capsys.readouterr()
    assert main(["info", str(tmp_path / "tom.stegvis"), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["codes"]) == 240
