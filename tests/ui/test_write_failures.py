"""A write that fails (disk full, file removed) leaves the project and the undo
stack consistent, with a message."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from workbench.services import codes as code_service
from workbench.services.report import project_info
from workbench.ui import commands as cmd


def _disk_full(*_a, **_k):
    raise OperationalError("UPDATE codes", {}, Exception("database or disk is full"))


def test_a_failed_write_is_rolled_back_with_a_message(window, qtbot, monkeypatch):
    window.open_demo()
    before = project_info(window.project)
    code = next(iter(window.codes.values()))
    count = window.controller.undo_stack.count()
    monkeypatch.setattr(code_service, "rename_code", _disk_full)
    with qtbot.waitSignal(window.controller.failed) as blocker:
        assert not window.controller.execute(cmd.RenameCodeCommand(window.controller, code.id, "Nytt navn"))
    assert "disk is full" in blocker.args[0] and "Nothing was changed" in blocker.args[0]
    assert window.controller.undo_stack.count() == count
    assert project_info(window.project) == before


def test_a_failed_undo_clears_the_history_instead_of_lying(window, qtbot, monkeypatch):
    window.open_demo()
    code = next(iter(window.codes.values()))
    assert window.controller.execute(cmd.RenameCodeCommand(window.controller, code.id, "Nytt navn"))
    after = project_info(window.project)
    monkeypatch.setattr(code_service, "rename_code", _disk_full)
    with qtbot.waitSignal(window.controller.failed) as blocker:
        window.act_undo.trigger()
    assert "could not be saved" in blocker.args[0]
    qtbot.waitUntil(lambda: window.controller.undo_stack.count() == 0)
    assert project_info(window.project) == after  # the file still has the rename, and nothing claims otherwise
    assert window.codes[code.id].name == "Nytt navn"
