"""The Qt binding installed must not leak references to None: PySide6 6.12.0
drops one on every call that returns nothing, and Python 3.11 aborts once
the count runs out, after some minutes of normal use."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_keep_none_referenced(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Informant C")
    assert sys.getrefcount(None) - before > -100
