"""Coding actions of the main window: in vivo, with an existing code, removing
codings, and creating, renaming and deleting codes."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from workbench.ui import commands as cmd
from workbench.ui.lazy import structure
from workbench.ui.code_tree_model import CODE, GROUP, THEME


class CodingActions:
    """Mixed into MainWindow: the Code menu's coding half."""

    def _selection(self) -> tuple[int, int, int] | None:
        span = self.document_view.selection_span()
        doc_id = self.document_view.document_id
        if span is None or doc_id is None:
            self.statusBar().showMessage(self.tr("Select a passage in the document first."), 5000)
            return None
        return doc_id, span[0], span[1]

    def code_in_vivo(self) -> None:
        sel = self._selection()
        if sel is None:
            return
        command = cmd.CodeInVivoCommand(self.controller, *sel)
        if not self.controller.execute(command):
            return
        assert command.result is not None
        if command.result.created_code:
            self.statusBar().showMessage(self.tr("New code: type to edit its name, Enter to keep it."), 8000)
            QTimer.singleShot(
                0, lambda: self.codes_panel.edit_code_name(command.result.code.id, self.document_view)
            )
        else:
            self.codes_panel.select_code(command.result.code.id)
            self.statusBar().showMessage(
                self.tr("Coded with the existing code “%s”.") % command.result.code.name, 5000
            )

    def apply_code(self, code_id: int) -> None:
        sel = self._selection()
        code = self.codes.get(code_id)
        if sel is None or code is None:
            return
        command = cmd.ApplyCodeCommand(self.controller, code_id, code.name, *sel)
        if self.controller.execute(command):
            if command.coding is None:
                self.statusBar().showMessage(self.tr("The passage is already coded with “%s”.") % code.name, 5000)
            else:
                self.statusBar().showMessage(self.tr("Coded with “%s”.") % code.name, 3000)

    def code_with_existing(self) -> None:
        sel = self._selection()
        if sel is None:
            return
        from workbench.ui.code_picker import CodePicker
        picker = CodePicker(list(self.codes.values()), self)
        if picker.exec() != CodePicker.DialogCode.Accepted:
            return
        chosen = picker.chosen_code()
        if chosen is not None:
            self.apply_code(chosen.id)
            return
        name = picker.new_name()
        if not name:
            return
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr("Code with new code “%s”") % cmd.short(name))
        new = cmd.NewCodeCommand(self.controller, name)
        if self.controller.execute(new):
            self.controller.execute(cmd.ApplyCodeCommand(self.controller, new.code_id, name, *sel))
        stack.endMacro()

    def remove_coding(self, coding_id: int) -> None:
        coding = next((c for c in self.document_view.codings if c.id == coding_id), None)
        code_id = coding.code_id if coding else self.codes_panel.current_code_id()
        name = self.codes[code_id].name if code_id in self.codes else ""
        self.controller.execute(cmd.RemoveCodingCommand(self.controller, coding_id, name))

    def remove_coding_here(self) -> None:
        """Remove the coding under the cursor or selection; ask which when several."""
        from PySide6.QtWidgets import QInputDialog

        span = self.document_view.selection_span()
        if span is None:
            cp = self.document_view.cursor_position()
            span = (cp, cp)
        here = self.document_view.codings_in_span(*span)
        if not here:
            self.statusBar().showMessage(self.tr("No coding here to remove."), 5000)
            return
        if len(here) == 1:
            self.remove_coding(here[0].id)
            return
        labels = [f"{self.codes[c.code_id].name}" for c in here if c.code_id in self.codes]
        label, ok = QInputDialog.getItem(self, self.tr("Remove Coding"), self.tr("Remove the coding of:"),
                                         labels, 0, False)
        if ok:
            self.remove_coding(here[labels.index(label)].id)

    # --- codes -----------------------------------------------------------------------
    def new_code_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("New Code"), self.tr("Name of the new code:"))
        if ok and name.strip():
            command = cmd.NewCodeCommand(self.controller, name.strip())
            if self.controller.execute(command):
                self.codes_panel.select_code(command.code_id)

    def rename_code(self, code_id: int, name: str) -> None:
        self.controller.execute(cmd.RenameCodeCommand(self.controller, code_id, name))

    def rename_item(self, kind: str, item_id: int, name: str) -> None:
        if kind == CODE:
            self.rename_code(item_id, name)
        else:
            self.controller.execute(cmd.SetAttributeCommand(
                self.controller, kind, item_id, "name", name, self.tr("Rename to “%s”") % cmd.short(name)))

    def rename_current_item(self) -> None:
        current = self.codes_panel.current_item()
        if current is None or current[0] not in (CODE, GROUP, THEME):
            return
        index = self.codes_panel.view_index(*current)
        self.codes_panel.view.setFocus()
        self.codes_panel.view.edit(index)

    def delete_selected_codes(self, confirm: bool = True) -> None:
        """Delete the selected codes (asking when passages would go), groups and
        themes (their codes and groups stay, ungrouped); one undo step."""
        from PySide6.QtWidgets import QMessageBox

        items = self.codes_panel.selected_items()
        ids = [i for k, i in items if k == CODE and i in self.codes]
        groups = [i for k, i in items if k == GROUP]
        themes = [i for k, i in items if k == THEME]
        if not (ids or groups or themes):
            return
        passages = sum(self.codes[i].passages for i in ids)
        if confirm and passages:
            names = ", ".join(f"“{cmd.short(self.codes[i].name)}”" for i in ids[:3]) + (" …" if len(ids) > 3 else "")
            answer = QMessageBox.question(
                self, self.tr("Delete Code"),
                self.tr("Delete %1? Its %Ln coded passage(s) will no longer be coded. You can undo this.", "",
                        passages).replace("%1", names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr("Delete %Ln item(s)", "", len(ids) + len(groups) + len(themes)))
        for code_id in ids:
            self.controller.execute(cmd.DeleteCodeCommand(self.controller, code_id, self.codes[code_id].name))
        if groups or themes:
            def delete(project):
                for gid in groups:
                    structure.delete_group(project, gid)
                for tid in themes:
                    structure.delete_theme(project, tid)
            self.controller.execute(cmd.StructureCommand(self.controller, self.tr("Delete groups and themes"), delete))
        stack.endMacro()
