"""Undo commands on the session's details, its participants and its survey answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkarta import ops
from dialogkarta.ui.commands.base import SESSION_MERGE_ID, DocumentCommand

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtGui import QUndoCommand

    from dialogkarta.ui.document import SessionDocument


class EditSessionCommand(DocumentCommand):
    """Session fields; consecutive edits of the same fields merge into one undo step."""

    def __init__(self, document: SessionDocument, *, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra sessionen"))
        self.fields = changes
        self.old: dict = {}

    def id(self) -> int:
        return SESSION_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditSessionCommand) or set(other.fields) != set(self.fields):
            return False
        self.fields = other.fields
        return True

    def forward(self) -> None:
        old = self.call(ops.update_session, changes=self.fields)
        self.old = {**old, **self.old}

    def backward(self) -> None:
        self.call(ops.update_session, changes=self.old)


class AddParticipantCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, role: str, area: str = "", municipality: str | None = None, name: str | None = None) -> None:
        super().__init__(document, document.tr("Ny deltagare"))
        self.fields = dict(role=role, area=area, municipality=municipality, name=name)
        self.participant_id: int | None = None

    def forward(self) -> None:
        self.participant_id = self.call(ops.add_participant, participant_id=self.participant_id, **self.fields)

    def backward(self) -> None:
        self.call(ops.remove_participant, participant_id=self.participant_id)


class RemoveParticipantCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, participant_id: int) -> None:
        super().__init__(document, document.tr("Ta bort deltagare"))
        self.participant_id = participant_id
        self.snapshot: dict = {}

    def forward(self) -> None:
        self.snapshot = self.call(ops.remove_participant, participant_id=self.participant_id)

    def backward(self) -> None:
        self.call(ops.add_participant, **self.snapshot)


class EditParticipantCommand(DocumentCommand):
    """Role, area, municipality or name of one participant."""

    def __init__(self, document: SessionDocument, *, participant_id: int, changes: dict) -> None:
        super().__init__(document, document.tr("Ändra deltagare"))
        self.participant_id, self.fields = participant_id, dict(changes)
        self.old: dict = {}

    def forward(self) -> None:
        self.old = self.call(ops.update_participant, participant_id=self.participant_id, changes=self.fields)

    def backward(self) -> None:
        self.call(ops.update_participant, participant_id=self.participant_id, changes=self.old)


class AddSurveyResponseCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, ratings: dict, comment: str) -> None:
        super().__init__(document, document.tr("Nytt enkätsvar"))
        self.ratings, self.comment, self.response_id = ratings, comment, None

    def forward(self) -> None:
        self.response_id = self.call(ops.add_survey_response, ratings=self.ratings, comment=self.comment,
                                                   response_id=self.response_id)

    def backward(self) -> None:
        self.call(ops.remove_survey_response, response_id=self.response_id)


class RemoveSurveyResponseCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, response_id: int) -> None:
        super().__init__(document, document.tr("Ta bort enkätsvar"))
        self.response_id = response_id
        self.snapshot: dict = {}

    def forward(self) -> None:
        self.snapshot = self.call(ops.remove_survey_response, response_id=self.response_id)

    def backward(self) -> None:
        self.call(ops.add_survey_response, **self.snapshot)
