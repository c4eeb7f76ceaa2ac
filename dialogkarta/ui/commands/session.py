"""Undo commands on the session's details, its participants and its survey answers."""

from __future__ import annotations

from dialogkarta import ops
from dialogkarta.ui.commands.base import SESSION_MERGE_ID, DocumentCommand


class EditSessionCommand(DocumentCommand):
    """Session fields; consecutive edits of the same fields merge into one undo step."""

    def __init__(self, document, *, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra sessionen"))
        self.changes, self.old = changes, {}

    def id(self) -> int:
        return SESSION_MERGE_ID

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


class AddParticipantCommand(DocumentCommand):
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


class RemoveParticipantCommand(DocumentCommand):
    def __init__(self, document, *, participant_id: int) -> None:
        super().__init__(document, document.tr("Ta bort deltagare"))
        self.participant_id, self.snapshot = participant_id, {}

    def redo(self) -> None:
        self.snapshot = ops.remove_participant(self.db, participant_id=self.participant_id)
        self.document.notify("participants", None)

    def undo(self) -> None:
        ops.add_participant(self.db, **self.snapshot)
        self.document.notify("participants", None)


class EditParticipantCommand(DocumentCommand):
    """Role, area, municipality or name of one participant."""

    def __init__(self, document, *, participant_id: int, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra deltagare"))
        self.participant_id, self.changes, self.old = participant_id, dict(changes), {}

    def redo(self) -> None:
        self.old = ops.update_participant(self.db, participant_id=self.participant_id, changes=self.changes)
        self.document.notify("participants", None)

    def undo(self) -> None:
        ops.update_participant(self.db, participant_id=self.participant_id, changes=self.old)
        self.document.notify("participants", None)


class AddSurveyResponseCommand(DocumentCommand):
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


class RemoveSurveyResponseCommand(DocumentCommand):
    def __init__(self, document, *, response_id: int) -> None:
        super().__init__(document, document.tr("Ta bort enkätsvar"))
        self.response_id, self.snapshot = response_id, {}

    def redo(self) -> None:
        self.snapshot = ops.remove_survey_response(self.db, response_id=self.response_id)
        self.document.notify("survey", None)

    def undo(self) -> None:
        ops.add_survey_response(self.db, **self.snapshot)
        self.document.notify("survey", None)
