"""SDI's tests in the main window: the code test, the grouping test and the
concept test pages, their verdicts as undoable commands, and mending codes."""

from __future__ import annotations

from workbench.domain.naming import invivo_name
from workbench.ui import commands as cmd
from workbench.ui.lazy import retrieval, sdi_overview, sdi_tests, structure


class TestingActions:
    """Mixed into MainWindow: SDI's downward, deductive tests."""

    def refresh_tests(self) -> None:
        """Give the test pages fresh codes and verdicts (while one is shown)."""
        if self.project is None or self.system is None:
            return
        if self.current_page_is("code_test") or self.current_page_is("grouping_test"):
            from workbench.services import sdi_report  # the checks load when a test is first shown
        if self.current_page_is("code_test"):
            settings = self.test_settings()
            self.code_test.set_wording(settings.test("code_test"))
            found: dict[int, list[str]] = {}
            for hint in sdi_report.hints(self.project, self.language(), self.system, settings):
                found.setdefault(hint.code_id, []).append(hint.message)
            self.code_test.hints_provider = lambda code_id: found.get(code_id, [])
            self.code_test.set_data(structure.codes_in_tree_order(self.system),
                                    sdi_tests.verdicts(self.project, "code_test"))
        else:
            self.refresh_other_tests()

    def record_code_verdict(self, code_id: int, verdict, answers: dict, note: str) -> None:
        code = self.codes.get(code_id)
        text = self.tr("Code test: “%s”") % cmd.short(code.name if code else "")
        self.controller.execute(cmd.VerdictCommand(self.controller, "code_test", code_id, verdict, answers, note,
                                                   text))

    def mend_code(self, action: str, code_id: int) -> None:
        """A failed code: rename it, merge it into another, set it aside, or delete it."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

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
            from workbench.ui.code_picker import CodePicker
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
                self.tr("Delete “%1” and uncode its %Ln passage(s)? You can undo this.", "", code.passages)
                .replace("%1", code.name),
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

    # --- grouping test, concepts, overview -------------------------------------------
    def test_settings(self):
        """The tests' wording and thresholds in the interface's language, with the project's own."""
        from workbench.services import sdi_report

        return sdi_report.settings_for(self.project, self.language())

    def refresh_other_tests(self) -> None:
        if self.current_page_is("grouping_test"):
            settings = self.test_settings()
            self.grouping_test.set_wording(settings.test("grouping_test"))
            project_findings, group_findings = self.grouping_findings(settings)
            self.grouping_test.set_data(self.system, sdi_tests.verdicts(self.project, "grouping_test"),
                                        project_findings, group_findings)
        elif self.current_page_is("concept_test"):
            self.concept_test.set_wording(self.test_settings().test("concept_test"))
            self.concept_test.set_data(sdi_tests.list_concepts(self.project),
                                       sdi_tests.verdicts(self.project, "concept_test"), self.system)
        elif self.current_page_is("overview"):
            self.overview.set_figures(self.overview_texts())

    def grouping_findings(self, settings=None) -> tuple[list[str], dict[int, list[str]]]:
        """Questions about the grouping (from the automatic checks)."""
        from workbench.services import sdi_report

        return sdi_report.grouping_questions(self.project, self.system, self.language(), settings)

    def language(self) -> str:
        from PySide6.QtCore import QLocale

        return "nb" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en"

    def overview_texts(self) -> dict[str, str]:
        f = sdi_overview.figures(self.project, self.system)
        ct, gt, kt = f.code_test, f.grouping_test, f.concept_test
        return {
            #: %1: “6 documents”; %2: a number
            "documents": self.tr("%1, %2 of them coded").replace("%2", str(f.coded_documents))
            .replace("%1", self.tr("%Ln document(s)", "", f.documents)),
            #: %1: “240 codes”, %2: “1,200 coded passages”
            "codes": self.tr("%1 on %2").replace("%2", self.tr("%Ln coded passage(s)", "", f.codings))
            .replace("%1", self.tr("%Ln code(s)", "", f.codes)),
            "code_test": self.tr("%1 passed, %2 failed, %3 untested").replace("%1", str(ct["passed"]))
            .replace("%2", str(ct["failed"])).replace("%3", str(ct["untested"])),
            #: %1: “18 code groups”, %2: “12 codes”, %3: “4 themes”, %4: “3 codes”
            "board": self.tr("%1 + the rest group (%2), %3; %4 ungrouped")
            .replace("%4", self.tr("%Ln code(s)", "", f.ungrouped)).replace("%3", self.tr("%Ln theme(s)", "", f.themes))
            .replace("%2", self.tr("%Ln code(s)", "", f.rest_codes))
            .replace("%1", self.tr("%Ln code group(s)", "", f.groups)),
            #: %1: “15 groups”; %2, %3: numbers
            "grouping_test": self.tr("%1 passed, %2 failed, %3 untested").replace("%3", str(gt["untested"]))
            .replace("%2", str(gt["failed"])).replace("%1", self.tr("%Ln group(s)", "", gt["passed"])),
            #: %1: “3 concepts”; %2, %3, %4: numbers
            "concepts": self.tr("%1; %2 hold beyond the study, %3 do not, %4 untested")
            .replace("%4", str(kt["untested"])).replace("%3", str(kt["failed"])).replace("%2", str(kt["passed"]))
            .replace("%1", self.tr("%Ln concept(s)", "", f.concepts)),
        }

    def go_to(self, place: str) -> None:
        pages = {"code_test": self.code_test, "board": self.board, "grouping_test": self.grouping_test,
                 "concepts": self.concept_test}
        if place in pages:
            self._show_page(pages[place])
        elif place == "documents":
            self._show_page(self.reading.widget(0))
            self.documents_dock.show()
            self.documents_panel.view.setFocus()
        elif place == "codes":
            self.codes_dock.show()
            self.codes_panel.view.setFocus()

    def record_group_verdict(self, group_id: int, verdict, answers: dict, note: str) -> None:
        group = next((g for g in self.system.groups if g.id == group_id), None)
        text = self.tr("Grouping test: “%s”") % cmd.short(group.name if group else "")
        self.controller.execute(cmd.VerdictCommand(self.controller, "grouping_test", group_id, verdict, answers,
                                                   note, text))

    def record_concept_verdict(self, concept_id: int, verdict, answers: dict, note: str) -> None:
        self.controller.execute(cmd.VerdictCommand(self.controller, "concept_test", concept_id, verdict, answers,
                                                   note, self.tr("Concept test")))

    def save_concept(self, concept_id, name: str, links: tuple, description: str) -> None:
        text = self.tr("New concept") if concept_id is None else self.tr("Change concept")
        self.controller.execute(cmd.ConceptCommand(self.controller, text, concept_id=concept_id, name=name,
                                                   links=links, description=description))

    def delete_concept(self, concept_id: int) -> None:
        self.controller.execute(cmd.ConceptCommand(self.controller, self.tr("Delete concept"),
                                                   concept_id=concept_id, delete=True))

    def edit_test_wording(self) -> None:
        """The project's own wording of the tests and thresholds of their hints
        (Tests → Wording of the Tests): one undoable step."""
        import json

        from workbench.services import sdi_report
        from workbench.ui.test_wording_dialog import TestWordingDialog

        before = sdi_report.overrides(self.project)
        dialog = TestWordingDialog(before, self.language(), self)
        if dialog.exec() != TestWordingDialog.DialogCode.Accepted or dialog.overrides == before:
            return
        value = json.dumps(dialog.overrides, ensure_ascii=False, indent=1) if dialog.overrides else ""
        self.controller.execute(cmd.ProjectSettingCommand(self.controller, sdi_report.OVERRIDES_KEY, value,
                                                          self.tr("Change the wording of the tests")))

    def edit_research_questions(self) -> None:
        """The research questions: a code whose words mostly come from them
        could have been written before the coding (a hint in the code test)."""
        from PySide6.QtWidgets import QInputDialog

        from workbench.services.sdi_report import RESEARCH_QUESTIONS_KEY

        current = sdi_tests.get_meta(self.project, RESEARCH_QUESTIONS_KEY)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Research Questions"),
            self.tr("The project's research questions (the code test asks whether a code's words come from "
                    "them or from the interview guide):"), current)
        if ok and text != current:
            self.controller.execute(cmd.ProjectSettingCommand(self.controller, RESEARCH_QUESTIONS_KEY, text,
                                                              self.tr("Change the research questions")))
