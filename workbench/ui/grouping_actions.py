"""Grouping actions of the main window: moves by drag and drop, new groups and
themes, the rest group, merge, split, colours and numbers."""

from __future__ import annotations


from workbench.ui import commands as cmd
from workbench.ui.lazy import structure
from workbench.ui.code_tree_model import CODE, GROUP, THEME, MoveRequest


class GroupingActions:
    """Mixed into MainWindow: SDI step 3, grouping codes."""

    def move_items(self, request: MoveRequest) -> None:
        """A drop in the code system (or the grouping board): one undoable step."""
        if request.code_ids:
            text = self.tr("Move %Ln code(s)", "", len(request.code_ids))
            action = lambda p: structure.move_codes(p, request.code_ids, request.target_id, request.before_id)  # noqa: E731
        elif request.group_ids:
            text = self.tr("Move %Ln group(s)", "", len(request.group_ids))
            action = lambda p: structure.move_groups(p, request.group_ids, request.target_id, request.before_id)  # noqa: E731
        elif request.theme_ids:
            text = self.tr("Move %Ln theme(s)", "", len(request.theme_ids))
            action = lambda p: structure.move_themes(p, request.theme_ids, request.before_id)  # noqa: E731
        else:
            return
        self.controller.execute(cmd.StructureCommand(self.controller, text, action))

    def new_group_from_selection(self) -> None:
        ids = self.codes_panel.selected_code_ids()
        if not ids or self.project is None:
            return
        name = structure.proposed_group_name(self.project, ids)
        command = cmd.StructureCommand(self.controller, self.tr("New group “%s”") % cmd.short(name),
                                       lambda p: structure.create_group(p, name, ids))
        if self.controller.execute(command):
            self.codes_panel.select_item(GROUP, command.result)
            self.rename_current_item()  # the proposed name is open for editing

    def new_theme_from_selection(self) -> None:
        groups = [i for k, i in self.codes_panel.selected_items() if k == GROUP]
        if not groups:
            return
        name = self.tr("New theme")
        command = cmd.StructureCommand(self.controller, self.tr("New theme"),
                                       lambda p: structure.create_theme(p, name, groups))
        if self.controller.execute(command):
            self.codes_panel.select_item(THEME, command.result)
            self.rename_current_item()

    def move_selection_to_rest(self) -> None:
        ids = self.codes_panel.selected_code_ids()
        if not ids:
            return
        rest_name = self.tr("Rest group")

        def to_rest(project):
            structure.move_codes(project, ids, structure.ensure_rest_group(project, rest_name))

        self.controller.execute(cmd.StructureCommand(
            self.controller, self.tr("Move %Ln code(s) to the rest group", "", len(ids)), to_rest))

    def ungroup_selection(self) -> None:
        items = self.codes_panel.selected_items()
        codes = [i for k, i in items if k == CODE]
        groups = [i for k, i in items if k == GROUP]
        if codes:
            self.move_items(MoveRequest(code_ids=tuple(codes), target_id=None))
        elif groups:
            self.move_items(MoveRequest(group_ids=tuple(groups), target_id=None))

    def merge_selected_codes(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        ids = self.codes_panel.selected_code_ids()
        if len(ids) < 2:
            return
        names = [self.codes[i].name for i in ids]
        target, ok = QInputDialog.getItem(self, self.tr("Merge Codes"),
                                          self.tr("Merge the selected codes into:"), names, 0, False)
        if not ok:
            return
        target_id = ids[names.index(target)]
        sources = [i for i in ids if i != target_id]
        self.controller.execute(cmd.MergeCodesCommand(self.controller, sources, target_id, target))

    def split_current_code(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        code_id = self.codes_panel.current_code_id()
        chosen = [p.coding_id for p in self.passages_panel.selected_passages() if p.code_id == code_id]
        if code_id is None:
            return
        if not chosen:
            self.show_problem(self.tr("Select the passages to move to a new code in the Passages panel first."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Split Code"),
                                        self.tr("Name of the new code for the %Ln selected passage(s):", "",
                                                len(chosen)), text=self.codes[code_id].name)
        if ok and name.strip():
            command = cmd.SplitCodeCommand(self.controller, code_id, chosen, name.strip())
            if self.controller.execute(command) and command.outcome is not None:
                self.codes_panel.select_code(command.outcome.new_code_id)

    def choose_colour(self) -> None:
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        current = self.codes_panel.current_item()
        if current is None or current[0] not in (CODE, GROUP, THEME):
            return
        node = self.codes_panel.model.index_of(*current).internalPointer()
        colour = QColorDialog.getColor(QColor(node.colour or "#ffffff"), self, self.tr("Colour"))
        if colour.isValid():
            self.controller.execute(cmd.SetAttributeCommand(
                self.controller, current[0], current[1], "colour", colour.name(), self.tr("Change colour")))

    def choose_number(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        current = self.codes_panel.current_item()
        if current is None or current[0] not in (GROUP, THEME):
            return
        node = self.codes_panel.model.index_of(*current).internalPointer()
        number, ok = QInputDialog.getInt(self, self.tr("Number"),
                                         self.tr("Number shown before the name (0 for none):"),
                                         node.number or 0, 0, 999)
        if ok:
            self.controller.execute(cmd.SetAttributeCommand(
                self.controller, current[0], current[1], "number", number or None, self.tr("Change number")))

    def _activate_item(self, kind: str, item_id: int) -> None:
        self.show_passages(kind, item_id)
        self.passages_dock.raise_()

    def focus_code_filter(self) -> None:
        self.codes_dock.show()
        self.codes_dock.raise_()
        self.codes_panel.filter.setFocus()
        self.codes_panel.filter.selectAll()
