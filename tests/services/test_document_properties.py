"""Document name, role, case attributes and memo."""

from __future__ import annotations

import pytest

from workbench.services import documents
from workbench.services import document_properties as dp
from workbench.services.errors import ServiceError


@pytest.fixture
def docs(tmp_project, tmp_path):
    for name in ("Informant A", "Informant B"):
        (tmp_path / f"{name}.txt").write_text(f"{name}: Hei.", encoding="utf-8")
    report = documents.import_files(tmp_project, [tmp_path / "Informant A.txt", tmp_path / "Informant B.txt"])
    return tmp_project, [d.id for d in report.imported]


def test_properties_round_trip_and_return_what_was_before(docs):
    project, (a, _b) = docs
    props = dp.get_properties(project, a)
    assert (props.name, props.role, props.source_name) == ("Informant A", "transcript", "Informant A.txt")
    new = props.edited(name="  Leder  i  Kommune A ", role="field_note",
                       attributes=(("Kommunestørrelse", " Mellomstor "), ("Rolle", "Digitaliseringsleder")),
                       memo="Intervjuet over Skype.")
    before = dp.set_properties(project, a, new)
    assert before == props
    got = dp.get_properties(project, a)
    assert got.name == "Leder i Kommune A"
    assert got.attributes == (("Kommunestørrelse", "Mellomstor"), ("Rolle", "Digitaliseringsleder"))
    assert (got.role, got.memo) == ("field_note", "Intervjuet over Skype.")
    assert dp.attribute_names(project) == ["Kommunestørrelse", "Rolle"]
    dp.set_properties(project, a, before)
    assert dp.get_properties(project, a) == props


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "informant b"}, "Another document"),
        ({"name": "  "}, "needs a name"),
        ({"role": "diary"}, "Unknown document role"),
        ({"attributes": (("Rolle", "a"), ("rolle", "b"))}, "given twice"),
    ],
)
def test_bad_properties_are_refused_and_change_nothing(docs, change, message):
    project, (a, _b) = docs
    props = dp.get_properties(project, a)
    with pytest.raises(ServiceError, match=message):
        dp.set_properties(project, a, props.edited(**change))
    assert dp.get_properties(project, a) == props
