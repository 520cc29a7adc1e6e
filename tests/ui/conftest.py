"""Fixtures for widget and end-to-end tests: an isolated settings folder, a
main window, and the sample transcripts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "demo" / "transcripts"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Window state, recent projects and the demo copy go to a temporary folder."""
    from PySide6.QtCore import QSettings

    home = tmp_path_factory.mktemp("home")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield home


@pytest.fixture
def window(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.app import make_application
    from workbench.ui.main_window import MainWindow

    make_application()
    problems: list[str] = []
    # A test that expects no problem fails on the first one instead of blocking on a dialog.
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: problems.append(text))
    w = MainWindow()
    w.problems = problems
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def sample_files() -> list[Path]:
    files = sorted(SAMPLES.glob("*.docx"))
    assert len(files) == 6, "the six sample transcripts belong in resources/demo/transcripts"
    return files


def select_text(view, phrase: str, occurrence: int = 0) -> None:
    """Select ``phrase`` in a document view as a user would (Qt's UTF-16 positions)."""
    from PySide6.QtGui import QTextCursor

    plain = view.document().toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = plain.find(phrase, start + 1)
    assert start >= 0, f"{phrase!r} not in the document"
    u16_start = len(plain[:start].encode("utf-16-le")) // 2
    u16_end = u16_start + len(phrase.encode("utf-16-le")) // 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(u16_start)
    cursor.setPosition(u16_end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def import_and_wait(qtbot, window, files) -> object:
    """Import in the background as the user does, and wait for the summary."""
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        window.import_files(files)
    # The progress dialog had the focus; a window manager gives it back, offscreen we do.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return blocker.args[0]
