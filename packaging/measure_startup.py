"""Start-up time of the packaged app against the app run from the virtual environment.

    .venv/bin/python packaging/measure_startup.py [--runs 5] [--app dist/stegvis/stegvis]

Starts each program with ``--demo`` offscreen (QT_QPA_PLATFORM=offscreen), with temporary
XDG folders, and the hidden smoke-test switch of packaging/stegvis_launcher.py, which prints
``time.monotonic()`` when the event loop first has nothing left to do: the main window is
shown with the demo project open and idle. Start-up is that moment less the moment just
before the process was started (the same system-wide monotonic clock on Linux).

The source run is ``.venv/bin/python packaging/stegvis_launcher.py --demo``: what the
``stegvis`` console script runs (``workbench.cli.main``), plus the smoke-test switch.

Two cases, each the median of ``--runs`` runs after one unmeasured warm-up run:

* warm: the XDG folders are kept between runs, so the demo project is copied from the cache
  (what a user sees every time but the first);
* cold: new XDG folders for every run, so the demo project is built from the transcripts
  (the very first start).

Prints one JSON object; exits 1 when a run fails or prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IDLE_MARK = "stegvis-smoke: idle"


def xdg_dirs(base: Path) -> dict[str, str]:
    dirs = {}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = base / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        dirs[name] = str(path)
    runtime = base / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    dirs["XDG_RUNTIME_DIR"] = str(runtime)
    return dirs


def one_run(command: list[str], xdg_base: Path, quit_after: float) -> float:
    env = {**os.environ, **xdg_dirs(xdg_base), "QT_QPA_PLATFORM": "offscreen",
           "STEGVIS_SMOKE_TEST_SECONDS": str(quit_after)}
    start = time.monotonic()
    proc = subprocess.run(command + ["--demo"], check=False, env=env, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        raise SystemExit(f"{' '.join(command)} --demo failed (exit {proc.returncode}):\n{proc.stderr}")
    for line in proc.stdout.splitlines():
        if line.startswith(IDLE_MARK):
            return float(line.split()[-1]) - start
    raise SystemExit(f"{' '.join(command)}: no idle mark in its output:\n{proc.stdout}\n{proc.stderr}")


def measure(command: list[str], runs: int, cold: bool, quit_after: float) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory(prefix="stegvis-startup-") as tmp:
        base = Path(tmp)
        one_run(command, base / "warmup", quit_after)  # file caches, and for warm runs the demo cache
        for i in range(runs):
            times.append(one_run(command, base / (f"cold{i}" if cold else "warmup"), quit_after))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--app", default=str(ROOT / "dist" / "stegvis" / "stegvis"), help="the packaged program")
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"), help="the venv's Python")
    parser.add_argument("--quit-after", type=float, default=0.5, help="seconds the app stays after starting")
    args = parser.parse_args()
    programs = {
        "packaged": [args.app],
        "venv": [args.python, str(ROOT / "packaging" / "stegvis_launcher.py")],
    }
    result: dict = {"runs": args.runs}
    for case in ("warm", "cold"):
        figures = {}
        for name, command in programs.items():
            times = measure(command, args.runs, case == "cold", args.quit_after)
            figures[name] = {"median_s": round(statistics.median(times), 3),
                             "min_s": round(min(times), 3), "max_s": round(max(times), 3)}
        figures["ratio"] = round(figures["packaged"]["median_s"] / figures["venv"]["median_s"], 2)
        result[case] = figures
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
