"""Recorded test verdicts, progress, concepts and the check report."""

from __future__ import annotations

import json

import pytest

from workbench.services import code_system as cs
from workbench.services import sdi_tests
from workbench.services.demo import build_demo
from workbench.services.errors import ServiceError
from workbench.services.sdi_report import check_report, settings_for


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "demo.stegvis")
    yield project
    project.close()


@pytest.fixture
def project(tmp_path, demo):
    copy = demo.save_copy(tmp_path / "copy")
    from workbench.services.project import Project

    p = Project.open(copy)
    yield p
    p.close()


def test_verdicts_record_answers_note_and_date_and_restore(project):
    code = cs.code_system(project).codes[0]
    assert sdi_tests.set_verdict(project, "code_test", code.id, "fail", {"q1": "yes"}, "Bare et tema") is None
    v = sdi_tests.get_verdict(project, "code_test", code.id)
    assert (v.verdict, v.answers, v.note) == ("fail", {"q1": "yes"}, "Bare et tema") and v.decided_at
    before = sdi_tests.set_verdict(project, "code_test", code.id, "pass", {"q1": "no", "q2": "said"})
    assert before == v
    assert sdi_tests.progress(project, "code_test") == {"untested": 239, "passed": 1, "failed": 0, "total": 240}
    sdi_tests.restore_verdict(project, "code_test", code.id, before)
    assert sdi_tests.get_verdict(project, "code_test", code.id) == v
    sdi_tests.restore_verdict(project, "code_test", code.id, None)
    assert sdi_tests.get_verdict(project, "code_test", code.id) is None


def test_bad_verdicts_are_refused(project):
    with pytest.raises(ServiceError, match="pass or fail"):
        sdi_tests.set_verdict(project, "code_test", 1, "maybe")
    with pytest.raises(ServiceError, match="Unknown test"):
        sdi_tests.set_verdict(project, "spelling_test", 1, "pass")
    with pytest.raises(ServiceError, match="no longer exists"):
        sdi_tests.set_verdict(project, "code_test", 99999, "pass")


def test_verdicts_of_deleted_codes_do_not_count(project):
    from workbench.services.codes import delete_code, restore_code

    code = cs.code_system(project).codes[0]
    sdi_tests.set_verdict(project, "code_test", code.id, "pass")
    snap = delete_code(project, code.id)
    assert sdi_tests.progress(project, "code_test")["passed"] == 0
    restore_code(project, snap)
    assert sdi_tests.progress(project, "code_test")["passed"] == 1


def test_concepts_link_to_themes_and_groups_and_restore_exactly(project):
    system = cs.code_system(project)
    links = (("theme", system.themes[0].id), ("group", system.groups[0].id))
    cid = sdi_tests.create_concept(project, " Digital  modenhet ", links, "Evnen til å ta i bruk")
    (concept,) = sdi_tests.list_concepts(project)
    assert (concept.name, set(concept.links)) == ("Digital modenhet", set(links))
    before = sdi_tests.update_concept(project, cid, "Digital tillit", links[:1], "")
    assert before == concept
    sdi_tests.restore_concept(project, before)
    assert sdi_tests.list_concepts(project) == [concept]
    info = sdi_tests.delete_concept(project, cid)
    assert sdi_tests.list_concepts(project) == []
    sdi_tests.restore_concept(project, info)
    assert sdi_tests.list_concepts(project) == [concept]
    with pytest.raises(ServiceError, match="themes and code groups"):
        sdi_tests.create_concept(project, "X", (("code", 1),))


def test_check_report_on_the_thesis(project):
    report = check_report(project, "en")
    assert set(report) >= {"codes", "ungrouped", "code_test", "groups", "hints"}
    assert report["codes"] == 240 and report["ungrouped"] == []
    assert report["code_test"] == {"untested": 240, "passed": 0, "failed": 0}
    assert len(report["groups"]) == 19
    rest = [g for g in report["groups"] if g["rest"]]
    assert [(g["name"], g["codes"]) for g in rest] == [("Restgruppe", 11)]
    assert {"code": "Spot digitalisering", "kind": "short_name"} in report["hints"]
    assert {"code": "Størst motstand opplever vi blant ansatte og ledere som ikke forstår teknologi",
            "kind": "no_passages"} in report["hints"]
    json.dumps(report)


def test_project_wording_overrides_the_defaults(project):
    sdi_tests.set_meta(project, "sdi_overrides", json.dumps({"thresholds": {"short_name_words": 3}}))
    assert settings_for(project, "en").thresholds.short_name_words == 3


def test_wording_the_tests_cannot_use_leaves_the_bundled_wording(project, caplog):
    """A project from a later Stegvis, or edited by hand: the tests still run."""
    sdi_tests.set_meta(project, "sdi_overrides", json.dumps({"thresholds": {"guide_overlap": 7}}))
    assert settings_for(project, "en").thresholds.guide_overlap == 0.6
    assert "not used" in caplog.text
    sdi_tests.set_meta(project, "sdi_overrides", "not json")
    assert settings_for(project, "en").thresholds.guide_overlap == 0.6
