#!/usr/bin/env python3
"""Speed figures for coding a long transcript, printed as one JSON object.

    make bench        (or: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_coding.py)

What is measured (see benchmarks/README.md for what each figure means):

* showing a synthetic 12,000-word transcript with 500 codings in the main
  window's document view, from the call to the view painted;
* applying a code to a selected passage (MainWindow.apply_code) and undoing
  it, each to the repainted view, 100 times on different passages;
* `stegvis --demo` from process start to an idle window, with the demo built
  (cold) and cached (warm), and the same for a bare PySide6 window (floor).

Everything runs in a temporary folder: the project, the demo copy and cache
(XDG_DATA_HOME, XDG_CACHE_HOME) and the settings (QSettings' user path and
XDG_CONFIG_HOME), so a benchmark never touches the user's own. Progress goes
to stderr, the JSON to stdout. No network.
"""

from __future__ import annotations

import gc
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import (
    ROOT,
    code_names,
    first_sample,
    isolated_env,
    logger,
    median_ms,
    met,
    ms,
    open_window,
    p95,
    print_result,
    sample_paragraphs,
    temporary_home,
    time_show_document,
    view_painted,
    word_span,
)

SEED = 20240517
TARGET_WORDS = 12_000
N_CODES = 150
N_CODINGS = 500
SHOW_RUNS = 10
APPLY_RUNS = 100
WARM_STARTS = 3
FLOOR_STARTS = 3
START_TIMEOUT_S = 120

TARGETS = {"show_document_ms": 150, "apply_code_ms_p95": 50, "demo_start_s": 2}

# Emoji (outside the BMP: two UTF-16 units each) and Norwegian letters spread
# through the text, so code-point and UTF-16 offsets differ as they do in real
# transcripts.
EMOJI = ["😀", "🙂", "👍", "😅"]
EXTRA_LINES = [
    "Informant G: Ærlig talt, det gikk greit å lære seg systemet på kjøkkenet – blåbær og rødgrøt 😀",
    "Intervjuer: Så du føler at økonomien styrer mer enn øyeåpneren? 🙂",
    "Informant G: Ja, på en måte. Æ, ø og å er jo også med i journalen vår, så det må fungere 👍",
]

log = logger("bench")


# --- start-up: subprocesses ------------------------------------------------------

# Each child takes its own clock at its first line, then reports on stdout once
# the event loop is idle. The parent also times from just before spawning it to
# reading that line, which adds the interpreter's own start.
_IDLE_REPORT = r"""
def _idle_report(extra=""):
    from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QTimer
    app = QCoreApplication.instance()
    app.processEvents()
    fired = []

    def report():
        if fired:
            return
        fired.append(True)
        print(f"IDLE {time.perf_counter() - T0:.6f} {extra()}", flush=True)
        app.quit()

    # Idle: the first time the event loop, having run what was pending, is
    # about to wait; a zero timer as a fallback for dispatchers without it.
    QAbstractEventDispatcher.instance().aboutToBlock.connect(report)
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, report))
    return app.exec()
"""

CHILD_DEMO = (
    "import time\nT0 = time.perf_counter()\n"
    + _IDLE_REPORT
    + r"""
import sys
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
from PySide6.QtWidgets import QMessageBox
QMessageBox.warning = lambda _p, _t, text, *a, **k: print("PROBLEM", text, file=sys.stderr, flush=True)

# What `stegvis --demo` does (workbench.ui.app.run_app), up to app.exec().
from workbench.ui.app import make_application
from workbench.ui.main_window import MainWindow
app = make_application()
window = MainWindow()
window.show()
opened = window.open_demo()

def state():
    docs = window.documents_panel.model.records
    return f"opened={opened} documents={len(docs)} codes={len(window.codes)} shown={window.document_view.document_id}"

sys.exit(_idle_report(state))
"""
)

CHILD_FLOOR = (
    "import time\nT0 = time.perf_counter()\n"
    + _IDLE_REPORT
    + r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
sys.exit(_idle_report(lambda: "bare"))
"""
)


def start_once(code: str, home: Path) -> tuple[float, float, str]:
    """Run a child; returns (process start to idle, in-process to idle, its note)."""
    env = dict(os.environ)
    env.update(isolated_env(home))
    config = home / "qsettings"
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(config)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    wall = inner = None
    note = ""
    try:
        for line in proc.stdout:
            if line.startswith("IDLE "):
                wall = time.perf_counter() - begin
                _tag, inner_s, *rest = line.split(" ", 2)
                inner = float(inner_s)
                note = rest[0].strip() if rest else ""
                break
        _out, err = proc.communicate(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise RuntimeError(f"start-up child timed out:\n{err}") from None
    if wall is None or proc.returncode != 0:
        raise RuntimeError(f"start-up child failed (exit {proc.returncode}):\n{err}")
    if "PROBLEM" in err or "Traceback" in err:
        raise RuntimeError(f"start-up child reported a problem:\n{err}")
    return wall, inner, note


def measure_startup(tmp: Path) -> dict:
    floors = []
    for _ in range(FLOOR_STARTS):
        wall, inner, _ = start_once(CHILD_FLOOR, tmp / "floor-home")
        floors.append((wall, inner))
    log(f"floor: {[round(w, 3) for w, _ in floors]} s")

    home = tmp / "demo-home"  # fresh folders: the first start builds the demo
    cold = start_once(CHILD_DEMO, home)
    log(f"demo cold: {cold[0]:.3f} s ({cold[2]})")
    if "documents=0" in cold[2] or "opened=False" in cold[2]:
        raise RuntimeError(f"the demo did not open: {cold[2]}")
    cached = list((home / "cache").rglob("demo-*.stegvis"))
    warms = [start_once(CHILD_DEMO, home) for _ in range(WARM_STARTS)]
    log(f"demo warm: {[round(w[0], 3) for w in warms]} s")
    return {
        "demo_start_cold_s": round(cold[0], 3),
        "demo_start_s": round(statistics.median(w[0] for w in warms), 3),
        "floor_s": round(statistics.median(w for w, _ in floors), 3),
        "startup_detail": {
            "demo_start_cold_in_process_s": round(cold[1], 3),
            "demo_start_in_process_s": round(statistics.median(w[1] for w in warms), 3),
            "floor_in_process_s": round(statistics.median(i for _, i in floors), 3),
            "demo_warm_runs_s": [round(w[0], 3) for w in warms],
            "demo_cached_after_cold_run": bool(cached),
            "demo_state": warms[-1][2],
        },
    }


# --- the synthetic project ---------------------------------------------------------


def build_transcript(path: Path, rng: random.Random) -> str:
    """About TARGET_WORDS words of the sample transcripts' paragraphs, shuffled."""
    paragraphs = sample_paragraphs()
    out = ["Intervju – Syntetisk informant (benchmark)", "Lang transkripsjon satt sammen av eksempelintervjuene."]
    words = sum(len(p.split()) for p in out)
    extra = iter(EXTRA_LINES)
    while words < TARGET_WORDS:
        batch = paragraphs[:]
        rng.shuffle(batch)
        for p in batch:
            if len(out) % 40 == 0:
                p = f"{p} {EMOJI[len(out) // 40 % len(EMOJI)]}"
            if len(out) % 150 == 75:
                p = next(extra, p)
            out.append(p)
            words += len(p.split())
            if words >= TARGET_WORDS:
                break
    text = "\n".join(out) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


def build_project(tmp: Path) -> dict:
    """A project with the long transcript (500 codings, 150 codes) and a short one."""
    from workbench.services.codes import create_code
    from workbench.services.coding import apply_code
    from workbench.services.documents import import_files
    from workbench.services.project import Project

    rng = random.Random(SEED)
    txt = tmp / "Lang transkripsjon.txt"
    text = build_transcript(txt, rng)
    path = tmp / "bench.stegvis"
    project = Project.create(path)
    # The short document first: opening the project shows it, so every timed
    # showing of the long one is a switch from another document.
    short = import_files(project, [first_sample()])
    report = import_files(project, [txt])
    if report.failed or short.failed:
        raise RuntimeError(f"import failed: {report.failed + short.failed}")
    doc_id, short_id = report.imported[0].id, short.imported[0].id

    code_ids = [create_code(project, name).id for name in code_names(N_CODES)]

    words = list(re.finditer(r"\S+", text))
    taken: set[tuple[int, int, int]] = set()
    spans = []
    while len(spans) < N_CODINGS:
        start, end = word_span(words, rng)
        code_id = rng.choice(code_ids)
        if (code_id, start, end) in taken:
            continue
        taken.add((code_id, start, end))
        spans.append((start, end))
        apply_code(project, code_id, doc_id, start, end)
    spans.sort()
    overlapping = sum(1 for a, b in zip(spans, spans[1:]) if b[0] < a[1])

    # The passages the timed applications code: new (code, span) pairs.
    to_apply = []
    while len(to_apply) < APPLY_RUNS:
        start, end = word_span(words, rng)
        code_id = rng.choice(code_ids)
        if (code_id, start, end) not in taken:
            taken.add((code_id, start, end))
            to_apply.append((code_id, start, end))
    project.close()
    return {
        "path": path, "doc_id": doc_id, "short_id": short_id, "to_apply": to_apply,
        "info": {
            "words": len(words),
            "characters": len(text),
            "utf16_units": len(text.encode("utf-16-le")) // 2,
            "paragraphs": text.count("\n"),
            "codes": len(code_ids),
            "codings": N_CODINGS,
            "codings_overlapping_the_previous": overlapping,
        },
    }


# --- the window ---------------------------------------------------------------------


# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a
# C++ method returning void (QPainter.fillRect, QWidget.update, ...). None is
# immortal from CPython 3.12 on, but on 3.11 its count reaches zero after some
# thousands of such calls and the interpreter aborts ("Fatal Python error:
# none_dealloc"). These references keep the benchmark alive long enough to
# measure; how many were lost is reported as "none_refs_lost". A tuple of
# None alone is untracked by the garbage collector after one collection, so it
# does not slow collections down during the timings.
_NONE_PIN = tuple([None]) * 2_000_000
gc.collect()
assert not gc.is_tracked(_NONE_PIN)


def measure_window(tmp: Path, setup: dict) -> dict:
    app, window, problems = open_window(tmp)
    if not window.open_project(setup["path"]):
        raise RuntimeError(f"cannot open the benchmark project: {problems}")
    app.processEvents()
    view = window.document_view
    doc_id, short_id = setup["doc_id"], setup["short_id"]

    none_refs = sys.getrefcount(None)

    # Showing: switch from the short document to the long one.
    shows = time_show_document(app, window, short_id, doc_id, SHOW_RUNS, N_CODINGS)
    log(f"show_document: median {median_ms(shows)} ms, first {ms(shows[0])} ms")

    # Applying: select a passage as a user would (untimed), then apply a code.
    stack = window.controller.undo_stack
    applies = []
    for code_id, start, end in setup["to_apply"]:
        view.select_span(start, end)
        app.processEvents()
        if view.selection_span() != (start, end):
            raise RuntimeError(f"selection {view.selection_span()} is not ({start}, {end})")
        before = stack.count()
        begin = time.perf_counter()
        window.apply_code(code_id)
        view_painted(app, view)
        applies.append(time.perf_counter() - begin)
        if stack.count() != before + 1 or problems:
            raise RuntimeError(f"applying code {code_id} to ({start}, {end}) failed: {problems}")
    if len(view.codings) != N_CODINGS + APPLY_RUNS:
        raise RuntimeError(f"{len(view.codings)} codings shown after applying, not {N_CODINGS + APPLY_RUNS}")
    log(f"apply_code: median {median_ms(applies)} ms, p95 {ms(p95(applies))} ms")

    undos = []
    for _ in range(APPLY_RUNS):
        begin = time.perf_counter()
        window.act_undo.trigger()
        view_painted(app, view)
        undos.append(time.perf_counter() - begin)
    if len(view.codings) != N_CODINGS or problems:
        raise RuntimeError(f"{len(view.codings)} codings shown after undoing, not {N_CODINGS}: {problems}")
    log(f"undo: median {median_ms(undos)} ms, p95 {ms(p95(undos))} ms")

    window.close()
    app.processEvents()
    none_lost = none_refs - sys.getrefcount(None)
    return {
        "show_document_ms": median_ms(shows),
        "show_document_ms_median": median_ms(shows),
        "show_document_ms_p95": ms(p95(shows)),
        "show_document_ms_first": ms(shows[0]),
        "show_document_runs_ms": [ms(t) for t in shows],
        "apply_code_ms_median": median_ms(applies),
        "apply_code_ms_p95": ms(p95(applies)),
        "undo_ms_median": median_ms(undos),
        "undo_ms_p95": ms(p95(undos)),
        "none_refs_lost": none_lost,
    }


def main() -> int:
    began = time.perf_counter()
    with temporary_home("stegvis-bench-") as tmp:
        startup = measure_startup(tmp)
        setup = build_project(tmp)
        log(f"project: {setup['info']}")
        window = measure_window(tmp, setup)
    figures = {**window, **{k: v for k, v in startup.items() if k != "startup_detail"}}
    result = {
        **figures,
        "targets": TARGETS,
        "met": met(figures, TARGETS),
        "startup_detail": startup["startup_detail"],
        "transcript": setup["info"],
        "runs": {"show_document": SHOW_RUNS, "apply_code": APPLY_RUNS, "undo": APPLY_RUNS,
                 "demo_start_warm": WARM_STARTS, "floor": FLOOR_STARTS},
    }
    print_result(result, began)
    return 0


if __name__ == "__main__":
    sys.exit(main())
