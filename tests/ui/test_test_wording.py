"""Tests → Wording of the Tests: a project words SDI's tests its own way."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from workbench.domain.sdi_settings import node_at
from workbench.services import sdi_report
from workbench.ui.test_wording_dialog import TestWordingDialog

Q1 = ("tests", "code_test", "questions", "q1", "text")
SHORT = ("hints", "short_name", "message")
OURS = "Could you have written this code before you read a single interview?"


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    return said


def _reword(dialog, path, text):
    dialog.tree.setCurrentItem(dialog.items[path])
    dialog.editor.setPlainText(text)


def test_a_reworded_question_stands_out_and_becomes_the_projects(qtbot):
    dialog = TestWordingDialog({}, "en")
    qtbot.addWidget(dialog)
    assert dialog.items[Q1].text(1) == "Could this code have been made before the coding?"
    assert not dialog.items[Q1].font(1).bold()
    _reword(dialog, Q1, OURS)
    assert dialog.items[Q1].font(1).bold() and dialog.items[Q1].text(1) == OURS
    assert "Bundled: Could this code have been made before the coding?" == dialog.bundled_label.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert node_at(dialog.overrides, Q1) == {"en": OURS}


def test_a_placeholder_stegvis_cannot_fill_in_keeps_the_dialog_open(qtbot, warnings):
    dialog = TestWordingDialog({}, "en")
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.items[SHORT])
    assert dialog.placeholders_label.text() == "Stegvis fills in: {code}, {words}"
    _reword(dialog, SHORT, "“{code}” has {passages} passages")
    dialog.tree.setCurrentItem(dialog.items[Q1])
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.current_path() == SHORT  # taken back to the text
    assert warnings and "{passages}" in warnings[0] and "Short name › Message" in warnings[0]
    _reword(dialog, SHORT, "“{code}” has {words} word(s): a topic, or what was said?")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_thresholds_are_kept_in_the_project_in_their_own_units(qtbot, warnings):
    dialog = TestWordingDialog({}, "en")
    qtbot.addWidget(dialog)
    assert dialog.spins["guide_overlap"].value() == 60 and dialog.spins["guide_overlap"].suffix() == " %"
    dialog.spins["guide_overlap"].setValue(75)
    dialog.spins["short_name_words"].setValue(3)
    dialog.spins["min_groups_for_chapter"].setValue(9)  # more than the most (5)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and warnings
    dialog.spins["min_groups_for_chapter"].setValue(3)
    dialog.accept()
    assert dialog.overrides == {"thresholds": {"guide_overlap": 0.75, "short_name_words": 3}}


def test_the_bundled_wording_for_all_leaves_nothing_of_the_projects(qtbot):
    dialog = TestWordingDialog({"tests": {"code_test": {"questions": {"q1": {"text": {"en": OURS, "nb": "Egen"}}}}},
                                "thresholds": {"short_name_words": 3}}, "en")
    qtbot.addWidget(dialog)
    assert dialog.items[Q1].text(1) == OURS and dialog.spins["short_name_words"].value() == 3
    dialog.reset_all()
    dialog.accept()
    # Only the English wording was the interface's: the Norwegian is kept.
    assert dialog.overrides == {"tests": {"code_test": {"questions": {"q1": {"text": {"nb": "Egen"}}}}}}


def test_the_code_test_asks_in_the_projects_words_and_undo_takes_them_back(window, qtbot, monkeypatch):
    assert window.open_demo()
    window.act_code_test.trigger()
    page = window.code_test
    assert page.q1_box.title() == "Q1: Could this code have been made before the coding?"
    assert page.q1_yes.text() == "1  Yes, it could"

    def reword(dialog):
        _reword(dialog, Q1, OURS)
        _reword(dialog, ("tests", "code_test", "questions", "q1", "answers", "yes", "label"), "Yes")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TestWordingDialog, "exec", reword)
    assert window.act_test_wording.isEnabled()
    window.act_test_wording.trigger()
    assert node_at(sdi_report.overrides(window.project), Q1) == {"en": OURS}
    assert page.q1_box.title() == f"Q1: {OURS}"
    assert page.q1_yes.text() == "1  Yes"
    window.controller.undo_stack.undo()
    assert sdi_report.overrides(window.project) == {}
    assert page.q1_box.title() == "Q1: Could this code have been made before the coding?"
    window.controller.undo_stack.redo()
    assert page.q1_box.title() == f"Q1: {OURS}"


def test_a_cancelled_dialog_changes_nothing(window, monkeypatch):
    assert window.open_demo()
    steps = window.controller.undo_stack.count()
    monkeypatch.setattr(TestWordingDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.act_test_wording.trigger()
    assert window.controller.undo_stack.count() == steps
