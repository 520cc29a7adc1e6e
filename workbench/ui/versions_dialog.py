"""File -> Versions: named versions kept in the project: compare them with each
other or with now, open one to read, restore one, delete; revision notes."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from workbench.domain.revisions import revision_lines

if TYPE_CHECKING:  # the services load after the window shows (ui/lazy.py)
    from workbench.services.versions import VersionInfo


class SaveVersionDialog(QDialog):
    def __init__(self, suggestion: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save Version"))
        self.label = QLineEdit(suggestion, self)
        self.label.setAccessibleName(self.tr("Label"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What this version is, e.g. “before the meeting with my supervisor”"))
        form = QFormLayout()
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


def diff_html(changes: dict, lang: str = "en") -> str:
    parts = []
    for style, text in revision_lines(changes, lang):
        if style.startswith("Heading"):
            parts.append(f"<h3>{escape(text)}</h3>")
        elif style == "List Bullet":
            parts.append(f"<li>{escape(text)}</li>")
        else:
            parts.append(f"<p>{escape(text)}</p>")
    return "".join(parts)


class VersionsDialog(QDialog):
    #: (from label, to label or None for now)
    compare_requested = Signal(str, object)
    open_requested = Signal(str)
    restore_requested = Signal(str)
    delete_requested = Signal(str)
    notes_requested = Signal(str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions"))
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Version"), self.tr("Saved"), self.tr("Codes"), self.tr("Groups"),
                                   self.tr("Note")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.changes = QTextBrowser(self)
        self.changes.setAccessibleName(self.tr("What changed"))
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, label in (("compare", self.tr("Compare with Now")), ("compare2", self.tr("Compare the Two")),
                           ("open", self.tr("Open to Read")), ("restore", self.tr("Restore…")),
                           ("notes", self.tr("Revision Notes…")), ("delete", self.tr("Delete"))):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, k=key: self._act(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.changes)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.list.itemSelectionChanged.connect(self._enable)
        self.resize(820, 560)
        self._enable()

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.list.clear()
        locale = QLocale()
        for v in versions:
            item = QTreeWidgetItem([v.label, locale.toString(v.saved_at, QLocale.FormatType.ShortFormat),
                                    str(v.summary.get("codes", "")), str(v.summary.get("groups", "")), v.note])
            item.setData(0, Qt.ItemDataRole.UserRole, v.label)
            self.list.addTopLevelItem(item)
        for col in range(4):
            self.list.resizeColumnToContents(col)
        self._enable()

    def selected_labels(self) -> list[str]:
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def _enable(self) -> None:
        n = len(self.selected_labels())
        for key, button in self.buttons.items():
            button.setEnabled(n == 2 if key == "compare2" else n == 1)

    def show_changes(self, changes: dict, lang: str) -> None:
        self.changes.setHtml(diff_html(changes, lang))

    def _act(self, key: str) -> None:
        labels = self.selected_labels()
        if key == "compare2" and len(labels) == 2:
            order = [self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                     for i in range(self.list.topLevelItemCount())]
            first, second = sorted(labels, key=order.index)
            self.compare_requested.emit(first, second)
            return
        if len(labels) != 1:
            return
        label = labels[0]
        {"compare": lambda: self.compare_requested.emit(label, None),
         "open": lambda: self.open_requested.emit(label),
         "restore": lambda: self.restore_requested.emit(label),
         "notes": lambda: self.notes_requested.emit(label, None),
         "delete": lambda: self.delete_requested.emit(label)}[key]()
