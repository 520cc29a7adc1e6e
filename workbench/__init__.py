"""Stegvis: a workbench for qualitative analysis by stepwise-deductive induction."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("stegvis")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Stegvis"
