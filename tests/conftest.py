"""Fixtures for the core (no Qt). UI fixtures live with the UI tests."""

import os

# Qt tests (tests/ui) must run without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from workbench.services.project import Project  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def tmp_project(tmp_path):
    """A new, empty project file in tmp_path, closed after the test."""
    project = Project.create(tmp_path / "test.stegvis")
    yield project
    project.close()


@pytest.fixture
def samples_dir() -> Path:
    """The demo transcripts shipped with the repository (six .docx files)."""
    path = REPO / "resources" / "demo" / "transcripts"
    assert path.is_dir(), path
    return path


@pytest.fixture
def core_translator():
    """Install a stand-in for Qt's translation in workbench.texts:
    ``core_translator({english: bokmål})`` gives each known text its bokmål and
    returns the (context, text) pairs asked for; English again afterwards."""
    from workbench import texts

    def install(table: dict[str, str]) -> list[tuple[str, str]]:
        asked: list[tuple[str, str]] = []

        def translate(context: str, text: str) -> str:
            asked.append((context, text))
            return table.get(text, text)

        texts.install(translate)
        return asked

    yield install
    texts.install(None)
