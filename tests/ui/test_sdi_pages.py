"""The grouping test, the concept test and the SDI overview in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.services import sdi_tests


@pytest.fixture
def demo(window):
    assert window.open_demo()
    return window


def test_grouping_test_walks_groups_moves_and_renames_on_the_spot(demo, qtbot):
    demo.act_grouping_test.trigger()
    page = demo.grouping_test
    assert demo.current_page() is page
    assert "Ungrouped codes: 0" in page.counter.text()
    first = page.current_group_id()
    codes_before = page.codes.count()
    # A code that does not belong is moved to another group on the spot.
    page.codes.item(0).setSelected(True)
    target = page.target.currentData()
    qtbot.keyClick(page, Qt.Key.Key_M)
    assert len(demo.system.codes_of(first)) == codes_before - 1
    assert page.codes.count() == codes_before - 1
    # The name does not state the essence: rename it here.
    qtbot.keyClick(page, Qt.Key.Key_2)
    assert sdi_tests.get_verdict(demo.project, "grouping_test", first).verdict == "fail"
    page.name.setText("Frykt og usikkerhet")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: next(g for g in demo.system.groups if g.id == first).name == "Frykt og usikkerhet")
    # Yes for the next group records a pass and moves on.
    page.step(1)
    second = page.current_group_id()
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert sdi_tests.get_verdict(demo.project, "grouping_test", second).verdict == "pass"
    assert page.progress.text().startswith("2 / 19 groups tested")
    assert target is not None


def test_grouping_findings_are_shown_as_questions(demo, qtbot):
    large = next(g for g in demo.system.groups if g.number == 7)
    demo.act_grouping_test.trigger()
    page = demo.grouping_test
    while page.current_group_id() != large.id:
        page.step(1)
    assert "❓" in page.title.text()


def test_concepts_are_made_linked_tested_and_undone(demo, qtbot):
    demo.act_concepts.trigger()
    page = demo.concept_test
    page.new_concept()
    page.name.setText("Digital modenhet")
    page.links.item(0).setCheckState(Qt.CheckState.Checked)
    page._save()
    (concept,) = sdi_tests.list_concepts(demo.project)
    assert concept.name == "Digital modenhet" and concept.links == (("theme", demo.system.themes[0].id),)
    page.note.setText("Gjelder også andre kommuner")
    page.yes.click()
    verdict = sdi_tests.get_verdict(demo.project, "concept_test", concept.id)
    assert verdict.verdict == "pass" and verdict.note == "Gjelder også andre kommuner"
    assert page.list.item(0).text().endswith("✓")
    demo.act_undo.trigger()
    demo.act_undo.trigger()
    assert sdi_tests.list_concepts(demo.project) == []


def test_overview_shows_the_figures_and_leads_to_the_place_to_act(demo, qtbot):
    demo.act_overview.trigger()
    page = demo.overview
    texts = {k: label.text() for k, (_n, label) in page.rows.items()}
    assert texts["documents"] == "6 documents, 6 of them coded"
    assert texts["codes"].startswith("240 codes")
    assert texts["code_test"] == "0 passed, 0 failed, 240 untested"
    assert texts["board"].startswith("18 code groups + the rest group (11 codes), 4 themes; 0 codes ungrouped")
    page.go_requested.emit("code_test")
    assert demo.current_page() is demo.code_test


def test_the_board_and_test_pages_are_made_when_first_shown(demo, qtbot):
    from workbench.ui.code_test_page import CodeTestPage
    from workbench.ui.grouping_board import GroupingBoard
    from workbench.ui.overview_page import OverviewPage

    # Opening a project makes none of them: the text comes first.
    assert not demo.findChildren(CodeTestPage) and not demo.findChildren(GroupingBoard)
    assert [demo.reading.tabText(i) for i in range(demo.reading.count())] == [
        "Text", "Grouping Board", "Code Test", "Grouping Test", "Concepts", "SDI Overview"]
    demo.reading.setCurrentIndex(2)  # a click on the Code Test tab
    pages = demo.findChildren(CodeTestPage)
    assert len(pages) == 1 and demo.current_page() is pages[0]
    assert pages[0].isVisible() and "/ 240 tested" in pages[0].progress_label.text()
    demo.act_board.trigger()  # and the board, from its action, shows the code system
    boards = demo.findChildren(GroupingBoard)
    assert len(boards) == 1 and demo.current_page() is boards[0]
    assert len(boards[0].columns) == len(demo.system.groups) + 1  # Ungrouped, every group, the rest group
    assert not demo.findChildren(OverviewPage)
    demo.act_code_test.trigger()  # shown again: the same page
    assert demo.findChildren(CodeTestPage) == pages


def test_from_the_board_the_tests_and_back_to_the_text(demo, qtbot):
    demo.act_board.trigger()
    assert demo.current_page() is demo.board and demo.act_board.isChecked()
    demo.act_code_test.trigger()  # Ctrl+T while on the board
    assert demo.current_page() is demo.code_test and not demo.act_board.isChecked()
    demo.act_board.trigger()
    demo.act_grouping_test.trigger()
    assert demo.current_page() is demo.grouping_test
    demo.act_board.trigger()
    demo.act_board.trigger()  # View → Grouping Board again: back to the text
    assert demo.current_page_is("board") is False and demo.reading.currentIndex() == 0
