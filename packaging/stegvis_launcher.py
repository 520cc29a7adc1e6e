"""Entry point of the packaged Stegvis (packaging/stegvis.spec): the `stegvis` command.

It does what the `stegvis` console script does, ``workbench.cli.main()``, with two
additions that live here so the program itself needs no packaging code:

* On macOS, a ``-psn_...`` argument that Finder may add when it starts an app is dropped.
* A hidden smoke-test mode for ``make package-test`` and packaging/measure_startup.py,
  switched on by an environment variable that users never set:

  ``STEGVIS_SMOKE_TEST_SECONDS=N``
      The app quits by itself N seconds (a decimal number) after its event loop starts.
      When the event loop first has nothing left to do (the window is shown and idle), it
      prints ``stegvis-smoke: idle <time.monotonic()>`` on stdout. Any uncaught Python
      exception, including one raised in a Qt slot or event handler (which Qt would only
      print and go on), makes the exit status 1. Without a GUI (``--version``, the
      scripting commands) the variable changes nothing.

The same file runs from a source checkout, for comparing start-up times with the build:
``STEGVIS_SMOKE_TEST_SECONDS=3 .venv/bin/python packaging/stegvis_launcher.py --demo``.
"""

from __future__ import annotations

import os
import sys
import time

SMOKE_ENV = "STEGVIS_SMOKE_TEST_SECONDS"
IDLE_MARK = "stegvis-smoke: idle"


def _install_smoke_test(seconds: float) -> list[BaseException]:
    """Make the next QApplication.exec() quit after ``seconds`` and report its first idle
    moment; record every uncaught exception in the returned list."""
    import traceback

    from PySide6.QtCore import QAbstractEventDispatcher, QTimer
    from PySide6.QtWidgets import QApplication

    failures: list[BaseException] = []

    def excepthook(kind, value, tb) -> None:
        failures.append(value)
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        app = QApplication.instance()
        if app is not None:
            app.exit(1)

    sys.excepthook = excepthook
    original_exec = QApplication.exec

    def exec_() -> int:
        app = QApplication.instance()
        dispatcher = QAbstractEventDispatcher.instance()
        marked = []

        def idle() -> None:  # the loop is about to wait: every pending event is handled
            if not marked:
                marked.append(time.monotonic())
                if sys.stdout is not None:
                    print(f"{IDLE_MARK} {marked[0]:.6f}", flush=True)
                dispatcher.aboutToBlock.disconnect(idle)

        dispatcher.aboutToBlock.connect(idle)
        QTimer.singleShot(round(seconds * 1000), app.quit)
        code = original_exec()
        return code or (1 if failures else 0)

    QApplication.exec = staticmethod(exec_)
    return failures


def main() -> int:
    if sys.platform == "darwin":
        sys.argv = [a for a in sys.argv if not a.startswith("-psn_")]
    failures: list[BaseException] = []
    smoke = os.environ.get(SMOKE_ENV, "").strip()
    if smoke:
        failures = _install_smoke_test(float(smoke))
    from workbench.cli import main as stegvis_main

    code = stegvis_main()
    if failures and not code:
        code = 1
    return code


if __name__ == "__main__":
    sys.exit(main())
