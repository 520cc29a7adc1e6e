"""The grouping test (grupperingstest): every code in a group or the rest
group (a counter that must reach zero), then a guided walk over the groups:
does each code belong here (move it on the spot), does the name state the
essence of all its codes (rename it on the spot); a verdict and note per group.
Findings beside it are questions, never verdicts."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.sdi_settings import TestTexts
from workbench.services.records import CodeSystem, GroupInfo
from workbench.ui.sdi_wording import answer_labels, bundled_test

if TYPE_CHECKING:  # the services load after the window shows (ui/lazy.py)
    from workbench.services.sdi_tests import Verdict


class GroupingTestPage(QWidget):
    #: (group id, verdict, answers, note)
    verdict_given = Signal(int, object, dict, str)
    #: (code ids, target group id): move codes that do not belong.
    move_requested = Signal(list, int)
    #: (group id, new name)
    rename_requested = Signal(int, str)
    #: Open the grouping board to group the ungrouped codes.
    board_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("groupingTestPage")
        self.group_label = "Group"
        self.counter = QLabel(self)
        self.board_button = QPushButton(self.tr("Group Them on the Board"), self)
        self.board_button.clicked.connect(self.board_requested)
        top = QHBoxLayout()
        self.test_name = QLabel(self)
        top.addWidget(self.test_name)
        top.addWidget(self.counter, 1)
        top.addWidget(self.board_button)
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.progress = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)

        self.codes = QListWidget(self)
        self.codes.setAccessibleName(self.tr("Codes of the group"))
        self.codes.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Move to group"))
        self.move_button = QPushButton(self.tr("M  Move Selected Codes"), self)
        self.move_button.clicked.connect(self._move)
        # The questions' wording is the project's (set_wording).
        self.belong_box = belong = QGroupBox(self)
        self.belong_help = QLabel(self)
        self.belong_help.setWordWrap(True)
        belong_layout = QVBoxLayout(belong)
        belong_layout.addWidget(self.belong_help)
        belong_layout.addWidget(self.codes)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.move_button)
        belong_layout.addLayout(row)

        self.essence_box = essence = QGroupBox(self)
        self.essence_help = QLabel(self)
        self.essence_help.setWordWrap(True)
        self.yes = QPushButton(self)
        self.no = QPushButton(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.returnPressed.connect(self._rename)
        essence_layout = QVBoxLayout(essence)
        essence_layout.addWidget(self.essence_help)
        row = QHBoxLayout()
        row.addWidget(self.yes)
        row.addWidget(self.no)
        essence_layout.addLayout(row)
        essence_layout.addWidget(self.name)
        self.yes.clicked.connect(lambda: self.answer("yes"))
        self.no.clicked.connect(lambda: self.answer("no"))

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note on this group — saved with the verdict"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.editingFinished.connect(self._note_done)
        nav = QHBoxLayout()
        prev_button = QPushButton(self.tr("← Previous group"), self)
        next_button = QPushButton(self.tr("Next group →"), self)
        prev_button.clicked.connect(lambda: self.step(-1))
        next_button.clicked.connect(lambda: self.step(1))
        nav.addWidget(prev_button)
        nav.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.findings)
        layout.addWidget(self.title)
        layout.addWidget(belong, 1)
        layout.addWidget(essence)
        layout.addWidget(self.note)
        layout.addLayout(nav)
        for key, slot in {"1": lambda: self.answer("yes"), "2": lambda: self.answer("no"),
                          "M": self._move, "Right": lambda: self.step(1), "Left": lambda: self.step(-1)}.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.system: CodeSystem | None = None
        self.verdicts: dict[int, Verdict] = {}
        self.groups: list[GroupInfo] = []
        self.position = 0
        self.group_findings: dict[int, list[str]] = {}
        self.set_wording(bundled_test("grouping_test"))

    def set_wording(self, test: TestTexts) -> None:
        """The test's name, questions, help and answers in the project's wording
        (Tests → Wording of the Tests); the keys stay 1 and 2."""
        self.test_name.setText(f"<b>{escape(test.name)}</b>")
        self.test_name.setToolTip(test.help)
        text, help_text, _labels = answer_labels(test, "code_belongs")
        if text is not None:
            self.belong_box.setTitle(text)
            self.belong_help.setText(help_text)
        text, help_text, labels = answer_labels(test, "name_essence")
        if text is not None:
            self.essence_box.setTitle(text)
            self.essence_help.setText(help_text)
            self.yes.setText(f"1  {labels.get('yes', 'yes')}")
            self.no.setText(f"2  {labels.get('no', 'no')}")

    def _group_title(self, group: GroupInfo) -> str:
        return f"{self.group_label} {group.number} {group.name}" if group.number is not None else group.name

    def set_data(self, system: CodeSystem, verdicts: dict[int, Verdict], project_findings: list[str],
                 group_findings: dict[int, list[str]]) -> None:
        current = self.current_group_id()
        self.system, self.verdicts, self.group_findings = system, verdicts, group_findings
        self.groups = [g for t in system.themes for g in system.groups_of(t.id)] + system.groups_of(None)
        if system.rest_group is not None:
            self.groups.append(system.rest_group)
        ids = [g.id for g in self.groups]
        self.position = ids.index(current) if current in ids else 0
        ungrouped = len(system.codes_of(None))
        self.counter.setText(
            self.tr("<b>Ungrouped codes: %n</b>").replace("%n", str(ungrouped))
            + (self.tr(" — every code must end in a group or the rest group") if ungrouped else " ✓")
        )
        self.board_button.setVisible(ungrouped > 0)
        self.findings.setText("".join(f"<p>❓ {escape(f)}</p>" for f in project_findings))
        self._show()

    def current_group_id(self) -> int | None:
        return self.groups[self.position].id if 0 <= self.position < len(self.groups) else None

    def _show(self) -> None:
        tested = sum(1 for v in self.verdicts.values() if v.verdict)
        self.progress.setText(self.tr("%1 / %Ln group(s) tested", "", len(self.groups)).replace("%1", str(tested)))
        group = self.groups[self.position] if self.groups else None
        self.codes.clear()
        self.target.clear()
        if group is None or self.system is None:
            self.title.setText(self.tr("<h2>No code groups yet.</h2>"))
            return
        verdict = self.verdicts.get(group.id)
        state = ""
        if verdict is not None and verdict.verdict:
            state = self.tr("passed") if verdict.verdict == "pass" else self.tr("failed")
        questions = "".join(f"<p>❓ {escape(f)}</p>" for f in self.group_findings.get(group.id, []))
        self.title.setText(f"<h2>{escape(self._group_title(group))}</h2><i>{escape(state)}</i>{questions}")
        for code in self.system.codes_of(group.id):
            item = QListWidgetItem(code.name)
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            self.codes.addItem(item)
        for other in self.groups:
            if other.id != group.id:
                self.target.addItem(self._group_title(other), other.id)
        if self.name.text() != group.name and not self.name.hasFocus():
            self.name.setText(group.name)
        self.note.setText(verdict.note if verdict else "")

    def answer(self, value: str) -> None:
        group_id = self.current_group_id()
        if group_id is None:
            return
        if value == "no":
            self.name.setFocus()
            self.name.selectAll()
        verdict = "pass" if value == "yes" else "fail"
        self.verdict_given.emit(group_id, verdict, {"essence": value}, self.note.text())
        if value == "yes":
            self.step(1)

    def _move(self) -> None:
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.codes.selectedItems()]
        target = self.target.currentData()
        if ids and target is not None:
            self.move_requested.emit(ids, target)

    def _rename(self) -> None:
        group_id = self.current_group_id()
        name = self.name.text().strip()
        if group_id is not None and name and name != self.groups[self.position].name:
            self.rename_requested.emit(group_id, name)

    def _note_done(self) -> None:
        group_id = self.current_group_id()
        verdict = self.verdicts.get(group_id) if group_id is not None else None
        if group_id is not None and self.note.text() != (verdict.note if verdict else ""):
            self.verdict_given.emit(group_id, verdict.verdict if verdict else None,
                                    verdict.answers if verdict else {}, self.note.text())

    def step(self, delta: int) -> None:
        if self.groups:
            self.position = max(0, min(len(self.groups) - 1, self.position + delta))
            self.name.clear()
            self._show()
