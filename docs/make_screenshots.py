#!/usr/bin/env python3
"""Make the README's screenshots (docs/screenshots/*.png) from the demo project,
in English and bokmål, with Qt's offscreen platform: no display needed.

    make screenshots        (or: .venv/bin/python docs/make_screenshots.py)

Each language runs in a process of its own, with empty settings and data
folders in a temporary folder, so nothing of the user's is shown or touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "nb")
SIZE = (1400, 860)
#: What the pictures show: a transcript, and a code group with its passages.
DOCUMENT = "Informant C"
GROUP_NUMBER = 10


def settle(app, turns: int = 20) -> None:
    """Let the window lay itself out and paint."""
    for _ in range(turns):
        app.processEvents()


def shoot(language: str, home: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    sys.path.insert(0, str(ROOT))
    from workbench.ui import i18n
    from workbench.ui.app import make_application, start

    make_application()
    i18n.save_choice(language)
    app, window = start(demo=True)
    window.resize(*SIZE)
    window.project  # opened fully
    settle(app)
    document = next(d for d in window.documents_panel.model.records if d.name == DOCUMENT)
    window.documents_panel.select_document(document.id)
    group = next(g for g in window.system.groups if g.number == GROUP_NUMBER)
    window.codes_panel.select_item("group", group.id)
    window.statusBar().clearMessage()  # "Opened <the temporary folder>"
    settle(app)
    window.grab().save(str(OUT / f"main-{language}.png"))
    window.act_board.trigger()
    window.statusBar().clearMessage()
    settle(app)
    window.grab().save(str(OUT / f"board-{language}.png"))
    window.act_code_test.trigger()
    window.statusBar().clearMessage()
    settle(app)
    window.grab().save(str(OUT / f"test-{language}.png"))
    window.close()


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--language":
        shoot(argv[1], Path(os.environ["STEGVIS_SCREENSHOT_HOME"]))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory(prefix="stegvis-screenshots-") as home:
            env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "XDG_DATA_HOME": f"{home}/data", "XDG_CACHE_HOME": f"{home}/cache",
                   "XDG_CONFIG_HOME": f"{home}/config", "STEGVIS_SCREENSHOT_HOME": home}
            subprocess.run([sys.executable, __file__, "--language", language], env=env, check=True)
        print(f"docs/screenshots/*-{language}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
