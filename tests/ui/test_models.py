"""The list models behind the panels pass Qt's model checks and carry
what the panels show."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from workbench.services.records import CodeSummary, DocumentSummary, Passage
from workbench.ui.codes_panel import CodesModel, CodesPanel
from workbench.ui.documents_panel import DocumentsModel
from workbench.ui.mime import CODES_MIME, code_ids_from
from workbench.ui.passages_panel import PassagesModel
from workbench.ui.table_model import IdRole

CODES = [
    CodeSummary(1, "Folk er redde for at vi skal digitalisere", "#a8d5ba", 3, 2),
    CodeSummary(2, "Kommunen er ganske pressa", "#f4a6a6", 1, 1),
    CodeSummary(3, "Ansatte må få hjelp", "#a7c7e7", 0, 0),
]


def test_codes_model(qtmodeltester):
    model = CodesModel()
    model.set_records(CODES)
    qtmodeltester.check(model)
    index = model.index(0, 1)
    assert model.data(index) == 3
    assert model.data(model.index(2, 0), IdRole) == 3


def test_documents_and_passages_models(qtmodeltester):
    docs = DocumentsModel()
    docs.set_records([DocumentSummary(1, "Informant A", 8250, 39), DocumentSummary(2, "Informant B", 7728, 0)])
    qtmodeltester.check(docs)
    passages = PassagesModel()
    passages.set_records([Passage(5, 1, 1, "Informant A", 10, 30, "lav digital\nmodenhet")])
    qtmodeltester.check(passages)
    assert passages.data(passages.index(0, 1)) == "lav digital modenhet"


def test_dragging_codes_carries_their_ids():
    model = CodesModel()
    model.set_records(CODES)
    mime = model.mimeData([model.index(0, 0), model.index(0, 1), model.index(2, 0)])
    assert mime.hasFormat(CODES_MIME)
    assert code_ids_from(mime) == [1, 3]
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_editing_a_name_requests_a_rename_instead_of_changing_the_list(qtbot):
    model = CodesModel()
    model.set_records(CODES)
    with qtbot.waitSignal(model.rename_requested) as blocker:
        assert model.setData(model.index(1, 0), "  Kommunen er presset ")
    assert blocker.args == [2, "Kommunen er presset"]
    assert model.records[1].name == "Kommunen er ganske pressa"  # changed only by the command
    with qtbot.assertNotEmitted(model.rename_requested, wait=20):
        model.setData(model.index(1, 0), "Kommunen er ganske pressa")


def test_filter_as_you_type_keeps_matching_codes(qtbot):
    panel = CodesPanel()
    qtbot.addWidget(panel)
    panel.set_codes(CODES)
    qtbot.keyClicks(panel.filter, "PRESS")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Kommunen er ganske pressa"
    panel.filter.clear()
    assert panel.proxy.rowCount() == 3
    assert panel.proxy.rowCount(QModelIndex()) == 3
