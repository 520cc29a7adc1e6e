"""Where the program's bundled files are: a source tree or a packaged build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller build
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_sources() -> Path:
    return resources_dir() / "demo"
