"""The code test (kodetest), guided and keyboard-driven: for each code, its
passages with who said them, hints beside the questions (never verdicts),
Q1 and Q2, a note, and on a fail the ways to mend the code."""

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
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.sdi_settings import TestTexts
from workbench.services.records import CodeSummary, Passage
from workbench.ui.sdi_wording import answer_labels, bundled_test

if TYPE_CHECKING:  # the services load after the window shows (ui/lazy.py)
    from workbench.services.sdi_tests import Verdict

MODES = ("untested", "all", "failed")


class CodeTestPage(QWidget):
    #: (code id, verdict "pass"/"fail"/None, answers, note): record it.
    verdict_given = Signal(int, object, dict, str)
    #: Mend a failed code: (action, code id), action in rename, merge, rest, delete.
    mend_requested = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTestPage")
        self.passages_provider = None  # code id -> list[Passage]
        self.hints_provider = None  # code id -> list[str]
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Untested codes first"), "untested")
        self.mode.addItem(self.tr("All codes"), "all")
        self.mode.addItem(self.tr("Failed codes"), "failed")
        self.mode.setAccessibleName(self.tr("Which codes to test"))
        self.mode.currentIndexChanged.connect(lambda _i: self.restart())
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        top = QHBoxLayout()
        self.test_name = QLabel(self)
        top.addWidget(self.test_name)
        top.addWidget(self.mode)
        top.addStretch(1)
        top.addWidget(self.progress_label)

        self.code_label = QLabel(self)
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_label = QLabel(self)
        self.passages = QTextBrowser(self)
        self.passages.setAccessibleName(self.tr("Passages of the code"))
        self.hints = QLabel(self)
        self.hints.setWordWrap(True)
        self.hints.setAccessibleName(self.tr("Hints"))

        # The questions' wording is the project's (set_wording).
        self.q1_box = QGroupBox(self)
        self.q1_yes = QPushButton(self)
        self.q1_no = QPushButton(self)
        self.q1_help = QLabel(self)
        self.q1_help.setWordWrap(True)
        q1 = QVBoxLayout(self.q1_box)
        q1.addWidget(self.q1_help)
        row = QHBoxLayout()
        row.addWidget(self.q1_yes)
        row.addWidget(self.q1_no)
        q1.addLayout(row)
        self.q2_box = QGroupBox(self)
        self.q2_said = QPushButton(self)
        self.q2_topic = QPushButton(self)
        self.q2_help = QLabel(self)
        self.q2_help.setWordWrap(True)
        q2 = QVBoxLayout(self.q2_box)
        q2.addWidget(self.q2_help)
        row = QHBoxLayout()
        row.addWidget(self.q2_said)
        row.addWidget(self.q2_topic)
        q2.addLayout(row)

        self.mend_box = QGroupBox(self.tr("The code failed. Mend it, or keep it for now:"), self)
        mend = QHBoxLayout(self.mend_box)
        self.mend_buttons = {}
        for action, label in (("rename", self.tr("R  Rename…")), ("merge", self.tr("M  Merge into…")),
                              ("rest", self.tr("G  To the rest group")), ("delete", self.tr("Del  Delete"))):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, a=action: self._mend(a))
            mend.addWidget(button)
            self.mend_buttons[action] = button

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (why this verdict) — saved with it"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.editingFinished.connect(self._note_done)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("← Previous"), self)
        self.next_button = QPushButton(self.tr("Next →"), self)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.code_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.passages, 1)
        layout.addWidget(self.hints)
        layout.addWidget(self.q1_box)
        layout.addWidget(self.q2_box)
        layout.addWidget(self.mend_box)
        layout.addWidget(self.note)
        layout.addLayout(nav)

        self.q1_yes.clicked.connect(lambda: self.answer("q1", "yes"))
        self.q1_no.clicked.connect(lambda: self.answer("q1", "no"))
        self.q2_said.clicked.connect(lambda: self.answer("q2", "said"))
        self.q2_topic.clicked.connect(lambda: self.answer("q2", "talked_about"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        keys = {
            "1": self._key_first, "2": self._key_second, "Right": lambda: self.step(1),
            "Left": lambda: self.step(-1), "Return": lambda: self.step(1), "R": lambda: self._mend("rename"),
            "M": lambda: self._mend("merge"), "G": lambda: self._mend("rest"), "Delete": lambda: self._mend("delete"),
        }
        self._shortcuts = []
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        self.codes: list[CodeSummary] = []
        self.verdicts: dict[int, Verdict] = {}
        self.order: list[int] = []
        self.position = 0
        self.answers: dict[str, str] = {}
        self.set_wording(bundled_test("code_test"))

    def set_wording(self, test: TestTexts) -> None:
        """The test's name, questions, help and answers in the project's wording
        (Tests → Wording of the Tests); the keys stay 1 and 2."""
        self.test_name.setText(f"<b>{escape(test.name)}</b>")
        self.test_name.setToolTip(test.help)
        for number, box, help_label, buttons in (
                (1, self.q1_box, self.q1_help, {"yes": self.q1_yes, "no": self.q1_no}),
                (2, self.q2_box, self.q2_help, {"said": self.q2_said, "talked_about": self.q2_topic})):
            text, help_text, labels = answer_labels(test, f"q{number}")
            if text is None:
                continue
            box.setTitle(self.tr("Q%1: %2").replace("%1", str(number)).replace("%2", text))
            help_label.setText(help_text)
            for key, (answer, button) in enumerate(buttons.items(), 1):
                button.setText(f"{key}  {labels.get(answer, answer)}")

    # --- content ---------------------------------------------------------------------
    def set_data(self, codes: list[CodeSummary], verdicts: dict[int, Verdict]) -> None:
        """New codes or verdicts: keep the place, refresh the view."""
        current = self.current_code_id()
        self.codes = codes
        self.verdicts = verdicts
        if not self.order or current not in {c.id for c in codes}:
            self.restart()
            return
        self.order = [i for i in self.order if i in {c.id for c in codes}]
        self.position = self.order.index(current) if current in self.order else 0
        self._show(keep_answers=True)

    def restart(self) -> None:
        mode = self.mode.currentData() or "untested"
        ids = [c.id for c in self.codes]
        untested = [i for i in ids if i not in self.verdicts or self.verdicts[i].verdict is None]
        if mode == "untested":
            self.order = untested + [i for i in ids if i not in untested]
        elif mode == "failed":
            self.order = [i for i in ids if i in self.verdicts and self.verdicts[i].verdict == "fail"]
        else:
            self.order = ids
        self.position = 0
        self._show()

    def current_code_id(self) -> int | None:
        return self.order[self.position] if 0 <= self.position < len(self.order) else None

    def _code(self, code_id: int | None) -> CodeSummary | None:
        return next((c for c in self.codes if c.id == code_id), None)

    def _show(self, keep_answers: bool = False) -> None:
        tested = sum(1 for v in self.verdicts.values() if v.verdict)
        passed = sum(1 for v in self.verdicts.values() if v.verdict == "pass")
        total = len(self.codes)
        self.progress_label.setText(
            self.tr("%1 / %2 tested · %3 passed · %4 failed").replace("%1", str(tested)).replace("%2", str(total))
            .replace("%3", str(passed)).replace("%4", str(tested - passed))
        )
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(tested)
        code = self._code(self.current_code_id())
        for widget in (self.q1_box, self.q2_box, self.mend_box, self.note, self.passages, self.hints):
            widget.setVisible(code is not None)
        if code is None:
            self.code_label.setText(self.tr("<h2>No codes to test here.</h2>"))
            self.verdict_label.clear()
            return
        verdict = self.verdicts.get(code.id)
        if not keep_answers:
            self.answers = dict(verdict.answers) if verdict else {}
            self.note.setText(verdict.note if verdict else "")
        self.code_label.setText(
            f"<h2>{escape(code.name)}</h2>" + (f"<i>{escape(code.group)}</i>" if code.group else "")
        )
        if verdict is not None and verdict.verdict:
            word = self.tr("passed") if verdict.verdict == "pass" else self.tr("failed")
            self.verdict_label.setText(self.tr("Tested: %s").replace("%s", word))
        else:
            self.verdict_label.setText(self.tr("Not tested yet"))
        passages: list[Passage] = self.passages_provider(code.id) if self.passages_provider else []
        self.passages.setHtml(
            "".join(f"<p><b>{escape(p.document)}</b>: «{escape(p.text)}»</p>" for p in passages)
            or self.tr("<p><i>This code has no passages.</i></p>")
        )
        hints = self.hints_provider(code.id) if self.hints_provider else []
        self.hints.setText("".join(f"<p>💡 {escape(h)}</p>" for h in hints))
        self.hints.setVisible(bool(hints))
        failed = self.answers.get("q1") == "yes" or self.answers.get("q2") == "talked_about"
        self.q2_box.setEnabled(self.answers.get("q1") == "no")
        self.mend_box.setVisible(failed)
        self._mark(self.q1_yes, self.answers.get("q1") == "yes")
        self._mark(self.q1_no, self.answers.get("q1") == "no")
        self._mark(self.q2_said, self.answers.get("q2") == "said")
        self._mark(self.q2_topic, self.answers.get("q2") == "talked_about")

    @staticmethod
    def _mark(button: QPushButton, on: bool) -> None:
        font = button.font()
        font.setBold(on)
        button.setFont(font)

    # --- answering ---------------------------------------------------------------------
    def _key_first(self) -> None:
        self.answer("q2", "said") if self.answers.get("q1") == "no" else self.answer("q1", "yes")

    def _key_second(self) -> None:
        self.answer("q2", "talked_about") if self.answers.get("q1") == "no" else self.answer("q1", "no")

    def answer(self, question: str, value: str) -> None:
        code_id = self.current_code_id()
        if code_id is None:
            return
        if question == "q1":
            self.answers = {"q1": value}
        else:
            if self.answers.get("q1") != "no":
                return
            self.answers = {"q1": "no", "q2": value}
        verdict = None
        if self.answers.get("q1") == "yes" or self.answers.get("q2") == "talked_about":
            verdict = "fail"
        elif self.answers.get("q2") == "said":
            verdict = "pass"
        self.verdict_given.emit(code_id, verdict, dict(self.answers), self.note.text())
        if verdict == "pass":
            self.step(1)  # on to the next code
        else:
            self._show(keep_answers=True)

    def _note_done(self) -> None:
        code_id = self.current_code_id()
        verdict = self.verdicts.get(code_id) if code_id is not None else None
        if code_id is not None and self.note.text() != (verdict.note if verdict else ""):
            self.verdict_given.emit(code_id, verdict.verdict if verdict else None, dict(self.answers),
                                    self.note.text())

    def _mend(self, action: str) -> None:
        code_id = self.current_code_id()
        if code_id is not None and self.mend_box.isVisible():
            self.mend_requested.emit(action, code_id)

    def step(self, delta: int) -> None:
        if not self.order:
            return
        self._note_done()
        self.position = max(0, min(len(self.order) - 1, self.position + delta))
        self._show()
