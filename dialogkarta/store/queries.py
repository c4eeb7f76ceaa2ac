"""Read a whole session into plain values, and write plain values into an empty file."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session as Db
from sqlmodel import col, select

from dialogkarta.model.provenance import FieldHistory, Tombstone
from dialogkarta.model.tables import (
    FieldHistoryRow,
    GroupRow,
    NoteKeywordRow,
    NoteRow,
    ParticipantRow,
    QuestionRow,
    SessionRow,
    SurveyResponseRow,
    TalkRow,
    TombstoneRow,
    VocabularyRow,
)
from dialogkarta.model.values import NoteData, SessionData, new_id
from dialogkarta.store.session_rows import SessionRows, histories_of, note_to_data, session_from_rows, tombstones_of


def session_row(db: Db) -> SessionRow:
    """Return the file's one session row."""
    row = db.exec(select(SessionRow)).first()
    if row is None:
        raise LookupError("the file holds no session")
    return row


def question_rows(db: Db) -> list[QuestionRow]:
    return list(db.exec(select(QuestionRow).order_by(col(QuestionRow.position))))


def note_rows(db: Db, question_key: str | None = None) -> list[NoteRow]:
    query = select(NoteRow).order_by(col(NoteRow.question_key), col(NoteRow.position))
    if question_key is not None:
        query = query.where(NoteRow.question_key == question_key)
    return list(db.exec(query))


def group_rows(db: Db, question_key: str | None = None) -> list[GroupRow]:
    query = select(GroupRow).order_by(col(GroupRow.question_key), col(GroupRow.position))
    if question_key is not None:
        query = query.where(GroupRow.question_key == question_key)
    return list(db.exec(query))


def keywords_by_note(db: Db) -> dict[str, list[str]]:
    """Return each note's keywords in their order."""
    result: dict[str, list[str]] = defaultdict(list)
    rows = db.exec(select(NoteKeywordRow).order_by(col(NoteKeywordRow.note_id), col(NoteKeywordRow.position)))
    for row in rows:
        result[row.note_id].append(row.keyword)
    return result


def note_keywords(db: Db, note_id: str) -> list[str]:
    rows = db.exec(
        select(NoteKeywordRow).where(NoteKeywordRow.note_id == note_id).order_by(col(NoteKeywordRow.position))
    )
    return [row.keyword for row in rows]


def select_all(table):
    """Return a select of every row of a table."""
    return select(table)


def note_ids_in_group(db: Db, group_id: str) -> list[str]:
    return list(db.exec(select(NoteRow.id).where(NoteRow.group_id == group_id)))


def keyword_rows_of_note(db: Db, note_id: str) -> list[NoteKeywordRow]:
    return list(db.exec(select(NoteKeywordRow).where(NoteKeywordRow.note_id == note_id)))


def keyword_rows(db: Db, keyword: str) -> list[NoteKeywordRow]:
    return list(db.exec(select(NoteKeywordRow).where(NoteKeywordRow.keyword == keyword)))


def vocabulary(db: Db) -> list[str]:
    return [row.keyword for row in db.exec(select(VocabularyRow).order_by(col(VocabularyRow.position)))]


def participant_rows(db: Db) -> list[ParticipantRow]:
    return list(db.exec(select(ParticipantRow).order_by(col(ParticipantRow.position))))


def survey_rows(db: Db) -> list[SurveyResponseRow]:
    return list(db.exec(select(SurveyResponseRow).order_by(col(SurveyResponseRow.position))))


def talk_rows(db: Db) -> list[TalkRow]:
    return list(db.exec(select(TalkRow).order_by(col(TalkRow.position))))


def next_position(db: Db, table, **where) -> int:
    """Return one past the highest position among rows matching where."""
    query = select(table.position)
    for column, value in where.items():
        query = query.where(getattr(table, column) == value)
    positions = list(db.exec(query))
    return (max(positions) + 1) if positions else 0


def tombstones(db: Db) -> list[Tombstone]:
    """Return the file's tombstones, oldest first."""
    return tombstones_of(db.exec(select(TombstoneRow)).all())


def field_histories(db: Db) -> dict[str, FieldHistory]:
    """Return the clocks (and unresolved versions) of session and question fields."""
    return histories_of(db.exec(select(FieldHistoryRow)).all())


def load_session(db: Db) -> SessionData:
    """Return the whole session as plain values (the conversion store/read_only.py shares)."""
    return session_from_rows(SessionRows(
        session=session_row(db),
        questions=question_rows(db),
        notes=note_rows(db),
        groups=group_rows(db),
        note_keywords=list(db.exec(select(NoteKeywordRow).order_by(col(NoteKeywordRow.note_id),
                                                                   col(NoteKeywordRow.position)))),
        vocabulary=list(db.exec(select(VocabularyRow).order_by(col(VocabularyRow.position)))),
        participants=participant_rows(db),
        survey=survey_rows(db),
        talks=talk_rows(db),
        tombstones=db.exec(select(TombstoneRow)).all(),
        histories=db.exec(select(FieldHistoryRow)).all(),
    ))


@dataclass
class RowIds:
    """The file's own ids of groups ((question key, label) -> id) and participants (uid -> id)."""

    groups: dict[tuple[str, str], str] = field(default_factory=dict)
    participants: dict[str, int] = field(default_factory=dict)


def row_ids(db: Db) -> RowIds:
    """Return the ids groups and participants have in this file."""
    return RowIds(groups={(g.question_key, g.label): g.id for g in group_rows(db)},
                  participants={p.uid: p.id for p in participant_rows(db) if p.uid and p.id is not None})


def write_session(db: Db, data: SessionData, *, commit: bool = True, keep_ids: RowIds | None = None) -> None:
    """Write a whole session into an empty file in one transaction.

    keep_ids: the ids groups and participants had in this file before (replace.replace_session),
    so that undo steps recorded before a merge still find them.
    """
    keep_ids = keep_ids or RowIds()
    db.add(
        SessionRow(
            id=data.id,
            title=data.title,
            county=data.county,
            municipalities=json.dumps(data.municipalities, ensure_ascii=False),
            date=data.date,
            place=data.place,
            facilitators=json.dumps(data.facilitators, ensure_ascii=False),
            template=data.template,
            status=data.status,
            preparation=data.preparation,
            contact_talk=data.contact_talk,
            next_steps=data.next_steps,
            start_time=data.start_time,
            end_time=data.end_time,
            meeting_form=data.meeting_form,
            round=data.round,
            survey_items=json.dumps(data.survey_items, ensure_ascii=False) if data.survey_items else "",
            map_json=json.dumps(data.map, ensure_ascii=False) if data.map else "",
            created=data.created or "",
            modified=data.modified or "",
            origin=new_id(),  # a new file is a new copy; its place is set at its first change
        )
    )
    # Participants that keep their id go in first, so a new one's automatic id cannot take theirs.
    participants = sorted(enumerate(data.participants), key=lambda item: item[1].id not in keep_ids.participants)
    for position, p in participants:
        db.add(ParticipantRow(id=keep_ids.participants.get(p.id or ""), position=position, role=p.role, area=p.area,
                              municipality=p.municipality, name=p.name, uid=p.id or new_id(),
                              stamps=json.dumps(p.stamps, sort_keys=True)))
        db.flush()
    for name, history in data.history.items():
        versions = [{"value": v.value, "clock": v.clock} for v in history.versions]
        db.add(FieldHistoryRow(field=name, clock=json.dumps(history.clock, sort_keys=True),
                               versions=json.dumps(versions, ensure_ascii=False)))
    for tombstone in data.deleted:
        db.add(TombstoneRow(kind=tombstone.kind, id=tombstone.id, at=tombstone.at,
                            snapshot=json.dumps(tombstone.snapshot, ensure_ascii=False, sort_keys=True)))
    for position, keyword in enumerate(data.vocabulary):
        db.add(VocabularyRow(keyword=keyword, position=position))
    for position, response in enumerate(data.survey):
        db.add(
            SurveyResponseRow(
                position=position,
                ratings=json.dumps(response.get("ratings", {}), ensure_ascii=False),
                comment=response.get("comment", ""),
                created=response.get("created") or "",
            )
        )
    # Explicit flushes: the rows have no ORM relationships, so parents go in first.
    for position, talk in enumerate(data.talks):
        db.add(TalkRow(id=talk.id, position=position, role=talk.role, municipality=talk.municipality,
                       summary=talk.summary, created=talk.created or ""))
    for position, q in enumerate(data.questions):
        db.add(
            QuestionRow(
                key=q.key,
                position=position,
                summary=q.summary,
                minutes=q.minutes,
                planned_minutes=q.planned_minutes,
                elapsed_seconds=q.elapsed_seconds,
            )
        )
    db.flush()
    group_ids: dict[tuple[str, str], str] = {}
    for q in data.questions:
        labels = list(dict.fromkeys(list(q.groups) + [n.group for n in q.notes if n.group]))
        for group_position, label in enumerate(labels):
            group_ids[q.key, label] = keep_ids.groups.get((q.key, label)) or _group_id(data.id, q.key, label)
            db.add(GroupRow(id=group_ids[q.key, label], question_key=q.key, label=label, position=group_position,
                            votes=q.theme_votes.get(label, 0), stamp=q.group_stamps.get(label, ""),
                            folded=label in q.folded_themes))
    db.flush()
    for q in data.questions:
        for note_position, n in enumerate(q.notes):
            db.add(
                NoteRow(
                    id=n.id,
                    question_key=q.key,
                    position=note_position,
                    text=n.text,
                    facet=n.facet,
                    group_id=group_ids.get((q.key, n.group)) if n.group else None,
                    votes=n.votes,
                    municipality=n.municipality,
                    x=n.x,
                    y=n.y,
                    color=n.color,
                    created=n.created or "",
                    modified=n.modified or "",
                    channel=n.channel,
                    talk_id=n.talk,
                    stamps=json.dumps(n.stamps, sort_keys=True),
                )
            )
    db.flush()
    for q in data.questions:
        for n in q.notes:
            for kw_position, keyword in enumerate(dict.fromkeys(n.keywords)):
                db.add(NoteKeywordRow(note_id=n.id, keyword=keyword, position=kw_position))
    if commit:
        db.commit()


def _group_id(session_id: str, question_key: str, label: str) -> str:
    # Deterministic, so importing the same JSON twice gives the same group ids.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"dialogkarta:{session_id}:{question_key}:{label}"))


def load_note(db: Db, note_id: str) -> tuple[str, NoteData] | None:
    """Return one note's question key and its values (None if it is gone): a cheap refresh of one card."""
    row = db.get(NoteRow, note_id)
    if row is None:
        return None
    group = db.get(GroupRow, row.group_id) if row.group_id else None
    return row.question_key, note_to_data(row, note_keywords(db, note_id), group.label if group else None)
