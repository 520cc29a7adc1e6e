"""Grouping codes: groups, themes, the rest group, moves, merges and splits,
each undoable through a structure snapshot or its own outcome."""

from __future__ import annotations

import pytest

from workbench.services import code_system as cs
from workbench.services import codes, coding, documents
from workbench.services import merge_split as ms
from workbench.services.errors import ServiceError
from workbench.services.report import project_info

TEXT = ("Informant: Folk er redde for at vi skal digitalisere. Kommunen er ganske pressa. "
        "Ansatte må få hjelp. Vi har ikke kommet dit ennå.")


@pytest.fixture
def project(tmp_project, tmp_path):
    (tmp_path / "A.txt").write_text(TEXT, encoding="utf-8")
    doc = documents.import_files(tmp_project, [tmp_path / "A.txt"]).imported[0]
    for phrase in ("Folk er redde for at vi skal digitalisere", "Kommunen er ganske pressa", "Ansatte må få hjelp",
                   "Vi har ikke kommet dit ennå"):
        start = TEXT.index(phrase)
        coding.code_in_vivo(tmp_project, doc.id, start, start + len(phrase))
    tmp_project.doc_id = doc.id
    return tmp_project


def ids(project):
    return {c.name.split()[0]: c.id for c in codes.list_codes(project)}


def test_new_group_from_selected_codes_proposes_the_first_code_name(project):
    c = ids(project)
    name = cs.proposed_group_name(project, [c["Folk"], c["Ansatte"]])
    assert name == "Folk er redde for at vi skal digitalisere"
    group = cs.create_group(project, "Ansatte sin frykt", [c["Folk"], c["Ansatte"]])
    system = cs.code_system(project)
    assert [x.name for x in system.codes_of(group)] == ["Folk er redde for at vi skal digitalisere",
                                                         "Ansatte må få hjelp"]
    assert len(system.codes_of(None)) == 2
    assert system.group_documents[group] == 1


def test_themes_hold_groups_and_the_rest_group_stays_outside(project):
    c = ids(project)
    g1 = cs.create_group(project, "Frykt", [c["Folk"]])
    g2 = cs.create_group(project, "Press", [c["Kommunen"]])
    rest = cs.ensure_rest_group(project, "Restgruppe")
    assert cs.ensure_rest_group(project, "Rest group") == rest  # one per project
    cs.move_codes(project, [c["Vi"]], rest)
    theme = cs.create_theme(project, "Lav digital modenhet", [g2, g1])
    system = cs.code_system(project)
    assert [g.name for g in system.groups_of(theme)] == ["Press", "Frykt"]
    assert system.rest_group.name == "Restgruppe"
    with pytest.raises(ServiceError, match="rest group"):
        cs.move_groups(project, [rest], theme)
    info = project_info(project)
    assert {g["name"]: (g["theme"], g["rest"]) for g in info["groups"]} == {
        "Frykt": ("Lav digital modenhet", False), "Press": ("Lav digital modenhet", False),
        "Restgruppe": (None, True)}


def test_moves_and_reorders_are_undone_by_the_structure_snapshot(project):
    c = ids(project)
    g1 = cs.create_group(project, "Frykt", [c["Folk"], c["Ansatte"]])
    g2 = cs.create_group(project, "Press", [c["Kommunen"]])
    before = cs.structure_state(project)
    info_before = project_info(project)
    cs.move_codes(project, [c["Ansatte"], c["Vi"]], g2, before_code_id=c["Kommunen"])
    system = cs.code_system(project)
    assert [x.name.split()[0] for x in system.codes_of(g2)] == ["Ansatte", "Vi", "Kommunen"]
    assert [x.name.split()[0] for x in system.codes_of(g1)] == ["Folk"]
    after = cs.structure_state(project)
    cs.restore_structure(project, before)
    assert project_info(project) == info_before
    cs.restore_structure(project, after)
    assert [x.name.split()[0] for x in cs.code_system(project).codes_of(g2)] == ["Ansatte", "Vi", "Kommunen"]


def test_deleting_a_group_ungroups_its_codes_and_undo_restores_it(project):
    c = ids(project)
    theme = cs.create_theme(project, "Tema 1")
    group = cs.create_group(project, "Frykt", [c["Folk"]], theme_id=theme, number=10)
    before = cs.structure_state(project)
    cs.delete_group(project, group)
    assert cs.code_system(project).codes_of(None)[0].name.startswith("Folk")
    cs.delete_theme(project, theme)
    assert cs.code_system(project).themes == []
    cs.restore_structure(project, before)
    system = cs.code_system(project)
    assert [(g.name, g.number, g.theme_id) for g in system.groups] == [("Frykt", 10, theme)]
    assert system.codes_of(group)[0].id == c["Folk"]


def test_attributes_set_and_return_the_value_before(project):
    c = ids(project)
    group = cs.create_group(project, "Frykt", [c["Folk"]])
    assert cs.set_attribute(project, "group", group, "number", 12) is None
    assert cs.set_attribute(project, "group", group, "colour", "#a8d5ba") == ""
    assert cs.set_attribute(project, "code", c["Folk"], "description", "Frykt for tap av jobb") == ""
    with pytest.raises(ServiceError, match="already exists"):
        cs.set_attribute(project, "code", c["Folk"], "name", "kommunen er ganske pressa")
    with pytest.raises(ServiceError, match="colour"):
        cs.set_attribute(project, "group", group, "colour", "red")
    assert cs.code_system(project).groups[0].number == 12


def test_merge_unites_passages_keeps_the_name_in_the_memo_and_undoes_exactly(project):
    c = ids(project)
    start = TEXT.index("Kommunen")
    coding.apply_code(project, c["Folk"], project.doc_id, start, start + len("Kommunen er ganske pressa"))
    before = project_info(project)
    outcome = ms.merge_codes(project, [c["Kommunen"]], c["Folk"])
    after = project_info(project)
    merged = next(x for x in after["codes"] if x["name"].startswith("Folk"))
    assert merged["codings"] == 2  # the shared passage kept once
    assert "Kommunen er ganske pressa" not in [x["name"] for x in after["codes"]]
    assert cs.code_system(project) and "Merged from: Kommunen er ganske pressa" in _memo(project, c["Folk"])
    ms.unmerge(project, outcome)
    assert project_info(project) == before
    ms.remerge(project, outcome)
    assert project_info(project) == after


def test_split_moves_chosen_passages_to_a_new_code_after_the_old(project):
    c = ids(project)
    start = TEXT.index("Ansatte")
    second = coding.apply_code(project, c["Folk"], project.doc_id, start, start + len("Ansatte må få hjelp"))
    outcome = ms.split_code(project, c["Folk"], [second.id], "Hjelp til ansatte")
    names = [x.name for x in codes.list_codes(project)]
    assert names.index("Hjelp til ansatte") == names.index("Folk er redde for at vi skal digitalisere") + 1
    info = project_info(project)
    assert {x["code"]: x["text"] for x in info["codings"]}["Hjelp til ansatte"] == "Ansatte må få hjelp"
    with pytest.raises(ServiceError, match="at least one passage"):
        ms.split_code(project, outcome.new_code_id, [second.id], "Noe annet")


def _memo(project, code_id):
    from workbench.storage.models import Code

    with project.reading() as s:
        return s.get(Code, code_id).memo


def test_recount_after_coding_agrees_with_a_full_count(project):
    c = ids(project)
    group = cs.create_group(project, "Frykt", [c["Folk"], c["Ansatte"]])
    theme = cs.create_theme(project, "Tema", [group])
    system = cs.code_system(project)
    start = TEXT.index("Kommunen")
    coding.apply_code(project, c["Folk"], project.doc_id, start, start + 8)
    fresh = cs.recount(project, system, [c["Folk"]])
    full = cs.code_system(project)
    assert fresh.codes == full.codes
    assert fresh.group_documents == full.group_documents and fresh.theme_documents == full.theme_documents
    assert theme in full.theme_documents
