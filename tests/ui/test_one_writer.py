"""One writer at a time, and projects that cannot be written."""

from __future__ import annotations

import json
import os

import pytest

from workbench.services.project import Project
from workbench.storage import locking
from workbench.ui import commands as cmd


def test_a_project_open_elsewhere_is_named_and_can_be_read(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "delt.stegvis"
    Project.create(path).close()
    other = {"user": "kari", "host": "kontor-pc", "pid": 4242, "since": "2026-11-28T09:15:00"}
    locking.lock_path(path).write_text(json.dumps(other))
    asked = []
    monkeypatch.setattr(window, "ask_about_lock", lambda info: asked.append(info) or "read")
    assert window.open_project(path)
    assert asked[0].describe() == "kari on kontor-pc since 2026-11-28 09:15:00"
    assert window.read_only_banner.isVisible() and "kari" in window.read_only_banner.text()
    with qtbot.waitSignal(window.controller.failed):
        assert not window.controller.execute(cmd.NewCodeCommand(window.controller, "Ny kode"))
    assert json.loads(locking.lock_path(path).read_text())["user"] == "kari"  # their lock is kept


def test_our_lock_is_taken_and_released_and_a_crashed_ones_cleared(window, tmp_path):
    path = tmp_path / "egen.stegvis"
    Project.create(path).close()
    crashed = {"user": "meg", "host": locking.me().host, "pid": 2 ** 22 + 12345, "since": "2026-11-01T10:00:00"}
    locking.lock_path(path).write_text(json.dumps(crashed))
    assert window.open_project(path)  # the stale lock of a crashed process is cleared, no question
    held = locking.read_lock(path)
    assert held.pid == os.getpid()
    assert not window.read_only_banner.isVisible()
    window.close_project()
    assert not locking.lock_path(path).exists()


def test_a_second_window_on_the_same_project_is_told(window, qtbot, tmp_path, monkeypatch):
    from workbench.ui.main_window import MainWindow

    path = tmp_path / "to.stegvis"
    Project.create(path).close()
    assert window.open_project(path)
    second = MainWindow()
    qtbot.addWidget(second)
    # Same process: a second window counts as the same writer only if it is this program... it is, so it
    # may open; a different process is told (simulated with another pid).
    lock = json.loads(locking.lock_path(path).read_text())
    lock["pid"] = 1  # pid 1 is alive on this computer: another program holds it
    locking.lock_path(path).write_text(json.dumps(lock))
    monkeypatch.setattr(second, "ask_about_lock", lambda info: "cancel")
    assert not second.open_project(path)


def test_a_file_that_cannot_be_written_opens_read_only_with_a_banner(window, tmp_path, monkeypatch):
    path = tmp_path / "skrivebeskyttet.stegvis"
    Project.create(path).close()
    # As a user without write permission sees it (the tests may run as root, who can write anything).
    from workbench.ui import main_window

    monkeypatch.setattr(main_window.os, "access", lambda p, mode: mode != os.W_OK)
    assert window.open_project(path)
    assert window.read_only_banner.isVisible() and "cannot be written" in window.read_only_banner.text()
    assert window.project.read_only
    assert not locking.lock_path(path).exists()


def test_read_only_open_writes_nothing(tmp_path):
    path = tmp_path / "les.stegvis"
    Project.create(path).close()
    before = path.read_bytes()
    with Project.open(path, read_only=True) as project:
        from workbench.services.codes import create_code
        from sqlalchemy.exc import OperationalError

        with pytest.raises(OperationalError):
            create_code(project, "Kan ikke lagres")
    assert path.read_bytes() == before
    assert not locking.lock_path(path).exists()
