"""The code system panel: a filterable tree of themes, code groups and codes,
renamed in place and reorganised by drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.services.records import CodeSystem
from workbench.ui.code_tree_model import CODE, GROUP, THEME, UNGROUPED, CodeTreeModel, IdRole, KindRole


#: Above this many matching codes, a filter leaves the groups closed.
MANY_MATCHES = 300


class CodeTreePanel(QWidget):
    #: The current item changed: (kind, id); kind "" for none.
    current_item_changed = Signal(str, int)
    #: The current code changed (id, or -1 when the current item is not a code).
    current_code_changed = Signal(int)
    #: An item was activated (double-click or Enter): (kind, id).
    item_activated = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = CodeTreeModel(self)
        self.model.labels = {GROUP: self.tr("Group"), THEME: self.tr("Theme"), UNGROUPED: self.tr("Ungrouped")}
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter codes"))
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._focus_first)
        self.ungrouped_label = QLabel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("codeTree")
        self.view.setAccessibleName(self.tr("Code system"))
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.resizeSection(col, header.fontMetrics().horizontalAdvance(f"{title}") + 16)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)
        self.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.ungrouped_label)
        self._first = True
        self._before_filter: set = set()

    # --- content ------------------------------------------------------------------------
    def set_system(self, system: CodeSystem) -> None:
        expanded = self._expanded_keys()
        current = self.current_item()
        sm = self.view.selectionModel()
        blocked = sm.blockSignals(True)
        self.model.set_system(system)
        sm.blockSignals(blocked)
        if self._first and system.codes:
            self.expand_first_time()
            self._first = False
        else:
            self._expand(expanded)
        if self.model.filter_text:
            self.expand_matches()
        ungrouped = len(system.codes_of(None))
        self.ungrouped_label.setText(self.tr("Ungrouped: %n").replace("%n", str(ungrouped)))
        if current is not None and self.current_item() != current:
            if not self.select_item(*current, emit=False):
                self.current_item_changed.emit("", -1)
                self.current_code_changed.emit(-1)

    def reset_view_state(self) -> None:
        """A newly opened project starts with everything expanded."""
        self._first = True

    def _branches(self) -> list[QModelIndex]:
        """Themes, groups and Ungrouped: the rows that can open (codes cannot)."""
        return [self.model.createIndex(n.row(), 0, n) for n in self.model.branches()]

    def collapse_all(self) -> None:
        self.view.collapseAll()

    def expand_first_time(self) -> None:
        """A project's first showing: every theme and group open when the codes
        are few enough to read at a glance (a master thesis' 240); with more,
        the themes open and the groups closed, an overview rather than
        thousands of rows. Later showings return to what the user left open."""
        if len(self.model.system.codes) <= MANY_MATCHES:
            self.expand_branches()
            return
        for node in self.model.branches():
            if node.kind == THEME:
                self.view.expand(self.model.createIndex(node.row(), 0, node))

    def expand_branches(self) -> None:
        """Open every theme and group; unlike expandAll, code rows are not
        marked open, which would make the view track thousands of rows."""
        for index in self._branches():
            self.view.expand(index)

    def _expanded_keys(self) -> set[tuple[str, int | None]]:
        model, view = self.model, self.view
        return {n.key for n in model.branches() if view.isExpanded(model.createIndex(n.row(), 0, n))}

    def _expand(self, keys) -> None:
        for kind, item_id in keys:
            index = self.model.index_of(kind, item_id)
            if index.isValid():
                self.view.expand(index)

    def _filter(self, text: str) -> None:
        expanded = self._expanded_keys() if not self.model.filter_text else self._before_filter
        if not self.model.filter_text:
            self._before_filter = expanded  # restored when the filter is cleared
        self.model.set_filter(text)
        if text.strip():
            self.expand_matches()
        else:
            self._expand(self._before_filter)

    def expand_matches(self) -> None:
        """Open the groups holding matches, when they are few enough to read;
        with hundreds (the first letter typed), themes open and groups stay
        closed, which keeps typing quick."""
        branches = self.model.branches()
        shown = sum(n.count() for n in branches if n.kind != THEME)
        for node in branches:
            if shown <= MANY_MATCHES or node.kind == THEME:
                self.view.expand(self.model.createIndex(node.row(), 0, node))

    def _focus_first(self) -> None:
        index = self.model.index(0, 0)
        while index.isValid() and index.data(KindRole) != CODE and self.model.rowCount(index):
            index = self.model.index(0, 0, index)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.setFocus()

    # --- selection ------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = current.data(KindRole) or ""
        item_id = current.data(IdRole)
        self.current_item_changed.emit(kind, item_id if item_id is not None else -1)
        self.current_code_changed.emit(item_id if kind == CODE else -1)

    def _activated(self, index: QModelIndex) -> None:
        item_id = index.data(IdRole)
        self.item_activated.emit(index.data(KindRole) or "", item_id if item_id is not None else -1)

    def current_item(self) -> tuple[str, int | None] | None:
        index = self.view.currentIndex()
        return (index.data(KindRole), index.data(IdRole)) if index.isValid() else None

    def current_code_id(self) -> int | None:
        item = self.current_item()
        return item[1] if item is not None and item[0] == CODE else None

    def selected_items(self) -> list[tuple[str, int]]:
        """The selected codes, groups and themes, in the order the tree shows them."""

        def path(index: QModelIndex) -> list[int]:
            rows = []
            while index.isValid():
                rows.append(index.row())
                index = index.parent()
            return rows[::-1]

        rows = sorted(self.view.selectionModel().selectedRows(0), key=path)
        return [(i.data(KindRole), i.data(IdRole)) for i in rows if i.data(IdRole) is not None]

    def selected_code_ids(self) -> list[int]:
        return [i for k, i in self.selected_items() if k == CODE]

    def view_index(self, kind: str, item_id: int | None) -> QModelIndex:
        """The view's index of an item, clearing the filter when it hides it."""
        index = self.model.index_of(kind, item_id)
        if not index.isValid() and self.filter.text():
            self.filter.clear()  # hidden by the filter: show it
            index = self.model.index_of(kind, item_id)
        return index

    def select_item(self, kind: str, item_id: int | None, emit: bool = True) -> bool:
        index = self.view_index(kind, item_id)
        if not index.isValid():
            return False
        sm = self.view.selectionModel()
        blocked = sm.blockSignals(not emit)
        self.view.setCurrentIndex(index)
        sm.blockSignals(blocked)
        self.view.scrollTo(index)
        return True

    def select_code(self, code_id: int, emit: bool = True) -> bool:
        return self.select_item(CODE, code_id, emit)

    def edit_code_name(self, code_id: int, return_focus_to: QWidget | None = None) -> None:
        """Open a code's name for editing; when the editor closes, focus goes
        back to ``return_focus_to`` (the text the student was coding)."""
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
