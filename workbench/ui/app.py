"""Start the application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from workbench import APP_NAME, __version__


def demo_project_path() -> Path:
    """A fresh copy of the demo project in the user's data folder."""
    from workbench.services.demo import fresh_demo_copy

    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    return fresh_demo_copy(data / "demo", cache)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_app(project: str | None = None, demo: bool = False) -> int:
    app = make_application()
    from workbench.ui import i18n
    from workbench.ui import settings as prefs

    # Before any widget exists: the saved language, or the system's (View -> Language).
    i18n.install_at_start(app)
    from workbench.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if demo:
        window.open_demo()
    elif project:
        window.open_project(Path(project))
    else:
        recent = [p for p in prefs.recent_projects() if Path(p).exists()]
        if recent:
            window.open_project(Path(recent[0]))
    return app.exec()
