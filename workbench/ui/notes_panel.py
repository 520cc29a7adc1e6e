"""The notes panel: the memo (and description) of whatever is selected: the
project, a document, a code, a group or a theme. Typing is saved as you go,
one undo step per item and field."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from workbench.services.records import Notes

SAVE_AFTER_MS = 600


class NotesPanel(QWidget):
    #: (kind, id, field, text): the user changed a memo or description.
    note_changed = Signal(str, object, str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("Description: what the code or group stands for"))
        self.description.setAccessibleName(self.tr("Description"))
        self.memo = QPlainTextEdit(self)
        self.memo.setPlaceholderText(self.tr("Memo: thoughts, decisions, questions for the supervisor"))
        self.memo.setAccessibleName(self.tr("Memo"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.memo)
        self.notes: Notes | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        self.memo.textChanged.connect(self._typed)
        self.description.textEdited.connect(lambda _t: self._typed())
        self.memo.installEventFilter(self)
        self.description.editingFinished.connect(self.save)
        self.show_notes(None)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.memo and event.type() == event.Type.FocusOut:
            self.save()
        return super().eventFilter(obj, event)

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def show_notes(self, notes: Notes | None, kind_label: str = "") -> None:
        """Show an item's notes; what was typed for the previous item is saved first."""
        self.save()
        self.notes = notes
        self._loading = True
        try:
            if notes is None:
                self.title.setText(self.tr("Select something to write its memo."))
                self.description.hide()
                self.memo.setPlainText("")
                self.memo.setEnabled(False)
                return
            self.title.setText(f"<b>{kind_label}</b>: {notes.name}" if kind_label else f"<b>{notes.name}</b>")
            self.description.setVisible(notes.description is not None)
            self.description.setText(notes.description or "")
            self.memo.setEnabled(True)
            if self.memo.toPlainText() != notes.memo:
                self.memo.setPlainText(notes.memo)
        finally:
            self._loading = False

    def save(self) -> None:
        """Send what changed (memo and description) as note_changed."""
        self._timer.stop()
        notes = self.notes
        if notes is None:
            return
        memo = self.memo.toPlainText()
        if memo != notes.memo:
            self.notes = Notes(notes.kind, notes.id, notes.name, notes.description, memo)
            self.note_changed.emit(notes.kind, notes.id, "memo", memo)
        notes = self.notes
        if notes.description is not None and self.description.text() != notes.description:
            description = self.description.text()
            self.notes = Notes(notes.kind, notes.id, notes.name, description, notes.memo)
            self.note_changed.emit(notes.kind, notes.id, "description", description)
