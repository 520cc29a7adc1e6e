"""Versions as data: each kind of difference, restore, and the CLI shape."""

from __future__ import annotations

import json

import pytest

from workbench.cli import main
from workbench.domain.edits import TextEdit
from workbench.services import code_system as cs
from workbench.services import codes, coding, merge_split, sdi_tests, text_editing, versions
from workbench.services.demo import build_demo
from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.services.report import project_info

EMPTY = {"added": [], "removed": [], "renamed": [], "merged": [], "moved": []}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.stegvis"
    build_demo(path).close()
    return path


@pytest.fixture
def project(demo_file, tmp_path):
    with Project.open(demo_file) as original:
        copy = original.save_copy(tmp_path / "p")
    p = Project.open(copy)
    versions.save_version(p, "v1")
    yield p
    p.close()


def test_no_change_no_difference(project):
    d = versions.diff_versions(project, "v1")
    assert d["codes"] == EMPTY and d["codings"]["added"] == d["codings"]["removed"] == 0
    assert d["tests"] == {"changed": 0}


def test_each_kind_of_difference_by_name(project):
    system = cs.code_system(project)
    a, b, c = system.codes[0], system.codes[1], system.codes[2]
    codes.rename_code(project, a.id, "Omdøpt")
    merge_split.merge_codes(project, [b.id], a.id)
    cs.move_codes(project, [c.id], system.groups[5].id)
    new = codes.create_code(project, "Helt ny kode")
    doc_id = 1
    coding.apply_code(project, new.id, doc_id, 0, 5)
    cs.set_attribute(project, "group", system.groups[0].id, "name", "Ny gruppenavn")
    cs.move_groups(project, [system.groups[1].id], None)
    theme = cs.create_theme(project, "Nytt tema")
    cs.set_attribute(project, "theme", system.themes[0].id, "name", "Tema omdøpt")
    text_editing.edit_text(project, doc_id, [TextEdit(0, 0, "«")])
    sdi_tests.set_verdict(project, "code_test", c.id, "pass")
    d = versions.diff_versions(project, "v1")
    assert d["codes"]["renamed"] == [[a.name, "Omdøpt"]]
    assert d["codes"]["merged"] == [[b.name, "Omdøpt"]]
    assert b.name not in d["codes"]["removed"]
    assert d["codes"]["added"] == ["Helt ny kode"]
    assert d["codes"]["moved"] == [{"code": c.name, "from": system.groups[0].name, "to": system.groups[5].name}]
    assert d["groups"]["renamed"] == [[system.groups[0].name, "Ny gruppenavn"]]
    assert d["groups"]["moved"] == [{"group": system.groups[1].name, "from": system.themes[0].name, "to": None}]
    assert d["themes"]["added"] == ["Nytt tema"] and d["themes"]["renamed"] == [[system.themes[0].name, "Tema omdøpt"]]
    assert d["documents"]["edited"] == ["Informant A"]
    assert d["codings"]["added"] == 1 and d["codings"]["removed"] == 0
    assert d["tests"]["changed"] == 1
    assert theme


def test_restore_brings_back_everything_and_keeps_now(project):
    before = project_info(project, with_text=True)
    system = cs.code_system(project)
    codes.delete_code(project, system.codes[0].id)
    sdi_tests.create_concept(project, "Konsept")
    kept = versions.restore_version(project, "v1", "Før gjenoppretting")
    assert project_info(project, with_text=True) == before
    assert sdi_tests.list_concepts(project) == []
    assert versions.diff_versions(project, "v1", kept.label)["codes"]["removed"] == [system.codes[0].name]


def test_versions_are_cheap_texts_stored_once(project):
    size = project.path.stat().st_size
    for i in range(5):
        versions.save_version(project, f"v{i + 2}")
    assert project.path.stat().st_size - size < 5 * 60_000


def test_labels_are_unique_and_unknown_labels_refused(project):
    with pytest.raises(ServiceError, match="already"):
        versions.save_version(project, "v1")
    with pytest.raises(ServiceError, match="no version"):
        versions.diff_versions(project, "finnes ikke")
    versions.delete_version(project, "v1")
    assert versions.list_versions(project) == []


def test_cli_diff_json_shape(project, capsys):
    codes.rename_code(project, cs.code_system(project).codes[0].id, "Endret")
    path = str(project.path)
    assert main(["version", "save", path, "--label", "v2", "--note", "etter"]) == 0
    capsys.readouterr()
    assert main(["version", "list", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [v["label"] for v in listed] == ["v1", "v2"] and listed[1]["note"] == "etter"
    assert main(["diff", path, "--from", "v1", "--to", "v2", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert set(d) == {"codes", "groups", "themes", "documents", "codings", "tests"}
    assert set(d["codes"]) == {"added", "removed", "renamed", "merged", "moved"}
    assert set(d["groups"]) == {"added", "removed", "renamed", "moved"}
    assert set(d["themes"]) == {"added", "removed", "renamed"}
    assert set(d["documents"]) == {"added", "removed", "edited"}
    assert {"added", "removed"} <= set(d["codings"]) and d["tests"] == {"changed": 0}
    assert d["codes"]["renamed"][0][1] == "Endret"
