"""Undo commands on a question's minutes, summary and plan."""

from __future__ import annotations

from dialogkarta import ops
from dialogkarta.ui.commands.base import TEXT_MERGE_ID, DocumentCommand


class EditQuestionTextCommand(DocumentCommand):
    """Minutes or summary of a question; consecutive typing merges into one undo step."""

    def __init__(self, document, *, question: str, field: str, value: str) -> None:
        super().__init__(document, document.tr("Skriv anteckningar"))
        self.question, self.field, self.value = question, field, value
        self.old: str | None = None

    def id(self) -> int:
        return TEXT_MERGE_ID

    def mergeWith(self, other) -> bool:
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

    def __init__(self, document, *, question: str, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra fråga"))
        self.question, self.fields, self.old = question, changes, {}

    def forward(self) -> None:
        self.old = self.call(ops.update_question, question=self.question, changes=self.fields)

    def backward(self) -> None:
        self.call(ops.update_question, question=self.question, changes=self.old)
