"""Tests → Wording of the Tests…: a project's own wording of SDI's tests.

Teachers word the tests differently. Each question with its help and answers,
the tests' names and explanations, the hints beside the code test, the
questions on the grouping and the names of the verdicts can be reworded for
the project, in the interface's language, with the bundled wording
(resources/sdi/checks.json) a click away. The second tab holds the thresholds
that decide when a hint or a question on the grouping is raised. The result
(``overrides``, made by domain/sdi_settings.reworded) is saved by the window
as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.sdi_settings import (
    THRESHOLD_KEYS,
    bundled,
    load_settings,
    node_at,
    pick,
    reworded,
    text_paths,
    text_placeholders,
    used_placeholders,
)

PATH_ROLE = Qt.ItemDataRole.UserRole
#: Thresholds shown in percent (shares of 0–1 in checks.json).
SHARES = frozenset({"guide_overlap", "not_in_informant_words", "large_group_share", "rest_group_share"})
#: Similarity scores from 1 to 100.
SCORES = frozenset({"near_duplicate_score", "similar_group_score"})


class TestWordingDialog(QDialog):
    """Edits a copy of a project's overrides; ``overrides`` holds the result
    once accepted."""

    __test__ = False  # not a pytest test class, whatever its name

    def __init__(self, overrides: dict, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testWordingDialog")
        self.setWindowTitle(self.tr("Wording of the Tests"))
        self.language = language
        self.overrides = overrides
        self.bundled = bundled()
        self.current = load_settings(language, overrides or None).config
        #: The wording of every text, by its path, as it stands in the dialog.
        self.wording: dict[tuple[str, ...], str] = {}
        self.items: dict[tuple[str, ...], QTreeWidgetItem] = {}

        intro = QLabel(self.tr("Word the tests as your teacher or your method book does. The wording is kept in "
                               "this project, in the language of the interface; the other language keeps its own."),
                       self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Text"), self.tr("Wording")])
        self.tree.setAccessibleName(self.tr("Texts of the tests"))
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Wording"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._edited)
        self.bundled_label = QLabel(self)
        self.bundled_label.setWordWrap(True)
        self.bundled_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placeholders_label = QLabel(self)
        self.placeholders_label.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("&Bundled Wording"), self)
        self.reset_button.setToolTip(self.tr("Give this text its bundled wording again"))
        self.reset_button.clicked.connect(self._reset_current)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.editor, 1)
        below_layout.addWidget(self.bundled_label)
        row = QHBoxLayout()
        row.addWidget(self.placeholders_label, 1)
        row.addWidget(self.reset_button)
        below_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        texts = QWidget(self)
        texts_layout = QVBoxLayout(texts)
        texts_layout.addWidget(intro)
        texts_layout.addWidget(split, 1)

        self.spins: dict[str, QSpinBox] = {}
        thresholds = QWidget(self)
        form = QFormLayout(thresholds)
        explain = QLabel(self.tr("When the hints beside the code test and the questions on the grouping are raised."),
                         thresholds)
        explain.setWordWrap(True)
        form.addRow(explain)
        for key, label in self._threshold_labels().items():
            spin = QSpinBox(thresholds)
            if key in SHARES:
                spin.setRange(1, 100)
                spin.setSuffix(" %")
            elif key in SCORES:
                spin.setRange(1, 100)
            else:
                spin.setRange(1, 999)
            spin.setValue(self._shown(key, self.current["thresholds"][key]))
            spin.setAccessibleName(label)
            self.spins[key] = spin
            form.addRow(label, spin)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(texts, self.tr("Texts"))
        self.tabs.addTab(thresholds, self.tr("Thresholds"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("Bundled Wording for &All"))
        restore.clicked.connect(self.reset_all)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._fill()
        self.resize(760, 620)

    # --- the texts ---------------------------------------------------------------------
    def _threshold_labels(self) -> dict[str, str]:
        labels = {
            "short_name_words": self.tr("A code name is short at this many words or fewer"),
            "guide_overlap": self.tr("Share of a code name's words found in the interview guide or the research "
                                     "questions (could have been made before the coding)"),
            "not_in_informant_words": self.tr("Share of a code name's words found nowhere near its passages "
                                              "(not in the informant's words)"),
            "near_duplicate_score": self.tr("Likeness of two code names that may be one code (1–100)"),
            "similar_group_score": self.tr("Likeness of two group names that may be one group (1–100)"),
            "large_group_share": self.tr("A group is large when it holds this share of the codes"),
            "large_group_codes": self.tr("… or this many codes"),
            "rest_group_share": self.tr("The rest group holds much of the material at this share of the codes"),
            "max_groups_for_chapter": self.tr("Most groups an analysis chapter carries"),
            "min_groups_for_chapter": self.tr("Fewest groups an analysis chapter needs"),
        }
        return {key: labels.get(key, key) for key in THRESHOLD_KEYS}

    def _shown(self, key: str, value: float) -> int:
        return round(value * 100) if key in SHARES else int(value)

    def _value(self, key: str) -> float:
        value = self.spins[key].value()
        return value / 100 if key in SHARES else value

    def _bundled_text(self, path: tuple[str, ...]) -> str | None:
        try:
            return pick(node_at(self.bundled, path), self.language)
        except KeyError:  # a text the project added (a question of its own)
            return None

    def _fill(self) -> None:
        """One branch per test, the hints, the questions on the grouping and the
        verdicts; a leaf per text."""
        config = self.current
        branches: dict[tuple[str, ...], QTreeWidgetItem] = {}

        def branch(key: tuple[str, ...], title: str, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
            if key not in branches:
                item = QTreeWidgetItem([title])
                (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
                branches[key] = item
            return branches[key]

        def text(path: tuple[str, ...]) -> str:
            return pick(node_at(config, path), self.language)

        for path in text_paths(config):
            section = path[0]
            if section == "tests":
                test = branch(path[:2], text((*path[:2], "name")), None)
                if path[2] in ("name", "help"):
                    parent, label = test, self.tr("Name") if path[2] == "name" else self.tr("Explanation")
                else:  # a question
                    number = list(config["tests"][path[1]]["questions"]).index(path[3]) + 1
                    parent = branch(path[:4], self.tr("Question %1").replace("%1", str(number)), test)
                    if path[4] == "text":
                        label = self.tr("Question")
                    elif path[4] == "help":
                        label = self.tr("Help")
                    else:
                        label = self.tr("Answer “%1”").replace("%1", text(path))
            elif section in ("hints", "findings"):
                top = branch((section,), self.tr("Hints on codes") if section == "hints"
                             else self.tr("Questions on the grouping"), None)
                parent = branch(path[:2], text((*path[:2], "label")), top)
                label = self.tr("Name") if path[2] == "label" else self.tr("Message")
            else:  # outcomes
                parent = branch((section,), self.tr("Verdicts"), None)
                label = text(path)
            item = QTreeWidgetItem([label, ""])
            item.setData(0, PATH_ROLE, path)
            parent.addChild(item)
            self.items[path] = item
            self._set(path, text(path))
        self.tree.expandToDepth(0)
        self.tree.setColumnWidth(0, 300)
        first = self.items[next(iter(self.items))] if self.items else None
        if first is not None:
            self.tree.setCurrentItem(first)

    def _set(self, path: tuple[str, ...], wording: str) -> None:
        """``wording`` for the text at ``path``, shown in its row (bold: not the bundled wording)."""
        self.wording[path] = wording
        item = self.items[path]
        item.setText(1, " ".join(wording.split()))
        item.setToolTip(1, wording)
        font = item.font(1)
        font.setBold(wording.strip() != (self._bundled_text(path) or ""))
        item.setFont(1, font)

    def title(self, path: tuple[str, ...]) -> str:
        """A text's place as the tree shows it: “Short name › Message”."""
        item = self.items[path]
        parent = item.parent()
        return f"{parent.text(0)} › {item.text(0)}" if parent is not None else item.text(0)

    def current_path(self) -> tuple[str, ...] | None:
        item = self.tree.currentItem()
        path = item.data(0, PATH_ROLE) if item is not None else None
        return tuple(path) if path else None

    def _show(self, item: QTreeWidgetItem | None) -> None:
        path = tuple(item.data(0, PATH_ROLE) or ()) if item is not None else ()
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.wording.get(path, "") if path else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(bool(path))
        self.reset_button.setEnabled(bool(path) and self._bundled_text(path) is not None)
        if not path:
            self.bundled_label.clear()
            self.placeholders_label.clear()
            return
        default = self._bundled_text(path)
        self.bundled_label.setText(self.tr("Bundled: %1").replace("%1", default) if default is not None
                                   else self.tr("Added by this project: it has no bundled wording."))
        names = self._allowed(path)
        self.placeholders_label.setText(
            self.tr("Stegvis fills in: %1").replace("%1", ", ".join("{" + n + "}" for n in names)) if names
            else self.tr("Stegvis fills in nothing here: write no { } in it."))

    def _allowed(self, path: tuple[str, ...]) -> list[str]:
        try:
            return text_placeholders(self.bundled, path)
        except KeyError:
            return []

    def _edited(self) -> None:
        path = self.current_path()
        if path is not None:
            self._set(path, self.editor.toPlainText())

    def _reset_current(self) -> None:
        path = self.current_path()
        default = self._bundled_text(path) if path is not None else None
        if default is not None:
            self.editor.setPlainText(default)  # (_edited sets it)

    def reset_all(self) -> None:
        """Every text and threshold back to the bundled one (Cancel keeps the project's)."""
        for path in self.items:
            default = self._bundled_text(path)
            if default is not None:
                self._set(path, default)
        for key, spin in self.spins.items():
            spin.setValue(self._shown(key, self.bundled["thresholds"][key]))
        self._show(self.tree.currentItem())

    # --- saving ------------------------------------------------------------------------
    def problem(self) -> tuple[tuple[str, ...] | None, str] | None:
        """The first text or threshold the tests cannot use: (its path, why)."""
        for path, wording in self.wording.items():
            used = used_placeholders(wording)
            if used is None:
                return path, self.tr("“%1” has a { or } without its pair. Write {{ or }} for a brace of its own.") \
                    .replace("%1", self.title(path))
            extra = used - set(self._allowed(path))
            if extra:
                allowed = ", ".join("{" + n + "}" for n in self._allowed(path)) or self.tr("nothing")
                return path, self.tr("“%1” uses %2, which Stegvis cannot fill in there; it can fill in: %3.") \
                    .replace("%2", ", ".join("{" + n + "}" for n in sorted(extra))).replace("%3", allowed) \
                    .replace("%1", self.title(path))
        if self._value("min_groups_for_chapter") > self._value("max_groups_for_chapter"):
            return None, self.tr("The fewest groups a chapter needs cannot be more than the most it carries.")
        return None

    def accept(self) -> None:
        found = self.problem()
        if found is None:
            try:
                self.overrides = reworded(self.overrides, self.language, dict(self.wording),
                                          {key: self._value(key) for key in self.spins})
            except ValueError as exc:  # what the dialog's own checks did not foresee
                found = (None, str(exc))
        if found is not None:
            path, why = found
            if path is not None:
                self.tabs.setCurrentIndex(0)
                self.tree.setCurrentItem(self.items[path])
                self.editor.setFocus()
            QMessageBox.warning(self, self.tr("Wording of the Tests"),
                                self.tr("This wording cannot be used yet. %1").replace("%1", why))
            return
        super().accept()
