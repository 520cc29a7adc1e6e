"""File -> Export: the codebook (Word, Excel, CSV) and the quotes report, with
the options a thesis needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)


class ExportDialog(QDialog):
    """Options for one export; ``kind`` is "codebook" or "quotes"."""

    def __init__(self, kind: str, suggested: Path, language: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Export Codebook") if kind == "codebook" else self.tr("Export Quotes"))
        self.path = QLineEdit(str(suggested), self)
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.language = QComboBox(self)
        self.language.addItem("Norsk (bokmål)", "nb")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "nb" else 1)
        self.layout_choice = QComboBox(self)
        self.layout_choice.addItem(self.tr("Appendix: Tema / Kodegruppe / Kode"), "appendix")
        self.layout_choice.addItem(self.tr("Tables: code groups, and themes with groups and codes"), "table")
        self.quotes = QSpinBox(self)
        self.quotes.setRange(0, 20)
        self.descriptions = QCheckBox(self.tr("Descriptions of codes and groups"), self)
        self.memos = QCheckBox(self.tr("Memos"), self)
        self.counts = QCheckBox(self.tr("Counts of passages and informants"), self)
        self.summary = QCheckBox(self.tr("A summary paragraph with the numbers, for the method chapter"), self)
        self.summary.setChecked(True)
        self.open_after = QCheckBox(self.tr("Open the file when done"), self)
        self.open_after.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Language:"), self.language)
        if kind == "codebook":
            form.addRow(self.tr("Layout:"), self.layout_choice)
            form.addRow(self.tr("Example quotes per code:"), self.quotes)
            for box in (self.descriptions, self.memos, self.counts, self.summary):
                form.addRow("", box)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        filters = (self.tr("Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)") if self.kind == "codebook"
                   else self.tr("Word (*.docx)"))
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), filters)
        if path:
            self.path.setText(path)

    def options(self) -> dict:
        options = {"lang": self.language.currentData()}
        if self.kind == "codebook":
            options.update(layout=self.layout_choice.currentData(), quotes=self.quotes.value(),
                           descriptions=self.descriptions.isChecked(), memos=self.memos.isChecked(),
                           counts=self.counts.isChecked(), summary=self.summary.isChecked())
        return options
