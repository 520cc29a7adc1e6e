"""Killing Stegvis (SIGKILL) at random moments loses nothing acknowledged.

A worker process codes, imports, migrates or exports and prints "ACK ..."
after each change is committed; the test kills it after a random number of
acknowledgements, reopens the project and checks that the file is intact,
that every acknowledged change is there, and that no half-imported document
or half-written export exists. STEGVIS_CRASH_RUNS raises the number of kills.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.services.project import Project
from workbench.services.report import project_info
from workbench.storage.database import FORMAT_VERSION, read_format_version

RUNS = int(os.environ.get("STEGVIS_CRASH_RUNS", "3"))
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

WORKER = textwrap.dedent('''
    import sys
    from pathlib import Path
    from workbench.services.project import Project
    from workbench.services import coding, documents

    mode, project_path = sys.argv[1], Path(sys.argv[2])
    if mode == "coding":
        with Project.open(project_path) as project:
            doc = documents.list_documents(project)[0]
            text = documents.document_text(project, doc.id)
            code = coding.code_in_vivo(project, doc.id, 0, 12).code
            for i in range(1, len(text) - 20):
                record = coding.apply_code(project, code.id, doc.id, i, i + 15)
                print("ACK", record.start, flush=True)
    elif mode == "import":
        with Project.open(project_path) as project:
            for path in sys.argv[3:]:
                report = documents.import_files(project, [path])
                print("ACK", report.imported[0].name, flush=True)
    elif mode == "migrate":
        Project.open(project_path).close()
        print("ACK migrated", flush=True)
    elif mode == "export":
        from workbench.exporters import export_codebook
        with Project.open(project_path) as project:
            for i in range(1000):
                export_codebook(project, Path(sys.argv[3]), quotes=2, counts=True)
                print("ACK export", i, flush=True)
''')


def _start(tmp_path: Path, args: list[str]) -> subprocess.Popen:
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _run_and_kill(tmp_path: Path, args: list[str], acks_before_kill: int) -> list[str]:
    proc = _start(tmp_path, args)
    acked: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("ACK"):
                acked.append(line.split(" ", 1)[1].strip())
                if len(acked) >= acks_before_kill:
                    break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    return acked


def _intact(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


@pytest.fixture
def transcript_project(tmp_path, samples_dir):
    path = tmp_path / "p.stegvis"
    from workbench.services import documents

    with Project.create(path) as project:
        documents.import_files(project, [samples_dir / "Informant C.docx"])
    return path


@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_a_burst_of_coding(tmp_path, transcript_project, run):
    kill_after = random.Random(run).randint(1, 40)
    acked = _run_and_kill(tmp_path, ["coding", str(transcript_project)], kill_after)
    _intact(transcript_project)
    with Project.open(transcript_project) as project:
        starts = {c["start"] for c in project_info(project)["codings"]}
    assert {int(a) for a in acked} <= starts


@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_an_import_leaves_no_half_document(tmp_path, samples_dir, run):
    path = tmp_path / "p.stegvis"
    Project.create(path).close()
    files = [str(p) for p in sorted(samples_dir.glob("*.docx"))]
    kill_after = random.Random(run).randint(1, len(files) - 1)
    acked = _run_and_kill(tmp_path, ["import", str(path), *files], kill_after)
    _intact(path)
    from workbench.importers import read_transcript

    with Project.open(path) as project:
        info = project_info(project, with_text=True)
    names = [d["name"] for d in info["documents"]]
    assert set(acked) <= set(names)
    for doc in info["documents"]:  # every document whole, or not there at all
        source = next(f for f in files if Path(f).stem == doc["name"])
        assert doc["text"] == read_transcript(source).text


@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_a_migration_keeps_old_or_new_never_between(tmp_path, run):
    fixture = ROOT / "tests" / "fixtures" / "format1.stegvis"
    path = tmp_path / "gammel.stegvis"
    shutil.copy(fixture, path)
    # Kill at a random moment while the program starts and migrates (about half a second).
    proc = _start(tmp_path, ["migrate", str(path)])
    try:
        proc.wait(timeout=random.Random(run).uniform(0.2, 1.2))
    except subprocess.TimeoutExpired:
        pass
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    _intact(path)
    assert read_format_version(path) in (1, FORMAT_VERSION)
    with Project.open(path) as project:  # opens (and finishes the migration if it was cut short)
        assert len(project_info(project)["codings"]) == 3


@pytest.mark.parametrize("run", range(RUNS))
def test_kill_during_an_export_leaves_no_half_file(tmp_path, run):
    from workbench.services.demo import build_demo

    path = tmp_path / "demo.stegvis"
    build_demo(path).close()
    out = tmp_path / "kodebok.docx"
    kill_after = random.Random(run).randint(1, 3)
    _run_and_kill(tmp_path, ["export", str(path), str(out)], kill_after)
    from docx import Document

    Document(str(out))  # the export that is there is complete and opens
    _intact(path)
