"""A read-only table model over a list of plain records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")

#: Role under which every row answers with its record's id.
IdRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Roles as plain ints: data() is asked a dozen roles of every cell at every paint.
_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _ID = (
    int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole), int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.TextAlignmentRole), int(IdRole))
_ROLES = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _ID})


class Column(NamedTuple, Generic[T]):
    title: str
    value: Callable[[T], Any]
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records with an ``id``; columns say what to show of them."""

    def __init__(self, columns: Sequence[Column[T]], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[T] = []

    def set_records(self, records: list[T]) -> None:
        """Show ``records``. When the rows are the same ones in the same order
        (counts changed after coding), only the changed rows are announced, so
        views keep their selection, scroll position and column widths."""
        records = list(records)
        if len(records) == len(self.records) and all(
            a.id == b.id for a, b in zip(records, self.records)  # type: ignore[attr-defined]
        ):
            changed = [i for i, (a, b) in enumerate(zip(self.records, records)) if a != b]
            self.records = records
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.columns) - 1))
            return
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def record(self, index: QModelIndex | QPersistentModelIndex) -> T | None:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        return self.records[index.row()]

    def row_of(self, record_id: int) -> int:
        for row, rec in enumerate(self.records):
            if rec.id == record_id:  # type: ignore[attr-defined]
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        rec = self.record(index)
        if rec is None or index.column() >= len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == _DISPLAY or role == _EDIT:
            return column.value(rec)
        if role == _TOOLTIP and index.column() == 0:
            return str(column.value(rec))
        if role == _ALIGNMENT and column.align_right:
            return _RIGHT
        if role == _ID:
            return rec.id  # type: ignore[attr-defined]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].title
        return None
