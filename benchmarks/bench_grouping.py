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
import re
import statistics
import sys
import time
from pathlib import Path

from common import (
    codebook,
    codebook_code_names,
    logger,
    median_ms,
    met,
    ms,
    open_window,
    p95,
    print_result,
    repainted,
    sample_paragraphs,
    temporary_home,
    word_span,
)

SEED = 20240612
N_DOCUMENTS = 60
DOC_WORDS = 4_000
N_CODES = 2_000
N_THEMES = 8
N_GROUPS = 60
REST_CODES = 150
UNGROUPED_CODES = 100
N_CODINGS = 30_000
FILTER_NAMES = 8
FILTER_MAX_CHARS = 12
MOVES = 10
MOVE_CODES = 50
RETRIEVE_RUNS = 5

TARGETS = {"filter_tree_ms_p95": 30, "move_50_codes_ms": 200, "retrieve_group_ms": 300}

log = logger("bench grouping")


# --- the synthetic project --------------------------------------------------------------


def write_transcripts(folder: Path, paragraphs: list[str], rng: random.Random) -> tuple[list[Path], int]:
    """60 plain-text transcripts of ~4,000 words: the samples' paragraphs, shuffled."""
    folder.mkdir()
    files, total = [], 0
    for i in range(1, N_DOCUMENTS + 1):
        out = [f"Intervju {i} – Informant {i}", "Syntetisk intervju for ytelsesmåling."]
        words = 0
        while words < DOC_WORDS:
            p = re.sub(r"^Informant [A-F]:", f"Informant {i}:", rng.choice(paragraphs))
            if len(out) % 45 == 0:
                p += " 🙂"
            out.append(p)
            words += len(p.split())
        path = folder / f"Intervju {i:02d}.txt"
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
        files.append(path)
        total += words
    return files, total


def code_names(paragraphs: list[str], rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    """2,000 distinct code names: the demo codebook's, then in-vivo names made
    from 2–7 word phrases of the transcripts, as students name their codes.
    Also theme and group names."""
    from workbench.domain.naming import invivo_name, normalised_key

    book = codebook()
    names = codebook_code_names(book)
    groups = [g["name"] for t in book["themes"] for g in t["groups"]]
    themes = [t["name"] for t in book["themes"]]
    seen = {normalised_key(n) for n in names}
    words = [p.split()[2:] for p in paragraphs]  # without the speaker label
    words = [w for w in words if len(w) >= 8]

    def phrase(lo: int, hi: int) -> str:
        w = rng.choice(words)
        n = rng.randint(lo, hi)
        i = rng.randrange(len(w) - n + 1)
        return invivo_name(" ".join(w[i:i + n]))

    while len(names) < N_CODES:
        name = phrase(2, 7)
        if name and normalised_key(name) not in seen:
            seen.add(normalised_key(name))
            names.append(name)
    while len(groups) < N_GROUPS:
        groups.append(phrase(3, 6))
    while len(themes) < N_THEMES:
        themes.append(phrase(3, 6))
    return names[:N_CODES], groups[:N_GROUPS], themes[:N_THEMES]


def build_project(tmp: Path) -> dict:
    from sqlalchemy import insert

    from workbench.domain.colours import palette_colour
    from workbench.services import code_system as structure
    from workbench.services.documents import document_text, import_files
    from workbench.services.project import Project
    from workbench.storage.models import Code, Coding

    rng = random.Random(SEED)
    began = time.perf_counter()
    paragraphs = sample_paragraphs()
    files, total_words = write_transcripts(tmp / "transcripts", paragraphs, rng)
    path = tmp / "grouping.stegvis"
    project = Project.create(path)
    report = import_files(project, files)
    if report.failed or len(report.imported) != N_DOCUMENTS:
        raise RuntimeError(f"import failed: {report.failed}")
    doc_ids = [d.id for d in report.imported]
    log(f"imported {N_DOCUMENTS} transcripts in {time.perf_counter() - began:.1f} s")

    # Codes: one transaction through the ORM (services.codes.create_code checks
    # every name against every other, which makes 2,000 of them slow to set up).
    names, group_names, theme_names = code_names(paragraphs, rng)
    with project.transaction() as s:
        codes = [Code(name=name, colour=palette_colour(i), position=i + 1) for i, name in enumerate(names)]
        s.add_all(codes)
        s.flush()
        code_ids = [c.id for c in codes]

    # The structure, through the services: 8 themes, 60 groups of uneven size
    # inside them, the rest group, and some codes left ungrouped.
    order = code_ids[:]
    rng.shuffle(order)
    grouped = N_CODES - REST_CODES - UNGROUPED_CODES
    weights = [rng.uniform(0.3, 2.0) for _ in range(N_GROUPS)]
    weights[0] = 6.0  # one big group (~8 % of the codes), as most projects have
    sizes = [max(5, round(grouped * w / sum(weights))) for w in weights]
    sizes[-1] = grouped - sum(sizes[:-1])
    theme_ids = [structure.create_theme(project, name, number=i + 1) for i, name in enumerate(theme_names)]
    group_ids, at = [], 0
    for i, (name, size) in enumerate(zip(group_names, sizes)):
        group_ids.append(structure.create_group(project, name, order[at:at + size],
                                                theme_id=theme_ids[i * N_THEMES // N_GROUPS], number=i + 1))
        at += size
    rest_id = structure.ensure_rest_group(project, "Restgruppe")
    structure.move_codes(project, order[at:at + REST_CODES], rest_id)

    # Codings: word-aligned passages of 1–30 words, 500 per document; how often
    # a code is used follows a Zipf-like curve (independent of its group), as
    # in real projects.
    usage = code_ids[:]
    rng.shuffle(usage)
    weight = {cid: 1 / (rank + 5) ** 0.9 for rank, cid in enumerate(usage)}
    chosen = rng.choices(code_ids, weights=[weight[c] for c in code_ids], k=N_CODINGS)
    rows = []
    per_doc = N_CODINGS // N_DOCUMENTS
    for d, doc_id in enumerate(doc_ids):
        words = list(re.finditer(r"\S+", document_text(project, doc_id)))
        for k in range(per_doc):
            start, end = word_span(words, rng)
            rows.append({"code_id": chosen[d * per_doc + k], "document_id": doc_id,
                         "start": start, "end": end})
    with project.transaction() as s:
        s.execute(insert(Coding), rows)
    system = structure.code_system(project)
    project.close()
    passages = {g.id: sum(c.passages for c in system.codes_of(g.id)) for g in system.groups}
    theme_passages = {t.id: sum(passages[g.id] for g in system.groups_of(t.id)) for t in system.themes}
    log(f"project built in {time.perf_counter() - began:.1f} s")
    return {
        "path": path, "group_ids": group_ids, "rest_id": rest_id, "theme_ids": theme_ids,
        "names": names, "passages": passages, "theme_passages": theme_passages,
        "info": {
            "documents": N_DOCUMENTS,
            "words": total_words,
            "codes": len(system.codes),
            "themes": len(system.themes),
            "groups": len(system.groups) - 1,
            "rest_group_codes": len(system.codes_of(rest_id)),
            "ungrouped_codes": len(system.codes_of(None)),
            "codings": sum(c.passages for c in system.codes),
            "largest_group_passages": max(passages[g] for g in group_ids),
            "rest_group_passages": passages[rest_id],
            "median_group_passages": statistics.median(passages[g] for g in group_ids),
            "codes_per_group_min_max": [min(sizes), max(sizes)],
            "setup_s": round(time.perf_counter() - began, 1),
        },
    }


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
