"""Undo commands for written input (a form read back) and the one-to-one talks."""

from __future__ import annotations

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand


class AddWrittenAnswersCommand(DocumentCommand):
    """Add the answers of a form or written reflections as notes; undo removes exactly those."""

    def __init__(self, document, *, answers: list[ops.WrittenAnswer]) -> None:
        super().__init__(document, document.tr("Läs in skriftliga svar"))
        self.answers, self.added, self.snapshots = list(answers), [], []

    def redo(self) -> None:
        if self.snapshots:  # redo after undo: the very same notes come back
            ops.restore_notes(self.db, snapshots=self.snapshots)
        else:
            self.added = ops.add_written_answers(self.db, answers=self.answers)
        self.document.notify("notes", None)

    def undo(self) -> None:
        self.snapshots = ops.delete_notes(self.db, note_ids=self.added)
        self.document.notify("notes", None)


class AddTalkCommand(DocumentCommand):
    def __init__(self, document, *, role: str, municipality: str | None = None) -> None:
        super().__init__(document, document.tr("Nytt enskilt samtal"))
        self.role, self.municipality, self.talk_id = role, municipality, None

    def redo(self) -> None:
        self.talk_id = ops.add_talk(self.db, role=self.role, municipality=self.municipality, talk_id=self.talk_id)
        self.document.notify("talks", [self.talk_id])

    def undo(self) -> None:
        ops.delete_talk(self.db, talk_id=self.talk_id)
        self.document.notify("talks", None)


class EditTalkCommand(DocumentCommand):
    def __init__(self, document, *, talk_id: str, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra enskilt samtal"))
        self.talk_id, self.changes, self.old = talk_id, dict(changes), {}

    def redo(self) -> None:
        self.old = ops.update_talk(self.db, talk_id=self.talk_id, changes=self.changes)
        self.document.notify("talks", [self.talk_id])

    def undo(self) -> None:
        ops.update_talk(self.db, talk_id=self.talk_id, changes=self.old)
        self.document.notify("talks", [self.talk_id])
