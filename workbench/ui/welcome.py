"""What the window shows with no project open: where to start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("<h1>Stegvis</h1>"), self)
        intro = QLabel(
            self.tr(
                "<p>Code your interviews close to the data, gather the codes in code groups and themes, "
                "and test them the way stepwise-deductive induction asks.</p>"
                "<p>Start a project and import your transcripts, or look around the demo project: "
                "six interviews from a master thesis with its 240 codes.</p>"
            ),
            self,
        )
        intro.setWordWrap(True)
        steps = QLabel(self.steps_html(), self)
        steps.setWordWrap(True)
        steps.setObjectName("sdiSteps")
        self.new_button = QPushButton(self.tr("New Project…"), self)
        self.open_button = QPushButton(self.tr("Open Project…"), self)
        self.demo_button = QPushButton(self.tr("Open the Demo Project"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.recent_label = QLabel(self.tr("<b>Recent projects</b>"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))

        inner = QVBoxLayout()
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(buttons)
        inner.addWidget(steps)
        inner.addSpacing(16)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent, 1)
        box = QWidget(self)
        box.setLayout(inner)
        box.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)

    def steps_html(self) -> str:
        """Tjora's steps, three lines each, for a first-time user."""
        steps = [
            (self.tr("Code close to the data"),
             self.tr("Read each transcript to the end and code the informants' own words (in vivo, Ctrl+I).<br>"
                     "Reuse codes and add new ones as you go.<br>"
                     "A good code tells what was said, not only what was talked about.")),
            (self.tr("Group the codes"),
             self.tr("Gather codes with a thematic connection in code groups; set the rest aside in the rest "
                     "group.<br>Name each group after the essence of its codes.<br>"
                     "Gather the groups in a few themes for the analysis chapter.")),
            (self.tr("Test each step"),
             self.tr("The code test: could the code have been made before the coding?<br>"
                     "The grouping test: does every code belong in its group?<br>"
                     "The concept test: does the concept hold beyond this study?")),
        ]
        return "".join(f"<p><b>{title}</b><br>{body}</p>" for title, body in steps)

    def set_recent(self, paths: list[str], states: dict[str, dict] | None = None) -> None:
        """Recent projects with where they are, when last opened and their size;
        a file that has gone is marked and cannot be opened."""
        self.recent.clear()
        states = states or {}
        for path in paths:
            exists = Path(path).exists()
            state = states.get(path, {})
            details = []
            if state.get("opened"):
                details.append(self.tr("opened %s") % state["opened"].replace("T", " "))
            if "documents" in state:
                details.append(self.tr("%Ln document(s)", "", state["documents"]))
                details.append(self.tr("%Ln code(s)", "", state.get("codes", 0)))
            label = f"{Path(path).name}  —  {Path(path).parent}" + (f"\n{', '.join(details)}" if details else "")
            item = QListWidgetItem(label if exists else self.tr("%s (missing)") % label)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
