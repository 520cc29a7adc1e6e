"""The passages panel (retrieval): every passage under the selected code,
group or theme, with its document and case attributes; the passage in its
context; filter by document or attribute; copy as quotations."""

from __future__ import annotations


from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.naming import collapse_whitespace
from workbench.services.records import Passage
from workbench.ui.table_model import Column, RecordTableModel

ALL = "__all__"


class PassagesModel(RecordTableModel[Passage]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Document"), lambda p: p.document),
                Column(self.tr("Code"), lambda p: p.code),
                Column(self.tr("Passage"), lambda p: collapse_whitespace(p.text)),
            ],
            parent,
        )
        self.attributes: dict[int, dict[str, str]] = {}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            rec = self.record(index)
            if rec is None:
                return None
            if index.column() == 0:
                attrs = self.attributes.get(rec.document_id, {})
                return "\n".join(f"{k}: {v}" for k, v in attrs.items()) or rec.document
            return rec.text
        return super().data(index, role)


class PassageFilter(QSortFilterProxyModel):
    """Keeps passages of one document, or of documents with one attribute value."""

    def __init__(self, model: PassagesModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.passages = model
        self.choice: tuple[str, object] = (ALL, None)

    def set_choice(self, choice) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.choice = choice or (ALL, None)
            self.endFilterChange()
        else:
            self.choice = choice or (ALL, None)
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:
        kind, value = self.choice
        if kind == ALL:
            return True
        rec = self.passages.records[row]
        if kind == "document":
            return rec.document_id == value
        name, wanted = value
        return self.passages.attributes.get(rec.document_id, {}).get(name) == wanted


class PassagesPanel(QWidget):
    #: Jump to a passage: (document id, start, end) in code points.
    jump_requested = Signal(int, int, int)
    #: Remove the coding of a passage: (coding id).
    remove_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = PassagesModel(self)
        self.proxy = PassageFilter(self.model)
        self.context_provider = None  # (document id, start, end) -> (before, passage, after)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show passages from"))
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.view = QTreeView(self)
        self.view.setObjectName("passagesView")
        self.view.setAccessibleName(self.tr("Passages"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 120)
        header.resizeSection(1, 220)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._jump)
        self.view.activated.connect(self._jump)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show_context(cur))
        self.context = QTextBrowser(self)
        self.context.setAccessibleName(self.tr("Passage in its context"))
        self.context.setOpenLinks(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.filter)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.context)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split)
        self.show_passages(None, [])

    def show_passages(self, title: str | None, passages: list[Passage],
                      attributes: dict[int, dict[str, str]] | None = None) -> None:
        self.model.attributes = attributes or {}
        self.model.set_records(passages)
        self.view.setColumnHidden(1, len({p.code_id for p in passages}) <= 1)
        self._fill_filter(passages)
        if title is None:
            self.title.setText(self.tr("Select a code, group or theme to see its passages."))
        else:
            docs = len({p.document_id for p in passages})
            self.title.setText(
                #: %2: “12 passages”, %3: “3 documents”
                self.tr("“%1”: %2 in %3").replace("%2", self.tr("%Ln passage(s)", "", len(passages)))
                .replace("%3", self.tr("%Ln document(s)", "", docs)).replace("%1", title)
            )
        if not passages:
            self.context.clear()

    def _fill_filter(self, passages: list[Passage]) -> None:
        keep = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All documents"), (ALL, None))
        docs = {}
        for p in passages:
            docs.setdefault(p.document_id, p.document)
        for doc_id, name in docs.items():
            self.filter.addItem(name, ("document", doc_id))
        values = sorted({(k, v) for d in docs for k, v in self.model.attributes.get(d, {}).items()})
        for name, value in values:
            self.filter.addItem(f"{name} = {value}", ("attribute", (name, value)))
        at = self.filter.findData(keep) if keep is not None else 0
        self.filter.setCurrentIndex(max(at, 0))
        self.filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_choice(self.filter.currentData())

    def _record(self, view_index):
        return self.model.record(self.proxy.mapToSource(view_index))

    def _show_context(self, index) -> None:
        rec = self._record(index)
        if rec is None or self.context_provider is None:
            self.context.clear()
            return
        before, passage, after = self.context_provider(rec.document_id, rec.start, rec.end)
        from html import escape  # loaded when first needed, not at start

        self.context.setHtml(
            f"<p><b>{escape(rec.document)}</b></p><p style='white-space: pre-wrap'>"
            f"<span style='color: gray'>{escape(before)}</span><b>{escape(passage)}</b>"
            f"<span style='color: gray'>{escape(after)}</span></p>"
        )

    def _jump(self, index) -> None:
        rec = self._record(index)
        if rec is not None:
            self.jump_requested.emit(rec.document_id, rec.start, rec.end)

    def selected_passages(self) -> list[Passage]:
        rows = self.view.selectionModel().selectedRows(0)
        return [r for r in (self._record(i) for i in rows) if r is not None]

    def copy_selected(self) -> str:
        """Copy the selected passages as quotations with who said them."""
        text = "\n\n".join(f"«{collapse_whitespace(p.text)}» ({p.document})" for p in self.selected_passages())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            rec = self._record(self.view.currentIndex())
            if rec is not None:
                self.remove_requested.emit(rec.coding_id)
                return
        super().keyPressEvent(event)
