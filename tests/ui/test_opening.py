"""Opening a project: shown at once from a first look (read with sqlite3
alone), opened fully right after, and whatever the student does in between
waits for it (MainWindow.open_project, ProjectController.project)."""

from __future__ import annotations

import gc
import os

import pytest

from workbench.services import codes, coding, documents
from workbench.services.project import Project
from workbench.storage import locking
from workbench.ui import settings as prefs
from workbench.ui.code_tree_model import CODE

from tests.ui.conftest import select_text

TEXTS = {
    "Anna.txt": "Anna: Vi måtte lære alt på nytt 🙂 og det var tøft.",
    "Bjørn.txt": "Bjørn: Kommunen er ganske pressa, og ansatte må få hjelp.",
}


@pytest.fixture
def study(tmp_path):
    """A closed project of two interviews with three in-vivo codes: (path, document ids by name)."""
    path = tmp_path / "studie.stegvis"
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Project.create(path) as project:
        documents.import_files(project, [tmp_path / n for n in TEXTS])
        docs = {d.name: d.id for d in documents.list_documents(project)}
        for doc, phrase in (("Bjørn", "Kommunen er ganske pressa"), ("Bjørn", "ansatte må få hjelp"),
                            ("Anna", "det var tøft")):
            start = TEXTS[f"{doc}.txt"].index(phrase)
            coding.code_in_vivo(project, docs[doc], start, start + len(phrase))
    return path, docs


def test_a_project_is_shown_at_once_and_opened_right_after(window, qtbot, study):
    project_path, docs = study
    bjorn = docs["Bjørn"]
    prefs.set_last_document(project_path, bjorn)
    assert window.open_project(project_path)
    # Shown before it is open: the document last read, its codings, the code system.
    assert window.controller.opening
    view = window.document_view
    assert view.document_id == bjorn and view.text == TEXTS["Bjørn.txt"]
    assert sorted(view.text[c.start:c.end] for c in view.codings) == ["Kommunen er ganske pressa",
                                                                      "ansatte må få hjelp"]
    assert sorted(window.codes[c].name for c in window.codes) == ["Ansatte må få hjelp", "Det var tøft",
                                                                  "Kommunen er ganske pressa"]
    assert [d.name for d in window.documents_panel.model.records] == ["Anna", "Bjørn"]
    assert "studie.stegvis" in window.windowTitle() and "Bjørn" in window.windowTitle()
    assert window.act_invivo.isEnabled()
    assert locking.read_lock(project_path).pid == os.getpid()  # nobody else can start writing meanwhile
    # Opened once the window waits for the user.
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    assert window.project is not None and window.project.path == project_path
    assert window.notes_panel.notes is not None and window.notes_panel.notes.kind == "document"
    assert not window.problems


def test_coding_before_the_project_is_open_waits_for_it(window, qtbot, study):
    project_path, docs = study
    assert window.open_project(project_path)
    assert window.controller.opening
    select_text(window.document_view, "Vi måtte lære alt på nytt")
    window.code_in_vivo()  # at once: the project opens first, then the code is made
    assert not window.controller.opening
    names = [c.name for c in codes.list_codes(window.project)]
    assert "Vi måtte lære alt på nytt" in names
    assert "Vi måtte lære alt på nytt" in [c.name for c in window.codes.values()]
    window.act_undo.trigger()
    assert "Vi måtte lære alt på nytt" not in [c.name for c in codes.list_codes(window.project)]
    assert not window.problems


def test_the_place_in_the_code_system_returns_with_its_passages(window, qtbot, study):
    project_path, docs = study
    assert window.open_project(project_path)
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    code = next(c for c in window.codes.values() if c.name == "Det var tøft")
    window.codes_panel.select_item(CODE, code.id)
    window.close_project()
    assert window.open_project(project_path)
    assert window.codes_panel.current_item() == (CODE, code.id)  # selected at once
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    passages = window.passages_panel.model
    assert passages.rowCount() == 1  # and its passages retrieved once the project is open
    assert window.notes_panel.notes.kind == CODE and window.notes_panel.notes.id == code.id


def test_closing_before_the_project_is_open_lets_go_of_it(window, study):
    project_path, docs = study
    assert window.open_project(project_path)
    assert window.controller.opening
    window.close_project()
    assert not locking.lock_path(project_path).exists()
    window.controller.finish_opening()  # what the loaded services would ask for: nothing is pending
    assert window.project is None
    assert window.stack.currentWidget() is window.welcome_page


def test_a_change_made_elsewhere_before_the_opening_is_shown(window, qtbot, study):
    project_path, docs = study
    assert window.open_project(project_path)
    assert window.controller.opening
    stamp = os.stat(project_path).st_mtime_ns
    with Project.open(project_path) as other:  # another program writes the file meanwhile
        codes.create_code(other, "Skrevet av et annet program")
    os.utime(project_path, ns=(stamp + 10**9, stamp + 10**9))  # a coarse clock still sees a change
    shown = window.document_view.document_id
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    assert "Skrevet av et annet program" in [c.name for c in window.codes.values()]
    assert window.document_view.document_id == shown and window.document_view.text  # still showing it
    assert window.codes_panel.model.index_of(CODE, next(
        c.id for c in window.codes.values() if c.name == "Skrevet av et annet program")).isValid()


def test_an_older_project_is_upgraded_by_the_full_opening(window, tmp_path):
    import shutil
    from pathlib import Path

    old = tmp_path / "gammel.stegvis"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "format4.stegvis", old)
    assert window.open_project(old)
    assert not window.controller.opening  # opened (and upgraded) before it was shown
    assert window.project is not None and window.documents_panel.model.records


@pytest.mark.parametrize("where", [0.5, 0.9])
def test_a_damaged_project_is_reported_and_let_go(window, qtbot, study, where):
    project_path, _docs = study
    data = bytearray(project_path.read_bytes())
    at = int(len(data) * where) // 4096 * 4096  # the start of a page
    data[at:at + 200] = b"\xa5" * 200
    project_path.write_bytes(bytes(data))
    # Damage only SQLite's full check finds: shown from the first look, refused by the opening after it.
    assert window.open_project(project_path)
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    assert window.project is None
    assert window.stack.currentWidget() is window.welcome_page
    assert any("damaged" in p for p in window.problems), window.problems
    assert not locking.lock_path(project_path).exists()


def test_the_app_reads_the_project_while_it_builds_the_window(qtbot, study, monkeypatch):
    """`stegvis PROJECT`: the first look is read on a thread while the window is
    built, and the window shows it."""
    from workbench.services import first_look
    from workbench.ui.app import make_application, start

    project_path, docs = study
    make_application()
    prefs.set_last_document(project_path, docs["Bjørn"])
    read_on: list[str] = []
    real = first_look.take_first_look

    def spy(path, document_id=None):
        import threading

        read_on.append(threading.current_thread().name)
        return real(path, document_id)

    monkeypatch.setattr(first_look, "take_first_look", spy)
    try:
        _app, window = start(project_path)
        qtbot.addWidget(window)
        # No garbage collections while the window is built, and on again once it waits.
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=10000)
    finally:
        gc.enable()
    assert read_on == ["first-look"]  # not on the window's thread
    from workbench.ui.welcome import WelcomePage

    assert window.findChild(WelcomePage) is None  # the start page is not made for nothing
    assert window.document_view.document_id == docs["Bjørn"]
    assert window.document_view.text == TEXTS["Bjørn.txt"]
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    assert window.project.path == project_path
    window.close()


def test_the_app_names_a_project_it_cannot_read(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.app import start

    bad = tmp_path / "notes.stegvis"
    bad.write_text("not a project", encoding="utf-8")
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: problems.append(text))
    _app, window = start(bad)
    qtbot.addWidget(window)
    assert window.controller.path is None
    assert problems and str(bad) in problems[0] and "not a Stegvis project" in problems[0]
    assert window.stack.currentWidget() is window.welcome_page  # where to start instead
    window.close()


def test_a_window_that_paints_nothing_still_opens_the_project(window, qtbot, study):
    """Started minimized or hidden, the window shows nothing; the project is
    opened all the same, a moment later."""
    project_path, _docs = study
    window.hide()
    assert window.open_project(project_path)
    assert window.controller.opening
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    assert window.project is not None and window.project.path == project_path


def test_the_collector_comes_on_without_going_over_what_the_start_made():
    from workbench.ui.app import collector_on

    gc.disable()
    try:
        made = [[n] for n in range(5000)]  # the start's long-lived objects
        collector_on()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(made)  # out of the collector's generations
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_fonts_are_read_beside_the_window_and_without_fontconfig_too(qapp, monkeypatch):
    """The fonts thread has fontconfig set up through ctypes (Python's lock
    free meanwhile); where there is no fontconfig, Qt's font database reads
    them. Either way Qt then knows the system's fonts."""
    import ctypes
    import sys

    from PySide6.QtGui import QFontDatabase

    from workbench.ui.app import read_fonts

    read_fonts()
    assert QFontDatabase.families()
    asked: list[str] = []

    def no_library(name, *args, **kwargs):
        asked.append(name)
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", no_library)
    read_fonts()  # falls back to Qt's database, quietly
    assert asked == ([] if sys.platform in ("win32", "darwin") else ["libfontconfig.so.1"])
    assert QFontDatabase.families()


def test_the_project_file_is_checked_once_off_the_window_thread(window, qtbot, study, monkeypatch):
    """SQLite's check of the whole file (tens of milliseconds for a large
    project) runs on the thread that loads the services; the opening that
    follows on the window's thread does not check the file again."""
    import threading

    from workbench.services import project as project_service

    project_path, _docs = study
    checked_on: list[str] = []
    real = project_service.read_format_version

    def spy(path, *args, **kwargs):
        checked_on.append(threading.current_thread().name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(project_service, "read_format_version", spy)
    assert window.open_project(project_path)
    qtbot.waitUntil(lambda: not window.controller.opening, timeout=10000)
    assert window.project is not None and window.project.path == project_path
    assert checked_on == ["load-services"]
