"""The command palette (Ctrl+Shift+P): type a few letters of any action, code
or document and press Enter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout


@dataclass(frozen=True)
class Entry:
    label: str
    detail: str
    run: Callable[[], None]


def fuzzy_score(query: str, text: str) -> float:
    """How well ``query`` matches ``text``: every query letter in order (0 if
    not), better for contiguous runs and an early start."""
    q, t = query.casefold().strip(), text.casefold()
    if not q:
        return 1.0
    if q in t:
        return 100.0 - t.index(q) * 0.1
    score, at, run = 0.0, -1, 0
    for ch in q:
        found = t.find(ch, at + 1)
        if found < 0:
            return 0.0
        run = run + 1 if found == at + 1 else 1
        score += run
        at = found
    return score / (1 + at * 0.01)


class CommandPalette(QDialog):
    def __init__(self, entries: list[Entry], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command Palette"))
        self.entries = entries
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type an action, a code or a document…"))
        self.edit.setAccessibleName(self.tr("Search actions, codes and documents"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Matches"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self._filter)
        self.edit.returnPressed.connect(self._run_current)
        self.list.itemActivated.connect(lambda _i: self._run_current())
        self.edit.installEventFilter(self)
        self.resize(560, 420)
        self._filter("")

    def _filter(self, query: str) -> None:
        self.list.clear()
        scored = [(fuzzy_score(query, f"{e.label} {e.detail}"), i) for i, e in enumerate(self.entries)]
        for score, i in sorted((s for s in scored if s[0] > 0), key=lambda s: -s[0])[:200]:
            entry = self.entries[i]
            item = QListWidgetItem(f"{entry.label}    {entry.detail}" if entry.detail else entry.label)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        entry = self.entries[item.data(Qt.ItemDataRole.UserRole)]
        self.accept()
        entry.run()
