"""The codebook exported to Word, read back with python-docx and compared with
the thesis's codebook (resources/demo/codebook.json)."""

import json
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from workbench.exporters import export_codebook, export_codebook_file, gather_codebook
from workbench.services.code_system import code_system, set_attribute
from workbench.services.demo import build_demo
from workbench.services.retrieval import retrieve

REPO = Path(__file__).resolve().parents[2]
BOOK = json.loads((REPO / "resources" / "demo" / "codebook.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "demo.stegvis")
    yield project
    project.close()


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("out")


def expected_rows(lang="nb"):
    """(kind, text) of the appendix rows after the header, from codebook.json."""
    theme, group = ("Tema", "Gruppe") if lang == "nb" else ("Theme", "Group")
    rows = []
    for t in BOOK["themes"]:
        rows.append(("theme", f"{theme} {t['number']} {t['name']}"))
        for g in t["groups"]:
            rows.append(("group", f"{group} {g['number']} {g['name']}"))
            rows += [("code", c) for c in g["codes"]]
    rest = BOOK["rest_group"]
    rows.append(("section", "Restgruppe – koder utenfor temaene" if lang == "nb" else
                 "Rest group – codes outside the themes"))
    rows.append(("group", f"{group} {rest['number']} {rest['name']}"))
    rows += [("code", c) for c in rest["codes"]]
    return rows


def first_lines(table):
    """The first paragraph of each row's first cell."""
    return [row.cells[0].paragraphs[0].text for row in table.rows]


SECTIONS = {"Kodegrupper uten tema", "Restgruppe – koder utenfor temaene", "Koder uten kodegruppe",
            "Code groups without a theme", "Rest group – codes outside the themes", "Codes without a code group"}


def kind_of(row_xml, text, lang="nb"):
    theme, group = ("Tema", "Gruppe") if lang == "nb" else ("Theme", "Group")
    theme, group = (theme + " ", theme + ":"), (group + " ", group + ":")  # numbered or not
    if text in SECTIONS:
        spans = row_xml.findall(f"{qn('w:tc')}")
        assert len(spans) == 1  # one cell across the table
        return "section"
    if text.startswith(theme):
        return "theme"
    if text.startswith(group):
        return "group"
    return "code"


def appendix_rows(table, lang="nb"):
    return [(kind_of(row._tr, row.cells[0].paragraphs[0].text, lang), row.cells[0].paragraphs[0].text)
            for row in table.rows[1:]]


@pytest.fixture(scope="module")
def appendix(demo, out):
    path = export_codebook(demo, out / "kodebok.docx")
    return docx.Document(path)


def test_appendix_lists_every_code_once_in_order_under_its_group_and_theme(appendix):
    assert len(appendix.tables) == 1
    table = appendix.tables[0]
    assert appendix_rows(table) == expected_rows("nb")
    codes = [text for kind, text in appendix_rows(table) if kind == "code"]
    assert len(codes) == len(set(codes)) == 240


def test_appendix_header_row_repeats_on_every_page(appendix):
    table = appendix.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Tema / Kodegruppe / Kode"]
    header = table.rows[0]._tr
    assert header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert all(r._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None for r in table.rows[1:])
    assert table.style.name == "Table Grid"


def test_appendix_is_a_real_word_document(appendix):
    section = appendix.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert Mm(20) <= section.left_margin <= Mm(30) and Mm(20) <= section.top_margin <= Mm(30)
    footer_xml = section.footer._element.xml
    assert "PAGE" in "".join(t.text for t in section.footer._element.iter(qn("w:instrText")))
    assert 'w:fldCharType="begin"' in footer_xml
    lang = appendix.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "nb-NO"
    assert appendix.core_properties.language == "nb-NO"
    assert appendix.core_properties.title == "Komplett oversikt over koder"
    assert appendix.core_properties.author == ""
    headings = [p for p in appendix.paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings] == ["Komplett oversikt over koder"]


def test_method_summary_has_the_numbers(appendix):
    summary = appendix.paragraphs[1].text
    assert "240 koder" in summary
    assert "18 kodegrupper" in summary
    assert "restgruppe med 11 koder" in summary
    assert "4 temaer" in summary
    assert "6 dokumenter" in summary
    assert "Ingen koder er kodetestet ennå." in summary


def test_method_summary_reports_the_code_test(demo, tmp_path):
    from workbench.services.project import Project
    from workbench.services.sdi_tests import set_verdict

    copy = demo.save_copy(tmp_path / "copy.stegvis")
    with Project.open(copy) as project:
        codes = code_system(project).codes
        for c in codes[:3]:
            set_verdict(project, "code_test", c.id, "pass")
        set_verdict(project, "code_test", codes[3].id, "fail")
        nb = docx.Document(export_codebook(project, tmp_path / "nb.docx")).paragraphs[1].text
        en = docx.Document(export_codebook(project, tmp_path / "en.docx", lang="en")).paragraphs[1].text
        none = docx.Document(export_codebook(project, tmp_path / "none.docx", summary=False))
    assert "I kodetesten ble 3 koder godkjent og 1 ikke godkjent; 236 er ikke testet." in nb
    assert "In the code test, 3 codes passed and 1 failed; 236 are not tested." in en
    assert "240 codes" in en and "18 code groups" in en and "a rest group of 11 codes" in en and "4 themes" in en
    assert len(none.paragraphs) == 1  # the heading only


def test_english_labels(demo, out):
    doc = docx.Document(export_codebook(demo, out / "codebook-en.docx", lang="en"))
    table = doc.tables[0]
    assert table.rows[0].cells[0].text == "Theme / Code group / Code"
    assert appendix_rows(table, "en") == expected_rows("en")
    lang = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "en-GB"
    assert doc.core_properties.language == "en-GB"
    assert doc.paragraphs[0].text == "Complete list of codes"


def test_appendix_options_counts_quotes_descriptions_memos(demo, tmp_path):
    from workbench.services.project import Project

    copy = demo.save_copy(tmp_path / "copy.stegvis")
    with Project.open(copy) as project:
        system = code_system(project)
        first = system.codes[0]
        set_attribute(project, "code", first.id, "description", "Når ansatte trenger hjelp i starten.")
        set_attribute(project, "code", first.id, "memo", "Se også gruppe 5.\nAndre linje.")
        group = system.groups[0]
        set_attribute(project, "group", group.id, "description", "Frykt for endring.")
        path = export_codebook(project, tmp_path / "full.docx", quotes=2, descriptions=True, memos=True,
                               counts=True)
        expected_quotes = {c.name: retrieve(project, "code", c.id)[:2] for c in system.codes}
        counts = {c.name: (c.passages, c.documents) for c in system.codes}
    table = docx.Document(path).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Tema / Kodegruppe / Kode", "Sitater", "Dokumenter"]
    seen = 0
    for row in table.rows[1:]:
        cell = row.cells[0]
        name = cell.paragraphs[0].text
        if name not in counts:
            continue
        seen += 1
        assert (int(row.cells[1].text), int(row.cells[2].text)) == counts[name]
        quotes = [p.text for p in cell.paragraphs if p.runs and p.runs[0].bold and ": «" in p.text]
        wanted = expected_quotes[name]
        assert len(quotes) == len(wanted)
        for text, passage in zip(quotes, wanted):
            assert text.startswith(f"{passage.document}: «") and passage.text in text
        if name == first.name:
            texts = [p.text for p in cell.paragraphs]
            assert "Når ansatte trenger hjelp i starten." in texts
            assert "Memo: Se også gruppe 5." in texts and "Andre linje." in texts
    assert seen == 240
    group_cell = next(r.cells[0] for r in table.rows if r.cells[0].paragraphs[0].text.startswith("Gruppe 10 "))
    assert "Frykt for endring." in [p.text for p in group_cell.paragraphs]


def caption_texts(doc):
    return [p for p in doc.paragraphs if p.style.name == "Caption"]


@pytest.fixture(scope="module")
def tables_doc(demo, out):
    return docx.Document(export_codebook(demo, out / "tabeller.docx", layout="table"))


def test_table_layout_captions_are_numbered_by_word(tables_doc):
    captions = caption_texts(tables_doc)
    assert [p.text for p in captions] == [
        "Tabell 1: Kodegrupper", "Tabell 2: Temaer med kodegrupper og koder", "Tabell 3: Restgruppe"]
    for p in captions:
        instr = "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert instr.strip() == "SEQ Tabell \\* ARABIC"
        assert p.paragraph_format.keep_with_next
    assert len(tables_doc.tables) == 3


def test_table_layout_group_list(tables_doc):
    table = tables_doc.tables[0]
    groups = [g for t in BOOK["themes"] for g in t["groups"]]
    wanted = [f"Gruppe {g['number']} {g['name']}" for g in sorted(groups, key=lambda g: g["number"])]
    rest = BOOK["rest_group"]
    wanted.append(f"Gruppe {rest['number']} {rest['name']}")
    assert [r.cells[0].text for r in table.rows] == ["Kodegruppe"] + wanted
    assert len(table.columns) == 1


def merged_columns(table):
    """Each row's cells with vertically merged cells filled from above, and
    the vMerge value of each cell ("restart", "continue" or None)."""
    rows, merges, above = [], [], {}
    for tr in table._tbl.tr_lst[1:]:
        texts, marks = [], []
        for i, tc in enumerate(tr.tc_lst):
            vmerge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            mark = None if vmerge is None else (vmerge.get(qn("w:val")) or "continue")
            text = "\n".join("".join(t.text for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))).strip()
            if mark == "continue":
                text = above[i]
            above[i] = text
            texts.append(text)
            marks.append(mark)
        rows.append(texts)
        merges.append(marks)
    return rows, merges


def test_table_layout_merges_theme_and_group_cells(tables_doc):
    table = tables_doc.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["Tema", "Kodegruppe", "Kode"]
    assert table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    rows, merges = merged_columns(table)
    wanted = [(f"Tema {t['number']} {t['name']}", f"Gruppe {g['number']} {g['name']}", c)
              for t in BOOK["themes"] for g in t["groups"] for c in g["codes"]]
    assert [tuple(r) for r in rows] == wanted
    # the theme cell starts a merge on the theme's first row and continues on the others
    previous = (None, None)
    for (theme, group, _), (m_theme, m_group, m_code) in zip(wanted, merges):
        assert m_theme == ("continue" if theme == previous[0] else "restart")
        group_size = sum(1 for w in wanted if w[:2] == (theme, group))
        if group_size == 1:
            assert m_group is None
        else:
            assert m_group == ("continue" if (theme, group) == previous else "restart")
        assert m_code is None
        previous = (theme, group)
    assert "w:vMerge" in table._tbl.xml


def test_table_layout_rest_group_apart(tables_doc):
    table = tables_doc.tables[2]
    assert [c.text for c in table.rows[0].cells] == ["Kodegruppe", "Kode"]
    rows, merges = merged_columns(table)
    rest = BOOK["rest_group"]
    assert rows == [[f"Gruppe {rest['number']} {rest['name']}", c] for c in rest["codes"]]
    assert merges[0][0] == "restart" and all(m[0] == "continue" for m in merges[1:])


def test_table_layout_in_english(demo, out):
    doc = docx.Document(export_codebook(demo, out / "tables-en.docx", layout="table", lang="en"))
    captions = caption_texts(doc)
    assert [p.text for p in captions] == ["Table 1: Code groups", "Table 2: Themes with code groups and codes",
                                          "Table 3: Rest group"]
    assert "SEQ Table" in "".join(t.text for t in captions[0]._p.iter(qn("w:instrText")))
    assert [c.text for c in doc.tables[1].rows[0].cells] == ["Theme", "Code group", "Code"]


def test_ungrouped_codes_and_groups_outside_themes_are_listed_apart(demo, tmp_path):
    from workbench.services.code_system import create_group, move_codes, move_groups
    from workbench.services.project import Project

    copy = demo.save_copy(tmp_path / "copy.stegvis")
    with Project.open(copy) as project:
        system = code_system(project)
        loose_codes = [c.id for c in system.codes[:2]]
        move_codes(project, loose_codes, None)
        move_groups(project, [system.groups[1].id], None)
        create_group(project, "Tom gruppe")
        book = gather_codebook(project)
        appendix = docx.Document(export_codebook(project, tmp_path / "a.docx"))
        tables = docx.Document(export_codebook(project, tmp_path / "t.docx", layout="table"))
    rows = appendix_rows(appendix.tables[0])
    sections = [text for kind, text in rows if kind == "section"]
    assert sections == ["Kodegrupper uten tema", "Restgruppe – koder utenfor temaene", "Koder uten kodegruppe"]
    codes = [text for kind, text in rows if kind == "code"]
    assert codes == [c.name for c in book.codes()] and len(codes) == 240
    assert codes[-2:] == [c.name for c in system.codes[:2]]
    assert rows[rows.index(("section", "Kodegrupper uten tema")) + 1][1] == \
        f"Gruppe {system.groups[1].number} {system.groups[1].name}"
    assert ("group", "Gruppe: Tom gruppe") in rows
    assert [p.text for p in caption_texts(tables)][-1] == "Tabell 4: Koder uten kodegruppe"
    themed, _ = merged_columns(tables.tables[1])
    assert ["Uten tema", "Gruppe: Tom gruppe", ""] in themed
    assert [r.cells[0].text for r in tables.tables[3].rows[1:]] == [c.name for c in system.codes[:2]]


def test_export_by_suffix(demo, out):
    path = export_codebook_file(demo, out / "via-suffix.docx", lang="en", layout="table")
    assert docx.Document(path).tables[1].rows[0].cells[0].text == "Theme"
