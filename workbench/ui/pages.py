"""The pages of the main window's central area: the text, then the grouping
board, the code test, the grouping test, concepts and the SDI overview.

Only the text is made with the window. The other pages are made the first
time they are shown or asked for (``window.code_test`` and so on), which
keeps them out of the window's start: a student opening a project sees the
text first, and most sessions never open half of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from workbench.ui.code_tree_model import CODE, GROUP, MoveRequest
from workbench.ui.lazy import retrieval


# The pages after the text, in tab order: (name, scrolls). Form-like pages
# scroll rather than widen the window; the board scrolls by itself.
LATER_PAGES = (("board", False), ("code_test", True), ("grouping_test", True), ("concept_test", True),
               ("overview", True))


def column(parent: QWidget, *widgets: QWidget) -> QWidget:
    """A widget holding ``widgets`` one above the other, edge to edge."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


class Pages:
    """Mixed into MainWindow (which has ``reading``, a QTabWidget)."""

    def _setup_pages(self, text_page: QWidget) -> None:
        titles = {"board": self.tr("Grouping Board"), "code_test": self.tr("Code Test"),
                  "grouping_test": self.tr("Grouping Test"), "concept_test": self.tr("Concepts"),
                  "overview": self.tr("SDI Overview")}
        # Tab widget -> its page, or the page's name until it is made.
        self._pages: dict[QWidget, QWidget | str] = {text_page: text_page}
        self._holders: dict[str, QWidget] = {}
        self._made: dict[str, QWidget] = {}
        self._scrolls = dict(LATER_PAGES)
        self.reading.addTab(text_page, self.tr("Text"))
        for name, _scrolls in LATER_PAGES:
            holder = column(self)
            self._holders[name] = holder
            self._pages[holder] = name
            self.reading.addTab(holder, titles[name])

    def _page(self, name: str) -> QWidget:
        """The page ``name``, made now if it has not been."""
        page = self._made.get(name)
        if page is None:
            page = self._made[name] = self._make_page(name)
            holder = self._holders[name]
            inner: QWidget = page
            if self._scrolls[name]:
                inner = QScrollArea(holder)
                inner.setWidgetResizable(True)
                inner.setFrameShape(QFrame.Shape.NoFrame)
                inner.setWidget(page)
            holder.layout().addWidget(inner)
            inner.show()  # a child added to a shown widget stays hidden until told
            self._pages[holder] = page
        return page

    def _make_page(self, name: str) -> QWidget:
        if name == "board":
            from workbench.ui.grouping_board import GroupingBoard

            board = GroupingBoard(self)
            board.group_label = self.tr("Group")
            board.move_requested.connect(self.move_items)
            board.code_selected.connect(lambda cid: self.codes_panel.select_code(cid))
            board.passages_provider = lambda cid: [
                (p.document, p.text) for p in retrieval.retrieve(self.project, CODE, cid)
            ]
            return board
        if name == "code_test":
            from workbench.ui.code_test_page import CodeTestPage

            page = CodeTestPage(self)
            page.passages_provider = lambda cid: retrieval.retrieve(self.project, CODE, cid)
            page.verdict_given.connect(self.record_code_verdict)
            page.mend_requested.connect(self.mend_code)
            return page
        if name == "grouping_test":
            from workbench.ui.grouping_test_page import GroupingTestPage

            page = GroupingTestPage(self)
            page.group_label = self.tr("Group")
            page.verdict_given.connect(self.record_group_verdict)
            page.move_requested.connect(
                lambda ids, gid: self.move_items(MoveRequest(code_ids=tuple(ids), target_id=gid)))
            page.rename_requested.connect(lambda gid, name: self.rename_item(GROUP, gid, name))
            page.board_requested.connect(lambda: self._show_page(self.board))
            return page
        if name == "concept_test":
            from workbench.ui.concept_test_page import ConceptTestPage

            page = ConceptTestPage(self)
            page.group_label, page.theme_label = self.tr("Group"), self.tr("Theme")
            page.save_requested.connect(self.save_concept)
            page.delete_requested.connect(self.delete_concept)
            page.verdict_given.connect(self.record_concept_verdict)
            return page
        if name == "overview":
            from workbench.ui.overview_page import OverviewPage

            page = OverviewPage(self)
            page.go_requested.connect(self.go_to)
            return page
        raise KeyError(name)

    board = property(lambda self: self._page("board"))
    code_test = property(lambda self: self._page("code_test"))
    grouping_test = property(lambda self: self._page("grouping_test"))
    concept_test = property(lambda self: self._page("concept_test"))
    overview = property(lambda self: self._page("overview"))

    def current_page(self) -> QWidget | None:
        """The page shown in the central area (made now if it is shown first)."""
        entry = self._pages.get(self.reading.currentWidget())
        return self._page(entry) if isinstance(entry, str) else entry

    def current_page_is(self, name: str) -> bool:
        """Whether page ``name`` is the one shown (without making any page)."""
        holder = self._holders.get(name)
        return holder is not None and self.reading.currentWidget() is holder

    def _show_page(self, page, on: bool = True) -> None:
        """Show a page of the central area (the text when ``on`` is false)."""
        holder = next((h for h, p in self._pages.items() if p is page), None)
        self.reading.setCurrentWidget(holder if on and holder is not None else self.reading.widget(0))
        if on:
            page.setFocus()
