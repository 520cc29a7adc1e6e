"""The project file's messages: English as before, in the user's language
once the window installs one (workbench/texts.py)."""

from __future__ import annotations

import pytest

from workbench.storage import locking
from workbench.storage.project_file import ProjectFileError, read_format_version


@pytest.fixture
def translator(core_translator):
    """A stand-in for Qt's translation: marks what it was asked for."""
    return core_translator({"unknown": "ukjent", "%1 on %2 since %3": "%1 på %2 siden %3",
                            "is open for writing by %1": "er åpnet for skriving av %1",
                            "no such file": "filen finnes ikke"})


def test_a_lock_is_described_in_english_without_a_translator():
    info = locking.LockInfo("kari", "kontor-pc", 4242, "2026-11-28T09:15:00")
    assert info.describe() == "kari on kontor-pc since 2026-11-28 09:15:00"
    locked = locking.ProjectLocked("delt.stegvis", info)
    assert locked.problem == "is open for writing by kari on kontor-pc since 2026-11-28 09:15:00"
    assert str(locked) == "delt.stegvis: is open for writing by kari on kontor-pc since 2026-11-28 09:15:00"
    assert locking.LockInfo("unknown", "unknown", 0, "").describe() == "unknown on unknown since "


def test_a_lock_is_described_in_the_installed_language(translator, tmp_path):
    info = locking.LockInfo("kari", "kontor-pc", 4242, "2026-11-28T09:15:00")
    locked = locking.ProjectLocked(tmp_path / "delt.stegvis", info)
    assert locked.problem == "er åpnet for skriving av kari på kontor-pc siden 2026-11-28 09:15:00"
    # An unreadable lock file's holder is not known; the word is translated, a name is not.
    assert locking.LockInfo("unknown", "unknown", 0, "").describe() == "ukjent på ukjent siden "
    assert ("CoreProjectFile", "is open for writing by %1") in translator


def test_a_refusal_is_made_in_the_installed_language(translator, tmp_path):
    with pytest.raises(ProjectFileError) as refused:
        read_format_version(tmp_path / "borte.stegvis")
    assert refused.value.problem == "filen finnes ikke"
