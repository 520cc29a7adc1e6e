"""Fixtures for widget and end-to-end tests: an isolated settings folder, a
main window, and the sample transcripts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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


@pytest.fixture(scope="session")
def built_qm(tmp_path_factory) -> Path:
    """resources/i18n's .qm when `make translations` built them from the current
    .ts; otherwise built here into a temporary folder."""
    i18n_dir = ROOT / "resources" / "i18n"
    ts_files = sorted(i18n_dir.glob("*.ts"))
    if all((ts.with_suffix(".qm").exists() and ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime)
           for ts in ts_files):
        return i18n_dir
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease is needed to build the translations"
    out = tmp_path_factory.mktemp("qm")
    for ts in ts_files:
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)],
                       check=True, capture_output=True)
    return out


@pytest.fixture(autouse=True)
def english(qapp, built_qm):
    """The interface in English as the app installs it at start (stegvis_en.qm,
    whose plural forms make “%n code(s)” read “1 code”); a test that installs
    another language uninstalls it again."""
    from workbench.ui import i18n

    if not i18n.installed():
        i18n.install(qapp, "en", built_qm)


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
