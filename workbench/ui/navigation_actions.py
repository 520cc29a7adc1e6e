"""Working from the keyboard: the command palette, moving between passages,
documents and panels, zoom, appearance and the guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from workbench.ui import settings as prefs
from workbench.ui.appearance import apply_theme
from workbench.ui.code_tree_model import CODE

if TYPE_CHECKING:  # loaded when first used
    from workbench.ui.command_palette import CommandPalette, Entry
    from workbench.ui.guide import GuideDialog


class NavigationActions:
    """Mixed into MainWindow."""

    def palette_entries(self) -> list[Entry]:
        from workbench.ui.command_palette import Entry

        entries = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                if action.isSeparator() or action.menu() is not None or not action.isEnabled():
                    continue
                keys = action.shortcut().toString()
                entries.append(Entry(action.text().replace("&", ""), keys, action.trigger))
        for code in self.codes.values():
            entries.append(Entry(code.name, self.tr("code"), lambda cid=code.id: self._go_to_code(cid)))
        for doc in self.documents_panel.model.records:
            entries.append(Entry(doc.name, self.tr("document"),
                                 lambda did=doc.id: self.documents_panel.select_document(did)))
        return entries

    def show_command_palette(self) -> CommandPalette:
        from workbench.ui.command_palette import CommandPalette
        palette = CommandPalette(self.palette_entries(), self)
        palette.show()
        palette.edit.setFocus()
        return palette

    def _go_to_code(self, code_id: int) -> None:
        self.codes_dock.show()
        self.codes_panel.select_code(code_id)
        self.codes_panel.view.setFocus()

    def step_passage(self, step: int) -> None:
        """Jump to the next (or previous) coded passage in the document."""
        view = self.document_view
        if not view.codings:
            return
        at = view.cursor_position()
        starts = sorted({c.start for c in view.codings})
        if step > 0:
            target = next((s for s in starts if s > at), starts[0])
        else:
            target = next((s for s in reversed(starts) if s < at), starts[-1])
        coding = min((c for c in view.codings if c.start == target), key=lambda c: c.end)
        view.select_span(coding.start, coding.end)
        view.setFocus()
        self.codes_panel.select_item(CODE, coding.code_id)

    def focus_panel(self, which: str) -> None:
        targets = {"documents": (self.documents_dock, self.documents_panel.view),
                   "codes": (self.codes_dock, self.codes_panel.view),
                   "passages": (self.passages_dock, self.passages_panel.view)}
        if which == "text":
            self._show_page(self.reading.widget(0), False)
            self.document_view.setFocus()
            return
        dock, widget = targets[which]
        dock.show()
        dock.raise_()
        widget.setFocus()

    def zoom(self, steps: int) -> None:
        """Bigger or smaller text in the document view (0: back to normal)."""
        view = self.document_view
        font = view.document().defaultFont()
        if steps == 0:
            size = view.base_point_size
        else:
            size = max(6.0, min(48.0, font.pointSizeF() + steps))
        font.setPointSizeF(size)
        view.document().setDefaultFont(font)
        prefs.settings().setValue("view/zoom", size - view.base_point_size)

    def set_theme(self, theme: str) -> None:
        apply_theme(QApplication.instance(), theme)
        prefs.settings().setValue("ui/theme", theme)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == theme)

    def show_guide(self) -> GuideDialog:
        from workbench.ui.guide import GuideDialog
        guide = GuideDialog(self)
        guide.show()
        return guide
