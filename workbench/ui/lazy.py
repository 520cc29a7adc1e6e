"""Modules imported when first used, not when the window's modules load.

The window opens a project before the database layer (SQLAlchemy and the
services on it) has loaded: it shows a first look read with sqlite3
(services/first_look.py) and loads the rest right after
(MainWindow.open_project). The UI's modules therefore take the services
from here (``from workbench.ui.lazy import coding_service``) and use them as
modules;
the import happens at the first attribute read, on whatever thread that is
(Python's import locks keep a module from loading twice).
"""

from __future__ import annotations

import importlib
from types import ModuleType


class LazyModule:
    """Stands for a module; imports it at the first attribute read."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def load(self) -> ModuleType:
        return importlib.import_module(self._name)

    def __getattr__(self, attr: str):
        return getattr(self.load(), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"


def lazy(name: str) -> LazyModule:
    return LazyModule(name)


# The services, by the names the window's modules give them.
code_service = lazy("workbench.services.codes")
coding_service = lazy("workbench.services.coding")
structure = lazy("workbench.services.code_system")
document_properties = lazy("workbench.services.document_properties")
document_service = lazy("workbench.services.documents")
memos = lazy("workbench.services.memos")
merge_split = lazy("workbench.services.merge_split")
project_service = lazy("workbench.services.project")
retrieval = lazy("workbench.services.retrieval")
sdi_overview = lazy("workbench.services.sdi_overview")
sdi_tests = lazy("workbench.services.sdi_tests")
text_editing = lazy("workbench.services.text_editing")
versions = lazy("workbench.services.versions")
