"""The grouping board: codes as cards in columns, one per code group, plus
Ungrouped and the rest group. Passages stay hidden unless asked for, so the
grouping works from the codes alone, as the method intends (SDI.md, step 3).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.services.records import CodeSummary, CodeSystem, GroupInfo
from workbench.ui.code_tree_model import CODE, ITEMS_MIME, CodeTreeModel, MoveRequest, MovesByRequest
from workbench.ui.mime import CODES_MIME

IdRole = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 220


class BoardColumnModel(MovesByRequest, QAbstractListModel):
    """The codes of one column as cards; a drop becomes a move request."""

    move_requested = Signal(object)

    def __init__(self, group_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.codes: list[CodeSummary] = []

    def set_codes(self, codes: list[CodeSummary]) -> None:
        if [c.id for c in codes] == [c.id for c in self.codes]:
            changed = [i for i, (a, b) in enumerate(zip(self.codes, codes)) if a != b]
            self.codes = list(codes)
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self.codes = list(codes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.codes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.codes):
            return None
        code = self.codes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return code.name
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(code.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            #: %2: “12 passages”, %3: “3 documents”
            return self.tr("%1 — %2 in %3").replace("%2", self.tr("%Ln passage(s)", "", code.passages)) \
                .replace("%3", self.tr("%Ln document(s)", "", code.documents)).replace("%1", code.name)
        if role == IdRole:
            return code.id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(self.codes[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(ITEMS_MIME, json.dumps([[CODE, i] for i in ids]).encode())
        mime.setData(CODES_MIME, json.dumps(ids).encode())
        mime.setText("\n".join(c.name for c in self.codes if c.id in ids))
        return mime

    def drop_request(self, mime: QMimeData, row: int, parent: QModelIndex) -> MoveRequest | None:
        items = CodeTreeModel.items_from(mime)
        codes = tuple(i for k, i in items if k == CODE)
        if not codes or len(codes) != len(items):
            return None
        if parent.isValid():  # dropped onto a card: before it
            row = parent.row()
        before = self.codes[row].id if 0 <= row < len(self.codes) else None
        if before in codes:
            return None if len(codes) == 1 else MoveRequest(code_ids=codes, target_id=self.group_id)
        return MoveRequest(code_ids=codes, target_id=self.group_id, before_id=before)


class BoardColumn(QFrame):
    def __init__(self, title: str, group_id: int | None, board: GroupingBoard) -> None:
        super().__init__(board)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.model = BoardColumnModel(group_id, self)
        self.model.move_requested.connect(board.move_requested)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setIconSize(QSize(10, 10))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet(
            "QListView::item { border: 1px solid palette(mid); border-radius: 4px; padding: 4px; }"
            "QListView::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: board.card_selected(cur.data(IdRole)) if cur.isValid() else None
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.set_title(title)

    def set_title(self, title: str) -> None:
        self.name = title
        self.title.setText(f"<b>{title}</b> ({len(self.model.codes)})")


class GroupingBoard(QWidget):
    """Columns of code cards; drag cards between columns to group them."""

    move_requested = Signal(object)
    #: The selected card: (code id).
    code_selected = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("groupingBoard")
        self.passages_provider = None  # code id -> list of (document, text)
        self.counter = QLabel(self)
        self.peek_button = QPushButton(self.tr("Peek at Passages"), self)
        self.peek_button.setCheckable(True)
        self.peek_button.setToolTip(self.tr("Show the passages of the selected card (Space)"))
        self.peek_button.toggled.connect(self._peek_toggled)
        top = QHBoxLayout()
        top.addWidget(self.counter, 1)
        top.addWidget(self.peek_button)
        self.columns_widget = QWidget(self)
        self.columns_layout = QHBoxLayout(self.columns_widget)
        self.columns_layout.setContentsMargins(4, 4, 4, 4)
        self.columns_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_widget)
        self.peek = QTextBrowser(self)
        self.peek.setAccessibleName(self.tr("Passages of the selected card"))
        self.peek.hide()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(scroll)
        split.addWidget(self.peek)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)
        self.columns: list[BoardColumn] = []
        self._selected: int | None = None
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.peek_button.toggle)
        self.group_label = "Group"
        self.labels = {"ungrouped": self.tr("Ungrouped")}

    def _title(self, group: GroupInfo) -> str:
        if group.number is not None:
            return f"{self.group_label} {group.number} {group.name}"
        return group.name

    def set_system(self, system: CodeSystem) -> None:
        wanted: list[tuple[str, int | None]] = [(self.labels["ungrouped"], None)]
        for theme in system.themes:
            wanted += [(self._title(g), g.id) for g in system.groups_of(theme.id)]
        wanted += [(self._title(g), g.id) for g in system.groups_of(None)]
        if system.rest_group is not None:
            wanted.append((self._title(system.rest_group), system.rest_group.id))
        if [c.model.group_id for c in self.columns] != [gid for _t, gid in wanted]:
            for column in self.columns:
                column.setParent(None)
                column.deleteLater()
            self.columns = []
            for title, gid in wanted:
                column = BoardColumn(title, gid, self)
                self.columns_layout.insertWidget(self.columns_layout.count() - 1, column)
                self.columns.append(column)
        for column, (title, gid) in zip(self.columns, wanted):
            column.model.set_codes(system.codes_of(gid))
            column.set_title(title)
        ungrouped = len(system.codes_of(None))
        self.counter.setText(self.tr("<b>Ungrouped: %n</b> — drag every card into a group or the rest group")
                             .replace("%n", str(ungrouped)))
        self._show_peek()

    def column_of(self, group_id: int | None) -> BoardColumn | None:
        return next((c for c in self.columns if c.model.group_id == group_id), None)

    def card_selected(self, code_id: int | None) -> None:
        self._selected = code_id
        if code_id is not None:
            self.code_selected.emit(code_id)
        self._show_peek()

    def _peek_toggled(self, on: bool) -> None:
        self.peek.setVisible(on)
        if on:
            total = sum(self.split.sizes())
            self.split.setSizes([total * 3 // 4, total - total * 3 // 4])
        self._show_peek()

    def _show_peek(self) -> None:
        if not self.peek.isVisible():
            return
        if self._selected is None or self.passages_provider is None:
            self.peek.setPlainText(self.tr("Select a card to see its passages."))
            return
        from html import escape

        rows = self.passages_provider(self._selected)
        self.peek.setHtml("".join(f"<p><b>{escape(doc)}</b>: «{escape(text)}»</p>" for doc, text in rows)
                          or self.tr("No passages."))
