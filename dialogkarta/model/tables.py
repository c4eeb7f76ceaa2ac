"""SQLModel tables of one session file (one dialogue session per file)."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Column, ForeignKey, String
from sqlmodel import Field, SQLModel

# A bare SQLModel.metadata would mix in tables of any other SQLModel user in the process.
metadata = SQLModel.metadata


class SessionRow(SQLModel, table=True):
    """The session's metadata; a file holds exactly one row."""

    __tablename__ = "session"

    id: str = Field(primary_key=True)
    title: str = ""
    county: str = ""
    municipalities: str = "[]"  # JSON list, in the order given
    date: str = ""
    place: str = ""
    facilitators: str = "[]"  # JSON list
    template: str = "kuf"
    status: str = "planned"  # planned, prepared, held, reported
    preparation: str = ""  # preparatory mapping of the municipality
    contact_talk: str = ""  # the talk with the local R&D contact persons
    next_steps: str = ""  # what happens after the meeting (revision 0002)
    # The meeting's shape and the round it belongs to (revision 0003).
    start_time: str = "09:00"  # "HH:MM", local time of the meeting's start
    end_time: str = ""  # "HH:MM" or "" (then the agenda's planned minutes decide)
    meeting_form: str = "on_site"  # on_site, digital, written
    round: str = ""  # e.g. "Kommundialog 2015–16"; "" = inferred from the date where needed
    survey_items: str = ""  # JSON list of {"key", "text"}: the survey's statements; "" = the default set (revision 0006)
    # The map the session was made with, as JSON (revision 0007), so the file is complete on a
    # machine that has never seen that map; "" = the shipped map named by `template`.
    map_json: str = ""
    created: str = ""
    modified: str = ""
    # Which copy of the session this file is, and where it was last edited (revision 0005).
    origin: str = ""
    origin_place: str = ""


class QuestionRow(SQLModel, table=True):
    """One question of the template, with its running minutes and summary."""

    __tablename__ = "question"

    key: str = Field(primary_key=True)
    position: int = 0
    summary: str = ""
    minutes: str = ""
    planned_minutes: Optional[int] = None  # overrides the template's plan
    elapsed_seconds: int = 0


class ParticipantRow(SQLModel, table=True):
    __tablename__ = "participant"

    id: Optional[int] = Field(default=None, primary_key=True)
    position: int = 0
    role: str = ""
    area: str = ""
    municipality: Optional[str] = None
    name: Optional[str] = None
    uid: str = ""  # stable across copies, unlike id (revision 0005)
    stamps: str = "{}"  # JSON object: field -> stamp (model.provenance)


class GroupRow(SQLModel, table=True):
    """A labelled group of notes within one question."""

    __tablename__ = "note_group"

    id: str = Field(primary_key=True)
    question_key: str = Field(
        sa_column=Column(String, ForeignKey("question.key", ondelete="CASCADE"), nullable=False)
    )
    label: str = ""
    position: int = 0
    votes: int = 0  # votes given to the theme itself (revision 0004)
    stamp: str = ""  # when the group got its label (revision 0005)
    folded: bool = False  # shown as its label only, on the board and the projector (revision 0008)


class TalkRow(SQLModel, table=True):
    """A one-to-one talk held besides the joint dialogue, recorded by role (revision 0007)."""

    __tablename__ = "talk"

    id: str = Field(primary_key=True)
    position: int = 0
    role: str = ""
    municipality: Optional[str] = None
    summary: str = ""
    created: str = ""


class NoteRow(SQLModel, table=True):
    __tablename__ = "note"

    id: str = Field(primary_key=True)
    question_key: str = Field(
        sa_column=Column(String, ForeignKey("question.key", ondelete="CASCADE"), nullable=False, index=True)
    )
    position: int = 0
    text: str = ""
    facet: Optional[str] = None
    group_id: Optional[str] = Field(
        default=None,
        sa_column=Column(String, ForeignKey("note_group.id", ondelete="SET NULL"), nullable=True),
    )
    votes: int = 0
    municipality: Optional[str] = None
    x: Optional[float] = None
    y: Optional[float] = None
    color: Optional[str] = None
    created: str = ""
    modified: str = ""
    # How the note came in (revision 0007): None = said in the room; see values.CHANNELS.
    channel: Optional[str] = None
    # The one-to-one talk the note was said in; None = the joint dialogue (revision 0007).
    talk_id: Optional[str] = Field(
        default=None,
        sa_column=Column(String, ForeignKey("talk.id", ondelete="CASCADE"), nullable=True, index=True),
    )
    stamps: str = "{}"  # JSON object: field -> stamp (model.provenance, revision 0005)


class NoteKeywordRow(SQLModel, table=True):
    __tablename__ = "note_keyword"

    note_id: str = Field(
        sa_column=Column(String, ForeignKey("note.id", ondelete="CASCADE"), primary_key=True)
    )
    keyword: str = Field(primary_key=True)
    position: int = 0


class VocabularyRow(SQLModel, table=True):
    """A keyword offered for completion in this session."""

    __tablename__ = "vocabulary"

    keyword: str = Field(primary_key=True)
    position: int = 0


class SurveyResponseRow(SQLModel, table=True):
    """One participant's answers to the follow-up survey on the meeting (revision 0002)."""

    __tablename__ = "survey_response"

    id: Optional[int] = Field(default=None, primary_key=True)
    position: int = 0
    ratings: str = "{}"  # JSON object: survey item key -> rating 1..5
    comment: str = ""
    created: str = ""


class TombstoneRow(SQLModel, table=True):
    """A deleted note, participant or group: when, by which copy, and what it held (revision 0005)."""

    __tablename__ = "tombstone"

    kind: str = Field(primary_key=True)
    id: str = Field(primary_key=True)
    at: str = ""  # a stamp
    snapshot: str = "{}"  # JSON object


class FieldHistoryRow(SQLModel, table=True):
    """The clock of a session or question field, and its unresolved versions (revision 0005)."""

    __tablename__ = "field_history"

    field: str = Field(primary_key=True)  # "title", "needs.minutes", …
    clock: str = "{}"  # JSON object: origin -> stamp
    versions: str = "[]"  # JSON list of {"value", "clock"} while concurrent versions are unresolved
