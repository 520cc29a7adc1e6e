"""SDI's tests in the main window: the code test, the grouping test and the
concept test pages, their verdicts as undoable commands, and mending codes."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from workbench.domain.naming import invivo_name
from workbench.services import code_system as structure
from workbench.services import retrieval, sdi_tests
from workbench.ui import commands as cmd
from workbench.ui.code_picker import CodePicker


class TestingActions:
    """Mixed into MainWindow: SDI's downward, deductive tests."""

    def refresh_tests(self) -> None:
        """Give the test pages fresh codes and verdicts (while one is shown)."""
        if self.project is None or self.system is None:
            return
        page = self.reading.currentWidget()
        if page is self.code_test:
            self.code_test.set_data(structure.codes_in_tree_order(self.system),
                                    sdi_tests.verdicts(self.project, "code_test"))

    def record_code_verdict(self, code_id: int, verdict, answers: dict, note: str) -> None:
        code = self.codes.get(code_id)
        text = self.tr("Code test: “%s”") % cmd.short(code.name if code else "")
        self.controller.execute(cmd.VerdictCommand(self.controller, "code_test", code_id, verdict, answers, note,
                                                   text))

    def mend_code(self, action: str, code_id: int) -> None:
        """A failed code: rename it, merge it into another, set it aside, or delete it."""
        code = self.codes.get(code_id)
        if code is None:
            return
        if action == "rename":
            proposals = self._invivo_proposals(code_id)
            name, ok = QInputDialog.getItem(
                self, self.tr("Rename Code"),
                self.tr("A new, empirically close name (phrases from its passages are proposed):"),
                proposals or [code.name], 0, True)
            if ok and name.strip() and name.strip() != code.name:
                self.rename_code(code_id, name.strip())
        elif action == "merge":
            picker = CodePicker([c for c in self.codes.values() if c.id != code_id], self)
            picker.setWindowTitle(self.tr("Merge “%s” Into") % cmd.short(code.name))
            if picker.exec() == CodePicker.DialogCode.Accepted and picker.chosen_code() is not None:
                target = picker.chosen_code()
                self.controller.execute(cmd.MergeCodesCommand(self.controller, [code_id], target.id, target.name))
        elif action == "rest":
            rest_name = self.tr("Rest group")
            self.controller.execute(cmd.StructureCommand(
                self.controller, self.tr("Move “%s” to the rest group") % cmd.short(code.name),
                lambda p: structure.move_codes(p, [code_id], structure.ensure_rest_group(p, rest_name))))
        elif action == "delete":
            answer = QMessageBox.question(
                self, self.tr("Delete Code"),
                self.tr("Delete “%1” and uncode its %2 passage(s)? You can undo this.")
                .replace("%1", code.name).replace("%2", str(code.passages)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes:
                self.controller.execute(cmd.DeleteCodeCommand(self.controller, code_id, code.name))

    def _invivo_proposals(self, code_id: int) -> list[str]:
        """In-vivo names from a code's passages: the passage, its sentence, and
        the informant's whole turn (without the speaker label)."""
        proposals: list[str] = []
        for p in retrieval.retrieve(self.project, "code", code_id):
            before, text, after = retrieval.context(self.project, p.document_id, p.start, p.end, paragraphs=0)
            turn = before + text + after
            label, _, rest = turn.partition(":")
            if rest and len(label) < 30:
                turn = rest
                before = before[len(label) + 1:] if len(before) > len(label) else ""
            cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
            sentence = before[cut + 1:] + text + after.split(".")[0]
            for candidate in (invivo_name(text), invivo_name(sentence), invivo_name(turn)):
                if candidate and candidate not in proposals:
                    proposals.append(candidate)
        return proposals
