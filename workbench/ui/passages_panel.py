"""The passages panel: every passage of the selected code, with its document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from workbench.domain.naming import collapse_whitespace
from workbench.services.records import Passage
from workbench.ui.table_model import Column, RecordTableModel


class PassagesModel(RecordTableModel[Passage]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Document"), lambda p: p.document),
                Column(self.tr("Passage"), lambda p: collapse_whitespace(p.text)),
            ],
            parent,
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            rec = self.record(index)
            return rec.text if rec else None
        return super().data(index, role)


class PassagesPanel(QWidget):
    #: Jump to a passage: (document id, start, end) in code points.
    jump_requested = Signal(int, int, int)
    #: Remove the coding of a passage: (coding id).
    remove_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = PassagesModel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.view = QTreeView(self)
        self.view.setObjectName("passagesView")
        self.view.setAccessibleName(self.tr("Passages of the selected code"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._jump)
        self.view.activated.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.show_passages(None, [])

    def show_passages(self, code_name: str | None, passages: list[Passage]) -> None:
        self.model.set_records(passages)
        if code_name is None:
            self.title.setText(self.tr("Select a code to see its passages."))
        else:
            docs = len({p.document_id for p in passages})
            self.title.setText(
                self.tr("“%1”: %2 passage(s) in %3 document(s)")
                .replace("%1", code_name).replace("%2", str(len(passages))).replace("%3", str(docs))
            )

    def _jump(self, index) -> None:
        rec = self.model.record(index)
        if rec is not None:
            self.jump_requested.emit(rec.document_id, rec.start, rec.end)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            rec = self.model.record(self.view.currentIndex())
            if rec is not None:
                self.remove_requested.emit(rec.coding_id)
                return
        super().keyPressEvent(event)
