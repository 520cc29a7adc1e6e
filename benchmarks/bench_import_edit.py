#!/usr/bin/env python3
"""Speed figures for importing many long transcripts, showing a very long one
and fixing words in a coded one, printed as one JSON object.

    make bench        (or: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_import_edit.py)

What is measured (see benchmarks/README.md for what each figure means):

* importing 60 synthetic .docx transcripts of ~12,000 words each through
  services.documents.import_files into a fresh project, and the same through
  the window's background import (MainWindow.import_files, until
  import_finished);
* showing a 40,000-word transcript with ~1,000 codings in the main window's
  document view, from the call to the view painted;
* replacing one word in a coded 12,000-word transcript (500 codings) in edit
  mode, by a QTextCursor.insertText in the view as typing does, from the call
  to the repainted view (the edit is saved through EditTextCommand), 50 times
  at different places; then whether the stored text equals the view's.

Everything runs in a temporary folder (project, transcripts, settings, XDG
folders), so the benchmark never touches the user's own. Progress goes to
stderr, the JSON to stdout. No network.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from common import (
    code_names,
    first_sample,
    logger,
    median_ms,
    met,
    ms,
    open_window,
    p95,
    print_result,
    sample_turns,
    temporary_home,
    time_show_document,
    view_painted,
    word_span,
    write_docx_transcript,
    write_docx_transcripts,
)

SEED = 20240611
IMPORT_FILES = 60
IMPORT_WORDS = 12_000
LONG_WORDS = 40_000
LONG_CODINGS = 1_000
EDIT_CODINGS = 500
N_CODES = 150
SHOW_RUNS = 10
EDIT_RUNS = 50
IMPORT_TIMEOUT_S = 300

TARGETS = {"import_60_s": 30, "show_40k_words_ms": 300, "edit_word_ms": 100}

log = logger("bench import/edit")


# --- synthetic transcripts -------------------------------------------------------------


def build_files(tmp: Path) -> dict:
    rng = random.Random(SEED)
    turns = sample_turns()
    began = time.perf_counter()
    files, words = write_docx_transcripts(tmp / "transcripts", IMPORT_FILES, IMPORT_WORDS, turns, rng)
    long_path = tmp / "Lang transkripsjon – Informant L.docx"
    long_words = write_docx_transcript(long_path, "Informant L", LONG_WORDS, turns, rng)
    log(f"built {len(files)} + 1 .docx files in {time.perf_counter() - began:.1f} s")
    return {"files": files, "words": words, "long": long_path, "long_words": long_words}


# --- import through the service ----------------------------------------------------------


def measure_import(tmp: Path, built: dict) -> dict:
    from workbench.services.documents import import_files
    from workbench.services.project import Project

    project = Project.create(tmp / "import.stegvis")
    try:
        begin = time.perf_counter()
        report = import_files(project, built["files"])
        took = time.perf_counter() - begin
    finally:
        project.close()
    if report.failed or len(report.imported) != IMPORT_FILES:
        raise RuntimeError(f"import failed: {report.failed}")
    characters = sum(d.characters for d in report.imported)
    log(f"import_files: {IMPORT_FILES} files in {took:.2f} s")
    return {
        "import_60_s": round(took, 2),
        "import_docs_per_s": round(IMPORT_FILES / took, 1),
        "import_detail": {
            "files": IMPORT_FILES,
            "words": built["words"],
            "characters": characters,
            "megabytes_of_docx": round(sum(f.stat().st_size for f in built["files"]) / 1e6, 1),
            "project_megabytes": round((tmp / "import.stegvis").stat().st_size / 1e6, 1),
        },
    }


# --- the window ------------------------------------------------------------------------


def spans_in(text: str, n: int, rng: random.Random, max_words: int = 30) -> list[tuple[int, int]]:
    """``n`` distinct word-aligned spans of 1..max_words words (code points)."""
    words = list(re.finditer(r"\S+", text))
    spans: set[tuple[int, int]] = set()
    while len(spans) < n:
        spans.add(word_span(words, rng, max_words))
    return sorted(spans)


def add_codes_and_codings(project, doc_spans: dict[int, int], rng: random.Random) -> list[int]:
    """150 codes named from the demo codebook (services.codes.create_code), and
    codings on random passages, written in one transaction through the ORM
    (as services.coding.apply_code does, without 1,500 separate commits)."""
    from workbench.services.codes import create_code
    from workbench.services.documents import document_text
    from workbench.storage.models import Coding

    code_ids = [create_code(project, name).id for name in code_names(N_CODES)]
    with project.transaction() as s:
        for doc_id, n in doc_spans.items():
            text = document_text(project, doc_id)
            s.add_all(Coding(code_id=rng.choice(code_ids), document_id=doc_id, start=a, end=b)
                      for a, b in spans_in(text, n, rng))
    return code_ids


def measure_window(tmp: Path, built: dict) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QTextCursor

    from workbench.services import coding as coding_service
    from workbench.services.documents import document_text, list_documents

    app, window, problems = open_window(tmp)
    view = window.document_view
    rng = random.Random(SEED + 1)

    # 1. The window's own import: in the background, until import_finished.
    path = tmp / "window.stegvis"
    if not window.new_project(path):
        raise RuntimeError(f"cannot create the window's project: {problems}")
    app.processEvents()
    reports = []
    loop = QEventLoop()
    window.import_finished.connect(lambda r: (reports.append(r), loop.quit()))
    QTimer.singleShot(IMPORT_TIMEOUT_S * 1000, loop.quit)
    first = [first_sample()]  # a short document first: it is shown while the rest import
    begin = time.perf_counter()
    window.import_files(first + built["files"] + [built["long"]])
    loop.exec()
    window_import = time.perf_counter() - begin
    if not reports or reports[0].failed or problems:
        raise RuntimeError(f"the window's import failed: {reports and reports[0].failed} {problems}")
    imported = reports[0].imported
    log(f"window import: {len(imported)} files in {window_import:.2f} s")
    short_id, edit_id, long_id = imported[0].id, imported[1].id, imported[-1].id

    # 2. Codes and codings; the window opens the project again to see them.
    window.close_project()
    from workbench.services.project import Project

    with Project.open(path) as project:
        add_codes_and_codings(project, {long_id: LONG_CODINGS, edit_id: EDIT_CODINGS}, rng)
        long_text = document_text(project, long_id)
        edit_text_before = document_text(project, edit_id)
    if not window.open_project(path):
        raise RuntimeError(f"cannot open the benchmark project: {problems}")
    app.processEvents()

    # 3. Showing the 40,000-word transcript, switching from a short one.
    shows = time_show_document(app, window, short_id, long_id, SHOW_RUNS, LONG_CODINGS)
    log(f"show 40k words: median {median_ms(shows)} ms, p95 {ms(p95(shows))} ms")

    # 4. Replacing words in the coded 12,000-word transcript, in edit mode.
    window.show_document(edit_id)
    view_painted(app, view)
    window.act_edit_text.setChecked(True)
    view_painted(app, view)
    if not view.editing or view.isReadOnly():
        raise RuntimeError("edit mode did not start")
    stack = window.controller.undo_stack
    edits = []
    replaced_in_codings = 0
    unsaved = 0  # edits after which the stored text differed from the view's
    # Places spread over the whole text, visited in random order.
    slots = list(range(EDIT_RUNS))
    rng.shuffle(slots)
    for slot in slots:
        words = [m for m in re.finditer(r"\w+", view.text) if m.group(0) != "ord"]
        lo, hi = len(words) * slot // EDIT_RUNS, len(words) * (slot + 1) // EDIT_RUNS
        word = words[rng.randrange(lo, max(lo + 1, hi))]
        a, b = word.start(), word.end()
        replaced_in_codings += any(c.start <= a and b <= c.end for c in view.codings)
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.offsets.to_utf16(a))
        cursor.setPosition(view.offsets.to_utf16(b), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        view_painted(app, view)  # selecting the word is not timed
        cursor = view.textCursor()
        begin = time.perf_counter()
        cursor.insertText("ord")
        view_painted(app, view)
        edits.append(time.perf_counter() - begin)
        if problems:
            raise RuntimeError(f"the edit at {a}..{b} was refused: {problems}")
        if document_text(window.project, edit_id) != view.text:  # checked after the clock stopped
            unsaved += 1
    log(f"edit a word: median {median_ms(edits)} ms, p95 {ms(p95(edits))} ms")

    stored = document_text(window.project, edit_id)
    shown = view.document().toRawText().replace("\u2029", "\n")
    stored_codings = sorted((c.code_id, c.start, c.end)
                            for c in coding_service.codings_in_document(window.project, edit_id))
    shown_codings = sorted((c.code_id, c.start, c.end) for c in view.codings)
    consistent = stored == shown == view.text and unsaved == 0
    codings_consistent = stored_codings == shown_codings and len(stored_codings) == EDIT_CODINGS
    changed_words = sum(1 for x, y in zip(re.findall(r"\w+", edit_text_before), re.findall(r"\w+", stored))
                        if x != y)
    if not consistent:
        log(f"stored text ({len(stored)}) differs from the view's ({len(shown)}, view.text {len(view.text)})")
    if not codings_consistent:
        log(f"stored codings ({len(stored_codings)}) differ from the view's ({len(shown_codings)})")
    docs = {d.id: d for d in list_documents(window.project)}
    undo_steps = stack.count()
    window.act_edit_text.setChecked(False)
    window.close()
    app.processEvents()
    return {
        "show_40k_words_ms": median_ms(shows),
        "show_40k_words_ms_median": median_ms(shows),
        "show_40k_words_ms_p95": ms(p95(shows)),
        "show_40k_words_ms_first": ms(shows[0]),
        "show_40k_words_runs_ms": [ms(t) for t in shows],
        "edit_word_ms": median_ms(edits),
        "edit_word_ms_median": median_ms(edits),
        "edit_word_ms_p95": ms(p95(edits)),
        "edit_word_ms_max": ms(max(edits)),
        "edit_consistent": consistent,
        "edit_codings_consistent": codings_consistent,
        "import_60_window_s": round(window_import, 2),
        "detail": {
            "window_import_files": len(imported),
            "long_document": {"words": len(long_text.split()), "characters": len(long_text),
                              "utf16_units": len(long_text.encode("utf-16-le")) // 2,
                              "paragraphs": long_text.count("\n") + 1, "codings": LONG_CODINGS},
            "edited_document": {"words": len(edit_text_before.split()), "characters": len(edit_text_before),
                                "codings": EDIT_CODINGS, "codings_after": docs[edit_id].codings,
                                "edits": len(edits), "edits_inside_codings": replaced_in_codings,
                                "words_changed": changed_words, "edits_leaving_texts_different": unsaved},
            "undo_steps_after_edits": undo_steps,
        },
    }


def main() -> int:
    began = time.perf_counter()
    with temporary_home("stegvis-bench-import-") as tmp:
        built = build_files(tmp)
        imported = measure_import(tmp, built)
        window = measure_window(tmp, built)
    figures = {**{k: v for k, v in imported.items() if k != "import_detail"},
               **{k: v for k, v in window.items() if k != "detail"}}
    targets_met = met(figures, TARGETS)
    targets_met["edit_consistent"] = figures["edit_consistent"] and figures["edit_codings_consistent"]
    result = {
        "benchmark": "import_edit",
        **figures,
        "targets": TARGETS,
        "met": targets_met,
        "import": imported["import_detail"],
        "transcripts": window["detail"],
        "runs": {"import": 1, "show_40k_words": SHOW_RUNS, "edit_word": EDIT_RUNS},
    }
    print_result(result, began)
    return 0


if __name__ == "__main__":
    sys.exit(main())
