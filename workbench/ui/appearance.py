"""Appearance: the system's look, a dark palette or high contrast. Passage
highlights stay legible in each (the text colour follows the highlight)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high_contrast")


def _palette(colours: dict) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    R = QPalette.ColorRole
    if theme == "dark":
        app.setPalette(_palette({
            R.Window: "#2b2b2b", R.WindowText: "#e6e6e6", R.Base: "#1e1e1e", R.AlternateBase: "#262626",
            R.Text: "#e6e6e6", R.Button: "#353535", R.ButtonText: "#e6e6e6", R.Highlight: "#3d7ab8",
            R.HighlightedText: "#ffffff", R.ToolTipBase: "#353535", R.ToolTipText: "#e6e6e6",
            R.PlaceholderText: "#9a9a9a", R.Mid: "#5a5a5a", R.Link: "#8ab4f8",
        }))
    elif theme == "high_contrast":
        app.setPalette(_palette({
            R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#101010",
            R.Text: "#ffffff", R.Button: "#000000", R.ButtonText: "#ffffff", R.Highlight: "#ffff00",
            R.HighlightedText: "#000000", R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff",
            R.PlaceholderText: "#c0c0c0", R.Mid: "#ffffff", R.Link: "#00ffff",
        }))
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())
