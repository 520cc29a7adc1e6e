"""The code test walked by keyboard: answers recorded with verdicts, progress
shown, resumable, undoable, and a failed code mended on the spot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from workbench.services import sdi_tests


@pytest.fixture
def tested(window, qtbot):
    assert window.open_demo()
    window.act_code_test.trigger()
    page = window.code_test
    assert window.current_page() is page
    return window, page


def test_walk_codes_by_keyboard_and_record_verdicts(tested, qtbot):
    window, page = tested
    assert page.progress_label.text().startswith("0 / 240 tested")
    first = page.current_code_id()
    # "2": no, not before the coding; "1": it tells what was said -> pass, on to the next.
    qtbot.keyClick(page, Qt.Key.Key_2)
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert sdi_tests.get_verdict(window.project, "code_test", first).verdict == "pass"
    second = page.current_code_id()
    assert second != first
    # "1": yes, it could have been made before the coding -> fail, mending offered.
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert sdi_tests.get_verdict(window.project, "code_test", second).verdict == "fail"
    assert page.mend_box.isVisible()
    qtbot.keyClicks(page.note, "Bare et tema")
    page.note.editingFinished.emit()
    assert sdi_tests.get_verdict(window.project, "code_test", second).note == "Bare et tema"
    assert page.progress_label.text().startswith("2 / 240 tested · 1 passed · 1 failed")
    # Undo takes back the note, then the verdict.
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert sdi_tests.get_verdict(window.project, "code_test", second) is None


def test_resumes_at_the_first_untested_code(tested, qtbot):
    window, page = tested
    first = page.current_code_id()
    qtbot.keyClick(page, Qt.Key.Key_2)
    qtbot.keyClick(page, Qt.Key.Key_1)
    window.act_code_test.trigger()
    page.restart()
    assert page.current_code_id() != first
    page.mode.setCurrentIndex(2)  # failed codes only: none yet
    assert page.current_code_id() is None


def test_a_failed_code_renamed_with_a_phrase_from_its_passages(tested, qtbot, monkeypatch):
    window, page = tested
    code_id = page.current_code_id()
    old_name = window.codes[code_id].name
    qtbot.keyClick(page, Qt.Key.Key_1)  # fail
    chosen = []

    def pick(_parent, _title, _label, items, *_a, **_k):
        chosen.append(next(i for i in items if i != old_name))  # the sentence around the passage
        return chosen[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert chosen and chosen[0].lower() != old_name.lower()
    assert window.codes[code_id].name == chosen[0]


def test_research_questions_feed_the_before_coding_hint(tested, qtbot, monkeypatch):
    window, page = tested
    code_id = page.current_code_id()
    name = window.codes[code_id].name
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (name, True))
    window.edit_research_questions()
    window.refresh_tests()
    assert any("before" in h.lower() for h in page.hints_provider(code_id))
    window.act_undo.trigger()
    window.refresh_tests()
    assert not any("before" in h.lower() for h in page.hints_provider(code_id))
