"""What the benchmark scripts share: where things are, the isolated temporary
folder, the sample interviews and the demo codebook as material for synthetic
data, the builder of a large coded project with a code system (used by
bench_grouping.py and make_large_project.py), the window they time in, how a
timing ends (the view painted), the percentile, and the parts of the JSON that
every benchmark prints.

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
from dataclasses import dataclass
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
        "machine": machine(),
    }
    print(json.dumps(result, indent=1, ensure_ascii=False))


def machine() -> dict:
    """What the figures were measured on: CPUs (``nproc``), the CPU model
    (/proc/cpuinfo), memory, and the Python, PySide6 and Qt versions."""
    info: dict = {"cpus": os.cpu_count(), "python": platform.python_version()}
    try:
        info["cpus_usable"] = len(os.sched_getaffinity(0))  # what `nproc` prints
    except (AttributeError, OSError):
        pass
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        info["cpu_model"] = model.group(1).strip() if model else platform.processor() or None
    except OSError:
        info["cpu_model"] = platform.processor() or None
    try:
        meminfo = Path("/proc/meminfo").read_text(encoding="utf-8", errors="replace")
        total = re.search(r"^MemTotal:\s*(\d+) kB", meminfo, re.MULTILINE)
        if total:
            info["memory_gb"] = round(int(total.group(1)) / 1024 ** 2, 1)
    except OSError:
        pass
    info["system"] = f"{platform.system()} {platform.release()}"
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:
        pass
    return info


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


# Word transcripts like the samples (bench_import_edit.py, run.py).
DOCX_EMOJI = ["😀", "🙂", "👍", "😅", "🤔"]
DOCX_EXTRA_LINES = [
    "Ærlig talt, det gikk greit å lære seg systemet på kjøkkenet – blåbær og rødgrøt 😀",
    "Så du føler at økonomien styrer mer enn øyeåpneren? 🙂",
    "Ja, på en måte. Æ, ø og å er jo også med i journalen vår, så det må fungere 👍",
]
SPEAKER = re.compile(r"^(Intervjuer|Informant [A-Za-z0-9]+):\s*")


def sample_turns() -> list[tuple[bool, str]]:
    """The sample interviews' turns: (said by the interviewer, what was said)."""
    turns = []
    for line in sample_paragraphs():
        m = SPEAKER.match(line)
        if m and line[m.end():]:
            turns.append((m.group(1) == "Intervjuer", line[m.end():]))
    if not turns:
        raise RuntimeError(f"no sample transcripts in {SAMPLES}")
    return turns


def write_docx_transcripts(folder: Path, count: int, words_each: int, turns, rng: random.Random,
                           first: int = 1) -> tuple[list[Path], int]:
    """``count`` Word transcripts (write_docx_transcript) in ``folder``, made
    for it, numbered from ``first``: "Intervju 01 – Informant 1.docx", ...
    Returns the files and their words in all."""
    folder.mkdir()
    files, words = [], 0
    for n in range(first, first + count):
        path = folder / f"Intervju {n:02d} – Informant {n}.docx"
        words += write_docx_transcript(path, f"Informant {n}", words_each, turns, rng)
        files.append(path)
    return files, words


def write_docx_transcript(path: Path, informant: str, target_words: int, turns, rng: random.Random) -> int:
    """A Word transcript like the samples: a heading, a setting line, then turns
    with bold speaker labels; some emoji and æ/ø/å lines. Returns its words."""
    import docx

    doc = docx.Document()
    doc.add_heading(f"Intervju – {informant}", level=1)
    doc.add_paragraph("Syntetisk intervju for ytelsesmåling. Intervjuet ble gjennomført på Teams.")
    words = 0
    n = 0
    asked = [t for t in turns if t[0]]
    answered = [t for t in turns if not t[0]]
    extra = 0
    while words < target_words:
        interviewer = n % 2 == 0
        said = rng.choice(asked if interviewer and asked else answered or asked)[1]
        if n % 37 == 5:
            said = f"{said} {DOCX_EMOJI[n % len(DOCX_EMOJI)]}"
        if n % 120 == 60:
            said = DOCX_EXTRA_LINES[extra % len(DOCX_EXTRA_LINES)]
            extra += 1
        label = "Intervjuer: " if interviewer else f"{informant}: "
        para = doc.add_paragraph()
        para.add_run(label).bold = True
        para.add_run(said)
        words += len(label.split()) + len(said.split())
        n += 1
    doc.save(str(path))
    return words


def word_span(words: list[re.Match], rng: random.Random, max_words: int = 30) -> tuple[int, int]:
    """A random passage of 1..max_words of ``words`` (matches of ``\\S+``): its start and end."""
    i = rng.randrange(len(words))
    j = min(len(words) - 1, i + rng.randint(0, max_words - 1))
    return words[i].start(), words[j].end()


# --- a large coded project with a code system -------------------------------------------


@dataclass(frozen=True)
class ProjectSpec:
    """What :func:`build_code_system_project` builds."""

    documents: int = 60
    words: int = 4_000  # per document
    codes: int = 2_000
    themes: int = 8
    groups: int = 60  # inside the themes, besides the rest group
    rest_codes: int = 150
    ungrouped_codes: int = 100
    codings: int = 30_000
    every_code_used: bool = False  # at least one coding per code (else a Zipf-like curve only)
    seed: int = 20240612


def write_transcripts(folder: Path, paragraphs: list[str], rng: random.Random, spec: ProjectSpec
                      ) -> tuple[list[Path], int]:
    """``spec.documents`` plain-text transcripts of ~``spec.words`` words each:
    the sample interviews' paragraphs (Norwegian, with æ, ø and å), shuffled,
    with an emoji (two UTF-16 units) every 45 paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    files, total = [], 0
    for i in range(1, spec.documents + 1):
        out = [f"Intervju {i} – Informant {i}", "Syntetisk intervju for ytelsesmåling."]
        words = 0
        while words < spec.words:
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


def invivo_code_names(paragraphs: list[str], rng: random.Random, spec: ProjectSpec
                      ) -> tuple[list[str], list[str], list[str]]:
    """``spec.codes`` distinct code names: the demo codebook's, then in-vivo
    names made from 2–7 word phrases of the transcripts, as students name
    their codes. Also group and theme names."""
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

    while len(names) < spec.codes:
        name = phrase(2, 7)
        if name and normalised_key(name) not in seen:
            seen.add(normalised_key(name))
            names.append(name)
    while len(groups) < spec.groups:
        groups.append(phrase(3, 6))
    while len(themes) < spec.themes:
        themes.append(phrase(3, 6))
    return names[:spec.codes], groups[:spec.groups], themes[:spec.themes]


def build_code_system_project(path: Path, workdir: Path, spec: ProjectSpec,
                              log: Callable[[str], None] = lambda _m: None) -> dict:
    """Build a coded project at ``path`` (which must not exist) through the
    project's own services; the transcripts are written into ``workdir``.

    * ``spec.documents`` transcripts (``write_transcripts``) imported with
      ``services.documents.import_files``;
    * ``spec.codes`` codes (``invivo_code_names``), written in one transaction
      through the ORM (``services.codes.create_code`` compares each new name
      with every other, which makes 2,000 of them needlessly slow to set up);
    * through ``services.code_system``: ``spec.themes`` themes, ``spec.groups``
      groups of uneven size spread over them (one big one), a rest group with
      ``spec.rest_codes`` codes, ``spec.ungrouped_codes`` codes left ungrouped;
    * ``spec.codings`` codings on random word-aligned passages of 1–30 words,
      the same number in every document, one bulk insert. How often a code is
      used follows a Zipf-like curve independent of its group; with
      ``spec.every_code_used`` every code is used at least once.

    Returns what was built: the ids, names and passages per group and theme
    (``info`` is JSON-ready)."""
    from sqlalchemy import insert

    from workbench.domain.colours import palette_colour
    from workbench.services import code_system as structure
    from workbench.services.documents import document_text, import_files
    from workbench.services.project import Project
    from workbench.storage.models import Code, Coding

    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(spec.seed)
    began = time.perf_counter()
    paragraphs = sample_paragraphs()
    files, total_words = write_transcripts(workdir / "transcripts", paragraphs, rng, spec)
    log(f"wrote {spec.documents} transcripts of ~{spec.words:,} words in {time.perf_counter() - began:.1f} s")
    project = Project.create(path)
    try:
        begin = time.perf_counter()
        report = import_files(project, files)
        import_s = time.perf_counter() - begin
        if report.failed or len(report.imported) != spec.documents:
            raise RuntimeError(f"import failed: {report.failed}")
        doc_ids = [d.id for d in report.imported]
        log(f"imported {spec.documents} transcripts in {import_s:.1f} s")

        names, group_names, theme_names = invivo_code_names(paragraphs, rng, spec)
        with project.transaction() as s:
            codes = [Code(name=name, colour=palette_colour(i), position=i + 1) for i, name in enumerate(names)]
            s.add_all(codes)
            s.flush()
            code_ids = [c.id for c in codes]

        # The structure, through the services.
        order = code_ids[:]
        rng.shuffle(order)
        grouped = spec.codes - spec.rest_codes - spec.ungrouped_codes
        weights = [rng.uniform(0.3, 2.0) for _ in range(spec.groups)]
        weights[0] = 6.0  # one big group (~8 % of the codes), as most projects have
        sizes = [max(5, round(grouped * w / sum(weights))) for w in weights]
        sizes[-1] = grouped - sum(sizes[:-1])
        theme_ids = [structure.create_theme(project, name, number=i + 1) for i, name in enumerate(theme_names)]
        group_ids, at = [], 0
        for i, (name, size) in enumerate(zip(group_names, sizes)):
            group_ids.append(structure.create_group(project, name, order[at:at + size],
                                                    theme_id=theme_ids[i * spec.themes // spec.groups],
                                                    number=i + 1))
            at += size
        rest_id = structure.ensure_rest_group(project, "Restgruppe")
        structure.move_codes(project, order[at:at + spec.rest_codes], rest_id)

        # Codings: word-aligned passages of 1–30 words.
        usage = code_ids[:]
        rng.shuffle(usage)
        weight = {cid: 1 / (rank + 5) ** 0.9 for rank, cid in enumerate(usage)}
        chosen = rng.choices(code_ids, weights=[weight[c] for c in code_ids], k=spec.codings)
        if spec.every_code_used:
            once = code_ids[:]
            rng.shuffle(once)
            chosen[:len(once)] = once
            rng.shuffle(chosen)
        rows = []
        per_doc = spec.codings // spec.documents
        characters = 0
        for d, doc_id in enumerate(doc_ids):
            text = document_text(project, doc_id)
            characters += len(text)
            words = list(re.finditer(r"\S+", text))
            for k in range(per_doc):
                start, end = word_span(words, rng)
                rows.append({"code_id": chosen[d * per_doc + k], "document_id": doc_id,
                             "start": start, "end": end})
        with project.transaction() as s:
            s.execute(insert(Coding), rows)
        system = structure.code_system(project)
    finally:
        project.close()
    passages = {g.id: sum(c.passages for c in system.codes_of(g.id)) for g in system.groups}
    theme_passages = {t.id: sum(passages[g.id] for g in system.groups_of(t.id)) for t in system.themes}
    log(f"project built in {time.perf_counter() - began:.1f} s")
    return {
        "path": path, "doc_ids": doc_ids, "group_ids": group_ids, "rest_id": rest_id, "theme_ids": theme_ids,
        "names": names, "passages": passages, "theme_passages": theme_passages,
        "info": {
            "documents": spec.documents,
            "words": total_words,
            "characters": characters,
            "codes": len(system.codes),
            "codes_used": sum(1 for c in system.codes if c.passages),
            "themes": len(system.themes),
            "groups": len(system.groups) - 1,
            "rest_group_codes": len(system.codes_of(rest_id)),
            "ungrouped_codes": len(system.codes_of(None)),
            "codings": sum(c.passages for c in system.codes),
            "largest_group_passages": max(passages[g] for g in group_ids),
            "rest_group_passages": passages[rest_id],
            "median_group_passages": statistics.median(passages[g] for g in group_ids),
            "codes_per_group_min_max": [min(sizes), max(sizes)],
            "import_s": round(import_s, 2),
            "setup_s": round(time.perf_counter() - began, 1),
        },
    }


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
