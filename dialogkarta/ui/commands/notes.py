"""Undo commands on notes: add, edit, move (on the board or to another question), delete, vote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Sequence

    from dialogkarta.ui.document import SessionDocument


class AddNoteCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, question: str, text: str, facet: str | None = None,
                 keywords: Sequence[str] = (), municipality: str | None = None, talk: str | None = None) -> None:
        super().__init__(document, document.tr("Ny lapp"))
        self.fields = dict(question=question, text=text, facet=facet, keywords=list(keywords), municipality=municipality,
                           talk=talk)
        self.note_id: str | None = None
        self.created: str | None = None

    def forward(self) -> None:
        note = self.call(ops.add_note, note_id=self.note_id, created=self.created, **self.fields)
        self.note_id, self.created = note.id, note.created

    def backward(self) -> None:
        self.call(ops.delete_notes, note_ids=[self.note_id])


class EditNoteCommand(DocumentCommand):
    """Change fields of one note (text, facet, keywords, municipality, question_key, votes)."""

    def __init__(self, document: SessionDocument, *, note_id: str, changes: dict, text: str | None = None) -> None:
        super().__init__(document, text or document.tr("Ändra lapp"))
        self.note_id, self.fields = note_id, dict(changes)
        self.old: dict = {}

    def forward(self) -> None:
        self.old = self.call(ops.update_note, note_id=self.note_id, changes=self.fields)

    def backward(self) -> None:
        self.call(ops.update_note, note_id=self.note_id, changes=self.old)


class _UpdateNotesCommand(DocumentCommand):
    """Fields of several notes in one step (ops.update_notes), restored as they were on undo."""

    def __init__(self, document: SessionDocument, text: str, changes: dict[str, dict]) -> None:
        super().__init__(document, text)
        self.fields = changes
        self.old: dict = {}

    def forward(self) -> None:
        self.old = self.call(ops.update_notes, changes=self.fields)

    def backward(self) -> None:
        self.call(ops.update_notes, changes=self.old)


class MoveNotesCommand(_UpdateNotesCommand):
    """Positions (and facets) of several notes after one drag: one undo step per drag."""

    def __init__(self, document: SessionDocument, *, changes: dict[str, dict]) -> None:
        super().__init__(document, document.tr("Flytta lappar"), changes)


class ReorderNotesCommand(DocumentCommand):
    """A drag within a question's area: the notes' order, and the lane of the dropped ones."""

    def __init__(self, document: SessionDocument, *, question: str, order: list[str], facets: dict) -> None:
        super().__init__(document, document.tr("Flytta lappar"))
        self.question, self.order, self.facets = question, list(order), dict(facets)
        self.places: dict = {}

    def forward(self) -> None:
        self.places = self.call(ops.reorder_notes, question=self.question, order=self.order, facets=self.facets)

    def backward(self) -> None:
        self.call(ops.restore_note_places, places=self.places)


class MoveToQuestionCommand(DocumentCommand):
    """Notes typed under the wrong question go to another one (ops decides where they land)."""

    def __init__(self, document: SessionDocument, *, note_ids: list[str], question: str, facet: str | None = None) -> None:
        super().__init__(document, document.tr("Flytta till annan fråga"))
        self.note_ids, self.question, self.facet = list(note_ids), question, facet
        self.places: dict = {}

    def forward(self) -> None:
        self.places = self.call(ops.move_notes_to_question, note_ids=self.note_ids, question=self.question,
                                facet=self.facet)

    def backward(self) -> None:
        self.call(ops.restore_note_places, places=self.places)


class DeleteNotesCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Ta bort lappar"))
        self.note_ids = list(note_ids)
        self.snapshots: list = []

    def forward(self) -> None:
        self.snapshots = self.call(ops.delete_notes, note_ids=self.note_ids)

    def backward(self) -> None:
        self.call(ops.restore_notes, snapshots=self.snapshots)


class VoteCommand(DocumentCommand):
    """Add (step > 0) or take away (step < 0) dots on notes; ops keeps them at zero or more."""

    def __init__(self, document: SessionDocument, *, note_ids: list[str], step: int) -> None:
        super().__init__(document, document.tr("Rösta"))
        self.note_ids, self.step = list(note_ids), step
        self.old: dict = {}

    def forward(self) -> None:
        self.old = self.call(ops.vote_notes, note_ids=self.note_ids, step=self.step)

    def backward(self) -> None:
        self.call(ops.update_notes, changes=self.old)
