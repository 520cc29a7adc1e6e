#!/usr/bin/env python3
"""Speed figures for grouping a large code system (SDI's step 3), printed as
one JSON object.

    make bench        (or: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_grouping.py)

The project: 60 transcripts, 2,000 codes, 8 themes holding 60 code groups, a
rest group, some ungrouped codes, and 30,000 codings. In the main window:

* typing a code's name into the code system's filter, one character at a
  time, each keystroke until the tree is repainted;
* moving 50 selected codes to another group (MainWindow.move_items, as a drop
  does), until the tree is repainted, 10 times;
* retrieving every passage of the group with the most passages
  (MainWindow.show_passages), until the passages panel is repainted.

Everything runs in a temporary folder (project, transcripts, settings, XDG
folders), so the benchmark never touches the user's own. Progress goes to
stderr, the JSON to stdout. No network. See benchmarks/README.md.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from common import (
    ProjectSpec,
    build_code_system_project,
    logger,
    median_ms,
    met,
    ms,
    open_window,
    p95,
    print_result,
    repainted,
    temporary_home,
)

SEED = 20240612
SPEC = ProjectSpec(documents=60, words=4_000, codes=2_000, themes=8, groups=60, rest_codes=150,
                   ungrouped_codes=100, codings=30_000, seed=SEED)
N_CODES = SPEC.codes
FILTER_NAMES = 8
FILTER_MAX_CHARS = 12
MOVES = 10
MOVE_CODES = 50
RETRIEVE_RUNS = 5

TARGETS = {"filter_tree_ms_p95": 30, "move_50_codes_ms": 200, "retrieve_group_ms": 300}

log = logger("bench grouping")


# --- the synthetic project --------------------------------------------------------------


def build_project(tmp: Path) -> dict:
    """The project (common.build_code_system_project): 60 transcripts of
    ~4,000 words, 2,000 codes, 8 themes, 60 groups, a rest group, 100
    ungrouped codes, 30,000 codings."""
    return build_code_system_project(tmp / "grouping.stegvis", tmp, SPEC, log)


# --- the window ---------------------------------------------------------------------------


def measure_window(tmp: Path, setup: dict) -> dict:
    from PySide6.QtCore import QItemSelectionModel

    from workbench.ui.code_tree_model import CODE, MoveRequest

    app, window, problems = open_window(tmp)
    panel = window.codes_panel
    tree = panel.view
    passages_view = window.passages_panel.view
    rng = random.Random(SEED + 1)

    def tree_painted() -> None:
        repainted(app, tree.viewport())

    def reopen() -> float:
        """Open the project afresh: each part starts as a student finds the tree
        after opening it (everything expanded, no filter, nothing selected)."""
        begin = time.perf_counter()
        if not window.open_project(setup["path"]):
            raise RuntimeError(f"cannot open the benchmark project: {problems}")
        tree_painted()
        return time.perf_counter() - begin

    open_s = reopen()
    if len(window.codes) != N_CODES:
        raise RuntimeError(f"the window shows {len(window.codes)} codes, not {N_CODES}")
    log(f"open project: {open_s:.2f} s")

    # 1. Typing into the filter, one character at a time; the first name right
    # after opening, the others after clearing the filter again.
    keystrokes, first_keys, clears, after_open = [], [], [], []
    typed = rng.sample(setup["names"], FILTER_NAMES)
    for k, name in enumerate(typed):
        for n in range(1, min(len(name), FILTER_MAX_CHARS) + 1):
            begin = time.perf_counter()
            panel.filter.setText(name[:n])
            tree_painted()
            took = time.perf_counter() - begin
            keystrokes.append(took)
            if n == 1:
                first_keys.append(took)
            if k == 0:
                after_open.append(took)
        if panel.model.rowCount() == 0:
            raise RuntimeError(f"the filter {name[:FILTER_MAX_CHARS]!r} hides the code it was typed from")
        begin = time.perf_counter()
        panel.filter.clear()
        tree_painted()
        clears.append(time.perf_counter() - begin)
    log(f"filter: p95 {ms(p95(keystrokes))} ms per keystroke, median {median_ms(keystrokes)} ms, "
        f"max {ms(max(keystrokes))} ms; right after opening: {[ms(t) for t in after_open]}")

    # 2. Retrieval: every passage of the group with the most passages.
    reopen()
    groups = setup["group_ids"]
    passages: dict[int, int] = {}
    for c in window.codes.values():
        passages[c.group_id] = passages.get(c.group_id, 0) + c.passages
    big = max(groups, key=lambda g: passages.get(g, 0))
    big_theme = max(setup["theme_ids"], key=lambda t: setup["theme_passages"][t])
    small_code = min((c for c in window.codes.values() if c.passages), key=lambda c: c.passages).id

    def retrieve(kind: str, item_id: int) -> float:
        window.show_passages("code", small_code)  # from another, small list: not timed
        repainted(app, passages_view.viewport())
        begin = time.perf_counter()
        window.show_passages(kind, item_id)
        repainted(app, passages_view.viewport())
        return time.perf_counter() - begin

    group_runs = [retrieve("group", big) for _ in range(RETRIEVE_RUNS)]
    big_rows = window.passages_panel.model.rowCount()
    theme_runs = [retrieve("theme", big_theme) for _ in range(RETRIEVE_RUNS)]
    theme_rows = window.passages_panel.model.rowCount()
    if big_rows < 1_000 or big_rows != passages[big] or problems:
        raise RuntimeError(f"the largest group shows {big_rows} passages (of {passages[big]}): {problems}")
    log(f"retrieve group ({big_rows} passages): median {median_ms(group_runs)} ms; "
        f"theme ({theme_rows} passages): median {median_ms(theme_runs)} ms")

    # 3. Moving 50 selected codes to another group, as a drop does.
    reopen()
    sm = tree.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    moves = []
    for m in range(MOVES):
        target = groups[(m * 7 + 3) % len(groups)]
        candidates = [c.id for c in window.codes.values() if c.group_id not in (None, target)]
        ids = rng.sample(candidates, MOVE_CODES)
        # Select them as a student does (click, then Ctrl+click): not timed.
        sm.clear()
        tree.setCurrentIndex(panel.view_index(CODE, ids[0]))
        for cid in ids[1:]:
            sm.select(panel.view_index(CODE, cid), flags)
        tree_painted()
        if sorted(panel.selected_code_ids()) != sorted(ids):
            raise RuntimeError("could not select the codes to move")
        begin = time.perf_counter()
        window.move_items(MoveRequest(code_ids=tuple(ids), target_id=target))
        tree_painted()
        moves.append(time.perf_counter() - begin)
        if problems or any(window.codes[c].group_id != target for c in ids):
            raise RuntimeError(f"the codes did not move to group {target}: {problems}")
    log(f"move 50 codes: median {median_ms(moves)} ms, p95 {ms(p95(moves))} ms")

    window.close()
    app.processEvents()
    return {
        "filter_tree_ms_p95": ms(p95(keystrokes)),
        "filter_tree_ms_median": median_ms(keystrokes),
        "filter_tree_ms_max": ms(max(keystrokes)),
        "filter_tree_first_key_ms_median": median_ms(first_keys),
        "filter_clear_ms_median": median_ms(clears),
        "filter_tree_after_open_ms": [ms(t) for t in after_open],
        "move_50_codes_ms": median_ms(moves),
        "move_50_codes_ms_median": median_ms(moves),
        "move_50_codes_ms_p95": ms(p95(moves)),
        "move_50_codes_runs_ms": [ms(t) for t in moves],
        "retrieve_group_ms": median_ms(group_runs),
        "retrieve_group_ms_median": median_ms(group_runs),
        "retrieve_group_ms_p95": ms(p95(group_runs)),
        "retrieve_theme_ms_median": median_ms(theme_runs),
        "open_project_s": round(open_s, 2),
        "detail": {
            "keystrokes": len(keystrokes),
            "filter_texts": [n[:FILTER_MAX_CHARS] for n in typed],
            "retrieved_group_passages": big_rows,
            "retrieved_theme_passages": theme_rows,
        },
    }


def main() -> int:
    began = time.perf_counter()
    with temporary_home("stegvis-bench-grouping-") as tmp:
        setup = build_project(tmp)
        log(f"project: {setup['info']}")
        window = measure_window(tmp, setup)
    figures = {k: v for k, v in window.items() if k != "detail"}
    result = {
        "benchmark": "grouping",
        **figures,
        "targets": TARGETS,
        "met": met(figures, TARGETS),
        "project": {**setup["info"], **window["detail"]},
        "runs": {"filter_keystrokes": window["detail"]["keystrokes"], "move_50_codes": MOVES,
                 "retrieve": RETRIEVE_RUNS},
    }
    print_result(result, began)
    return 0


if __name__ == "__main__":
    sys.exit(main())
