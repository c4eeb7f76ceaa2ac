"""Undo commands on notes: add, edit, move, delete, vote."""

from __future__ import annotations

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand


class AddNoteCommand(DocumentCommand):
    def __init__(self, document, *, question: str, text: str, facet=None, keywords=(), municipality=None,
                 talk=None) -> None:
        super().__init__(document, document.tr("Ny lapp"))
        self.fields = dict(question=question, text=text, facet=facet, keywords=list(keywords), municipality=municipality,
                           talk=talk)
        self.note_id: str | None = None
        self.created: str | None = None

    def redo(self) -> None:
        note = ops.add_note(self.db, note_id=self.note_id, created=self.created, **self.fields)
        self.note_id, self.created = note.id, note.created
        self.document.note_added(self.fields["question"], note)

    def undo(self) -> None:
        ops.delete_notes(self.db, note_ids=[self.note_id])
        self.document.notify("notes", None)


class EditNoteCommand(DocumentCommand):
    """Change fields of one note (text, facet, keywords, municipality, question_key, votes)."""

    def __init__(self, document, *, note_id: str, changes: dict, text: str | None = None) -> None:
        super().__init__(document, text or document.tr("Ändra lapp"))
        self.note_id, self.changes, self.old = note_id, dict(changes), {}

    def redo(self) -> None:
        self.old = ops.update_note(self.db, note_id=self.note_id, changes=self.changes)
        self.document.notify("notes", [self.note_id])

    def undo(self) -> None:
        ops.update_note(self.db, note_id=self.note_id, changes=self.old)
        self.document.notify("notes", [self.note_id])


class _UpdateNotesCommand(DocumentCommand):
    """Fields of several notes in one step (ops.update_notes), restored as they were on undo."""

    def __init__(self, document, text: str, changes: dict[str, dict]) -> None:
        super().__init__(document, text)
        self.changes, self.old = changes, {}

    def redo(self) -> None:
        self.old = ops.update_notes(self.db, changes=self.changes)
        self.document.notify("notes", list(self.changes))

    def undo(self) -> None:
        ops.update_notes(self.db, changes=self.old)
        self.document.notify("notes", list(self.changes))


class MoveNotesCommand(_UpdateNotesCommand):
    """Positions (and facets) of several notes after one drag: one undo step per drag."""

    def __init__(self, document, *, changes: dict[str, dict]) -> None:
        super().__init__(document, document.tr("Flytta lappar"), changes)


class DeleteNotesCommand(DocumentCommand):
    def __init__(self, document, *, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Ta bort lappar"))
        self.note_ids, self.snapshots = list(note_ids), []

    def redo(self) -> None:
        self.snapshots = ops.delete_notes(self.db, note_ids=self.note_ids)
        self.document.notify("notes", None)

    def undo(self) -> None:
        ops.restore_notes(self.db, snapshots=self.snapshots)
        self.document.notify("notes", None)


class VoteCommand(_UpdateNotesCommand):
    """Add (step > 0) or take away (step < 0) dots on notes; never below zero."""

    def __init__(self, document, *, note_ids: list[str], step: int) -> None:
        votes = {n.id: n.votes for _, n in document.data().all_notes() if n.id in set(note_ids)}
        super().__init__(document, document.tr("Rösta"),
                         {note_id: {"votes": max(0, count + step)} for note_id, count in votes.items()})
