"""Start the application."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench import APP_NAME, __version__
from workbench.resources import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def demo_project_path() -> Path:
    """A fresh copy of the demo project in the user's data folder."""
    from PySide6.QtCore import QStandardPaths

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
    app.setWindowIcon(app_icon())
    # Wayland and GNOME take the window's icon from the installed .desktop file.
    app.setDesktopFileName("no.stegvis.Stegvis")
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resources_dir() / "icons" / f"stegvis-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


class FileOpener(QObject):
    """macOS sends a double-clicked .stegvis file to a running Stegvis as an
    event; it opens in the current window."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            from workbench.ui.main_window import MainWindow

            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            if windows:
                windows[-1].open_project(Path(event.file()))
                return True
        return super().eventFilter(obj, event)


def start(project: str | Path | None = None, demo: bool = False):
    """What ``stegvis [PROJECT]`` does before the event loop runs: the
    application, the language, the main window on PROJECT (or the demo, or
    the project opened last). Returns (application, window)."""
    # No garbage collections while the window is built and shows its first
    # project (some ninety of them, ~25 ms of the start); on again once the
    # event loop first waits for the user (collector_on).
    gc.disable()
    try:
        app, window = _open_window(Path(project) if project else None, demo)
    except BaseException:
        gc.enable()
        raise
    when_idle(collector_on)
    return app, window


def collector_on() -> None:
    """The garbage collector on again, after the start. What the start made
    (modules, widgets, the project shown) lives on: it leaves the collector's
    generations first, or the first collection would go over all of it
    (~7 ms, while the window paints). Opening a project frees what is left."""
    gc.freeze()
    gc.enable()


def _open_window(path: Path | None, demo: bool):
    app = make_application()
    # The system's fonts are read on a thread while the window is being built
    # (read_fonts): the first text widget would otherwise wait for them.
    threading.Thread(target=read_fonts, name="fonts", daemon=True).start()
    from workbench.ui import settings as prefs

    if path is None and not demo:
        recent = [p for p in prefs.recent_projects() if Path(p).exists()]
        path = Path(recent[0]) if recent else None
    look = None
    if path is not None and path.is_file():
        # Read what the window will show while the window is being built.
        from workbench.services.first_look import LookAhead

        look = LookAhead(path, prefs.last_document(path))
    from workbench.ui import i18n

    # Before any widget exists: the saved language, or the system's (View -> Language).
    i18n.install_at_start(app)
    from workbench.ui.main_window import MainWindow

    if sys.platform == "darwin":  # only macOS sends files as events; elsewhere every event would pass Python
        app.installEventFilter(FileOpener(app))
    opening = demo or path is not None
    window = MainWindow(opening=opening)
    window.show()
    if opening:
        opened = window.open_demo() if demo else window.open_project(path, look_ahead=look)
        if not opened:  # said why already; the start page then
            window.show_project_state()
    return app, window


def read_fonts() -> None:
    """Have the system's fonts read: fontconfig's set-up (~6 ms, most of
    Qt's font database's first use on Linux and the BSDs). Called through
    ctypes, which lets go of Python's lock meanwhile, so the window is built
    beside it; Qt then finds fontconfig ready (its database takes ~0.5 ms).
    Elsewhere, and without fontconfig, Qt's own database is asked, which
    keeps Python's lock (PySide6 does for every Qt call) but still runs while
    this thread reads the modules' files."""
    if sys.platform not in ("win32", "darwin"):
        try:
            import ctypes

            ctypes.CDLL("libfontconfig.so.1").FcInit()
            return
        except (OSError, AttributeError):  # not there: Qt finds its fonts its own way
            pass
    from PySide6.QtGui import QFontDatabase

    QFontDatabase.families()


def when_idle(then) -> None:
    """Run ``then`` once, the first time the event loop is about to wait."""
    dispatcher = QAbstractEventDispatcher.instance()

    def idle() -> None:
        dispatcher.aboutToBlock.disconnect(idle)
        then()

    dispatcher.aboutToBlock.connect(idle)


def run_app(project: str | None = None, demo: bool = False) -> int:
    app, _window = start(project, demo)
    return app.exec()
