"""The documents panel: the project's transcripts with their coding counts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from workbench.services.records import DocumentSummary
from workbench.ui.table_model import Column, IdRole, RecordTableModel


class DocumentsModel(RecordTableModel[DocumentSummary]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Document"), lambda d: d.name),
                Column(self.tr("Codings"), lambda d: d.codings, align_right=True),
            ],
            parent,
        )


class DocumentsPanel(QWidget):
    #: The current document changed: (document id, or -1 for none).
    current_document_changed = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("documentsView")
        self.view.setAccessibleName(self.tr("Documents"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.header().resizeSection(1, self.view.header().fontMetrics().horizontalAdvance("Codings  9999"))
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.current_document_changed.emit(cur.data(IdRole) if cur.isValid() else -1)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        keep = self.current_document_id()
        sm = self.view.selectionModel()
        blocked = sm.blockSignals(True)
        self.model.set_records(documents)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        sm.blockSignals(blocked)
        if row < 0 and keep is not None:
            self.current_document_changed.emit(-1)

    def set_coding_counts(self, counts: dict[int, int]) -> None:
        """New numbers of codings for some documents (a coding added or removed):
        their rows change in place."""
        self.model.set_records([d._replace(codings=counts[d.id]) if d.id in counts else d
                                for d in self.model.records])

    def current_document_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_document(self, document_id: int) -> bool:
        row = self.model.row_of(document_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True
