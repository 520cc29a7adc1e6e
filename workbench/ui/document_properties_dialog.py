"""A document's properties: name, role, case attributes, memo, and where it came from."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.services.records import ROLES, DocumentProperties


def role_labels(tr) -> dict[str, str]:
    return {"transcript": tr("Transcript"), "interview_guide": tr("Interview guide"), "field_note": tr("Field note")}


class DocumentPropertiesDialog(QDialog):
    def __init__(self, props: DocumentProperties, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document Properties"))
        self.props = props
        self.name = QLineEdit(props.name, self)
        self.role = QComboBox(self)
        for key, label in role_labels(self.tr).items():
            self.role.addItem(label, key)
        self.role.setCurrentIndex(ROLES.index(props.role) if props.role in ROLES else 0)
        self.attributes = QTableWidget(0, 2, self)
        self.attributes.setHorizontalHeaderLabels([self.tr("Attribute"), self.tr("Value")])
        self.attributes.horizontalHeader().setStretchLastSection(True)
        self.attributes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attributes.setAccessibleName(self.tr("Case attributes"))
        for key, value in props.attributes:
            self._add_row(key, value)
        add = QPushButton(self.tr("Add Attribute"), self)
        remove = QPushButton(self.tr("Remove Attribute"), self)
        add.clicked.connect(lambda: self._add_row("", "", edit=True))
        remove.clicked.connect(lambda: self.attributes.removeRow(self.attributes.currentRow()))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        self.memo = QPlainTextEdit(props.memo, self)
        self.memo.setAccessibleName(self.tr("Memo"))
        imported = QLocale().toString(props.imported_at, QLocale.FormatType.ShortFormat) if props.imported_at else ""
        source = QLabel(self.tr("%1, imported %2").replace("%1", props.source_name or "—").replace("%2", imported), self)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Source:"), source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Case attributes (for example Municipality size = Medium):"), self))
        layout.addWidget(self.attributes)
        layout.addLayout(buttons_row)
        layout.addWidget(QLabel(self.tr("Memo:"), self))
        layout.addWidget(self.memo)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(520, 560)

    def _add_row(self, key: str, value: str, edit: bool = False) -> None:
        row = self.attributes.rowCount()
        self.attributes.insertRow(row)
        self.attributes.setItem(row, 0, QTableWidgetItem(key))
        self.attributes.setItem(row, 1, QTableWidgetItem(value))
        if edit:
            self.attributes.setCurrentCell(row, 0)
            self.attributes.editItem(self.attributes.item(row, 0))

    def result_properties(self) -> DocumentProperties:
        attrs = []
        for row in range(self.attributes.rowCount()):
            key = self.attributes.item(row, 0)
            value = self.attributes.item(row, 1)
            if key is not None and key.text().strip():
                attrs.append((key.text(), value.text() if value is not None else ""))
        return self.props.edited(
            name=self.name.text(), role=self.role.currentData(), attributes=tuple(attrs),
            memo=self.memo.toPlainText(),
        )
