"""Concepts (SDI step 4) and the concept test (konsepttest): each concept
linked to the themes and groups it comes from, with a description, and the
question whether it holds beyond the people, places and times of the study."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.sdi_settings import TestTexts
from workbench.services.records import CodeSystem
from workbench.ui.sdi_wording import answer_labels, bundled_test

if TYPE_CHECKING:  # the services load after the window shows (ui/lazy.py)
    from workbench.services.sdi_tests import ConceptInfo, Verdict


class ConceptTestPage(QWidget):
    #: (concept id or None for new, name, links, description)
    save_requested = Signal(object, str, tuple, str)
    delete_requested = Signal(int)
    #: (concept id, verdict, answers, note)
    verdict_given = Signal(int, object, dict, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conceptTestPage")
        self.group_label, self.theme_label = "Group", "Theme"
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Concepts"))
        self.list.currentRowChanged.connect(lambda _r: self._show())
        new_button = QPushButton(self.tr("New Concept"), self)
        delete_button = QPushButton(self.tr("Delete Concept"), self)
        new_button.clicked.connect(self.new_concept)
        delete_button.clicked.connect(self._delete)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Concepts</b>"), self))
        left_layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(new_button)
        row.addWidget(delete_button)
        left_layout.addLayout(row)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name of the concept"))
        self.name.setAccessibleName(self.tr("Concept name"))
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("What the concept means, and how the themes point to it"))
        self.description.setAccessibleName(self.tr("Concept description"))
        self.links = QListWidget(self)
        self.links.setAccessibleName(self.tr("Themes and groups the concept comes from"))
        save_button = QPushButton(self.tr("Save Concept"), self)
        save_button.clicked.connect(self._save)
        # The question's wording is the project's (set_wording).
        self.test_box = test = QGroupBox(self)
        self.test_help = QLabel(self)
        self.test_help.setWordWrap(True)
        self.yes = QPushButton(self)
        self.no = QPushButton(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note — saved with the verdict"))
        self.note.setAccessibleName(self.tr("Note"))
        self.verdict_label = QLabel(self)
        test_layout = QVBoxLayout(test)
        test_layout.addWidget(self.test_help)
        row = QHBoxLayout()
        row.addWidget(self.yes)
        row.addWidget(self.no)
        test_layout.addLayout(row)
        test_layout.addWidget(self.note)
        test_layout.addWidget(self.verdict_label)
        self.yes.clicked.connect(lambda: self._verdict("pass"))
        self.no.clicked.connect(lambda: self._verdict("fail"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.name)
        right_layout.addWidget(self.description)
        right_layout.addWidget(QLabel(self.tr("Comes from these themes and code groups:"), self))
        right_layout.addWidget(self.links, 1)
        right_layout.addWidget(save_button)
        right_layout.addWidget(test)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Concept test</b> — SDI step 4: concepts that the themes and groups "
                                        "point to"), self))
        layout.addWidget(split)
        self.concepts: list[ConceptInfo] = []
        self.verdicts: dict[int, Verdict] = {}
        self.system: CodeSystem | None = None
        self.set_wording(bundled_test("concept_test"))

    def set_wording(self, test: TestTexts) -> None:
        """The question, its help and answers in the project's wording (Tests → Wording of the Tests)."""
        text, help_text, labels = answer_labels(test, "holds_beyond")
        if text is not None:
            self.test_box.setTitle(text)
            self.test_box.setToolTip(test.help)
            self.test_help.setText(help_text)
            self.yes.setText(labels.get("yes", "yes"))
            self.no.setText(labels.get("no", "no"))

    def set_data(self, concepts: list[ConceptInfo], verdicts: dict[int, Verdict], system: CodeSystem) -> None:
        current = self.current_concept()
        self.concepts, self.verdicts, self.system = concepts, verdicts, system
        self.list.blockSignals(True)
        self.list.clear()
        for c in concepts:
            v = verdicts.get(c.id)
            mark = {"pass": " ✓", "fail": " ✗"}.get(v.verdict if v else "", "")
            self.list.addItem(c.name + mark)
        ids = [c.id for c in concepts]
        self.list.setCurrentRow(ids.index(current.id) if current and current.id in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self._show()

    def current_concept(self) -> ConceptInfo | None:
        row = self.list.currentRow()
        return self.concepts[row] if 0 <= row < len(self.concepts) else None

    def new_concept(self) -> None:
        self.list.setCurrentRow(-1)
        self._show()
        self.name.setFocus()

    def _show(self) -> None:
        concept = self.current_concept()
        self.name.setText(concept.name if concept else "")
        self.description.setPlainText(concept.description if concept else "")
        self.links.clear()
        linked = set(concept.links) if concept else set()
        if self.system is not None:
            entries = [("theme", t.id, f"{self.theme_label} {t.number} {t.name}" if t.number else t.name)
                       for t in self.system.themes]
            entries += [("group", g.id, f"{self.group_label} {g.number} {g.name}" if g.number else g.name)
                        for g in self.system.groups if not g.is_rest]
            for kind, item_id, label in entries:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, (kind, item_id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if (kind, item_id) in linked else Qt.CheckState.Unchecked)
                self.links.addItem(item)
        verdict = self.verdicts.get(concept.id) if concept else None
        self.note.setText(verdict.note if verdict else "")
        self.verdict_label.setText(
            "" if verdict is None or not verdict.verdict
            else self.tr("Holds beyond the study") if verdict.verdict == "pass" else self.tr("Tied to this study")
        )
        for w in (self.yes, self.no, self.note):
            w.setEnabled(concept is not None)

    def checked_links(self) -> tuple:
        out = []
        for row in range(self.links.count()):
            item = self.links.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def _save(self) -> None:
        concept = self.current_concept()
        self.save_requested.emit(concept.id if concept else None, self.name.text(), self.checked_links(),
                                 self.description.toPlainText())

    def _delete(self) -> None:
        concept = self.current_concept()
        if concept is not None:
            self.delete_requested.emit(concept.id)

    def _verdict(self, verdict: str) -> None:
        concept = self.current_concept()
        if concept is not None:
            self.verdict_given.emit(concept.id, verdict, {"beyond_study": verdict == "pass"}, self.note.text())
