"""Codes and codings: in vivo, apply, remove/restore, delete/restore, rename."""

import pytest

from workbench.services.codes import (
    create_code,
    delete_code,
    get_code,
    list_codes,
    rename_code,
    restore_code,
)
from workbench.services.coding import (
    apply_code,
    code_in_vivo,
    codings_in_document,
    passages_of_code,
    remove_coding,
    restore_coding,
)
from workbench.services.documents import document_text, import_files
from workbench.services.errors import ServiceError
from workbench.services.report import project_info

PHRASE = "Ansatte må få hjelp til å ta de første skrittene ved innføring av ny løsning"


@pytest.fixture
def informant_c(tmp_project, samples_dir):
    doc = import_files(tmp_project, [samples_dir / "Informant C.docx"]).imported[0]
    return doc, document_text(tmp_project, doc.id)


def test_code_in_vivo_on_sample_phrase(tmp_project, informant_c):
    doc, text = informant_c
    start = text.index(PHRASE)
    end = start + len(PHRASE)
    result = code_in_vivo(tmp_project, doc.id, start, end)
    assert result.created_code
    assert result.code.name == PHRASE
    assert result.coding is not None
    assert (result.coding.start, result.coding.end) == (start, end)
    assert text[result.coding.start : result.coding.end] == PHRASE
    info = project_info(tmp_project)
    assert info["codes"] == [{"name": PHRASE, "group": None, "codings": 1}]
    assert info["codings"] == [
        {"code": PHRASE, "document": "Informant C", "start": start, "end": end, "text": PHRASE}
    ]
    (passage,) = passages_of_code(tmp_project, result.code.id)
    assert passage.text == PHRASE and passage.document == "Informant C"


def test_in_vivo_with_trailing_full_stop_names_without_it(tmp_project, informant_c):
    doc, text = informant_c
    start = text.index(PHRASE)
    result = code_in_vivo(tmp_project, doc.id, start, start + len(PHRASE) + 1)  # selection includes "."
    assert text[start + len(PHRASE)] == "."
    assert result.code.name == PHRASE
    assert text[result.coding.start : result.coding.end] == PHRASE + "."


def test_second_in_vivo_with_same_words_reuses_the_code(tmp_project, informant_c, samples_dir):
    doc, text = informant_c
    start = text.index(PHRASE)
    first = code_in_vivo(tmp_project, doc.id, start, start + len(PHRASE))
    # The same words elsewhere: selected with a different case and a full stop.
    other = import_files(tmp_project, [samples_dir / "Informant C.docx"]).imported[0]
    second = code_in_vivo(tmp_project, other.id, start, start + len(PHRASE) + 1)
    assert not second.created_code
    assert second.code.id == first.code.id
    assert second.coding is not None
    assert len(list_codes(tmp_project)) == 1
    assert get_code(tmp_project, first.code.id).passages == 2
    assert get_code(tmp_project, first.code.id).documents == 2
    # The exact same passage again: code reused, no second coding.
    again = code_in_vivo(tmp_project, doc.id, start, start + len(PHRASE))
    assert again.coding is None and not again.created_code
    assert len(project_info(tmp_project)["codings"]) == 2


def test_in_vivo_refuses_selection_without_words(tmp_project, informant_c):
    doc, text = informant_c
    i = text.index("(...)")
    before = project_info(tmp_project)
    with pytest.raises(ServiceError):
        code_in_vivo(tmp_project, doc.id, i, i + len("(...)"))
    assert project_info(tmp_project) == before


@pytest.mark.parametrize("span", [(5, 5), (10, 3), (-1, 4)])
def test_empty_or_invalid_span_refused(tmp_project, informant_c, span):
    doc, _ = informant_c
    code = create_code(tmp_project, "Trygghet")
    with pytest.raises(ServiceError):
        apply_code(tmp_project, code.id, doc.id, *span)
    assert codings_in_document(tmp_project, doc.id) == []


def test_span_beyond_text_refused(tmp_project, informant_c):
    doc, text = informant_c
    code = create_code(tmp_project, "Trygghet")
    with pytest.raises(ServiceError):
        apply_code(tmp_project, code.id, doc.id, len(text) - 2, len(text) + 1)
    assert apply_code(tmp_project, code.id, doc.id, len(text) - 2, len(text)) is not None


def test_apply_code_and_duplicate_returns_none(tmp_project, informant_c):
    doc, text = informant_c
    code = create_code(tmp_project, "Trygghet")
    i = text.index("skape trygghet")
    rec = apply_code(tmp_project, code.id, doc.id, i, i + 14)
    assert rec is not None
    assert (rec.code_id, rec.document_id, rec.start, rec.end) == (code.id, doc.id, i, i + 14)
    assert apply_code(tmp_project, code.id, doc.id, i, i + 14) is None
    # An overlapping, different span is a new coding.
    assert apply_code(tmp_project, code.id, doc.id, i, i + 5) is not None
    assert [(c.start, c.end) for c in codings_in_document(tmp_project, doc.id)] == [(i, i + 5), (i, i + 14)]
    assert [c["text"] for c in project_info(tmp_project)["codings"]] == ["skape", "skape trygghet"]


def test_apply_missing_code_or_document_refused(tmp_project, informant_c):
    doc, _ = informant_c
    code = create_code(tmp_project, "Trygghet")
    with pytest.raises(ServiceError):
        apply_code(tmp_project, code.id + 100, doc.id, 0, 5)
    with pytest.raises(ServiceError):
        apply_code(tmp_project, code.id, doc.id + 100, 0, 5)
    assert project_info(tmp_project)["codings"] == []


def test_remove_and_restore_coding_round_trip(tmp_project, informant_c):
    doc, text = informant_c
    start = text.index(PHRASE)
    result = code_in_vivo(tmp_project, doc.id, start, start + len(PHRASE))
    other = create_code(tmp_project, "Annet")
    apply_code(tmp_project, other.id, doc.id, 0, 10)
    before = project_info(tmp_project)
    records_before = codings_in_document(tmp_project, doc.id)
    removed = remove_coding(tmp_project, result.coding.id)
    key = lambda r: (r.id, r.guid, r.code_id, r.document_id, r.start, r.end)  # noqa: E731
    assert key(removed) == key(result.coding)
    assert [c["code"] for c in project_info(tmp_project)["codings"]] == ["Annet"]
    with pytest.raises(ServiceError):
        remove_coding(tmp_project, result.coding.id)
    restore_coding(tmp_project, removed)
    assert project_info(tmp_project) == before
    assert codings_in_document(tmp_project, doc.id) == records_before  # same ids, guids and times


def test_delete_and_restore_code_round_trip(tmp_project, informant_c):
    doc, text = informant_c
    first = create_code(tmp_project, "Først", colour="#123abc")
    middle = create_code(tmp_project, "Midten")
    last = create_code(tmp_project, "Sist")
    for code, (a, b) in [(first, (0, 8)), (middle, (10, 30)), (middle, (40, 60)), (last, (5, 50))]:
        apply_code(tmp_project, code.id, doc.id, a, b)
    before = project_info(tmp_project)
    codes_before = list_codes(tmp_project)
    snap = delete_code(tmp_project, middle.id)
    assert len(snap.codings) == 2
    after = project_info(tmp_project)
    assert [c["name"] for c in after["codes"]] == ["Først", "Sist"]
    assert all(c["code"] != "Midten" for c in after["codings"])
    with pytest.raises(ServiceError):
        get_code(tmp_project, middle.id)
    restore_code(tmp_project, snap)
    assert project_info(tmp_project) == before
    assert list_codes(tmp_project) == codes_before  # same id, colour and position


def test_delete_missing_code_refused(tmp_project):
    with pytest.raises(ServiceError):
        delete_code(tmp_project, 12345)


def test_rename_code(tmp_project, informant_c):
    doc, _ = informant_c
    code = create_code(tmp_project, "Trygghet")
    apply_code(tmp_project, code.id, doc.id, 0, 5)
    assert rename_code(tmp_project, code.id, "  Skape \n trygghet ") == "Trygghet"
    assert get_code(tmp_project, code.id).name == "Skape trygghet"
    assert project_info(tmp_project)["codings"][0]["code"] == "Skape trygghet"
    # Changing only the case of its own name is allowed.
    assert rename_code(tmp_project, code.id, "skape trygghet") == "Skape trygghet"
    assert get_code(tmp_project, code.id).name == "skape trygghet"


@pytest.mark.parametrize("new_name", ["Annet", "annet", "  ANNET "])
def test_rename_to_existing_name_refused(tmp_project, new_name):
    code = create_code(tmp_project, "Trygghet")
    create_code(tmp_project, "Annet")
    before = project_info(tmp_project)
    with pytest.raises(ServiceError, match="already exists"):
        rename_code(tmp_project, code.id, new_name)
    assert project_info(tmp_project) == before


def test_rename_to_empty_refused(tmp_project):
    code = create_code(tmp_project, "Trygghet")
    with pytest.raises(ServiceError):
        rename_code(tmp_project, code.id, " \n ")
    assert get_code(tmp_project, code.id).name == "Trygghet"


def test_create_code_rules(tmp_project):
    a = create_code(tmp_project, "  Trygghet  i\nhverdagen ")
    assert a.name == "Trygghet i hverdagen"
    with pytest.raises(ServiceError, match="already exists"):
        create_code(tmp_project, "trygghet I HVERDAGEN")
    with pytest.raises(ServiceError):
        create_code(tmp_project, "   ")
    with pytest.raises(ServiceError):
        create_code(tmp_project, "Farge", colour="red")
    b = create_code(tmp_project, "Annen")
    assert a.colour != b.colour  # palette colours differ for successive codes
    assert [c.name for c in list_codes(tmp_project)] == ["Trygghet i hverdagen", "Annen"]


def test_emoji_text_codes_by_code_points(tmp_project, tmp_path):
    text = "Informant A: Det var 😀 gøy 👩‍👩‍👧 og «vi lærte mye» til slutt.\n"
    path = tmp_path / "emoji.txt"
    path.write_text(text, encoding="utf-8")
    doc = import_files(tmp_project, [path]).imported[0]
    assert doc.characters == len(text)
    start = text.index("vi lærte mye")
    end = start + len("vi lærte mye")
    result = code_in_vivo(tmp_project, doc.id, start, end)
    assert result.code.name == "Vi lærte mye"
    family = text.index("👩")
    code = create_code(tmp_project, "Familie")
    apply_code(tmp_project, code.id, doc.id, family, family + len("👩‍👩‍👧"))
    info = project_info(tmp_project, with_text=True)
    assert info["documents"][0]["text"] == text
    for c in info["codings"]:
        assert c["text"] == text[c["start"] : c["end"]]
    assert [c["text"] for c in info["codings"]] == ["👩‍👩‍👧", "vi lærte mye"]
