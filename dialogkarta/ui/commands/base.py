"""The common base of the undo commands: a QUndoCommand that knows its document."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

TEXT_MERGE_ID = 4711  # consecutive typing in minutes/summary merges into one undo step
SESSION_MERGE_ID = TEXT_MERGE_ID + 1


class DocumentCommand(QUndoCommand):
    """redo() calls one ops function with document.db, undo() its inverse, then document.notify()."""

    def __init__(self, document, text: str) -> None:
        super().__init__(text)
        self.document = document

    @property
    def db(self):
        return self.document.db
