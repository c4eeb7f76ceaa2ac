"""Undo commands: each redo() calls one ops function, undo() its inverse, then notifies views.

The same operations the command line uses; every one commits at once (autosave).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from dialogkarta import ops

TEXT_MERGE_ID = 4711


class _Command(QUndoCommand):
    def __init__(self, document, text: str) -> None:
        super().__init__(text)
        self.document = document

    @property
    def db(self):
        return self.document.db


class AddNoteCommand(_Command):
    def __init__(self, document, *, question: str, text: str, facet=None, keywords=(), municipality=None) -> None:
        super().__init__(document, document.tr("Ny lapp"))
        self.fields = dict(question=question, text=text, facet=facet, keywords=list(keywords), municipality=municipality)
        self.note_id: str | None = None
        self.created: str | None = None

    def redo(self) -> None:
        note = ops.add_note(self.db, note_id=self.note_id, created=self.created, **self.fields)
        self.note_id, self.created = note.id, note.created
        self.document.note_added(self.fields["question"], note)

    def undo(self) -> None:
        ops.delete_notes(self.db, note_ids=[self.note_id])
        self.document.notify("notes", None)


class EditNoteCommand(_Command):
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


class MoveNotesCommand(_Command):
    """Positions (and facets) of several notes after a drag."""

    def __init__(self, document, *, changes: dict[str, dict]) -> None:
        super().__init__(document, document.tr("Flytta lappar"))
        self.changes, self.old = changes, {}

    def redo(self) -> None:
        self.old = ops.update_notes(self.db, changes=self.changes)
        self.document.notify("notes", list(self.changes))

    def undo(self) -> None:
        ops.update_notes(self.db, changes=self.old)
        self.document.notify("notes", list(self.changes))


class DeleteNotesCommand(_Command):
    def __init__(self, document, *, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Ta bort lappar"))
        self.note_ids, self.snapshots = list(note_ids), []

    def redo(self) -> None:
        self.snapshots = ops.delete_notes(self.db, note_ids=self.note_ids)
        self.document.notify("notes", None)

    def undo(self) -> None:
        ops.restore_notes(self.db, snapshots=self.snapshots)
        self.document.notify("notes", None)


class GroupNotesCommand(_Command):
    """Put notes under a label: an existing group of that label, or a new one."""

    def __init__(self, document, *, question: str, label: str, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Gruppera lappar"))
        self.question, self.label, self.note_ids = question, label, list(note_ids)
        self.group_id: str | None = None
        self.created = False
        self.old: dict = {}

    def redo(self) -> None:
        existing = ops.find_group(self.db, question=self.question, label=self.label)
        if existing:
            self.created = False
            self.group_id = existing
            self.old = ops.update_notes(self.db, changes={n: {"group_id": existing} for n in self.note_ids})
        else:
            self.created = True
            self.group_id, self.old = ops.create_group(self.db, question=self.question, label=self.label,
                                                       note_ids=self.note_ids, group_id=self.group_id)
        self.document.notify("groups", self.note_ids)

    def undo(self) -> None:
        ops.update_notes(self.db, changes={n: {"group_id": g} for n, g in self.old.items()})
        if self.created:
            ops.delete_group(self.db, group_id=self.group_id)
        self.document.notify("groups", self.note_ids)


class EditQuestionTextCommand(_Command):
    """Minutes or summary of a question; consecutive typing merges into one undo step."""

    def __init__(self, document, *, key: str, field: str, value: str) -> None:
        super().__init__(document, document.tr("Skriv anteckningar"))
        self.key, self.field, self.value = key, field, value
        self.old: str | None = None

    def id(self) -> int:
        return TEXT_MERGE_ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditQuestionTextCommand) or (other.key, other.field) != (self.key, self.field):
            return False
        self.value = other.value
        return True

    def redo(self) -> None:
        old = ops.update_question(self.db, key=self.key, changes={self.field: self.value})[self.field]
        if self.old is None:
            self.old = old
        self.document.notify("question", [self.key])

    def undo(self) -> None:
        ops.update_question(self.db, key=self.key, changes={self.field: self.old})
        self.document.notify("question", [self.key])


class EditQuestionCommand(_Command):
    """Planned minutes or other plain fields of a question (no merging)."""

    def __init__(self, document, *, key: str, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra fråga"))
        self.key, self.changes, self.old = key, changes, {}

    def redo(self) -> None:
        self.old = ops.update_question(self.db, key=self.key, changes=self.changes)
        self.document.notify("question", [self.key])

    def undo(self) -> None:
        ops.update_question(self.db, key=self.key, changes=self.old)
        self.document.notify("question", [self.key])


class EditSessionCommand(_Command):
    def __init__(self, document, *, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra sessionen"))
        self.changes, self.old = changes, {}

    def id(self) -> int:
        return TEXT_MERGE_ID + 1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditSessionCommand) or set(other.changes) != set(self.changes):
            return False
        self.changes = other.changes
        return True

    def redo(self) -> None:
        old = ops.update_session(self.db, changes=self.changes)
        self.old = {**old, **self.old}
        self.document.notify("session", None)

    def undo(self) -> None:
        ops.update_session(self.db, changes=self.old)
        self.document.notify("session", None)


class AddParticipantCommand(_Command):
    def __init__(self, document, *, role: str, area: str = "", municipality=None, name=None) -> None:
        super().__init__(document, document.tr("Ny deltagare"))
        self.fields = dict(role=role, area=area, municipality=municipality, name=name)
        self.participant_id: int | None = None

    def redo(self) -> None:
        self.participant_id = ops.add_participant(self.db, participant_id=self.participant_id, **self.fields)
        self.document.notify("participants", None)

    def undo(self) -> None:
        ops.remove_participant(self.db, participant_id=self.participant_id)
        self.document.notify("participants", None)


class RemoveParticipantCommand(_Command):
    def __init__(self, document, *, participant_id: int) -> None:
        super().__init__(document, document.tr("Ta bort deltagare"))
        self.participant_id, self.snapshot = participant_id, {}

    def redo(self) -> None:
        self.snapshot = ops.remove_participant(self.db, participant_id=self.participant_id)
        self.document.notify("participants", None)

    def undo(self) -> None:
        ops.add_participant(self.db, **self.snapshot)
        self.document.notify("participants", None)


class MergeKeywordsCommand(_Command):
    """Rename one keyword, or merge several into one, across all notes."""

    def __init__(self, document, *, sources: list[str], target: str) -> None:
        super().__init__(document, document.tr("Slå ihop nyckelord"))
        self.sources, self.target, self.snapshot = list(sources), target, None

    def redo(self) -> None:
        self.snapshot = ops.merge_keywords(self.db, sources=self.sources, target=self.target)
        self.document.notify("vocabulary", None)

    def undo(self) -> None:
        ops.restore_keywords(self.db, snapshot=self.snapshot)
        self.document.notify("vocabulary", None)


class SetVocabularyCommand(_Command):
    def __init__(self, document, *, keywords: list[str]) -> None:
        super().__init__(document, document.tr("Ändra nyckelordslistan"))
        self.keywords, self.old = list(keywords), []

    def redo(self) -> None:
        self.old = ops.set_vocabulary(self.db, keywords=self.keywords)
        self.document.notify("vocabulary", None)

    def undo(self) -> None:
        ops.set_vocabulary(self.db, keywords=self.old)
        self.document.notify("vocabulary", None)


class AddSurveyResponseCommand(_Command):
    def __init__(self, document, *, ratings: dict, comment: str) -> None:
        super().__init__(document, document.tr("Nytt enkätsvar"))
        self.ratings, self.comment, self.response_id = ratings, comment, None

    def redo(self) -> None:
        self.response_id = ops.add_survey_response(self.db, ratings=self.ratings, comment=self.comment,
                                                   response_id=self.response_id)
        self.document.notify("survey", None)

    def undo(self) -> None:
        ops.remove_survey_response(self.db, response_id=self.response_id)
        self.document.notify("survey", None)


class RemoveSurveyResponseCommand(_Command):
    def __init__(self, document, *, response_id: int) -> None:
        super().__init__(document, document.tr("Ta bort enkätsvar"))
        self.response_id, self.snapshot = response_id, {}

    def redo(self) -> None:
        self.snapshot = ops.remove_survey_response(self.db, response_id=self.response_id)
        self.document.notify("survey", None)

    def undo(self) -> None:
        ops.add_survey_response(self.db, **self.snapshot)
        self.document.notify("survey", None)
