"""What the benchmark scripts share: where things are, the isolated temporary
folder, the sample interviews and the demo codebook as material for synthetic
data, the window they time in, how a timing ends (the view painted), the
percentile, and the parts of the JSON that every benchmark prints.

Importing this module sets QT_QPA_PLATFORM to ``offscreen`` unless it is set
already, and puts the repository first on ``sys.path`` so that ``workbench``
imports from this checkout. Nothing here imports Qt or ``workbench`` at module
level: each script decides when that happens.
"""

from __future__ import annotations

import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "demo" / "transcripts"
CODEBOOK = ROOT / "resources" / "demo" / "codebook.json"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# --- output and figures ---------------------------------------------------------------


def logger(tag: str) -> Callable[[str], None]:
    """A ``log(message)`` that writes ``[tag] message`` to stderr (the JSON goes to stdout)."""

    def log(message: str) -> None:
        print(f"[{tag}] {message}", file=sys.stderr, flush=True)

    return log


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile (for 10 runs: the slowest; for 50: the 3rd slowest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def median_ms(values: list[float]) -> float:
    return ms(statistics.median(values))


def met(figures: dict, targets: dict) -> dict[str, bool]:
    """Each figure in ``targets`` compared with its limit (lower is better)."""
    return {name: figures[name] <= limit for name, limit in targets.items()}


def code_version() -> dict:
    """Which code was measured: the commit, and whether workbench/ differs from it."""
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                                  check=False, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""
    return {"commit": git("rev-parse", "--short", "HEAD") or None,
            "workbench_modified": bool(git("status", "--porcelain", "--", "workbench"))}


def print_result(result: dict, began: float) -> None:
    """Print ``result`` as one JSON object, followed by what every benchmark
    reports: the code measured, the Qt platform, its own duration (from
    ``began``, a ``time.perf_counter()``) and the machine."""
    result = {
        **result,
        "code": code_version(),
        "qpa_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "benchmark_s": round(time.perf_counter() - began, 1),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    print(json.dumps(result, indent=1, ensure_ascii=False))


# --- the isolated temporary folder ----------------------------------------------------


def isolated_env(home: Path) -> dict[str, str]:
    """Environment variables that send every user folder into ``home``."""
    return {
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }


@contextmanager
def temporary_home(prefix: str) -> Iterator[Path]:
    """A temporary folder, removed afterwards, with the XDG folders of this
    process sent into its ``home`` (in-process code, QStandardPaths, reads
    them too). QSettings' user path is set by ``open_window``."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.update(isolated_env(tmp / "home"))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- material for synthetic data ------------------------------------------------------


def sample_paragraphs() -> list[str]:
    """The non-empty paragraphs of the sample interviews, without each file's
    title and setting."""
    from workbench.importers import read_transcript

    paragraphs: list[str] = []
    for f in sorted(SAMPLES.glob("*.docx")):
        lines = [line.strip() for line in read_transcript(f).text.split("\n")]
        paragraphs += [line for line in lines[2:] if line]  # skip each file's title and setting
    if not paragraphs:
        raise RuntimeError(f"no sample transcripts in {SAMPLES}")
    return paragraphs


def first_sample() -> Path:
    """The first sample interview, a short document."""
    return min(SAMPLES.glob("*.docx"))


def codebook() -> dict:
    return json.loads(CODEBOOK.read_text(encoding="utf-8"))


def codebook_code_names(book: dict) -> list[str]:
    """Every code name of the demo codebook: the themes' groups', then the rest group's."""
    return [c for t in book["themes"] for g in t["groups"] for c in g["codes"]] + book["rest_group"]["codes"]


def code_names(n: int) -> list[str]:
    """``n`` code names: the demo codebook's, then numbered ones with æøå if it has too few."""
    names = codebook_code_names(codebook())
    return names[:n] + [f"Benchmarkkode {i} – æøå" for i in range(max(0, n - len(names)))]


def word_span(words: list[re.Match], rng: random.Random, max_words: int = 30) -> tuple[int, int]:
    """A random passage of 1..max_words of ``words`` (matches of ``\\S+``): its start and end."""
    i = rng.randrange(len(words))
    j = min(len(words) - 1, i + rng.randint(0, max_words - 1))
    return words[i].start(), words[j].end()


# --- the window -----------------------------------------------------------------------


def open_window(tmp: Path):
    """A shown 1280×800 MainWindow with QSettings' user path inside ``tmp``.
    Message boxes do not block: their texts are collected in ``problems``.
    Returns (app, window, problems)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    problems: list[str] = []
    QMessageBox.warning = lambda _p, _t, text, *a, **k: problems.append(text)

    from workbench.ui.app import make_application
    from workbench.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return app, window, problems


def repainted(app, *widgets) -> None:
    """Run what the change posted (layout, updates), then paint ``widgets``."""
    app.processEvents()
    for widget in widgets:
        widget.repaint()


def view_painted(app, view) -> None:
    """``repainted`` for the document view: its text and its coding margin."""
    repainted(app, view.viewport(), view.margin)


def time_show_document(app, window, short_id: int, doc_id: int, runs: int, codings: int) -> list[float]:
    """``runs`` times: show the short document, then time showing ``doc_id``
    until the view is painted. Checks that it shows with its ``codings``."""
    view = window.document_view
    shows = []
    for _ in range(runs):
        window.show_document(short_id)
        view_painted(app, view)
        begin = time.perf_counter()
        window.show_document(doc_id)
        view_painted(app, view)
        shows.append(time.perf_counter() - begin)
    if view.document_id != doc_id or len(view.codings) != codings:
        raise RuntimeError(f"the long document did not show with its codings ({len(view.codings)})")
    if view.document().characterCount() - 1 != view.offsets.utf16_length:
        raise RuntimeError("the view's text does not match the document")
    return shows
