"""Undo commands for written input (a form read back) and the one-to-one talks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.document import SessionDocument


class AddWrittenAnswersCommand(DocumentCommand):
    """Add the answers of a form or written reflections as notes; undo removes exactly those."""

    def __init__(self, document: SessionDocument, *, answers: list[ops.WrittenAnswer]) -> None:
        super().__init__(document, document.tr("Läs in skriftliga svar"))
        self.answers = list(answers)
        self.added: list = []
        self.snapshots: list = []

    def forward(self) -> None:
        if self.snapshots:  # redo after undo: the very same notes come back
            self.call(ops.restore_notes, snapshots=self.snapshots)
        else:
            self.added = self.call(ops.add_written_answers, answers=self.answers)

    def backward(self) -> None:
        self.snapshots = self.call(ops.delete_notes, note_ids=self.added)


class AddTalkCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, role: str, municipality: str | None = None) -> None:
        super().__init__(document, document.tr("Nytt enskilt samtal"))
        self.role, self.municipality, self.talk_id = role, municipality, None

    def forward(self) -> None:
        self.talk_id = self.call(ops.add_talk, role=self.role, municipality=self.municipality, talk_id=self.talk_id)

    def backward(self) -> None:
        self.call(ops.delete_talk, talk_id=self.talk_id)


class EditTalkCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, talk_id: str, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra enskilt samtal"))
        self.talk_id, self.fields = talk_id, dict(changes)
        self.old: dict = {}

    def forward(self) -> None:
        self.old = self.call(ops.update_talk, talk_id=self.talk_id, changes=self.fields)

    def backward(self) -> None:
        self.call(ops.update_talk, talk_id=self.talk_id, changes=self.old)
