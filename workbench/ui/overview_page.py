"""The SDI overview: the steps of the method with their figures and how the
tests stand, each a click away from the place to act."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class OverviewPage(QWidget):
    #: Where to go to act: "documents", "code_test", "board", "grouping_test", "concepts", "codes".
    go_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.grid = QGridLayout()
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        steps = [
            ("documents", self.tr("1. Transcripts"), self.tr("Show Documents")),
            ("codes", self.tr("2. Empirically close codes"), self.tr("Show Codes")),
            ("code_test", self.tr("Code test"), self.tr("Run the Code Test")),
            ("board", self.tr("3. Code groups and themes"), self.tr("Open the Grouping Board")),
            ("grouping_test", self.tr("Grouping test"), self.tr("Run the Grouping Test")),
            ("concepts", self.tr("4. Concepts and the concept test"), self.tr("Open Concepts")),
        ]
        for row, (key, title, action) in enumerate(steps):
            name = QLabel(f"<b>{escape(title)}</b>", self)
            figures = QLabel(self)
            figures.setWordWrap(True)
            button = QPushButton(action, self)
            button.clicked.connect(lambda _=False, k=key: self.go_requested.emit(k))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(figures, row, 1)
            self.grid.addWidget(button, row, 2)
            self.rows[key] = (name, figures)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Where the analysis stands</h2>"
                                        "<p>Stepwise-deductive induction: up from the data step by step, "
                                        "and a test back down at each step.</p>"), self))
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def set_figures(self, figures: dict[str, str]) -> None:
        for key, (_name, label) in self.rows.items():
            label.setText(figures.get(key, ""))
