"""The quotes report: every passage under its theme, group and code, in
document order, naming the informant."""

import json
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from workbench.exporters import export_quotes
from workbench.exporters.word_quotes import quote_text
from workbench.services.code_system import code_system
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
def passages(demo):
    """Each code's passages in document order, by code name."""
    return {c.name: retrieve(demo, "code", c.id) for c in code_system(demo).codes}


@pytest.fixture(scope="module")
def report(demo, tmp_path_factory):
    return docx.Document(export_quotes(demo, tmp_path_factory.mktemp("out") / "sitater.docx"))


def outline(doc):
    """[(heading level, text, [quote paragraphs' texts])] in document order."""
    out = []
    for p in doc.paragraphs:
        name = p.style.name
        if name.startswith("Heading "):
            out.append((int(name.split()[1]), p.text, []))
        elif name == "Quote":
            out[-1][2].append(p.text)
    return out


def test_headings_follow_the_codebook(report):
    got = [(level, text) for level, text, _ in outline(report)]
    wanted = []
    for t in BOOK["themes"]:
        wanted.append((1, f"Tema {t['number']} {t['name']}"))
        for g in t["groups"]:
            wanted.append((2, f"Gruppe {g['number']} {g['name']}"))
            wanted += [(3, c) for c in g["codes"]]
    rest = BOOK["rest_group"]
    wanted += [(1, "Restgruppe – koder utenfor temaene"), (2, f"Gruppe {rest['number']} {rest['name']}")]
    wanted += [(3, c) for c in rest["codes"]]
    assert got == wanted
    assert report.paragraphs[0].style.name == "Title"
    assert report.paragraphs[0].text == "Sitater etter tema, kodegruppe og kode"


def test_every_passage_is_quoted_with_its_informant_in_document_order(report, passages):
    quoted = {text: quotes for level, text, quotes in outline(report) if level == 3}
    assert set(quoted) == set(passages)
    total = 0
    for code, found in passages.items():
        wanted = [f"{p.document} uttaler: «{quote_text(p.text)}»" for p in found]
        assert quoted[code] == wanted
        total += len(wanted)
    assert total == sum(len(v) for v in passages.values()) > 200
    # the informant's name is a bold lead-in, the quotation follows
    first = next(p for p in report.paragraphs if p.style.name == "Quote")
    assert first.runs[0].bold and first.runs[0].text.startswith("Informant ")


def test_a_code_without_passages_says_so(report, passages):
    empty = [c for c, found in passages.items() if not found]
    assert empty  # the demo has one
    paragraphs = report.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text == empty[0] and p.style.name == "Heading 3")
    assert paragraphs[at + 1].text == "Ingen sitater."


def test_group_figures(report):
    texts = [p.text for p in report.paragraphs]
    at = texts.index("Gruppe 10 Ansatte sin frykt for digitale løsninger")
    assert texts[at + 1].endswith("dokumenter.") and " sitater fra " in texts[at + 1]


def test_word_document_basics(report):
    section = report.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert "PAGE" in "".join(t.text for t in section.footer._element.iter(qn("w:instrText")))
    lang = report.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "nb-NO"
    assert report.core_properties.title == "Sitater etter tema, kodegruppe og kode"


def test_in_english(demo, passages, tmp_path):
    doc = docx.Document(export_quotes(demo, tmp_path / "quotes.docx", lang="en"))
    assert doc.paragraphs[0].text == "Quotes by theme, code group and code"
    items = outline(doc)
    assert items[0][:2] == (1, f"Theme 1 {BOOK['themes'][0]['name']}")
    code = BOOK["themes"][0]["groups"][0]["codes"][0]
    quotes = next(q for level, text, q in items if text == code)
    assert quotes == [f"{p.document} says: \u201c{quote_text(p.text)}\u201d" for p in passages[code]]
    assert doc.core_properties.language == "en-GB"


def test_quote_text_keeps_line_breaks_and_drops_control_characters():
    assert quote_text("  Vi  må\r\n\nendre\x0b oss \x01") == "Vi må\nendre oss"
