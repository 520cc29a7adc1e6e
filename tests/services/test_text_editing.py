"""Fixing a coded document's text, and find and replace across documents."""

from __future__ import annotations

import pytest

from workbench.domain.edits import TextEdit
from workbench.services import coding, documents
from workbench.services import text_editing as te
from workbench.services.errors import ServiceError
from workbench.services.report import project_info

A = "Intervjuer: Hva sa Kari?\nKari: Jeg heter Kari og kommunen er pressa 😀 nå.\n"
B = "Intervjuer: Og du?\nInformant B: Kari sa at det er en utfordring.\n"


@pytest.fixture
def project(tmp_project, tmp_path):
    (tmp_path / "A.txt").write_text(A, encoding="utf-8")
    (tmp_path / "B.txt").write_text(B, encoding="utf-8")
    documents.import_files(tmp_project, [tmp_path / "A.txt", tmp_path / "B.txt"])
    return tmp_project


def _doc(project, name):
    doc = next(d for d in documents.list_documents(project) if d.name == name)
    return doc.id, documents.document_text(project, doc.id)


def _code(project, name, phrase):
    doc_id, text = _doc(project, name)
    start = text.index(phrase)
    return coding.code_in_vivo(project, doc_id, start, start + len(phrase))


def test_fixing_a_misheard_word_keeps_codings_on_their_words(project):
    _code(project, "A", "kommunen er pressa 😀 nå")
    _code(project, "A", "Jeg heter Kari")
    doc_id, text = _doc(project, "A")
    at = text.index("pressa")
    outcome = te.edit_text(project, doc_id, [TextEdit(at, at + len("pressa"), "presset")])
    texts = sorted(c["text"] for c in project_info(project)["codings"])
    assert texts == ["Jeg heter Kari", "kommunen er presset 😀 nå"]
    assert outcome.removed == () and outcome.shrunk == 0


def test_deleting_a_coded_passage_removes_its_coding_and_says_so(project):
    _code(project, "A", "Jeg heter Kari")
    doc_id, text = _doc(project, "A")
    at = text.index("Jeg heter Kari")
    outcome = te.edit_text(project, doc_id, [TextEdit(at, at + len("Jeg heter Kari og "), "")])
    assert len(outcome.removed) == 1
    assert project_info(project)["codings"] == []
    te.restore_text(project, [outcome.before])
    assert [c["text"] for c in project_info(project)["codings"]] == ["Jeg heter Kari"]
    te.restore_text(project, [outcome.after])
    assert project_info(project)["codings"] == []


def test_an_edit_outside_the_text_is_refused_and_changes_nothing(project):
    doc_id, text = _doc(project, "A")
    before = project_info(project, with_text=True)
    with pytest.raises(ServiceError):
        te.edit_text(project, doc_id, [TextEdit(len(text) - 1, len(text) + 5, "x")])
    assert project_info(project, with_text=True) == before


def test_find_lists_hits_with_context_in_document_order(project):
    hits = te.find_text(project, "kari", whole_words=True)
    assert [(h.document, h.match) for h in hits] == [("A", "Kari")] * 3 + [("B", "Kari")]
    assert hits[0].before.endswith("Hva sa ")
    assert te.find_text(project, "kari", case_sensitive=True) == []


def test_pseudonymising_a_name_everywhere_keeps_codings_and_renames_codes(project):
    _code(project, "A", "Jeg heter Kari")
    _code(project, "B", "Kari sa at det er en utfordring")
    before = project_info(project, with_text=True)
    outcome = te.replace_text(project, "Kari", "Informant C", whole_words=True, in_code_names=True)
    info = project_info(project, with_text=True)
    assert "Kari" not in info["documents"][0]["text"] + info["documents"][1]["text"]
    assert sorted(c["text"] for c in info["codings"]) == [
        "Informant C sa at det er en utfordring", "Jeg heter Informant C"]
    assert sorted(c["name"] for c in info["codes"]) == [
        "Informant C sa at det er en utfordring", "Jeg heter Informant C"]
    for c in info["codings"]:
        doc = next(d for d in info["documents"] if d["name"] == c["document"])
        assert doc["text"][c["start"] : c["end"]] == c["text"]
    te.undo_replace(project, outcome)
    assert project_info(project, with_text=True) == before
    te.redo_replace(project, outcome)
    assert project_info(project, with_text=True) == info


def test_replacing_what_is_not_there_says_so(project):
    with pytest.raises(ServiceError, match="does not occur"):
        te.replace_text(project, "Ola", "Informant D")
