"""Stegvis's version: the one place it is written (pyproject.toml reads it).

A plain assignment, not importlib.metadata: reading the installed metadata
costs tens of milliseconds at every start of the app.
"""

__version__ = "0.1.0"
