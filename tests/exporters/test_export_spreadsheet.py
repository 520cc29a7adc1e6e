"""The codebook as .xlsx and .csv, read back with openpyxl and csv."""

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workbench.exporters import export_codebook_csv, export_codebook_file, export_codebook_xlsx
from workbench.services.code_system import code_system
from workbench.services.codes import create_code
from workbench.services.demo import build_demo

REPO = Path(__file__).resolve().parents[2]
BOOK = json.loads((REPO / "resources" / "demo" / "codebook.json").read_text(encoding="utf-8"))

NB = ["Tema nr.", "Tema", "Gruppe nr.", "Kodegruppe", "Restgruppe", "Kode", "Beskrivelse", "Sitater", "Dokumenter"]
EN = ["Theme no", "Theme", "Group no", "Group", "Rest group", "Code", "Description", "Passages", "Documents"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "demo.stegvis")
    yield project
    project.close()


def wanted_rows(yes="ja", no="nei"):
    rows = []
    for t in BOOK["themes"]:
        for g in t["groups"]:
            rows += [(t["number"], t["name"], g["number"], g["name"], no, c) for c in g["codes"]]
    rest = BOOK["rest_group"]
    rows += [(None, None, rest["number"], rest["name"], yes, c) for c in rest["codes"]]
    return rows


def counts(project):
    return {c.name: (c.passages, c.documents) for c in code_system(project).codes}


def test_xlsx(demo, tmp_path):
    path = export_codebook_xlsx(demo, tmp_path / "kodebok.xlsx")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == NB
    assert [r[:6] for r in rows[1:]] == wanted_rows()
    names = [r[5] for r in rows[1:]]
    assert len(names) == len(set(names)) == 240
    found = counts(demo)
    assert all((r[7], r[8]) == found[r[5]] for r in rows[1:])
    assert ws.freeze_panes == "A2"
    assert ws.title == "Kodebok"


def test_xlsx_in_english(demo, tmp_path):
    ws = load_workbook(export_codebook_xlsx(demo, tmp_path / "codebook.xlsx", lang="en")).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == EN
    assert [r[:6] for r in rows[1:]] == wanted_rows("yes", "no")


def test_csv_opens_in_norwegian_excel(demo, tmp_path):
    path = export_codebook_csv(demo, tmp_path / "kodebok.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8, æøå right
    assert "løsninger".encode() in raw
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == NB
    as_text = [tuple("" if v is None else str(v) for v in r) for r in wanted_rows()]
    assert [tuple(r[:6]) for r in rows[1:]] == as_text
    found = counts(demo)
    assert all((int(r[7]), int(r[8])) == found[r[5]] for r in rows[1:])
    assert len({r[5] for r in rows[1:]}) == 240


def test_csv_in_english_uses_commas(demo, tmp_path):
    path = export_codebook_file(demo, tmp_path / "codebook.csv", lang="en")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == EN
    assert len(rows) == 241


def test_a_code_that_looks_like_a_formula_stays_text(tmp_project, tmp_path):
    create_code(tmp_project, "=SUM(1;2) og «mer»")
    create_code(tmp_project, "Kontroll\x01tegn")
    ws = load_workbook(export_codebook_xlsx(tmp_project, tmp_path / "f.xlsx")).active
    cells = [row[5] for row in ws.iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["=SUM(1;2) og «mer»", "Kontrolltegn"]
    assert all(c.data_type == "s" for c in cells)
    assert [row[4].value for row in ws.iter_rows(min_row=2)] == ["nei", "nei"]
    assert [row[3].value for row in ws.iter_rows(min_row=2)] == [None, None]
