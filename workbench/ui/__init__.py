"""The Qt user interface: the only package that imports PySide6."""

import PySide6.QtCore  # noqa: F401  (first, so that what follows is imported the lighter way)

from workbench.ui import import_hook

import_hook.lighten()
