"""The data model: SQLModel tables of a session file and plain value types."""

from dialogkarta.model.values import (
    COLLABORATION_LEVELS,
    NEEDS_FACETS,
    NoteData,
    ParticipantData,
    QuestionData,
    SessionData,
    new_id,
    now_iso,
)

__all__ = [
    "COLLABORATION_LEVELS",
    "NEEDS_FACETS",
    "NoteData",
    "ParticipantData",
    "QuestionData",
    "SessionData",
    "new_id",
    "now_iso",
]
