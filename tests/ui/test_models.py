"""The models behind the panels pass Qt's model checks; the code system tree
turns drops into move requests and never moves rows itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from workbench.services.code_system import CodeSystem, GroupInfo, ThemeInfo
from workbench.services.records import CodeSummary, DocumentSummary, Passage
from workbench.ui.code_tree_model import CODE, GROUP, THEME, UNGROUPED, CodeTreeModel, IdRole, KindRole, MoveRequest
from workbench.ui.code_tree_panel import CodeTreePanel
from workbench.ui.documents_panel import DocumentsModel
from workbench.ui.mime import CODES_MIME, code_ids_from
from workbench.ui.passages_panel import PassagesModel

CODES = [
    CodeSummary(1, "Folk er redde for at vi skal digitalisere", "#a8d5ba", 3, 2, 10),
    CodeSummary(2, "Kommunen er ganske pressa", "#f4a6a6", 1, 1, 16),
    CodeSummary(3, "Ansatte må få hjelp", "#a7c7e7", 2, 1, 10),
    CodeSummary(4, "Siste året har gått veldig mye på kommunesammenslåing", "#d7b9e6", 1, 1, 12),
    CodeSummary(5, "Vi har ikke kommet dit ennå", "#f9e79f", 0, 0, None),
]
SYSTEM = CodeSystem(
    themes=[ThemeInfo(1, "Lav digital modenhet og teknologifrykt", 1, "", 1)],
    groups=[
        GroupInfo(10, "Ansatte sin frykt for digitale løsninger", 10, 1, False, "", 1),
        GroupInfo(16, "Presset arbeidshverdag", 16, None, False, "", 2),
        GroupInfo(12, "Restgruppe", 12, None, True, "", 3),
    ],
    codes=CODES,
    group_documents={10: 2, 16: 1, 12: 1, None: 0},
    theme_documents={1: 2},
)


@pytest.fixture
def tree():
    model = CodeTreeModel()
    model.set_system(SYSTEM)
    return model


def _names(model, parent=QModelIndex()):
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_tree_model_passes_the_model_checks(qtmodeltester, tree):
    qtmodeltester.check(tree)


def test_tree_shows_themes_groups_rest_group_and_ungrouped_with_counts(tree):
    assert _names(tree) == ["Theme 1 Lav digital modenhet og teknologifrykt", "Group 16 Presset arbeidshverdag",
                            "Group 12 Restgruppe", "Ungrouped"]
    theme = tree.index(0, 0)
    group = tree.index(0, 0, theme)
    assert _names(tree, group) == ["Folk er redde for at vi skal digitalisere", "Ansatte må få hjelp"]
    row = [tree.index(0, c).data() for c in range(4)]
    assert row[1:] == [2, 5, 2]  # codes, passages, documents of the theme
    ungrouped = tree.index(3, 0)
    assert _names(tree, ungrouped) == ["Vi har ikke kommet dit ennå"]
    assert ungrouped.data(KindRole) == UNGROUPED


def test_updating_counts_keeps_rows_in_place(tree, qtbot):
    changed = [CodeSummary(c.id, c.name, c.colour, c.passages + (c.id == 2), c.documents, c.group_id)
               for c in CODES]
    with qtbot.assertNotEmitted(tree.modelReset), qtbot.waitSignal(tree.dataChanged):
        tree.set_system(CodeSystem(SYSTEM.themes, SYSTEM.groups, changed, SYSTEM.group_documents,
                                   SYSTEM.theme_documents))
    group = tree.index(1, 0)
    assert tree.index(0, 2, group).data() == 2


def _mime(tree, *indexes):
    return tree.mimeData(list(indexes))


def test_dropping_codes_on_a_group_or_a_code_asks_to_move_them(tree, qtbot):
    theme = tree.index(0, 0)
    fear = tree.index(0, 0, theme)
    press = tree.index(1, 0)
    mime = _mime(tree, tree.index(0, 0, fear), tree.index(1, 0, fear))
    assert code_ids_from(mime) == [1, 3]  # codes dragged from the tree can also code text
    with qtbot.waitSignal(tree.move_requested) as blocker:
        assert tree.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, press) is False
    assert blocker.args == [MoveRequest(code_ids=(1, 3), target_id=16)]
    # Onto a code: just before it, in its group.
    press_code = tree.index(0, 0, press)
    assert tree.drop_request(mime, -1, press_code) == MoveRequest(code_ids=(1, 3), target_id=16, before_id=2)
    # Back to Ungrouped; never onto a theme.
    assert tree.drop_request(mime, -1, tree.index(3, 0)) == MoveRequest(code_ids=(1, 3), target_id=None)
    assert not tree.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, theme)


def test_dropping_groups_moves_them_into_and_out_of_themes(tree):
    theme = tree.index(0, 0)
    press = tree.index(1, 0)
    mime = _mime(tree, press)
    assert tree.drop_request(mime, -1, theme) == MoveRequest(group_ids=(16,), target_id=1)
    assert tree.drop_request(mime, 0, QModelIndex()) == MoveRequest(group_ids=(16,), target_id=None)
    rest = tree.index(2, 0)
    assert tree.drop_request(_mime(tree, rest), -1, theme) == MoveRequest(group_ids=(12,), target_id=1)
    assert tree.drop_request(mime, -1, tree.index(3, 0)) is None  # not into Ungrouped


def test_panel_filter_keeps_matches_with_their_parents(qtbot):
    panel = CodeTreePanel()
    qtbot.addWidget(panel)
    panel.set_system(SYSTEM)
    qtbot.keyClicks(panel.filter, "PRESSA")
    top = panel.model.index(0, 0)
    assert top.data(KindRole) == GROUP and panel.model.rowCount() == 1
    assert panel.model.index(0, 0, top).data() == "Kommunen er ganske pressa"
    panel.filter.clear()
    assert panel.model.rowCount() == 4
    assert panel.select_code(4)
    assert panel.current_code_id() == 4
    assert panel.ungrouped_label.text() == "Ungrouped: 1"
    assert panel.model.index(0, 0).data(IdRole) == 1 and panel.model.index(0, 0).data(KindRole) == THEME
    assert CODE


def test_documents_and_passages_models(qtmodeltester):
    docs = DocumentsModel()
    docs.set_records([DocumentSummary(1, "Informant A", 8250, 39), DocumentSummary(2, "Informant B", 7728, 0)])
    qtmodeltester.check(docs)
    passages = PassagesModel()
    passages.set_records([Passage(5, 1, 1, "Informant A", 10, 30, "lav digital\nmodenhet", "Kode")])
    qtmodeltester.check(passages)
    assert passages.data(passages.index(0, 2)) == "lav digital modenhet"
    assert CODES_MIME


def test_filter_by_group_name_shows_its_codes_and_true_counts(qtbot):
    panel = CodeTreePanel()
    qtbot.addWidget(panel)
    panel.set_system(SYSTEM)
    panel.filter.setText("presset")
    group = panel.model.index(0, 0)
    assert group.data() == "Group 16 Presset arbeidshverdag"
    assert panel.model.rowCount(group) == 1  # its code, though the code's name does not match
    panel.filter.setText("ansatte")
    theme = panel.model.index(0, 0)
    fear = panel.model.index(0, 0, theme)
    assert panel.model.rowCount(fear) == 2  # the group's name matches: all its codes
    assert theme.siblingAtColumn(1).data() == 2  # counts are the group's own, not the filtered view's
    panel.filter.setText("finnes ikke")
    assert panel.model.rowCount() == 0


def test_counts_update_in_place_for_the_coded_code_and_its_parents(qtbot):
    model = CodeTreeModel()
    model.set_system(SYSTEM)
    more = [CodeSummary(c.id, c.name, c.colour, c.passages + (c.id == 1) * 2, c.documents, c.group_id)
            for c in CODES]
    updated = CodeSystem(SYSTEM.themes, SYSTEM.groups, more, SYSTEM.group_documents, SYSTEM.theme_documents)
    with qtbot.assertNotEmitted(model.modelReset):
        model.update_counts(updated, [1])
    theme = model.index(0, 0)
    group = model.index(0, 0, theme)
    code = model.index(0, 0, group)
    assert code.siblingAtColumn(2).data() == 5
    assert group.siblingAtColumn(2).data() == 7 and theme.siblingAtColumn(2).data() == 7
    fresh = CodeTreeModel()
    fresh.set_system(updated)
    assert [fresh.index(0, c, fresh.index(0, 0)).data() for c in range(4)] == \
        [group.siblingAtColumn(c).data() for c in range(4)]


def test_a_filter_matching_hundreds_of_codes_leaves_groups_closed(qtbot):
    from workbench.ui import code_tree_panel

    panel = CodeTreePanel()
    qtbot.addWidget(panel)
    panel.set_system(SYSTEM)
    panel.filter.setText("e")  # matches codes in every group
    group = panel.model.index_of(GROUP, 10)
    assert panel.view.isExpanded(group)  # a handful: every group open
    old = code_tree_panel.MANY_MATCHES
    code_tree_panel.MANY_MATCHES = 2
    try:
        panel.filter.setText("er")
        assert not panel.view.isExpanded(panel.model.index_of(GROUP, 10))
        assert panel.view.isExpanded(panel.model.index_of(THEME, 1))
    finally:
        code_tree_panel.MANY_MATCHES = old


def test_a_first_showing_opens_every_group_only_when_the_codes_are_few(qtbot, monkeypatch):
    from workbench.ui import code_tree_panel

    small = CodeTreePanel()
    qtbot.addWidget(small)
    small.set_system(SYSTEM)  # five codes: everything open
    assert small.view.isExpanded(small.model.index_of(THEME, 1))
    assert small.view.isExpanded(small.model.index_of(GROUP, 10))
    assert small.view.isExpanded(small.model.index_of(GROUP, 16))

    monkeypatch.setattr(code_tree_panel, "MANY_MATCHES", 4)  # as 2,000 codes against the real limit
    large = CodeTreePanel()
    qtbot.addWidget(large)
    large.set_system(SYSTEM)
    assert large.view.isExpanded(large.model.index_of(THEME, 1))  # the themes: an overview
    assert not large.view.isExpanded(large.model.index_of(GROUP, 10))
    assert not large.view.isExpanded(large.model.index_of(GROUP, 16))
    large.view.expand(large.model.index_of(GROUP, 16))  # what the user opens stays open
    large.set_system(SYSTEM)
    assert large.view.isExpanded(large.model.index_of(GROUP, 16))


def _renamed(code_id: int, name: str) -> CodeSystem:
    codes = [c._replace(name=name) if c.id == code_id else c for c in CODES]
    return CodeSystem(SYSTEM.themes, SYSTEM.groups, codes, SYSTEM.group_documents, SYSTEM.theme_documents)


def test_a_closed_groups_codes_show_what_changed_while_it_was_closed(qtbot):
    """A group's code rows are made when it is first opened (thousands of
    codes stay unmade in closed groups): opened later, they show the names
    and counts of the latest code system, as rows made at once would."""
    model = CodeTreeModel()
    model.set_system(SYSTEM)
    more = [c._replace(passages=c.passages + 2) if c.id == 1 else c for c in CODES]
    model.update_counts(CodeSystem(SYSTEM.themes, SYSTEM.groups, more, SYSTEM.group_documents,
                                   SYSTEM.theme_documents), [1])
    renamed = CodeSystem(SYSTEM.themes, SYSTEM.groups, [c._replace(name="Folk er redde") if c.id == 1 else c
                                                          for c in more],
                         SYSTEM.group_documents, SYSTEM.theme_documents)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_system(renamed)
    group = model.index(0, 0, model.index(0, 0))
    assert [model.index(0, c, group).data() for c in (0, 2)] == ["Folk er redde", 5]
    assert model.rowCount(group) == 2


def test_renaming_a_code_in_an_open_group_changes_its_row_in_place(qtbot):
    model = CodeTreeModel()
    model.set_system(SYSTEM)
    group = model.index(0, 0, model.index(0, 0))
    code = model.index(1, 0, group)
    assert code.data() == "Ansatte må få hjelp"
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.set_system(_renamed(3, "Ansatte trenger hjelp"))
    assert changed.args[0] == code
    assert code.data() == "Ansatte trenger hjelp"


def test_a_code_in_a_group_never_opened_can_be_found_and_selected(qtbot, monkeypatch):
    from workbench.ui import code_tree_panel

    monkeypatch.setattr(code_tree_panel, "MANY_MATCHES", 4)  # groups closed, as with 2,000 codes
    panel = CodeTreePanel()
    qtbot.addWidget(panel)
    panel.set_system(SYSTEM)
    assert not panel.view.isExpanded(panel.model.index_of(GROUP, 10))
    index = panel.model.index_of(CODE, 3)
    assert index.isValid() and index.data() == "Ansatte må få hjelp" and index.parent().data(IdRole) == 10
    assert panel.model.index(index.row(), 0, index.parent()) == index
    assert not panel.model.index_of(CODE, 99).isValid()
