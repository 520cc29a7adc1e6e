"""The window half of benchmarks/run.py, in a child process of its own so that
start-up and peak memory are this process's alone. Not meant to be run by hand.

    python benchmarks/run_window.py floor
    python benchmarks/run_window.py reference PROJECT DOCUMENT_ID
    python benchmarks/run_window.py open PROJECT DOCUMENT_ID QSETTINGS_DIR
    python benchmarks/run_window.py full PROJECT DOCUMENT_ID QSETTINGS_DIR

* ``floor``: a bare PySide6 QMainWindow (1280×800, nothing from Stegvis), shown;
* ``reference``: the least any PySide6 program does to show what ``open``
  shows (see reference());
* ``open``: what ``stegvis PROJECT`` does (workbench.ui.app.run_app): the
  application, the saved language, MainWindow (1280×800), show(), then
  ``window.open_project(PROJECT)``; the project remembers DOCUMENT_ID as the
  last document shown (as it does when a student reopens it), and it is
  selected in the documents panel;
* ``full``: ``open``, then the timings in that window (run.py's docstring).

Each prints ``IDLE <seconds since T0> <json>`` the first time the event loop
is about to wait for events (QAbstractEventDispatcher.aboutToBlock, with a
5 ms poll as a fallback) after the watched widget has been painted: the
document view's viewport (``open``, ``full``), the window (``floor``). The
json holds what was shown and the peak resident memory so far. ``full`` then
prints ``RESULT <json>`` with its timings and the peak memory at the end.
"""

import time

T0 = time.perf_counter()  # the very start of this process's own code (see run.py)

import os
import sys
from contextlib import contextmanager

IDLE_TIMEOUT_S = 120


def wait_until_idle(watched, ready=lambda: True) -> tuple[float, str]:
    """Run the event loop until it is first idle after ``watched`` has been
    painted (and ``ready()``); returns (seconds since T0, how it was noticed)."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop, QObject

    painted: list[bool] = []
    found: list[tuple[float, str]] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = PaintWatch()
    loop = QEventLoop()
    watched.installEventFilter(watch)

    def check(how: str) -> None:
        if found or not painted or not ready():
            return
        found.append((time.perf_counter() - T0, how))
        loop.quit()

    dispatcher = QAbstractEventDispatcher.instance()
    on_block = lambda: check("aboutToBlock")
    dispatcher.aboutToBlock.connect(on_block)
    run_loop(loop, 5, lambda: check("poll"))
    dispatcher.aboutToBlock.disconnect(on_block)
    watched.removeEventFilter(watch)
    if not found:
        raise SystemExit(f"not idle and painted within {IDLE_TIMEOUT_S} s")
    return found[0]


def run_loop(loop, poll_ms: int, poll) -> None:
    """Run ``loop`` (a local QEventLoop, not app.exec(): QApplication.quit()
    would close the window), calling ``poll`` every ``poll_ms``, until it quits
    or IDLE_TIMEOUT_S have passed."""
    from PySide6.QtCore import QTimer

    poller = QTimer()
    poller.setInterval(poll_ms)
    poller.timeout.connect(poll)
    poller.start()
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(IDLE_TIMEOUT_S * 1000)
    loop.exec()
    timeout.stop()
    poller.stop()


def wait_until_open(window) -> float:
    """Run the event loop until the project shown is open (the services
    loaded, the project opened: editing needs no wait); seconds since T0."""
    from PySide6.QtCore import QEventLoop

    controller = window.controller
    if getattr(controller, "opening", False):
        loop = QEventLoop()
        run_loop(loop, 2, lambda: None if controller.opening else loop.quit())
        if controller.opening:
            raise SystemExit(f"the project was not open within {IDLE_TIMEOUT_S} s")
    return time.perf_counter() - T0


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MiB.

    On Linux the high-water mark of this process's own memory (VmHWM in
    /proc/self/status). Not ru_maxrss there: Linux carries the parent's peak
    over into a child's ru_maxrss through fork/vfork and exec, so a child of
    a big benchmark process would report the benchmark's memory. Elsewhere
    resource.getrusage(RUSAGE_SELF).ru_maxrss (kB; bytes on macOS)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def floor() -> int:
    import json

    from PySide6.QtWidgets import QApplication, QMainWindow

    _app = QApplication(sys.argv[:1])  # kept alive until the end
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    idle, how = wait_until_idle(window)
    print(f"IDLE {idle:.6f} {json.dumps({'idle_via': how, 'peak_rss_mb': peak_rss_mb()})}", flush=True)
    return 0


def reference(path: str, document_id: int) -> int:
    """What any PySide6 program would spend to show what ``open`` shows, at
    the least: the document's text in a stock QTextEdit, coloured where it is
    coded by the simplest highlighter, a stock tree of the themes and groups
    and a stock list of the documents in two docks, read with sqlite3 alone.
    No menus, no margin, no passages, no styles, nothing of Stegvis's. A
    yardstick for ``open_project_s`` (run.py: ``detail.reference_s``), not a
    program anyone uses: positions are not converted for characters outside
    the BMP, so an emoji shifts a highlight by one."""
    import bisect
    import json
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel, QSyntaxHighlighter, QTextCharFormat
    from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTableView, QTextEdit, QTreeView

    _app = QApplication(sys.argv[:1])  # kept alive until the end
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    text = con.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
    codings = con.execute(
        'SELECT c.start, c."end", k.colour FROM codings c JOIN codes k ON k.id = c.code_id '
        "WHERE c.document_id = ? ORDER BY c.start", (document_id,)).fetchall()
    documents = con.execute("SELECT name, (SELECT count(*) FROM codings c WHERE c.document_id = d.id) "
                            "FROM documents d ORDER BY position").fetchall()
    themes = con.execute("SELECT id, name FROM themes ORDER BY position").fetchall()
    groups = con.execute("SELECT name, theme_id FROM code_groups ORDER BY position").fetchall()
    con.close()

    # Each paragraph's coloured stretches, found once.
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    formats: dict[str, QTextCharFormat] = {}
    by_block: dict[int, list[tuple[int, int, QTextCharFormat]]] = {}
    for start, end, colour in codings:
        if colour not in formats:
            formats[colour] = QTextCharFormat()
            formats[colour].setBackground(QColor(colour))
        first = bisect.bisect_right(starts, start) - 1
        for block in range(first, bisect.bisect_left(starts, end)):
            a, b = max(start, starts[block]), min(end, starts[block + 1] if block + 1 < len(starts) else len(text))
            if a < b:
                by_block.setdefault(block, []).append((a - starts[block], b - a, formats[colour]))

    class Highlighter(QSyntaxHighlighter):
        def highlightBlock(self, _text):
            for at, length, fmt in by_block.get(self.currentBlock().blockNumber(), ()):
                self.setFormat(at, length, fmt)

    window = QMainWindow()
    window.resize(1280, 800)
    view = QTextEdit()
    view.setReadOnly(True)
    window.setCentralWidget(view)
    tree_model = QStandardItemModel()
    tree_model.setHorizontalHeaderLabels(["Code system", "Codes", "Pass.", "Docs"])
    theme_rows = {}
    for theme_id, name in themes:
        theme_rows[theme_id] = QStandardItem(name)
        tree_model.appendRow([theme_rows[theme_id], QStandardItem(), QStandardItem(), QStandardItem()])
    for name, theme_id in groups:
        row = [QStandardItem(name), QStandardItem(), QStandardItem(), QStandardItem()]
        theme_rows.get(theme_id, tree_model.invisibleRootItem()).appendRow(row)
    tree = QTreeView()
    tree.setUniformRowHeights(True)
    tree.setModel(tree_model)
    tree.expandToDepth(0)
    list_model = QStandardItemModel()
    list_model.setHorizontalHeaderLabels(["Document", "Codings"])
    for name, count in documents:
        list_model.appendRow([QStandardItem(name), QStandardItem(str(count))])
    table = QTableView()
    table.setModel(list_model)
    for title, widget, area in (("Documents", table, Qt.DockWidgetArea.LeftDockWidgetArea),
                                ("Code system", tree, Qt.DockWidgetArea.RightDockWidgetArea)):
        dock = QDockWidget(title)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
    highlighter = Highlighter(view.document())
    view.setPlainText(text)
    window.show()
    idle, how = wait_until_idle(view.viewport())
    state = {"idle_via": how, "codings_shown": len(codings), "characters_shown": len(text),
             "highlighter": highlighter is not None, "peak_rss_mb": peak_rss_mb()}
    print(f"IDLE {idle:.6f} {json.dumps(state)}", flush=True)
    return 0


def open_window(path: str, document_id: int, qsettings: str):
    """What ``stegvis PATH`` does, up to app.exec(); returns (app, window)."""
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, qsettings)

    def problem(_parent, _title, text, *_a, **_k):  # never block; a message is a failure
        PROBLEMS.append(text)
        print("PROBLEM", text, file=sys.stderr, flush=True)

    for name in ("warning", "information", "critical"):
        setattr(QMessageBox, name, problem)

    from workbench.ui import settings as prefs
    from workbench.ui.app import make_application, start

    make_application()  # (start() takes this one) for the settings' names
    # The project remembers the document last shown, as when a student reopens it.
    prefs.set_last_document(path, document_id)
    app, window = start(path)
    if window.controller.path is None or window.controller.path != Path(path):
        raise SystemExit(f"cannot open {path}")
    window.documents_panel.select_document(document_id)
    return app, window


# --- the timings (``full``) -----------------------------------------------------------

SEED = 20240702
SWITCHES = 20
APPLY_RUNS = 50
FILTER_NAMES = 8
FILTER_MAX_CHARS = 12
RETRIEVE_RUNS = 10


def measure_window(app, window, document_id: int) -> dict:
    """The timings in the open window; each ends when the affected view has
    been painted (common.repainted)."""
    import random
    import re

    from common import median_ms, ms, p95, repainted, view_painted

    rng = random.Random(SEED)
    view = window.document_view
    panel = window.codes_panel
    tree = panel.view
    passages_view = window.passages_panel.view
    stack = window.controller.undo_stack
    none_pin = pin_none()
    none_refs = sys.getrefcount(None)

    def figures(name: str, runs: list[float]) -> dict:
        return {f"{name}_ms_p95": ms(p95(runs)), f"{name}_ms_median": median_ms(runs),
                f"{name}_ms_max": ms(max(runs)), f"{name}_runs": len(runs),
                f"{name}_runs_ms": [round(t * 1000) for t in runs]}

    # 1. Switching documents: a click in the documents panel (its current row
    # changes; MainWindow.show_document runs), until the view is painted.
    # 20 documents, each shown for the first time in this process.
    others = [d.id for d in window.documents_panel.model.records if d.id != document_id][:SWITCHES]
    switches = []
    for doc_id in others:
        with clocked(switches, "switch_document"):
            window.documents_panel.select_document(doc_id)
            view_painted(app, view)
        if view.document_id != doc_id or not view.codings:
            raise RuntimeError(f"document {doc_id} did not show with its codings")
    window.documents_panel.select_document(document_id)
    view_painted(app, view)
    check_problems("switching documents")

    # 2. Applying a code to a selected passage of the largest document, then
    # 3. undoing each: 50 new (code, passage) pairs, codes from all over the tree.
    words = list(re.finditer(r"\S+", view.text))
    codes_before = len(view.codings)
    taken = {(c.code_id, c.start, c.end) for c in view.codings}
    code_ids = sorted(window.codes)
    to_apply = []
    while len(to_apply) < APPLY_RUNS:
        i = rng.randrange(len(words))
        j = min(len(words) - 1, i + rng.randint(0, 29))
        pair = (rng.choice(code_ids), words[i].start(), words[j].end())
        if pair not in taken:
            taken.add(pair)
            to_apply.append(pair)
    applies = []
    for code_id, start, end in to_apply:
        view.select_span(start, end)  # as a student selects (not timed)
        app.processEvents()
        if view.selection_span() != (start, end):
            raise RuntimeError(f"selection {view.selection_span()} is not ({start}, {end})")
        before = stack.count()
        with clocked(applies, "apply_code"):
            window.apply_code(code_id)
            view_painted(app, view)
        if stack.count() != before + 1:
            raise RuntimeError(f"applying code {code_id} to ({start}, {end}) did not happen")
    check_problems("applying codes")
    if len(view.codings) != codes_before + APPLY_RUNS:
        raise RuntimeError(f"{len(view.codings)} codings shown after applying, not {codes_before + APPLY_RUNS}")
    undos = []
    for _ in range(APPLY_RUNS):
        with clocked(undos, "undo"):
            window.act_undo.trigger()
            view_painted(app, view)
    check_problems("undoing")
    if len(view.codings) != codes_before:
        raise RuntimeError(f"{len(view.codings)} codings shown after undoing, not {codes_before}")

    # 4. Typing a code's name into the code system's filter, one character at a
    # time, each keystroke until the tree is repainted; cleared after each name.
    keystrokes, clears = [], []
    by_length: dict[int, list[float]] = {}
    typed = rng.sample(sorted(c.name for c in window.codes.values()), FILTER_NAMES)
    for name in typed:
        for n in range(1, min(len(name), FILTER_MAX_CHARS) + 1):
            with clocked(keystrokes, "filter_codes"):
                panel.filter.setText(name[:n])
                repainted(app, tree.viewport())
            by_length.setdefault(n, []).append(keystrokes[-1])
        if panel.model.rowCount() == 0:
            raise RuntimeError(f"the filter {name[:FILTER_MAX_CHARS]!r} hides the code it was typed from")
        with clocked(clears, "filter_clear"):
            panel.filter.clear()
            repainted(app, tree.viewport())

    # 5. Retrieving every passage of the code group with the most passages
    # (not the rest group), from a small code's list, until the passages panel
    # is repainted.
    from workbench.services.code_system import code_system

    system = code_system(window.project)
    per_group = {g.id: sum(c.passages for c in system.codes_of(g.id)) for g in system.groups if not g.is_rest}
    big = max(per_group, key=per_group.get)
    small_code = min((c for c in system.codes if c.passages), key=lambda c: c.passages).id
    retrieves = []
    for _ in range(RETRIEVE_RUNS):
        window.show_passages("code", small_code)  # not timed
        repainted(app, passages_view.viewport())
        with clocked(retrieves, "retrieve_group"):
            window.show_passages("group", big)
            repainted(app, passages_view.viewport())
    rows = window.passages_panel.model.rowCount()
    check_problems("retrieving")
    if rows != per_group[big] or rows < 1_000:
        raise RuntimeError(f"the largest group shows {rows} passages (of {per_group[big]})")

    window.close()
    app.processEvents()
    return {
        **figures("switch_document", switches),
        **figures("apply_code", applies),
        **figures("undo", undos),
        **{k: v for k, v in figures("filter_codes", keystrokes).items() if k != "filter_codes_runs_ms"},
        "filter_codes_ms_median_by_length": {n: median_ms(t) for n, t in sorted(by_length.items())},
        "filter_clear_ms_median": median_ms(clears),
        **figures("retrieve_group", retrieves),
        "retrieved_group_passages": rows,
        "filter_texts": [n[:FILTER_MAX_CHARS] for n in typed],
        "none_refs_lost": none_refs - sys.getrefcount(None),
        "none_pinned": len(none_pin),
    }


def pin_none() -> tuple:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call
    of a C++ method returning void, and the interpreter aborts when the count
    reaches zero (benchmarks/README.md). There, hold 2,000,000 extra
    references (16 MB, in the peak memory) to survive the timings."""
    import gc

    import PySide6

    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12"):
        return ()
    pin = (None,) * 2_000_000
    gc.collect()
    return pin


PROBLEMS: list[str] = []

# STEGVIS_BENCH_PROFILE=FOLDER: profile each timed part with cProfile (only
# what is inside the clock), and the start-up to the idle window; the
# statistics go to FOLDER/<part>.prof and, the 40 hottest functions by
# cumulative and by own time, FOLDER/<part>.txt. Profiling slows
# Python-heavy code down by 50–100 %: take the figures from a plain run.
PROFILE_DIR = os.environ.get("STEGVIS_BENCH_PROFILE")
PROFILES: dict = {}


def profiler(part: str):
    if not PROFILE_DIR:
        return None
    import cProfile

    return PROFILES.setdefault(part, cProfile.Profile())


@contextmanager
def clocked(runs: list[float], part: str):
    """Time the block into ``runs`` (and profile it when asked)."""
    prof = profiler(part)
    if prof is not None:
        prof.enable()
    begin = time.perf_counter()
    try:
        yield
    finally:
        runs.append(time.perf_counter() - begin)
        if prof is not None:
            prof.disable()


def save_profiles() -> None:
    if not PROFILE_DIR:
        return
    import io
    import pstats
    from pathlib import Path

    folder = Path(PROFILE_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    for part, prof in PROFILES.items():
        prof.dump_stats(folder / f"{part}.prof")
        text = io.StringIO()
        stats = pstats.Stats(prof, stream=text)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(40)
        (folder / f"{part}.txt").write_text(text.getvalue(), encoding="utf-8")


def check_problems(what: str) -> None:
    if PROBLEMS:
        raise RuntimeError(f"{what}: the window showed a message: {PROBLEMS}")


def main() -> int:
    mode = sys.argv[1]
    if mode == "floor":
        return floor()
    if mode == "reference":
        return reference(sys.argv[2], int(sys.argv[3]))
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent
    sys.path[:0] = [str(root.parent), str(root)]  # workbench from this checkout; common
    path, document_id, qsettings = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    prof = profiler("open_project")
    if prof is not None:
        prof.enable()
    app, window = open_window(path, document_id, qsettings)
    view = window.document_view
    idle, how = wait_until_idle(view.viewport(), lambda: view.document_id == document_id)
    controller = window.controller
    state = {"idle_via": how, "document_id": view.document_id, "codings_shown": len(view.codings),
             "characters_shown": len(view.text), "documents": len(window.documents_panel.model.records),
             "codes": len(window.codes), "peak_rss_mb": peak_rss_mb(),
             # Shown from its first look, the project is opened right after (MainWindow.open_project).
             "project_open_at_idle": not getattr(controller, "opening", False)}
    print(f"IDLE {idle:.6f} {json.dumps(state)}", flush=True)
    ready = wait_until_open(window)
    if prof is not None:
        prof.disable()
    print(f"READY {ready:.6f}", flush=True)
    if mode == "open":
        window.close()
        save_profiles()
        return 0
    result = measure_window(app, window, document_id)
    result["peak_rss_mb"] = peak_rss_mb()
    save_profiles()
    print(f"RESULT {json.dumps(result, ensure_ascii=False)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
