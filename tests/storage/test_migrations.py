"""Every project written by an earlier Stegvis opens, after a backup copy, with
the same content (tests/fixtures/formatN.stegvis and formatN.json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workbench.services.project import Project
from workbench.services.report import project_info
from workbench.storage.database import FORMAT_VERSION, backup_path, read_format_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLD_FILES = sorted(FIXTURES.glob("format*.stegvis"))


def test_there_is_a_fixture_for_every_earlier_format():
    versions = {int(p.stem.removeprefix("format")) for p in OLD_FILES}
    assert versions == set(range(1, FORMAT_VERSION)) | ({FORMAT_VERSION} & versions)


@pytest.mark.parametrize("fixture", OLD_FILES, ids=[p.stem for p in OLD_FILES])
def test_old_project_is_backed_up_migrated_and_keeps_its_content(fixture, tmp_path):
    path = tmp_path / "thesis.stegvis"
    shutil.copy(fixture, path)
    old_version = read_format_version(path)
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    with Project.open(path) as project:
        info = project_info(project, with_text=True)
    assert info["format_version"] == FORMAT_VERSION
    assert read_format_version(path) == FORMAT_VERSION
    expected["format_version"] = FORMAT_VERSION
    assert info == expected
    if old_version < FORMAT_VERSION:
        backup = backup_path(path, old_version)
        assert backup.read_bytes() == fixture.read_bytes()
    # Opening again migrates nothing more.
    with Project.open(path) as project:
        assert project_info(project, with_text=True) == expected
