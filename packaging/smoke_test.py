"""Smoke test of the packaged program (`make package-test`, after `make package`).

    .venv/bin/python packaging/smoke_test.py [dist/stegvis/stegvis]

Runs the built program, never the source, in temporary XDG folders and offscreen
(QT_QPA_PLATFORM=offscreen), and checks that

1. `stegvis --version` prints the version of pyproject.toml (the bundled package metadata);
2. the app opens the demo project and quits by itself after a few seconds
   (STEGVIS_SMOKE_TEST_SECONDS, packaging/stegvis_launcher.py), in English and in bokmål,
   with exit status 0, its idle mark printed, no traceback and no missing translation on stderr;
3. the scripting commands work on what only the bundle provides: a new project (the Alembic
   migrations), an older format upgraded, imports of Word, OpenDocument, RTF, PDF, subtitles,
   Markdown and Windows-1252 text (python-docx, lxml, striprtf, pypdf, srt, charset-normalizer),
   exports to Word, Excel and CSV (python-docx's template, openpyxl), REFI-QDA both ways.

Prints one line per check and exits 1 at the first failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_SECONDS = os.environ.get("STEGVIS_SMOKE_TEST_SECONDS", "4")


class Failure(Exception):
    pass


def run(app: Path, args: list[str], env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(app), *args], check=False, env=env, capture_output=True, timeout=timeout,
                          encoding="utf-8", errors="replace")  # JSON is UTF-8; the rest may be the console's
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        raise Failure(f"stegvis {' '.join(args)}: exit {proc.returncode}\n--- stdout\n{proc.stdout}"
                      f"\n--- stderr\n{proc.stderr}")
    return proc


def check(label: str, fn) -> None:
    fn()
    print(f"ok   {label}", flush=True)


def make_inputs(folder: Path) -> list[Path]:
    """Transcripts in the formats the importers read, from the repository's samples and made here."""
    files = [ROOT / "resources" / "demo" / "transcripts" / "Informant A.docx"]
    data = ROOT / "tests" / "importers" / "data"
    files += [p for p in (data / "rich.odt", data / "rich.rtf", data / "transcript.pdf") if p.is_file()]
    text = "Intervjuer: Hvordan begynte det?\nInformant: Blåbærsyltetøy på ÆØÅ-vis, «sa han».\n"
    (folder / "notat.txt").write_bytes(text.encode("cp1252"))
    (folder / "notat.md").write_text("# Intervju\n\n**Informant:** Det var *stegvis*.\n", encoding="utf-8")
    (folder / "opptak.srt").write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nInformant: Først kodet jeg alt.\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\nInformant: Så grupperte jeg kodene.\n", encoding="utf-8")
    (folder / "opptak.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Informant>Temaene kom til slutt.\n", encoding="utf-8")
    return files + [folder / n for n in ("notat.txt", "notat.md", "opptak.srt", "opptak.vtt")]


def main() -> int:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "stegvis" / "stegvis").resolve()
    if not app.exists():
        print(f"{app}: no such program; build it first (make package)", file=sys.stderr)
        return 1
    about: dict = {}
    exec((ROOT / "workbench" / "_version.py").read_text(encoding="utf-8"), about)  # what pyproject.toml reads
    expected = about["__version__"]
    with tempfile.TemporaryDirectory(prefix="stegvis-smoke-") as tmp:
        work = Path(tmp)
        env = dict(os.environ)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            (work / name).mkdir()
            env[name] = str(work / name)
        (work / "runtime").mkdir(mode=0o700)
        env.update(XDG_RUNTIME_DIR=str(work / "runtime"), QT_QPA_PLATFORM="offscreen")
        env.pop("STEGVIS_SMOKE_TEST_SECONDS", None)
        try:
            def version() -> None:
                out = run(app, ["--version"], env).stdout.strip()
                if out != f"stegvis {expected}":
                    raise Failure(f"--version printed {out!r}, expected 'stegvis {expected}'")
            check(f"--version prints stegvis {expected}", version)

            def gui(language: str) -> None:
                gui_env = {**env, "STEGVIS_SMOKE_TEST_SECONDS": GUI_SECONDS, "LANG": language,
                           "LC_ALL": language, "LANGUAGE": language.split(".")[0]}
                proc = run(app, ["--demo"], gui_env, timeout=120)
                if "stegvis-smoke: idle" not in proc.stdout:
                    raise Failure(f"--demo never became idle:\n{proc.stdout}\n{proc.stderr}")
                if "No translation" in proc.stderr:
                    raise Failure(f"--demo in {language}: a translation is missing:\n{proc.stderr}")
            check(f"--demo opens offscreen and quits after {GUI_SECONDS} s (English)", lambda: gui("en_GB.UTF-8"))
            check(f"--demo opens offscreen and quits after {GUI_SECONDS} s (bokmål)", lambda: gui("nb_NO.UTF-8"))

            project = work / "smoke.stegvis"
            check("new: a project made by the bundled migrations", lambda: run(app, ["new", str(project)], env))
            inputs = make_inputs(work)

            def imports() -> None:
                run(app, ["import", str(project), *map(str, inputs)], env)
                info = json.loads(run(app, ["info", str(project), "--json"], env).stdout)
                if len(info["documents"]) != len(inputs):
                    raise Failure(f"imported {len(info['documents'])} documents of {len(inputs)}: {info['documents']}")
            check(f"import {', '.join(sorted({p.suffix for p in inputs}))}", imports)

            demo_copy = next((work / "XDG_DATA_HOME").rglob("Stegvis demo.stegvis"), None)
            coded = work / "coded.stegvis"
            if demo_copy is not None:
                shutil.copy2(demo_copy, coded)
            else:
                coded = project
            check("check --json", lambda: json.loads(run(app, ["check", str(coded), "--json"], env).stdout))
            for name in ("codebook.docx", "codebook.xlsx", "codebook.csv"):
                check(f"export codebook {name}", lambda name=name: run(
                    app, ["export", "codebook", str(coded), str(work / name), "--quotes", "1"], env))
            check("export quotes .docx", lambda: run(app, ["export", "quotes", str(coded), str(work / "q.docx")], env))
            check("export qdpx", lambda: run(app, ["export", "qdpx", str(coded), str(work / "p.qdpx")], env))
            check("export qdc", lambda: run(app, ["export", "qdc", str(coded), str(work / "c.qdc")], env))
            check("new --from .qdpx", lambda: run(
                app, ["new", str(work / "from.stegvis"), "--from", str(work / "p.qdpx")], env))
            check("version save, diff", lambda: (
                run(app, ["version", "save", str(coded), "--label", "smoke"], env),
                run(app, ["diff", str(coded), "--from", "smoke", "--json"], env)))

            old = ROOT / "tests" / "fixtures" / "format1.stegvis"
            if old.is_file():
                upgraded = work / "format1.stegvis"
                shutil.copy2(old, upgraded)

                def upgrade() -> None:
                    run(app, ["info", str(upgraded), "--json"], env)
                    if not (work / "format1.format1-backup.stegvis").is_file():
                        raise Failure("no backup copy beside the upgraded project")
                check("an older project (format 1) upgraded by the bundled migrations", upgrade)
        except Failure as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            return 1
    print(f"{app}: smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
