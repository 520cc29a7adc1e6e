"""PySide6 asks of every module imported whether it uses PySide6; Stegvis has
that answered from the module's names rather than by reading its source."""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import workbench.ui  # noqa: F401  (installs the lighter answer)
from workbench.ui import import_hook


def test_the_lighter_answer_is_in_place_for_this_pyside():
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is import_hook.uses_pyside


def test_a_module_imported_after_pyside_is_not_read_for_it(tmp_path, monkeypatch):
    (tmp_path / "interview_notes.py").write_text("TOPICS = ['samarbeid', 'kommunen']\n", encoding="utf-8")
    (tmp_path / "interview_window.py").write_text("from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    notes = __import__("interview_notes")  # an import statement's way (importlib's skips the hook)
    window = __import__("interview_window")
    try:
        assert notes.TOPICS and window.QLabel
        assert not any(str(tmp_path) in name for name in linecache.cache)  # no source kept in memory
        flags = sys.modules["shibokensupport.feature"].pyside_feature_dict
        assert flags["interview_notes"] == -1  # not a PySide6 module
        assert flags["interview_window"] == 0
    finally:
        del sys.modules["interview_notes"], sys.modules["interview_window"]


def test_uses_pyside_asks_objects_for_nothing_but_their_type():
    from PySide6.QtCore import QObject, Qt

    class Touchy:
        def __getattr__(self, name):
            raise AssertionError(f"asked for {name}")

    plain = ModuleType("plain")
    plain.touchy, plain.number = Touchy(), 3
    assert not import_hook.uses_pyside(plain)
    names = {"QObject": QObject, "Qt": Qt, "widget": QObject(), "QtCore": sys.modules["PySide6.QtCore"]}
    for name, value in names.items():
        qt = ModuleType("qt")
        qt.touchy = Touchy()
        setattr(qt, name, value)
        assert import_hook.uses_pyside(qt), name
