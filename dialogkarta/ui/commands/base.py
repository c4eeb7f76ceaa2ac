"""The common base of the undo commands: a QUndoCommand that knows its document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from dialogkarta import ops
from dialogkarta.model.changes import NOTHING, OpChanges

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable
    from typing import Any

    from dialogkarta.store.session_file import Db
    from dialogkarta.ui.document import SessionDocument

TEXT_MERGE_ID = 4711  # consecutive typing in minutes/summary merges into one undo step
SESSION_MERGE_ID = TEXT_MERGE_ID + 1


class DocumentCommand(QUndoCommand):
    """forward() calls one ops function through call(), backward() its inverse.

    redo() and undo() collect what the operations reported changed and hand it to the
    document once, so the views redraw exactly that. A redo whose write fails marks the
    command obsolete before re-raising: QUndoStack then drops it instead of keeping a
    command that describes a change that never happened.
    """

    def __init__(self, document: SessionDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.changes: OpChanges = NOTHING

    @property
    def db(self) -> Db:
        return self.document.db

    def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run one ops function on the document's file; remember what it changed."""
        result = operation(self.db, **kwargs)
        self.changes = self.changes | ops.last_changes(self.db)
        return result

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.changes = NOTHING
        try:
            self.forward()
        except Exception:
            self.setObsolete(True)
            raise
        self.document.notify(self.changes)

    def undo(self) -> None:
        self.changes = NOTHING
        self.backward()
        self.document.notify(self.changes)
