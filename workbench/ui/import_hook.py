"""A lighter answer to a question PySide6 asks of every module imported.

PySide6 replaces Python's ``__import__`` so that a module may opt in to its
``from __feature__ import snake_case`` spelling. After every import it asks
whether the new module uses PySide6, and answers by reading the module's
whole source file (``inspect.getsource``) and searching it for "PySide6";
the lines read stay in ``linecache`` for the rest of the process. For
Stegvis, which loads SQLAlchemy and its own services after the window,
that is some 450 source files: ~70 ms of reading and ~20 MB kept, and
~15 ms of the window's own start.

Stegvis uses none of those features. ``lighten()`` has the question answered
from what the module holds instead: a module uses PySide6 when one of its
names is a PySide6 module, class, or object. Should PySide6 change how it
asks, ``lighten()`` leaves it as it is (the answer is only ever slower).
"""

from __future__ import annotations

import sys
from types import ModuleType

#: Where PySide6 keeps the question (shiboken's support package, also PySide6.support.feature).
FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def uses_pyside(module: ModuleType) -> bool:
    """Whether one of ``module``'s names is a PySide6 module, class or object
    (without asking any object for more than its type's module)."""
    for value in list(vars(module).values()):
        if isinstance(value, ModuleType):
            origin = value.__name__
        elif isinstance(value, type):
            origin = value.__module__
        else:
            origin = type(value).__module__
        if isinstance(origin, str) and origin.startswith("PySide6"):
            return True
    return False


def lighten() -> bool:
    """Answer PySide6's per-import question with uses_pyside; True when done."""
    for name in FEATURE_MODULES:
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = uses_pyside
            return True
    return False
