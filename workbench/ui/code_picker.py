"""Pick a code by typing part of its name (or name a new one)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout

from workbench.services.records import CodeSummary

IdRole = Qt.ItemDataRole.UserRole + 1


class CodePicker(QDialog):
    """Type to filter; Up/Down to choose; Enter codes with the chosen code.

    When nothing matches, Enter creates a code with the typed name."""

    def __init__(self, codes: list[CodeSummary], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Code with existing code"))
        self.codes = codes
        self.names = QStringListModel([c.name for c in codes], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.names)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type part of a code's name…"))
        self.edit.setAccessibleName(self.tr("Code name"))
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Matching codes"))
        self.hint = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(520, 420)

        self.edit.textChanged.connect(self._filter)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        self.edit.installEventFilter(self)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.hint.setText(self.tr("Enter codes the passage with the highlighted code."))
        elif text.strip():
            self.hint.setText(self.tr("No code matches: Enter creates the code “%s”.") % text.strip())
        else:
            self.hint.setText("")

    def eventFilter(self, obj, event) -> bool:
        # Up/Down in the text box move through the list, so hands stay on the keys.
        if obj is self.edit and event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.proxy.rowCount():
                self.list.setCurrentIndex(self.proxy.index(row, 0))
            return True
        return super().eventFilter(obj, event)

    def chosen_code(self) -> CodeSummary | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.proxy.rowCount():
            return None
        return self.codes[self.proxy.mapToSource(index).row()]

    def new_name(self) -> str | None:
        """The typed name, when no existing code matches it."""
        if self.proxy.rowCount():
            return None
        return self.edit.text().strip() or None
