"""Replace the whole content of an open session file in one transaction (merging a copy into it)."""

from __future__ import annotations

from sqlmodel import Session as Db
from sqlmodel import delete

from dialogkarta.model.tables import (
    FieldHistoryRow,
    GroupRow,
    NoteKeywordRow,
    NoteRow,
    ParticipantRow,
    QuestionRow,
    SessionRow,
    SurveyResponseRow,
    TombstoneRow,
    VocabularyRow,
)
from dialogkarta.model.values import SessionData
from dialogkarta.store import queries

# Children before parents, for the foreign keys.
_TABLES = (NoteKeywordRow, NoteRow, GroupRow, QuestionRow, ParticipantRow, VocabularyRow, SurveyResponseRow,
           TombstoneRow, FieldHistoryRow, SessionRow)


def replace_session(db: Db, data: SessionData) -> None:
    """Make the file hold exactly this session; it stays the same copy (same origin and place)."""
    row = queries.session_row(db)
    origin, place = row.origin, row.origin_place
    ids = queries.row_ids(db)
    for table in _TABLES:
        db.exec(delete(table))
    db.flush()
    db.expunge_all()
    queries.write_session(db, data, commit=False, keep_ids=ids)
    row = queries.session_row(db)
    row.origin, row.origin_place = origin, place
    db.add(row)
