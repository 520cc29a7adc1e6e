"""Stegvis: a workbench for qualitative analysis by stepwise-deductive induction."""

from workbench._version import __version__

__all__ = ["APP_NAME", "__version__"]

APP_NAME = "Stegvis"
