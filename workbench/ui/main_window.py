"""The main window: documents, the document view, codes and passages."""

from __future__ import annotations

import gc
import importlib
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
)

from workbench import APP_NAME, __version__
from workbench.services.errors import ServiceError
from workbench.services.first_look import FirstLook, LookAhead, file_stamp, take_first_look
from workbench.services.records import ALL_DOCUMENTS, Changes, CodeSummary, CodeSystem
from workbench.storage import locking
from workbench.storage.locking import ProjectLocked
from workbench.storage.project_file import FILE_SUFFIX, ProjectFileError, write_backup
from workbench.ui import commands as cmd
from workbench.ui import i18n
from workbench.ui import settings as prefs
from workbench.ui.settings import BACKUPS_KEPT, backup_folder
from workbench.ui.code_tree_model import CODE, GROUP, THEME, UNGROUPED
from workbench.ui.code_tree_panel import CodeTreePanel
from workbench.ui.coding_actions import CodingActions
from workbench.ui.document_actions import DocumentActions
from workbench.ui.export_actions import ExportActions
from workbench.ui.grouping_actions import GroupingActions
from workbench.ui.testing_actions import TestingActions
from workbench.ui.navigation_actions import NavigationActions
from workbench.ui.pages import Pages, column
from workbench.ui.version_actions import VersionActions
from workbench.ui.controller import ProjectController
from workbench.ui.document_view import DocumentView
from workbench.ui.documents_panel import DocumentsPanel
from workbench.ui.notes_panel import NotesPanel
from workbench.ui.passages_panel import PassagesPanel
# The services (and SQLAlchemy under them) load after the window shows a
# project: see open_project and ui/lazy.py.
from workbench.ui.lazy import coding_service, document_service, memos, project_service, retrieval, structure

if TYPE_CHECKING:
    from workbench.services.project import Project
    from workbench.ui.import_worker import BackgroundImport
    from workbench.ui.welcome import WelcomePage


def import_patterns() -> str:
    """File name patterns of every format Stegvis imports, for the file dialog."""
    from workbench.importers import SUPPORTED_SUFFIXES  # the importers load when first used

    return " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)


#: How long the services wait for the window's first paint before they load anyway.
FIRST_PAINT_WAIT_MS = 1000


class _PaintWatch(QObject):
    """Notes that a widget has been painted (MainWindow._after_first_paint)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.painted = False

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class MainWindow(CodingActions, GroupingActions, DocumentActions, TestingActions, ExportActions, VersionActions,
                 NavigationActions, Pages, QMainWindow):
    #: A background import ended: (ImportReport).
    import_finished = Signal(object)
    #: A background export ended: (the file written, or None).
    export_finished = Signal(object)
    #: The services have been imported and a project's file checked, on a thread of
    #: their own (see open_project): (the file, its format version, or -1 when the check failed).
    services_loaded = Signal(str, int)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """A count's plural forms are found in the mixin that has the string
        (i18n.translate_count); everything else as PySide6 does."""
        if n < 0:
            return super().tr(text, disambiguation)
        return i18n.translate_count(self, text, disambiguation, n)

    def __init__(self, opening: bool = False) -> None:
        """``opening``: a project is opened right after (app.start): the start
        page is not made unless that fails (show_project_state then shows it)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.controller = ProjectController(self)
        self._services_thread_started = False
        self._checked: tuple[Path, int] | None = None  # a file checked on the loading thread, and its version
        self.controller.changed.connect(self.refresh)
        self.controller.failed.connect(self.show_problem)
        self.codes: dict[int, CodeSummary] = {}
        self.system: CodeSystem | None = None

        self.document_view = DocumentView(self)
        self._welcome: WelcomePage | None = None  # the start page, made when first shown (welcome)
        self._welcome_scroll: QScrollArea | None = None
        self._edit_banner: QFrame | None = None  # shown while the text is edited; made when first needed
        text_page = self._text_page = column(self, self.document_view)
        self.reading = QTabWidget(self)
        self.reading.setDocumentMode(True)
        self.reading.setUsesScrollButtons(True)
        self._setup_pages(text_page)  # the board and the test pages are made when first shown
        self.reading.currentChanged.connect(lambda _i: (self._refresh_board(), self.refresh_tests()))
        self._board_stale = True
        self.stack = QStackedWidget(self)
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("#readOnlyBanner { background: #ffe0e0; color: #5a0000; padding: 6px; }")
        self.read_only_banner.hide()
        self.project_page = column(self, self.read_only_banner, self.reading)
        self.stack.addWidget(self.project_page)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        self.background_import: BackgroundImport | None = None

        self.documents_panel = DocumentsPanel(self)
        self.codes_panel = CodeTreePanel(self)
        self.passages_panel = PassagesPanel(self)
        self.documents_dock = self._dock("documentsDock", self.tr("Documents"), self.documents_panel,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.codes_dock = self._dock("codesDock", self.tr("Code System"), self.codes_panel,
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.passages_dock = self._dock("passagesDock", self.tr("Passages"), self.passages_panel,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.notes_panel = NotesPanel(self)
        self.notes_dock = self._dock("notesDock", self.tr("Memo"), self.notes_panel,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.passages_dock, self.notes_dock)
        self.passages_dock.raise_()

        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._create_actions()
        self._create_menus()
        self._connect()
        self._restore_window_state()
        self._opening = opening
        self.show_project_state()
        self._opening = False

    # --- construction -----------------------------------------------------------
    @property
    def welcome(self) -> WelcomePage:
        """The start page: where to begin, and the recent projects. Made when
        first shown; a window started on a project may never show it."""
        if self._welcome is None:
            from workbench.ui.welcome import WelcomePage

            self._welcome = WelcomePage(self)
            self._welcome_scroll = QScrollArea(self)
            self._welcome_scroll.setWidgetResizable(True)
            self._welcome_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._welcome_scroll.setWidget(self._welcome)
            self.stack.insertWidget(0, self._welcome_scroll)
            self._welcome.new_requested.connect(self.new_project_dialog)
            self._welcome.open_requested.connect(self.open_project_dialog)
            self._welcome.demo_requested.connect(self.open_demo)
            self._welcome.recent_requested.connect(lambda p: self.open_project(Path(p)))
        return self._welcome

    @property
    def welcome_page(self) -> QScrollArea:
        """The start page as the window shows it (scrolling when the window is small)."""
        self.welcome  # made if it is not yet
        return self._welcome_scroll

    @property
    def edit_banner(self) -> QFrame:
        """The bar above the text while it is edited (edit_label says what is
        edited). Made when first shown: most starts never edit a text."""
        if self._edit_banner is None:
            self._edit_banner = self._make_edit_banner()
            self._text_page.layout().insertWidget(0, self._edit_banner)
        return self._edit_banner

    def _make_edit_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("editBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("#editBanner { background: #fff4c2; } #editBanner QLabel { color: #3a3000; }")
        self.edit_label = QLabel(banner)
        self.edit_label.setWordWrap(True)
        done = QPushButton(self.tr("Done"), banner)
        done.clicked.connect(lambda: self.act_edit_text.setChecked(False))
        row = QHBoxLayout(banner)
        row.addWidget(self.edit_label, 1)
        row.addWidget(done)
        banner.hide()
        return banner

    def _dock(self, name: str, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, name: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        S = QKeySequence.StandardKey
        a = self._action
        self.act_new = a(self.tr("&New Project…"), self.new_project_dialog, S.New, "newProject")
        self.act_open = a(self.tr("&Open Project…"), self.open_project_dialog, S.Open, "openProject")
        self.act_demo = a(self.tr("Open the De&mo Project"), self.open_demo, None, "openDemo",
                          self.tr("A fresh copy of the sample thesis project: six interviews, 240 codes"))
        self.act_import = a(self.tr("&Import Documents…"), self.import_dialog, "Ctrl+Shift+I", "importDocuments")
        self.act_import_folder = a(self.tr("Import a &Folder…"), self.import_folder_dialog, None, "importFolder",
                                   self.tr("Import every transcript in a folder and its subfolders"))
        self.act_copy = a(self.tr("Save a Cop&y As…"), self.save_copy_dialog, S.SaveAs, "saveCopy")
        self.act_export_codebook = a(self.tr("Export the &Codebook…"), lambda: self.export_dialog("codebook"),
                                     "Ctrl+Shift+E", "exportCodebook",
                                     self.tr("The codebook for the thesis appendix: Word, Excel or CSV"))
        self.act_export_quotes = a(self.tr("Export the &Quotes…"), lambda: self.export_dialog("quotes"), None,
                                   "exportQuotes", self.tr("Every passage under its theme, group and code, in Word"))
        self.act_export_qdpx = a(self.tr("The Project for &Other Programs (.qdpx)…"),
                                 lambda: self.export_refi_dialog("qdpx"), None, "exportQdpx",
                                 self.tr("REFI-QDA, for NVivo, ATLAS.ti, MAXQDA and QualCoder"))
        self.act_export_qdc = a(self.tr("The Code&book for Other Programs (.qdc)…"),
                                lambda: self.export_refi_dialog("qdc"), None, "exportQdc")
        self.act_import_qdpx = a(self.tr("A Project from Another Program (.qd&px)…"), self.import_qdpx_dialog,
                                 None, "importQdpx", self.tr("Open an NVivo, ATLAS.ti, MAXQDA or QualCoder project "
                                                             "exported as REFI-QDA"))
        self.act_import_qdc = a(self.tr("A Codebook from Another Program (.q&dc)…"), self.import_qdc_dialog, None,
                                "importQdc")
        self.act_close = a(self.tr("&Close Project"), self.close_project, S.Close, "closeProject")
        self.act_save_version = a(self.tr("Save &Version…"), self.save_version_dialog, "Ctrl+Alt+S", "saveVersion",
                                  self.tr("Keep the project as it is now under a name, inside the project file"))
        self.act_versions = a(self.tr("Ve&rsions…"), self.versions_dialog, None, "versions",
                              self.tr("Compare, read and restore saved versions"))
        self.act_change_log = a(self.tr("Change &Log"), self.change_log_dialog, None, "changeLog",
                                self.tr("Every change made to the project, with its time"))
        self.act_quit = a(self.tr("&Quit"), self.close, S.Quit, "quit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.act_undo = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(S.Undo))
        self.act_undo.setObjectName("undo")
        self.act_redo = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence(S.Redo))
        self.act_redo.setObjectName("redo")
        self.act_find_code = a(self.tr("&Find Code…"), self.focus_code_filter, S.Find, "findCode")
        self.act_remove_document = a(self.tr("Remove &Document…"), self.remove_document, None, "removeDocument")
        self.act_properties = a(self.tr("Document &Properties…"), self.edit_document_properties, "Alt+Return",
                                "documentProperties")
        self.act_edit_text = QAction(self.tr("&Edit Text"), self)
        self.act_edit_text.setObjectName("editText")
        self.act_edit_text.setCheckable(True)
        self.act_edit_text.setShortcut(QKeySequence("Ctrl+E"))
        self.act_edit_text.setStatusTip(self.tr("Fix the text (typos, misheard words); codings stay on their words"))
        self.act_edit_text.toggled.connect(self.set_editing)
        self.act_search_text = a(self.tr("&Search Text in Documents…"), self.find_replace_dialog, "Ctrl+Shift+F",
                                 "searchText", self.tr("Find words in every document and code all hits at once"))
        self.act_find_replace = a(self.tr("Find and Re&place in Documents…"), self.find_replace_dialog,
                                  QKeySequence.StandardKey.Replace, "findReplace")
        if self.act_find_replace.shortcut().isEmpty():
            self.act_find_replace.setShortcut(QKeySequence("Ctrl+H"))

        self.act_invivo = a(self.tr("Code &In Vivo"), self.code_in_vivo, "Ctrl+I", "codeInVivo",
                            self.tr("Make a code named after the selected words and code them with it"))
        self.act_code_existing = a(self.tr("Code with &Existing Code…"), self.code_with_existing, "Ctrl+K",
                                   "codeWithExisting")
        self.act_remove_coding = a(self.tr("&Remove Coding"), self.remove_coding_here, "Ctrl+Shift+K",
                                   "removeCoding")
        self.act_new_code = a(self.tr("New Co&de…"), self.new_code_dialog, "Ctrl+Shift+N", "newCode")
        self.act_rename_code = a(self.tr("Re&name"), self.rename_current_item, "F2", "renameCode")
        self.act_new_group = a(self.tr("New &Group from Selected Codes"), self.new_group_from_selection, "Ctrl+G",
                               "newGroup")
        self.act_new_theme = a(self.tr("New &Theme from Selected Groups"), self.new_theme_from_selection,
                               "Ctrl+Shift+G", "newTheme")
        self.act_to_rest = a(self.tr("Move to the &Rest Group"), self.move_selection_to_rest, "Ctrl+R", "moveToRest")
        self.act_ungroup = a(self.tr("Move to &Ungrouped"), self.ungroup_selection, "Ctrl+Shift+R", "ungroup")
        self.act_merge = a(self.tr("&Merge Codes…"), self.merge_selected_codes, "Ctrl+M", "mergeCodes")
        self.act_split = a(self.tr("&Split Code…"), self.split_current_code, None, "splitCode")
        self.act_colour = a(self.tr("&Colour…"), self.choose_colour, None, "colour")
        self.act_number = a(self.tr("Num&ber…"), self.choose_number, None, "number")
        self.act_delete_code = a(self.tr("&Delete Code…"), self.delete_selected_codes, None, "deleteCode")
        self.act_delete_code.setShortcut(QKeySequence(S.Delete))
        self.act_delete_code.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.codes_panel.view.addAction(self.act_delete_code)

        self.act_next_doc = a(self.tr("&Next Document"), lambda: self.step_document(1), "Ctrl+PgDown", "nextDocument")
        self.act_prev_doc = a(self.tr("&Previous Document"), lambda: self.step_document(-1), "Ctrl+PgUp",
                              "previousDocument")
        self.act_board = QAction(self.tr("&Grouping Board"), self)
        self.act_board.setObjectName("groupingBoard")
        self.act_board.setCheckable(True)
        self.act_board.setShortcut(QKeySequence("Ctrl+B"))
        self.act_board.toggled.connect(self._board_toggled)
        self.act_code_test = a(self.tr("Run the &Code Test"), lambda: self._show_page(self.code_test, True),
                               "Ctrl+T", "codeTest", self.tr("Test every code: could it have been made before "
                                                            "the coding? Does it tell what was said?"))
        self.act_grouping_test = a(self.tr("Run the &Grouping Test"), lambda: self._show_page(self.grouping_test),
                                   "Ctrl+Shift+T", "groupingTest")
        self.act_concepts = a(self.tr("Conce&pts and the Concept Test"), lambda: self._show_page(self.concept_test),
                              None, "conceptTest")
        self.act_overview = a(self.tr("SDI &Overview"), lambda: self._show_page(self.overview), "Ctrl+Shift+D",
                              "sdiOverview")
        self.act_palette = a(self.tr("Command Pal&ette…"), self.show_command_palette, "Ctrl+Shift+P",
                             "commandPalette", self.tr("Find any action, code or document by typing"))
        self.act_next_passage = a(self.tr("Next Coded Passage"), lambda: self.step_passage(1), "F8", "nextPassage")
        self.act_prev_passage = a(self.tr("Previous Coded Passage"), lambda: self.step_passage(-1), "Shift+F8",
                                  "previousPassage")
        self.act_focus = [
            a(self.tr("Go to Documents"), lambda: self.focus_panel("documents"), "Alt+1", "focusDocuments"),
            a(self.tr("Go to the Text"), lambda: self.focus_panel("text"), "Alt+2", "focusText"),
            a(self.tr("Go to the Code System"), lambda: self.focus_panel("codes"), "Alt+3", "focusCodes"),
            a(self.tr("Go to Passages"), lambda: self.focus_panel("passages"), "Alt+4", "focusPassages"),
        ]
        self.act_zoom_in = a(self.tr("Zoom &In"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn, "zoomIn")
        self.act_zoom_out = a(self.tr("Zoom &Out"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut,
                              "zoomOut")
        self.act_zoom_reset = a(self.tr("Normal Si&ze"), lambda: self.zoom(0), "Ctrl+0", "zoomReset")
        self.act_guide = a(self.tr("&Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents, "guide")
        self.theme_actions = QActionGroup(self)
        self.theme_actions.setExclusive(True)
        for key, label in (("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark")),
                           ("high_contrast", self.tr("High Contrast"))):
            action = QAction(label, self.theme_actions)
            action.setCheckable(True)
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self.set_theme(k))
        self.act_research_questions = a(self.tr("&Research Questions…"), self.edit_research_questions, None,
                                        "researchQuestions")
        self.act_test_wording = a(self.tr("&Wording of the Tests…"), self.edit_test_wording, None, "testWording")
        self.act_project_memo = a(self.tr("Project &Memo"), self.show_project_memo, None, "projectMemo")
        self.act_stripes = QAction(self.tr("Coding &Stripes"), self)
        self.act_stripes.setObjectName("codingStripes")
        self.act_stripes.setCheckable(True)
        self.act_stripes.setChecked(True)
        self.act_stripes.toggled.connect(self.document_view.set_margin_visible)

        self.act_shortcuts = a(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, None, "keyboardShortcuts")
        self.act_backups = a(self.tr("&Backups…"), self.show_backups, None, "backups")
        self.act_about = a(self.tr("&About Stegvis"), self.show_about, None, "about")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

        self.document_view.context_actions = [self.act_invivo, self.act_code_existing, None,
                                              self.act_undo, self.act_redo]

    def _create_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.setObjectName("fileMenu")
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = m.addMenu(self.tr("Open Rece&nt"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addAction(self.act_demo)
        m.addSeparator()
        m.addActions([self.act_import, self.act_import_folder, self.act_import_qdc, self.act_import_qdpx])
        m.addSeparator()
        export_menu = m.addMenu(self.tr("&Export"))
        export_menu.addActions([self.act_export_codebook, self.act_export_quotes])
        export_menu.addSeparator()
        export_menu.addActions([self.act_export_qdpx, self.act_export_qdc])
        m.addSeparator()
        m.addActions([self.act_save_version, self.act_versions, self.act_copy, self.act_close])
        m.addSeparator()
        m.addAction(self.act_quit)

        m = bar.addMenu(self.tr("&Edit"))
        m.setObjectName("editMenu")
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addActions([self.act_find_code, self.act_search_text, self.act_find_replace])
        m.addSeparator()
        m.addActions([self.act_edit_text, self.act_properties, self.act_remove_document])

        m = bar.addMenu(self.tr("&Code"))
        m.setObjectName("codeMenu")
        m.addActions([self.act_invivo, self.act_code_existing, self.act_remove_coding])
        m.addSeparator()
        m.addActions([self.act_new_code, self.act_rename_code, self.act_delete_code])
        m.addSeparator()
        m.addActions([self.act_new_group, self.act_new_theme, self.act_to_rest, self.act_ungroup])
        m.addSeparator()
        m.addActions([self.act_merge, self.act_split, self.act_colour, self.act_number])

        m = bar.addMenu(self.tr("&View"))
        m.setObjectName("viewMenu")
        m.addActions([self.act_palette])
        m.addSeparator()
        m.addActions([self.act_next_doc, self.act_prev_doc, self.act_next_passage, self.act_prev_passage])
        m.addActions(self.act_focus)
        m.addSeparator()
        m.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        appearance = m.addMenu(self.tr("&Appearance"))
        appearance.addActions(self.theme_actions.actions())
        # Another language opens a new window (texts are set when widgets are built).
        self.language_menu = i18n.LanguageMenu(self)
        self.language_menu.language_chosen.connect(lambda code: i18n.switch_language(self, code))
        m.addMenu(self.language_menu)
        m.addSeparator()
        m.addActions([self.act_board, self.act_project_memo, self.act_change_log])
        m.addSeparator()
        m.addAction(self.act_stripes)
        for dock in (self.documents_dock, self.codes_dock, self.passages_dock, self.notes_dock):
            m.addAction(dock.toggleViewAction())

        m = bar.addMenu(self.tr("&Tests"))
        m.setObjectName("testsMenu")
        self.tests_menu = m
        m.addActions([self.act_code_test, self.act_grouping_test, self.act_concepts, self.act_overview])
        m.addSeparator()
        m.addActions([self.act_research_questions, self.act_test_wording])

        m = bar.addMenu(self.tr("&Help"))
        m.setObjectName("helpMenu")
        m.addActions([self.act_guide, self.act_shortcuts, self.act_backups, self.act_about])

    def _connect(self) -> None:
        self.documents_panel.current_document_changed.connect(self.show_document)
        self.codes_panel.current_item_changed.connect(self.show_passages)
        self.codes_panel.model.rename_requested.connect(self.rename_item)
        self.codes_panel.model.move_requested.connect(self.move_items)
        self.codes_panel.item_activated.connect(self._activate_item)
        self.passages_panel.context_provider = lambda d, a, b: retrieval.context(self.project, d, a, b)
        self.notes_panel.note_changed.connect(self.save_note)
        self.codes_panel.current_item_changed.connect(self.show_notes)
        self.documents_panel.current_document_changed.connect(lambda d: self.show_notes("document", d))
        self.passages_panel.jump_requested.connect(self.jump_to)
        self.passages_panel.remove_requested.connect(self.remove_coding)
        self.document_view.code_dropped.connect(self.apply_code)
        self.document_view.remove_coding_requested.connect(self.remove_coding)
        self.document_view.code_clicked.connect(lambda cid: self.codes_panel.select_code(cid))
        self.document_view.text_edited.connect(self.text_edited)
        self.documents_panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.documents_panel.view.customContextMenuRequested.connect(self._documents_menu)
        self.documents_panel.view.doubleClicked.connect(lambda _i: self.edit_document_properties())
        self.controller.undo_stack.indexChanged.connect(lambda _i: self._update_actions())

    # --- projects -----------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        """The open project (one being opened is opened now: ProjectController.project)."""
        return self.controller.project

    def open_project(self, path: Path, remember: bool = True, read_only: bool = False,
                     look_ahead: LookAhead | None = None) -> bool:
        """Open a project for writing, holding its lock; read-only when the file
        or folder cannot be written, or when someone else has it and the user
        chooses to read it.

        A project that needs nothing asked or upgraded is shown at once from a
        first look (services/first_look.py: read with sqlite3 alone) and opened
        fully right after, while the window waits for the user; whatever needs
        the open project before then waits for it (ProjectController.project).
        ``look_ahead``: that first look, being read already (ui/app.py)."""
        path = Path(path)
        if remember and not read_only:
            try:
                if self._show_first(path, look_ahead):
                    return True
            except ProjectFileError as exc:
                self.show_problem(self.tr("Cannot open %1: %2").replace("%1", str(exc.path)).replace("%2", exc.problem))
                return False
        return self._open_fully(path, remember, read_only)

    def _open_fully(self, path: Path, remember: bool = True, read_only: bool = False) -> bool:
        reason = ""
        if not read_only and path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            read_only = True
            reason = self.tr("The project file or its folder cannot be written: it is open read-only.")
        try:
            try:
                project = project_service.Project.open(path, read_only=read_only, take_lock=not read_only)
            except ProjectLocked as exc:
                choice = self.ask_about_lock(exc.info)
                if choice == "cancel":
                    return False
                read_only = choice == "read"
                if read_only:
                    reason = self.tr("%s has this project open: it is open read-only here.") % exc.info.describe()
                project = project_service.Project.open(path, read_only=read_only, take_lock=not read_only, force=True)
        except ProjectFileError as exc:
            self.show_problem(self.tr("Cannot open %1: %2").replace("%1", str(exc.path)).replace("%2", exc.problem))
            return False
        if remember and not read_only:
            self._backup(project.path)
        self._set_project(project, remember)
        self.set_read_only(reason if read_only else "")
        return True

    # --- showing a project before it is open ------------------------------------------
    def _show_first(self, path: Path, look_ahead: LookAhead | None = None) -> bool:
        """Show ``path`` from a first look and open it fully soon after; False
        when it has to be opened the full way now (it cannot be written, someone
        else has it, or it needs an upgrade)."""
        if not (path.is_file() and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return False
        held, mine = locking.read_lock(path), locking.me()
        if held is not None and not locking.is_stale(held) and (held.host, held.pid) != (mine.host, mine.pid):
            return False  # someone else has it: the full opening asks what to do
        if look_ahead is not None and look_ahead.path == path:
            look = look_ahead.result()
        else:
            look = take_first_look(path, prefs.last_document(path))
        if look is None:  # an older format: upgraded by the full opening, with a backup first
            return False
        self._remember_document()
        gc.unfreeze()  # what the last project left may go now
        self.controller.set_project(None)  # lets go of the last project (and its lock) first
        try:
            locking.acquire(path)
        except (ProjectLocked, OSError):
            self.show_project_state()
            return False
        self.controller.begin_opening(path, lambda: self._finish_opening(look))
        self.set_read_only("")
        prefs.add_recent_project(path)
        self._show_look(look)
        self.statusBar().showMessage(self.tr("Opening %s…") % path)
        self._load_services_soon(path)
        return True

    def _show_look(self, look: FirstLook) -> None:
        """Fill the panels from a first look, as show_project_state does from
        the open project (which it must not touch yet)."""
        self._show_pages(True)
        # The panels' signals are held: their handlers need the open project.
        panels = (self.codes_panel, self.documents_panel)
        blocked = [panel.blockSignals(True) for panel in panels]
        try:
            self.codes_panel.filter.clear()
            self.codes_panel.reset_view_state()
            self._take_system(look.system)
            self.codes_panel.set_system(look.system)
            self.documents_panel.set_documents(look.documents)
            if look.document_id is not None:
                self.documents_panel.select_document(look.document_id)
        finally:
            for panel, was in zip(panels, blocked):
                panel.blockSignals(was)
        self.act_edit_text.setChecked(False)
        if look.document_id is None:
            self.document_view.clear_document()
        else:
            self.document_view.show_document(look.document_id, look.text, look.codings, self.codes, look.styles)
        self._restore_view_state(current_item=False)
        self._update_title()
        self._update_counts()
        self._update_actions()

    def _load_services_soon(self, path: Path) -> None:
        """Import the services and check the project's file (SQLite's check of
        the whole file, and the database layer made ready), on a thread of
        their own once the window has shown the first look and waits for the
        user, so the window answers meanwhile; the project is opened when they
        are done (_services_ready), or before, when something needs it. Started
        earlier, the import would hold Python's lock while the window paints
        the document; later projects are checked at once."""

        def load() -> None:
            for name in ("project", "coding", "code_system", "documents", "memos", "retrieval", "sdi_tests",
                         "sdi_overview", "codes", "versions"):
                importlib.import_module(f"workbench.services.{name}")
            try:
                version = project_service.check_project(path)
            except Exception:  # the opening finds the problem again and says what it is
                version = -1
            try:
                self.services_loaded.emit(str(path), version)
            except RuntimeError:  # the window was closed meanwhile: nothing to open
                pass

        def start() -> None:
            threading.Thread(target=load, name="load-services", daemon=True).start()

        if self._services_thread_started:
            start()
            return
        self._services_thread_started = True
        self.services_loaded.connect(self._services_ready, Qt.ConnectionType.QueuedConnection)
        self._after_first_paint(start)

    def _services_ready(self, path: str, version: int) -> None:
        """The services are in and ``path`` was checked: open it, if it is the
        one still being opened (otherwise it was opened meanwhile, or another)."""
        controller = self.controller
        if controller.opening and controller.path == Path(path):
            self._checked = (Path(path), version) if version >= 0 else None
            try:
                controller.finish_opening()
            finally:
                self._checked = None

    def _after_first_paint(self, then) -> None:
        """Run ``then`` when the document view has been painted and the event
        loop is next about to wait for the user; at the latest after
        FIRST_PAINT_WAIT_MS (a window started minimized or hidden paints nothing)."""
        viewport = self.document_view.viewport()
        dispatcher = QAbstractEventDispatcher.instance()
        watch = _PaintWatch(viewport)
        done: list[bool] = []

        def run() -> None:
            if done:
                return
            done.append(True)
            dispatcher.aboutToBlock.disconnect(idle)
            viewport.removeEventFilter(watch)
            watch.deleteLater()
            then()

        def idle() -> None:
            if watch.painted:
                run()

        viewport.installEventFilter(watch)
        dispatcher.aboutToBlock.connect(idle)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, run)

    def _finish_opening(self, look: FirstLook) -> None:
        """Open the project shown from ``look`` (ProjectController.finish_opening)."""
        path = look.path
        checked = self._checked[1] if self._checked is not None and self._checked[0] == path else None
        try:
            project = project_service.Project.open(path, take_lock=True, version=checked)
        except (ProjectFileError, ProjectLocked) as exc:
            locking.release(path)
            self.controller.set_project(None)
            self.show_project_state()
            self.show_problem(self.tr("Cannot open %1: %2").replace("%2", exc.problem).replace("%1", str(path)))
            return
        self.controller.set_project(project)
        if file_stamp(path) != look.stamp:  # written by something else since the first look
            self.show_project_state()
            self.documents_panel.select_document(look.document_id if look.document_id is not None else -1)
        else:  # what the panels' signals would have done (_show_look held them)
            if look.document_id is not None:
                self.show_notes("document", look.document_id)
            current = self.codes_panel.current_item()
            if current is not None:
                self.show_passages(*current)
                self.show_notes(*current)
        self._backup(path)
        self._update_actions()
        # The project's long-lived objects leave the collector's generations, so
        # full collections stay short while the student codes.
        gc.collect()
        gc.freeze()
        self.statusBar().showMessage(self.tr("Opened %s") % path, 5000)

    def ask_about_lock(self, info) -> str:
        """Someone has the project open: "read", "anyway" or "cancel"."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Project in Use"))
        box.setText(self.tr("This project is open for writing by %s.") % info.describe())
        box.setInformativeText(self.tr("Two programs writing the same project would lose work. Open it to read, "
                                       "or open it anyway if that Stegvis has stopped (for example on a computer "
                                       "that crashed)."))
        read = box.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "read" if clicked is read else "anyway" if clicked is anyway else "cancel"

    def set_read_only(self, reason: str) -> None:
        """Show (or hide) the read-only banner; commands are refused with ``reason``."""
        self.controller.read_only_reason = reason
        self.read_only_banner.setText(f"<b>{reason}</b>" if reason else "")
        self.read_only_banner.setVisible(bool(reason))

    def _backup(self, path: Path) -> None:
        """An automatic backup on every open; the last few are kept (Help -> Backups)."""
        try:
            write_backup(path, backup_folder(path), keep=BACKUPS_KEPT)
        except ProjectFileError as exc:
            self.statusBar().showMessage(self.tr("No backup was written: %s") % exc.problem, 10000)

    def show_backups(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        folder = backup_folder(self.project.path) if self.project else backup_folder(None)
        folder.mkdir(parents=True, exist_ok=True)
        QMessageBox.information(
            self, self.tr("Backups"),
            self.tr("Stegvis writes a backup copy of a project each time it is opened and keeps the last %1. "
                    "They are in:\n%2\n\nTo go back to one, open it (File → Open Project) and save a copy "
                    "where you want it.").replace("%1", str(BACKUPS_KEPT)).replace("%2", str(folder)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def new_project(self, path: Path) -> bool:
        path = Path(path)
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        try:
            project = project_service.Project.create(path)
        except ProjectFileError as exc:
            self.show_problem(self.tr("Cannot create %1: %2").replace("%1", str(exc.path)).replace("%2", exc.problem))
            return False
        self._set_project(project)
        return True

    def open_demo(self) -> bool:
        from workbench.ui.app import demo_project_path

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = demo_project_path()
        finally:
            QApplication.restoreOverrideCursor()
        return self.open_project(path)

    def _set_project(self, project: Project, remember: bool = True) -> None:
        self._remember_document()
        gc.unfreeze()  # what the last project left may go now
        self.controller.set_project(project)
        if remember:
            prefs.add_recent_project(project.path)
        self.codes_panel.filter.clear()
        self.codes_panel.reset_view_state()
        self.show_project_state()
        docs = self.documents_panel.model.records
        if docs:
            last = prefs.last_document(project.path)
            target = last if last is not None and self.documents_panel.model.row_of(last) >= 0 else docs[0].id
            self.documents_panel.select_document(target)
        self._restore_view_state()
        # The project's long-lived objects leave the collector's generations, so
        # full collections stay short while the student codes.
        gc.collect()
        gc.freeze()
        self.statusBar().showMessage(self.tr("Opened %s") % project.path, 5000)

    def close_project(self) -> None:
        self._remember_document()
        self.controller.set_project(None)
        self.set_read_only("")
        self.show_project_state()

    def _remember_document(self) -> None:
        """Keep where the user was, to return there when the project reopens."""
        path = self.controller.path
        if path is None:
            return
        view = self.document_view
        prefs.set_last_document(path, view.document_id)
        docs = self.documents_panel.model.records
        current = self.codes_panel.current_item()
        prefs.set_view_state(path, {
            "document": view.document_id,
            "scroll": view.verticalScrollBar().value(),
            "selection": list(view.selection_span() or ()),
            "expanded": [list(k) for k in self.codes_panel._expanded_keys()],
            "current": list(current) if current else None,
            "opened": datetime.now().isoformat(timespec="minutes"),
            "documents": len(docs),
            "codes": len(self.codes),
        })

    def _restore_view_state(self, current_item: bool = True) -> None:
        """The code system's open branches, the current item, the selection and
        the place in the document, as they were when the project closed. With
        ``current_item`` false the item is selected without retrieving its
        passages and notes (they need the open project)."""
        state = prefs.view_state(self.controller.path)
        expanded = state.get("expanded")
        if expanded:
            self.codes_panel.collapse_all()
            self.codes_panel._expand({tuple(k) for k in expanded})
        if state.get("current"):
            self.codes_panel.select_item(*state["current"], emit=current_item)
        view = self.document_view
        selection = state.get("selection")
        if selection and len(selection) == 2 and view.document_id == state.get("document"):
            if 0 <= selection[0] < selection[1] <= len(view.text):
                view.select_span(*selection)
        if view.document_id == state.get("document"):
            view.verticalScrollBar().setValue(int(state.get("scroll") or 0))

    def _show_pages(self, has_project: bool) -> None:
        """The project's pages and docks (empty of notes and passages), or the
        start page with the recent projects."""
        # While the window is made for a project opened right after: its (empty) pages.
        self.stack.setCurrentWidget(self.project_page if has_project or self._opening else self.welcome_page)
        if not has_project and not self._opening:
            recent = prefs.recent_projects()
            self.welcome.set_recent(recent, {p: prefs.view_state(Path(p)) for p in recent})
        for dock in (self.documents_dock, self.codes_dock, self.passages_dock, self.notes_dock):
            dock.setEnabled(has_project)
        self.notes_panel.show_notes(None)
        self.passages_panel.show_passages(None, [])
        self._board_stale = True

    def show_project_state(self) -> None:
        """Fill every panel from the project (or empty them without one)."""
        has = self.project is not None
        self._show_pages(has)
        self.document_view.clear_document()
        self.codes_panel.set_system(CodeSystem([], [], []))
        self.documents_panel.set_documents([])
        if has:
            self.refresh(Changes(documents=True, codes=True))
        self._update_title()
        self._update_actions()

    # --- refreshing after changes -------------------------------------------------
    def _take_system(self, system: CodeSystem) -> None:
        """The code system shown, and its codes by id."""
        self.system = system
        self.codes = {c.id: c for c in system.codes}

    def refresh(self, changes: Changes) -> None:
        if self.project is None:
            return
        if changes.codes or (changes.code_counts and self.system is None):
            self._take_system(structure.code_system(self.project))
            self.codes_panel.set_system(self.system)
        elif changes.code_counts:
            self._take_system(structure.recount(self.project, self.system, changes.code_counts))
            self.codes_panel.model.update_counts(self.system, changes.code_counts)
        if changes.codes or changes.code_counts:
            self._board_stale = True
            self._refresh_board()
        if changes.documents:
            self.documents_panel.set_documents(document_service.list_documents(self.project))
        elif changes.document_counts:
            self.documents_panel.set_coding_counts(
                document_service.coding_counts(self.project, changes.document_counts))
        doc_id = self.document_view.document_id
        if doc_id is not None and doc_id in changes.texts and self.documents_panel.model.row_of(doc_id) >= 0:
            text = document_service.document_text(self.project, doc_id)
            if text != self.document_view.text:  # undone or redone, not just typed
                self._load_document(doc_id, keep_place=True)
                changes = Changes(codes=changes.codes, documents=changes.documents)
        if doc_id is not None and (doc_id in changes.codings_in or ALL_DOCUMENTS in changes.codings_in):
            if self.documents_panel.model.row_of(doc_id) < 0:
                self.document_view.clear_document()
            else:
                self.document_view.update_codings(
                    coding_service.codings_in_document(self.project, doc_id), self.codes
                )
        if changes.codes or changes.code_counts or changes.codings_in:
            current = self.codes_panel.current_item()
            self.show_passages(*(current if current is not None else ("", -1)))
        if changes.tests or changes.codes or changes.code_counts:
            self.refresh_tests()
        if changes.notes and self.notes_panel.notes is not None and not self.notes_panel.memo.hasFocus():
            n = self.notes_panel.notes
            self.show_notes(n.kind, n.id if n.id is not None else -1)
        self._update_counts()
        self._update_actions()

    def _board_toggled(self, on: bool) -> None:
        """View → Grouping Board: to the board, or back to the text. Not when the
        action only follows a page shown otherwise (_refresh_board): leaving the
        board for a test page would send the window on to the text."""
        if on != self.current_page_is("board"):
            self._show_page(self.board, on)

    def _refresh_board(self) -> None:
        """The board follows the code system, rebuilt only while it is shown."""
        on_board = self.current_page_is("board")
        self.act_board.setChecked(on_board)
        if self._board_stale and on_board and self.system is not None:
            self.board.set_system(self.system)
            self._board_stale = False

    # --- memos ----------------------------------------------------------------------------
    def show_notes(self, kind: str, item_id: int) -> None:
        if self.project is None or kind not in ("project", "document", CODE, GROUP, THEME) or (
            kind != "project" and item_id < 0
        ):
            return
        labels = {"project": self.tr("Project"), "document": self.tr("Document"), CODE: self.tr("Code"),
                  GROUP: self.tr("Code group"), THEME: self.tr("Theme")}
        try:
            notes = memos.get_notes(self.project, kind, None if kind == "project" else item_id)
        except ServiceError:
            return
        self.notes_panel.show_notes(notes, labels[kind])

    def show_project_memo(self) -> None:
        self.show_notes("project", -1)
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes_panel.memo.setFocus()

    def save_note(self, kind: str, item_id, field: str, text: str) -> None:
        self.controller.execute(cmd.NoteCommand(self.controller, kind, item_id, field, text))

    def _update_counts(self) -> None:
        if not self.controller.has_project:
            self.counts_label.clear()
            return
        docs = self.documents_panel.model.records
        codings = sum(d.codings for d in docs)
        self.counts_label.setText(" · ".join((
            self.tr("%Ln document(s)", "", len(docs)), self.tr("%Ln code(s)", "", len(self.codes)),
            self.tr("%Ln coding(s)", "", codings))))

    def _update_title(self) -> None:
        parts = []
        if self.document_view.document_id is not None:
            row = self.documents_panel.model.row_of(self.document_view.document_id)
            if row >= 0:
                parts.append(self.documents_panel.model.records[row].name)
        if self.controller.path is not None:
            parts.append(self.controller.path.name)
        parts.append(APP_NAME)
        self.setWindowTitle(" — ".join(parts))

    def _update_actions(self) -> None:
        has = self.controller.has_project
        has_doc = has and self.document_view.document_id is not None
        for act in (self.act_import, self.act_import_folder, self.act_copy, self.act_close, self.act_new_code,
                    self.act_export_codebook, self.act_export_quotes, self.act_save_version, self.act_versions,
                    self.act_export_qdpx, self.act_export_qdc, self.act_import_qdc,
                    self.act_change_log, self.act_research_questions, self.act_test_wording,
                    self.act_find_code, self.act_find_replace):
            act.setEnabled(has)
        for act in (self.act_invivo, self.act_code_existing, self.act_remove_coding, self.act_remove_document,
                    self.act_next_doc, self.act_prev_doc, self.act_edit_text, self.act_properties,
                    self.act_next_passage, self.act_prev_passage):
            act.setEnabled(has_doc)
        selected = self.codes_panel.selected_items() if has else []
        kinds = {k for k, _ in selected}
        current = self.codes_panel.current_item() if has else None
        self.act_rename_code.setEnabled(current is not None and current[0] in (CODE, GROUP, THEME))
        self.act_delete_code.setEnabled(bool(selected))
        self.act_new_group.setEnabled(CODE in kinds)
        self.act_new_theme.setEnabled(GROUP in kinds)
        self.act_to_rest.setEnabled(CODE in kinds)
        self.act_ungroup.setEnabled(CODE in kinds or GROUP in kinds)
        self.act_merge.setEnabled(len(self.codes_panel.selected_code_ids()) >= 2 if has else False)
        self.act_split.setEnabled(current is not None and current[0] == CODE)
        self.act_colour.setEnabled(current is not None and current[0] in (CODE, GROUP, THEME))
        self.act_number.setEnabled(current is not None and current[0] in (GROUP, THEME))

    def show_document(self, document_id: int) -> None:
        self.act_edit_text.setChecked(False)
        if self.project is None or document_id < 0:
            self.document_view.clear_document()
        else:
            self._load_document(document_id)
        self._update_title()
        self._update_actions()

    def _load_document(self, document_id: int, keep_place: bool = False) -> None:
        assert self.project is not None
        try:
            text = document_service.document_text(self.project, document_id)
        except ServiceError as exc:
            self.show_problem(str(exc))
            return
        codings = coding_service.codings_in_document(self.project, document_id)
        styles = document_service.document_styles(self.project, document_id)
        self.document_view.show_document(document_id, text, codings, self.codes, styles, keep_place=keep_place)

    def show_passages(self, kind: str, item_id: int) -> None:
        """Retrieval: the passages under the selected code, group, theme or Ungrouped."""
        if self.project is None or kind not in (CODE, GROUP, THEME, UNGROUPED):
            self.passages_panel.show_passages(None, [])
        else:
            node = self.codes_panel.model.index_of(kind, item_id if kind != UNGROUPED else None)
            title = self.codes_panel.model.display_name(node.internalPointer()) if node.isValid() else ""
            item = None if kind == UNGROUPED else item_id
            self.passages_panel.show_passages(
                title, retrieval.retrieve(self.project, kind, item), retrieval.document_attributes(self.project)
            )
        self._update_actions()

    def step_document(self, step: int) -> None:
        docs = self.documents_panel.model.records
        if not docs:
            return
        row = self.documents_panel.model.row_of(self.document_view.document_id or -1)
        self.documents_panel.select_document(docs[(row + step) % len(docs)].id)

    def jump_to(self, document_id: int, start: int, end: int) -> None:
        if self.document_view.document_id != document_id:
            self.documents_panel.select_document(document_id)
        self.document_view.select_span(start, end)
        self.document_view.setFocus()

    # --- dialogs ---------------------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.project.path.parent) if self.project else str(Path.home())

    def new_project_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Project"), self._start_dir(), self.tr("Stegvis projects (*.stegvis)"))
        if path:
            self.new_project(Path(path))

    def open_project_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Project"), self._start_dir(), self.tr("Stegvis projects (*.stegvis)"))
        if path:
            self.open_project(Path(path))

    def import_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import Documents"), self._start_dir(),
                                                self.tr("Transcripts (%1);;All files (*)").replace("%1", import_patterns()))
        self.import_files([Path(p) for p in paths])

    def import_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder"), self._start_dir())
        if folder:
            self.import_files([Path(folder)])

    def save_copy_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.project is None:
            return
        suggestion = str(self.project.path.with_name(self.tr("%1 copy").replace("%1", self.project.path.stem)
                                                     + FILE_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy As"), suggestion, self.tr("Stegvis projects (*.stegvis)"))
        if not path:
            return
        try:
            target = self.project.save_copy(Path(path))
        except ProjectFileError as exc:
            self.show_problem(self.tr("Cannot save a copy: %s") % exc)
            return
        self.statusBar().showMessage(self.tr("Saved a copy as %s") % target, 8000)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = prefs.recent_projects()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.open_project(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def show_problem(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message.splitlines()[0], 10000)
        QMessageBox.warning(self, APP_NAME, message)

    def show_shortcuts(self) -> None:
        from workbench.ui.shortcuts_dialog import ShortcutsDialog
        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, self.tr("About Stegvis"),
            self.tr("<h3>Stegvis %1</h3><p>A workbench for qualitative analysis by Tjora's stepwise-deductive "
                    "induction: code close to the data, group codes, test the codes and the grouping.</p>"
                    "<p>Your projects stay on this computer; Stegvis sends nothing anywhere.</p>")
            .replace("%1", __version__),
        )

    # --- window state ------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        self._dock_sizes_pending = False
        s = prefs.settings()
        geometry = s.value("window/geometry")
        state = s.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
            # Docks can be sized only once the window is laid out (showEvent).
            self._dock_sizes_pending = True
        if isinstance(state, QByteArray):
            self.restoreState(state)
        stripes = s.value("view/codingStripes", True)
        self.act_stripes.setChecked(stripes not in (False, "false"))
        theme = str(s.value("ui/theme", "system"))
        if theme != "system":
            self.set_theme(theme)
        else:
            for action in self.theme_actions.actions():
                action.setChecked(action.data() == "system")
        try:
            zoom = float(s.value("view/zoom", 0) or 0)
        except (TypeError, ValueError):
            zoom = 0.0
        if zoom:
            font = self.document_view.document().defaultFont()
            font.setPointSizeF(self.document_view.base_point_size + zoom)
            self.document_view.document().setDefaultFont(font)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dock_sizes_pending:  # before the first paint, or all is laid out and painted twice
            self._dock_sizes_pending = False
            self.layout().activate()
            self._default_dock_sizes()

    def _default_dock_sizes(self) -> None:
        width = self.width()
        self.resizeDocks([self.documents_dock, self.codes_dock], [width // 7, width * 2 // 7],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.passages_dock], [self.height() // 4], Qt.Orientation.Vertical)

    def closeEvent(self, event) -> None:
        self._remember_document()
        s = prefs.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("view/codingStripes", self.act_stripes.isChecked())
        s.sync()
        self.controller.set_project(None)
        super().closeEvent(event)
