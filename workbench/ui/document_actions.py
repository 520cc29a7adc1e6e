"""Document actions of the main window: importing in the background, fixing
the text, search and replace, search hits coded at once, document properties."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from workbench.ui import commands as cmd
from workbench.ui.lazy import document_properties, document_service


class DocumentActions:
    """Mixed into MainWindow: documents and their text."""

    def import_files(self, paths: list[Path]) -> None:
        """Import files and folders in the background, with progress and Cancel."""
        if self.project is None or not paths or self.background_import is not None:
            return
        from PySide6.QtWidgets import QProgressDialog  # dialogs and importers load when first used

        from workbench.importers import expand_paths
        files, skipped = expand_paths([Path(p) for p in paths])
        if not files:
            self._import_done(document_service.ImportReport(failed=list(skipped)))
            return
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(files), self)
        progress.setWindowTitle(self.tr("Import Documents"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        from workbench.ui.import_worker import BackgroundImport
        job = BackgroundImport(self.project, files, self)
        self.background_import = job

        def advance(done: int, total: int, name: str) -> None:
            progress.setValue(done)
            if name:
                progress.setLabelText(
                    self.tr("Importing %1 (%2 of %3)…").replace("%1", name)
                    .replace("%2", str(done + 1)).replace("%3", str(total))
                )

        def finished(report: document_service.ImportReport) -> None:
            progress.close()
            progress.deleteLater()
            self.background_import = None
            report.failed.extend(skipped)
            self._import_done(report)

        job.progress.connect(advance)
        progress.canceled.connect(job.cancel)
        job.finished.connect(finished)
        job.start()

    def _import_done(self, report: document_service.ImportReport) -> None:
        if report.imported:
            self.controller.execute(cmd.ImportDocumentsCommand(self.controller, [], report))
            if self.document_view.document_id is None:
                self.documents_panel.select_document(report.imported[0].id)
        lines = [
            self.tr("Imported %Ln document(s).", "", len(report.imported))
        ]
        if report.cancelled:
            lines.append(self.tr("The import was cancelled; the documents imported so far are kept."))
        if report.failed:
            lines.append(self.tr("Not imported:"))
            lines.extend(f"• {p.name}: {why}" for p, why in report.failed)
        if report.failed or report.cancelled:
            self.show_problem("\n".join(lines))
        else:
            self.statusBar().showMessage(lines[0], 8000)
        self.import_finished.emit(report)

    def dragEnterEvent(self, event) -> None:
        if self.project is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # --- fixing the text -------------------------------------------------------------
    def set_editing(self, editing: bool) -> None:
        view = self.document_view
        if editing and view.document_id is None:
            self.act_edit_text.setChecked(False)
            return
        view.set_editing(editing)
        if editing:
            banner = self.edit_banner
            row = self.documents_panel.model.row_of(view.document_id)
            name = self.documents_panel.model.records[row].name if row >= 0 else ""
            self.edit_label.setText(
                self.tr("<b>Editing the text of “%1”.</b> Codings stay on their words; every change is saved and "
                        "can be undone. Ctrl+E or Done ends editing.").replace("%1", name)
            )
            view.setFocus()
            banner.show()
        elif self._edit_banner is not None:
            self._edit_banner.hide()

    def text_edited(self, edit) -> None:
        doc_id = self.document_view.document_id
        if doc_id is None:
            return
        command = cmd.EditTextCommand(self.controller, doc_id, [edit])
        if not self.controller.execute(command):
            self._load_document(doc_id, keep_place=True)  # refused: show the stored text again
            return
        outcome = command.outcome
        if outcome is not None and outcome.removed:
            self.statusBar().showMessage(
                self.tr("%Ln coding(s) lost all their text and were removed; Undo brings them back.", "",
                        len(outcome.removed)), 10000
            )
        elif outcome is not None and outcome.shrunk:
            self.statusBar().showMessage(
                self.tr("%Ln coding(s) lost some of their text.", "", outcome.shrunk), 6000
            )

    def find_replace_dialog(self) -> None:
        if self.project is None:
            return
        from workbench.ui.find_replace import FindReplaceDialog
        dialog = FindReplaceDialog(self.project, self)
        selected = self.document_view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            dialog.find_edit.setText(selected)
        dialog.jump_requested.connect(self.jump_to)
        dialog.replace_requested.connect(self.replace_in_documents)
        dialog.code_hits_requested.connect(lambda hits: self.code_hits(hits, dialog))
        dialog.exec()

    def code_hits(self, hits: list, parent=None) -> None:
        """Code every search hit with a code picked (or named) by the user."""
        if not hits:
            return
        from workbench.ui.code_picker import CodePicker
        picker = CodePicker(list(self.codes.values()), parent or self)
        picker.setWindowTitle(self.tr("Code %Ln Hit(s) With", "", len(hits)))
        if picker.exec() != CodePicker.DialogCode.Accepted:
            return
        chosen = picker.chosen_code()
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr("Code search hits"))
        if chosen is None:
            name = picker.new_name()
            new = cmd.NewCodeCommand(self.controller, name) if name else None
            if new is None or not self.controller.execute(new):
                stack.endMacro()
                return
            code_id, code_name = new.code_id, name
        else:
            code_id, code_name = chosen.id, chosen.name
        command = cmd.CodeHitsCommand(self.controller, hits, code_id, code_name)
        self.controller.execute(command)
        stack.endMacro()
        self.statusBar().showMessage(
            self.tr("Coded %Ln passage(s) with “%1”.", "", len(command.records)).replace("%1", code_name), 8000)

    def replace_in_documents(self, needle: str, replacement: str, case: bool, whole: bool, in_codes: bool) -> None:
        command = cmd.ReplaceTextCommand(self.controller, needle, replacement, case, whole, in_codes)
        if self.controller.execute(command) and command.outcome is not None:
            n = sum(1 for _ in command.outcome.documents)
            self.statusBar().showMessage(
                #: %1: “3 documents”, %2: “2 code names”
                self.tr("Replaced in %1 and %2.").replace("%1", self.tr("%Ln document(s)", "", n))
                .replace("%2", self.tr("%Ln code name(s)", "", len(command.outcome.renamed_codes))), 8000
            )

    # --- document properties ---------------------------------------------------------
    def edit_document_properties(self) -> None:
        doc_id = self.documents_panel.current_document_id()
        if self.project is None or doc_id is None:
            return
        props = document_properties.get_properties(self.project, doc_id)
        from workbench.ui.document_properties_dialog import DocumentPropertiesDialog
        dialog = DocumentPropertiesDialog(props, self)
        if dialog.exec() == DocumentPropertiesDialog.DialogCode.Accepted:
            new = dialog.result_properties()
            if new != props:
                self.controller.execute(cmd.DocumentPropertiesCommand(self.controller, doc_id, new))
                self._update_title()

    def _documents_menu(self, pos) -> None:
        if self.documents_panel.current_document_id() is None:
            return
        menu = QMenu(self)
        menu.addActions([self.act_properties, self.act_edit_text, self.act_remove_document])
        menu.exec(self.documents_panel.view.viewport().mapToGlobal(pos))

    def remove_document(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        doc_id = self.documents_panel.current_document_id()
        if doc_id is None:
            return
        rec = self.documents_panel.model.records[self.documents_panel.model.row_of(doc_id)]
        answer = QMessageBox.question(
            self, self.tr("Remove Document"),
            self.tr("Remove “%1” and its %Ln coding(s) from the project? You can undo this.", "", rec.codings)
            .replace("%1", rec.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.execute(cmd.RemoveDocumentCommand(self.controller, doc_id, rec.name))
