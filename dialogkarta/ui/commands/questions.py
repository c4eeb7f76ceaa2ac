"""Undo commands on a question's minutes, summary and plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkarta import ops
from dialogkarta.ui.commands.base import TEXT_MERGE_ID, DocumentCommand

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtGui import QUndoCommand

    from dialogkarta.ui.document import SessionDocument


class EditQuestionTextCommand(DocumentCommand):
    """Minutes or summary of a question; consecutive typing merges into one undo step."""

    def __init__(self, document: SessionDocument, *, question: str, field: str, value: str) -> None:
        super().__init__(document, document.tr("Skriv anteckningar"))
        self.question, self.field, self.value = question, field, value
        self.old: str | None = None

    def id(self) -> int:
        return TEXT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditQuestionTextCommand) or (other.question, other.field) != (self.question, self.field):
            return False
        self.value = other.value
        return True

    def forward(self) -> None:
        old = self.call(ops.update_question, question=self.question, changes={self.field: self.value})[self.field]
        if self.old is None:
            self.old = old

    def backward(self) -> None:
        self.call(ops.update_question, question=self.question, changes={self.field: self.old})


class EditQuestionCommand(DocumentCommand):
    """Planned minutes or other plain fields of a question (no merging)."""

    def __init__(self, document: SessionDocument, *, question: str, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra fråga"))
        self.question, self.fields = question, changes
        self.old: dict = {}

    def forward(self) -> None:
        self.old = self.call(ops.update_question, question=self.question, changes=self.fields)

    def backward(self) -> None:
        self.call(ops.update_question, question=self.question, changes=self.old)
