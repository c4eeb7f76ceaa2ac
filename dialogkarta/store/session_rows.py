"""A session file's rows into plain values: the one conversion, for the ORM and for sqlite3 rows alike.

Editing opens the file with SQLModel (store/queries.py hands over its table objects); reading
only (store/read_only.py) uses the standard library's sqlite3 and hands over its rows with the
same attribute names. Both give the rows in the orders below, so the same file gives the same
SessionData either way.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dialogkarta.model.provenance import FieldHistory, TextVersion, Tombstone
from dialogkarta.model.values import NoteData, ParticipantData, QuestionData, SessionData, TalkData

# The order each table's rows are read in (SQL ORDER BY), the same for both readers.
ORDER = {
    "question": "position",
    "note": "question_key, position",
    "note_group": "question_key, position",
    "note_keyword": "note_id, position",
    "vocabulary": "position",
    "participant": "position",
    "survey_response": "position",
    "talk": "position",
    "tombstone": "",
    "field_history": "",
}


@dataclass
class SessionRows:
    """Every row of one file, per table, each in the order ORDER gives; rows are read by attribute."""

    session: Any
    questions: Sequence[Any]
    notes: Sequence[Any]
    groups: Sequence[Any]
    note_keywords: Sequence[Any]
    vocabulary: Sequence[Any]
    participants: Sequence[Any]
    survey: Sequence[Any]
    talks: Sequence[Any]
    tombstones: Sequence[Any]
    histories: Sequence[Any]


def note_to_data(row: Any, keywords: list[str], group_label: str | None) -> NoteData:
    return NoteData(
        id=row.id,
        text=row.text,
        facet=row.facet,
        keywords=list(keywords),
        group=group_label,
        votes=row.votes,
        municipality=row.municipality,
        created=row.created or None,
        modified=row.modified or None,
        x=row.x,
        y=row.y,
        color=row.color,
        channel=row.channel,
        talk=row.talk_id,
        stamps=json.loads(row.stamps or "{}"),
    )


def tombstones_of(rows: Sequence[Any]) -> list[Tombstone]:
    """The tombstones, oldest first."""
    found = [Tombstone(kind=r.kind, id=r.id, at=r.at, snapshot=json.loads(r.snapshot or "{}")) for r in rows]
    return sorted(found, key=lambda t: (t.at, t.kind, t.id))


def histories_of(rows: Sequence[Any]) -> dict[str, FieldHistory]:
    """The clocks (and unresolved versions) of session and question fields, by field."""
    result = {}
    for row in rows:
        versions = [TextVersion(value=v.get("value"), clock=v.get("clock", {})) for v in json.loads(row.versions or "[]")]
        result[row.field] = FieldHistory(clock=json.loads(row.clock or "{}"), versions=versions)
    return dict(sorted(result.items()))


def session_from_rows(rows: SessionRows) -> SessionData:
    """Return the whole session as plain values."""
    meta = rows.session
    keywords: dict[str, list[str]] = defaultdict(list)
    for keyword_row in rows.note_keywords:
        keywords[keyword_row.note_id].append(keyword_row.keyword)
    groups = rows.groups
    labels: dict[str | None, str] = {g.id: g.label for g in groups}
    notes: dict[str, list[NoteData]] = defaultdict(list)
    for row in rows.notes:
        notes[row.question_key].append(note_to_data(row, keywords.get(row.id, []), labels.get(row.group_id)))
    group_labels: dict[str, list[str]] = defaultdict(list)
    theme_votes: dict[str, dict[str, int]] = defaultdict(dict)
    for group in groups:
        group_labels[group.question_key].append(group.label)
        if group.votes:
            theme_votes[group.question_key][group.label] = group.votes
    return SessionData(
        id=meta.id,
        title=meta.title,
        county=meta.county,
        municipalities=json.loads(meta.municipalities),
        date=meta.date,
        place=meta.place,
        facilitators=json.loads(meta.facilitators),
        template=meta.template,
        status=meta.status,
        preparation=meta.preparation,
        contact_talk=meta.contact_talk,
        next_steps=meta.next_steps,
        start_time=meta.start_time,
        end_time=meta.end_time,
        meeting_form=meta.meeting_form,
        round=meta.round,
        survey_items=json.loads(meta.survey_items) if meta.survey_items else [],
        map=json.loads(meta.map_json) if meta.map_json else None,
        talks=[TalkData(id=t.id, role=t.role, municipality=t.municipality, summary=t.summary, created=t.created or None)
               for t in rows.talks],
        created=meta.created or None,
        modified=meta.modified or None,
        origin=meta.origin,
        history=histories_of(rows.histories),
        deleted=tombstones_of(rows.tombstones),
        participants=[
            ParticipantData(role=p.role, area=p.area, municipality=p.municipality, name=p.name, id=p.uid or None,
                            stamps=json.loads(p.stamps or "{}"))
            for p in rows.participants
        ],
        questions=[
            QuestionData(
                key=q.key,
                summary=q.summary,
                minutes=q.minutes,
                notes=notes.get(q.key, []),
                groups=group_labels.get(q.key, []),
                theme_votes=theme_votes.get(q.key, {}),
                planned_minutes=q.planned_minutes,
                elapsed_seconds=q.elapsed_seconds,
                group_stamps={g.label: g.stamp for g in groups if g.question_key == q.key and g.stamp},
                folded_themes=[g.label for g in groups if g.question_key == q.key and g.folded],
            )
            for q in rows.questions
        ],
        vocabulary=[row.keyword for row in rows.vocabulary],
        survey=[
            {"ratings": json.loads(r.ratings), "comment": r.comment, "created": r.created or None}
            for r in rows.survey
        ],
    )
