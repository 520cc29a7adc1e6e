"""The codes panel: every code with its passage and document counts,
filtered as you type, renamed in place, dragged onto text to code it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from workbench.services.records import CodeSummary
from workbench.ui.mime import CODES_MIME, codes_mime
from workbench.ui.table_model import Column, IdRole, RecordTableModel


class CodesModel(RecordTableModel[CodeSummary]):
    #: (code id, new name): the user finished editing a name.
    rename_requested = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Code"), lambda c: c.name),
                Column(self.tr("Passages"), lambda c: c.passages, align_right=True),
                Column(self.tr("Docs"), lambda c: c.documents, align_right=True),
            ],
            parent,
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            rec = self.record(index)
            return QColor(rec.colour) if rec else None
        return super().data(index, role)

    def flags(self, index):
        flags = super().flags(index)
        if not index.isValid():
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        rec = self.record(index)
        if rec is None or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        name = str(value).strip()
        if name and name != rec.name:
            # The change goes through an undoable command, which resets this model;
            # let the editor close first.
            QTimer.singleShot(0, lambda: self.rename_requested.emit(rec.id, name))
        return True

    def mimeTypes(self) -> list[str]:
        return [CODES_MIME]

    def mimeData(self, indexes) -> object:
        recs: list[CodeSummary] = []
        for index in indexes:
            rec = self.record(index)
            if rec is not None and rec not in recs:
                recs.append(rec)
        return codes_mime([r.id for r in recs], [r.name for r in recs])

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction


class CodesPanel(QWidget):
    """Filter box above the code list."""

    #: The current code changed (id, or -1 for none).
    current_code_changed = Signal(int)
    #: A code was activated (double-click or Enter).
    code_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = CodesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter codes"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTreeView(self)
        self.view.setObjectName("codesView")
        self.view.setAccessibleName(self.tr("Codes"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda idx: self.code_activated.emit(idx.data(IdRole)))

        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.filter.returnPressed.connect(self._focus_first)

    def _focus_first(self) -> None:
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code_id = current.data(IdRole)
        self.current_code_changed.emit(code_id if code_id is not None else -1)

    def set_codes(self, codes: list[CodeSummary]) -> None:
        keep = self.current_code_id()
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.set_records(codes)
        self.view.selectionModel().blockSignals(blocker)
        if keep is not None and self.select_code(keep, emit=False):
            return
        self.current_code_changed.emit(-1)

    def current_code_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_code_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows(0)
        return [idx.data(IdRole) for idx in rows]

    def proxy_index(self, code_id: int) -> QModelIndex:
        row = self.model.row_of(code_id)
        if row < 0:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and self.filter.text():
            self.filter.clear()  # the code is hidden by the filter: show it
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index

    def select_code(self, code_id: int, emit: bool = True) -> bool:
        index = self.proxy_index(code_id)
        if not index.isValid():
            return False
        sm = self.view.selectionModel()
        blocker = sm.blockSignals(not emit)
        self.view.setCurrentIndex(index)
        sm.blockSignals(blocker)
        self.view.scrollTo(index)
        return True

    def edit_code_name(self, code_id: int, return_focus_to: QWidget | None = None) -> None:
        """Open the name of a code for editing; when the editor closes, focus
        goes back to ``return_focus_to`` (the text the student was coding)."""
        if not self.select_code(code_id):
            return
        self.view.setFocus()
        self.view.edit(self.view.currentIndex())
        if return_focus_to is not None:
            delegate = self.view.itemDelegate()

            def give_back(*_args) -> None:
                delegate.closeEditor.disconnect(give_back)
                return_focus_to.setFocus()

            delegate.closeEditor.connect(give_back)
