"""Edit -> Find and Replace in Documents: preview every hit, then replace all
(for pseudonymising names before sharing, or a word misheard throughout)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from workbench.domain.naming import collapse_whitespace
from workbench.services.errors import ServiceError
from workbench.ui.lazy import text_editing

if TYPE_CHECKING:  # the services load after the window shows (ui/lazy.py)
    from workbench.services.project import Project
    from workbench.services.text_editing import Hit


class FindReplaceDialog(QDialog):
    #: (needle, replacement, case sensitive, whole words, in code names)
    replace_requested = Signal(str, str, bool, bool, bool)
    #: Jump to a hit: (document id, start, end)
    jump_requested = Signal(int, int, int)
    #: Code every hit shown with a code the user picks: (list of Hit).
    code_hits_requested = Signal(list)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search and Replace in Documents"))
        self.project = project
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.whole = QCheckBox(self.tr("Whole words"), self)
        self.whole.setChecked(True)
        self.in_codes = QCheckBox(self.tr("Also in code names"), self)
        self.in_codes.setChecked(True)
        self.in_codes.setToolTip(self.tr("In-vivo codes often hold the names you replace in the text."))
        form = QFormLayout()
        form.addRow(self.tr("Find:"), self.find_edit)
        form.addRow(self.tr("Replace with:"), self.replace_edit)
        form.addRow("", self.case)
        form.addRow("", self.whole)
        form.addRow("", self.in_codes)
        self.summary = QLabel(self)
        self.hits_list = QListWidget(self)
        self.hits_list.setAccessibleName(self.tr("Occurrences"))
        self.hits_list.itemActivated.connect(self._jump)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.replace_button = QPushButton(self.tr("Replace All"), self)
        self.buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.code_button = QPushButton(self.tr("Code All Hits With…"), self)
        self.buttons.addButton(self.code_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.code_button.clicked.connect(lambda: self.code_hits_requested.emit(list(self.hits)))
        self.buttons.rejected.connect(self.reject)
        self.replace_button.clicked.connect(self._replace)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.hits_list, 1)
        layout.addWidget(self.buttons)
        for widget in (self.find_edit, self.replace_edit):
            widget.textChanged.connect(self.preview)
        for box in (self.case, self.whole):
            box.toggled.connect(self.preview)
        self.hits: list[Hit] = []
        self.resize(640, 480)
        self.preview()

    def preview(self) -> None:
        """List every occurrence with its context and what it becomes."""
        self.hits_list.clear()
        needle = self.find_edit.text()
        try:
            self.hits = text_editing.find_text(self.project, needle, self.case.isChecked(), self.whole.isChecked()) if needle else []
        except ServiceError:
            self.hits = []
        replacement = self.replace_edit.text()
        for hit in self.hits[:1000]:
            label = QLabel(
                f"<b>{escape(hit.document)}</b>: …{escape(collapse_whitespace(hit.before))} "
                f"<s>{escape(hit.match)}</s> <u>{escape(replacement)}</u> {escape(collapse_whitespace(hit.after))}…"
            )
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (hit.document_id, hit.start, hit.end))
            item.setSizeHint(label.sizeHint())
            self.hits_list.addItem(item)
            self.hits_list.setItemWidget(item, label)
        docs = len({h.document_id for h in self.hits})
        self.summary.setText(
            #: %1: “5 occurrences”, %2: “2 documents”
            self.tr("%1 in %2").replace("%1", self.tr("%Ln occurrence(s)", "", len(self.hits)))
            .replace("%2", self.tr("%Ln document(s)", "", docs))
            if needle else ""
        )
        self.replace_button.setEnabled(bool(self.hits) or (bool(needle) and self.in_codes.isChecked()))
        self.code_button.setEnabled(bool(self.hits))

    def _jump(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(*item.data(Qt.ItemDataRole.UserRole))

    def _replace(self) -> None:
        self.replace_requested.emit(
            self.find_edit.text(), self.replace_edit.text(), self.case.isChecked(), self.whole.isChecked(),
            self.in_codes.isChecked(),
        )
        self.preview()
