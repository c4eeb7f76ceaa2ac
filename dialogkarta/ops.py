"""The only place that mutates a session. Every operation commits at once (autosave).

Each operation takes keyword-only arguments and returns what its inverse needs, so the
GUI's undo commands and the command line call the very same code.
"""

from __future__ import annotations

import functools
import inspect
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlmodel import Session as Db

from dialogkarta.errors import FileProblem, os_reason
from dialogkarta.maps import template_to_dict
from dialogkarta.merge import MergeReport, merge_sessions
from dialogkarta.model.changes import NOTHING, OpChanges
from dialogkarta.model.keywords import keyword_key
from dialogkarta.model.tables import (
    GroupRow,
    NoteKeywordRow,
    NoteRow,
    ParticipantRow,
    QuestionRow,
    SurveyResponseRow,
    TalkRow,
    VocabularyRow,
)
from dialogkarta.model.values import (
    CHANNELS,
    MEETING_FORMS,
    NoteData,
    QuestionData,
    SessionData,
    is_clock,
    new_id,
    now_iso,
    survey_items_problem,
)
from dialogkarta.store import SessionFile, provenance, queries, replace
from dialogkarta.templates import Template

SESSION_FIELDS = (
    "title", "county", "municipalities", "date", "place", "facilitators", "template", "status",
    "preparation", "contact_talk", "next_steps", "start_time", "end_time", "meeting_form", "round",
    "survey_items",
)
LIST_FIELDS = ("municipalities", "facilitators")
NOTE_FIELDS = ("text", "facet", "municipality", "color", "x", "y", "votes", "question_key", "keywords", "group_id",
               "channel")
PARTICIPANT_FIELDS = ("role", "area", "municipality", "name")


def _touch(db: Db) -> None:
    row = queries.session_row(db)
    row.modified = now_iso()
    db.add(row)


def _commit(db: Db, changes: OpChanges = NOTHING) -> None:
    _touch(db)
    db.commit()
    db.info[_CHANGES] = db.info.get(_CHANGES, NOTHING) | changes


# Each operation reports what it changed here as it commits; last_changes() hands it to the
# caller. A side channel rather than a new return type, because the return values are what the
# inverses need and the command line, interchange and other branches already use them.
_CHANGES = "dialogkarta.op_changes"


def last_changes(db: Db) -> OpChanges:
    """Return what the last operation called on db changed (the union, if it committed several times)."""
    return db.info.get(_CHANGES, NOTHING)


def _saving(operation):
    """Turn a failed write (full disk, read-only file or folder, vanished folder) into a FileProblem.

    The change is rolled back, so the session stays usable and everything committed before it
    stays; the user gets one sentence instead of a database error.
    """

    @functools.wraps(operation)
    def wrapper(session, /, *args, **kwargs):
        db = session.db if isinstance(session, SessionFile) else session
        if not isinstance(getattr(db, "info", None), dict):  # a helper on plain values (written_note_id)
            return operation(session, *args, **kwargs)
        depth = db.info.get(_DEPTH, 0)
        if not depth:  # an operation calling another reports the union of both
            db.info[_CHANGES] = NOTHING
        db.info[_DEPTH] = depth + 1
        try:
            return operation(session, *args, **kwargs)
        except OperationalError as exc:
            db.rollback()
            path = db.info.get("path") or db.get_bind().url.database
            raise FileProblem(f"ändringen kunde inte sparas ({os_reason(exc)}); allt som sparats tidigare finns kvar",
                              path=path) from exc
        finally:
            db.info[_DEPTH] = depth

    return wrapper


_DEPTH = "dialogkarta.op_depth"


# --- whole sessions ---------------------------------------------------------------


def start_session(
    file: SessionFile,
    *,
    template: Template,
    title: str,
    county: str,
    municipalities: list[str],
    date: str,
    place: str = "",
    facilitators: list[str] | None = None,
    vocabulary: list[str] | None = None,
    session_id: str | None = None,
) -> str:
    """Fill a new, empty file with a session on the given template; return its id."""
    data = SessionData(
        id=session_id or new_id(),
        title=title,
        county=county,
        municipalities=list(municipalities),
        date=date,
        place=place,
        facilitators=list(facilitators or []),
        template=template.key,
        map=template_to_dict(template),  # the session keeps its map: it opens anywhere
        vocabulary=list(dict.fromkeys(vocabulary or [])),
        created=now_iso(),
        modified=now_iso(),
    )
    data.questions = [QuestionData(key=q.key) for q in template.questions]
    queries.write_session(file.db, data)
    file.db.info[_CHANGES] = OpChanges(everything=True)
    return data.id


def write_whole_session(file: SessionFile, *, data: SessionData) -> None:
    """Write an imported session into a new, empty file."""
    queries.write_session(file.db, data)
    file.db.info[_CHANGES] = OpChanges(everything=True)


def update_session(db: Db, *, changes: dict) -> dict:
    """Change session metadata; return the old values."""
    row = queries.session_row(db)
    old = {}
    for name, value in changes.items():
        if name not in SESSION_FIELDS:
            raise ValueError(f"unknown session field {name!r}")
        if name in ("start_time", "end_time") and value and not is_clock(value):
            raise ValueError(f"{name} must be HH:MM, not {value!r}")
        if name == "meeting_form" and value not in MEETING_FORMS:
            raise ValueError(f"unknown meeting form {value!r}")
        if name == "survey_items":  # a JSON list of statements; "" stands for the default set
            problem = survey_items_problem(list(value))
            if problem:
                raise ValueError(problem)
            old[name] = json.loads(row.survey_items) if row.survey_items else []
            row.survey_items = json.dumps(list(value), ensure_ascii=False) if value else ""
            continue
        current = getattr(row, name)
        old[name] = json.loads(current) if name in LIST_FIELDS else current
        setattr(row, name, json.dumps(list(value), ensure_ascii=False) if name in LIST_FIELDS else value)
    db.add(row)
    provenance.tick(db, changes)
    _commit(db, OpChanges(session_fields=frozenset(changes)))
    return old


def merge_copy(db: Db, *, other: SessionData, own_label: str, other_label: str) -> tuple[SessionData, MergeReport]:
    """Merge another copy of this session into this file; return the content before (for undo) and the report."""
    before = queries.load_session(db)
    result = merge_sessions([(own_label, before), (other_label, other)])
    result.data.origin = before.origin
    if result.data != before:  # a copy with nothing new leaves the file as it is
        replace.replace_session(db, result.data)
        _commit(db, OpChanges(everything=True))
    return before, result.report


def restore_session(db: Db, *, data: SessionData) -> None:
    """Put back the content merge_copy returned (undo of a merge), exactly, its last-change time too."""
    replace.replace_session(db, data)
    db.commit()  # not _commit: the restored session keeps its own last-change time
    db.info[_CHANGES] = db.info.get(_CHANGES, NOTHING) | OpChanges(everything=True)


# --- questions ----------------------------------------------------------------------


def update_question(db: Db, *, question: str, changes: dict) -> dict:
    """Change a question's summary, minutes, planned minutes or elapsed time; return old values."""
    row = db.get(QuestionRow, question)
    if row is None:
        raise KeyError(question)
    old = {}
    for name, value in changes.items():
        if name not in ("summary", "minutes", "planned_minutes", "elapsed_seconds"):
            raise ValueError(f"unknown question field {name!r}")
        old[name] = getattr(row, name)
        setattr(row, name, value)
    db.add(row)
    provenance.tick(db, [f"{question}.{name}" for name in changes])
    _commit(db, OpChanges(question_fields=frozenset((question, name) for name in changes)))
    return old


# --- notes --------------------------------------------------------------------------


@dataclass
class NoteSnapshot:
    """Everything needed to put a deleted note back exactly where it was."""

    row: dict
    keywords: list[str] = field(default_factory=list)


def _set_keywords(db: Db, note_id: str, keywords: list[str]) -> None:
    for row in queries.keyword_rows_of_note(db, note_id):
        db.delete(row)
    db.flush()
    for position, keyword in enumerate(dict.fromkeys(k for k in keywords if k.strip())):
        db.add(NoteKeywordRow(note_id=note_id, keyword=keyword, position=position))


def add_note(
    db: Db,
    *,
    question: str,
    text: str,
    facet: str | None = None,
    keywords: list[str] | tuple[str, ...] = (),
    group_id: str | None = None,
    votes: int = 0,
    municipality: str | None = None,
    x: float | None = None,
    y: float | None = None,
    color: str | None = None,
    note_id: str | None = None,
    created: str | None = None,
    channel: str | None = None,
    talk: str | None = None,
) -> NoteData:
    """Add a note at the end of a question; return it."""
    if db.get(QuestionRow, question) is None:
        raise KeyError(question)
    if channel is not None and channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if talk is not None and db.get(TalkRow, talk) is None:
        raise KeyError(talk)
    if municipality is None:
        # As in the interchange contract: a note belongs to the session's only municipality.
        municipalities = json.loads(queries.session_row(db).municipalities)
        municipality = municipalities[0] if len(municipalities) == 1 else None
    stamp = now_iso()
    row = NoteRow(
        id=note_id or new_id(),
        question_key=question,
        position=queries.next_position(db, NoteRow, question_key=question),
        text=text,
        facet=facet,
        group_id=group_id,
        votes=votes,
        municipality=municipality,
        x=x,
        y=y,
        color=color,
        created=created or stamp,
        modified=stamp,
        channel=channel,
        talk_id=talk,
        stamps=provenance.new_stamps(db),
    )
    db.add(row)
    db.flush()
    _set_keywords(db, row.id, list(keywords))
    _commit(db, OpChanges(notes=frozenset([row.id]), groups=frozenset([question]) if group_id else frozenset()))
    group_row = db.get(GroupRow, group_id) if group_id else None
    return queries.note_to_data(row, list(dict.fromkeys(keywords)), group_row.label if group_row else None)


def delete_notes(db: Db, *, note_ids: list[str]) -> list[NoteSnapshot]:
    """Delete notes; return snapshots that restore_notes puts back."""
    snapshots = []
    for note_id in note_ids:
        row = db.get(NoteRow, note_id)
        if row is None:
            continue
        snapshots.append(NoteSnapshot(row=row.model_dump(), keywords=queries.note_keywords(db, note_id)))
        provenance.bury_note(db, row)
        db.delete(row)
    _commit(db, OpChanges(removed_notes=frozenset(s.row["id"] for s in snapshots)))
    return snapshots


def restore_notes(db: Db, *, snapshots: list[NoteSnapshot]) -> None:
    """Put deleted notes back with their ids, positions, groups and keywords."""
    for snapshot in snapshots:
        values = dict(snapshot.row)
        if values.get("group_id") and db.get(GroupRow, values["group_id"]) is None:
            values["group_id"] = None
        note = NoteRow(**values)
        db.add(note)
        db.flush()
        _set_keywords(db, values["id"], snapshot.keywords)
        provenance.revive(db, note)
    _commit(db, OpChanges(notes=frozenset(s.row["id"] for s in snapshots)))


def update_note(db: Db, *, note_id: str, changes: dict) -> dict:
    """Change fields of one note (text, facet, keywords, group_id, votes, …); return old values."""
    row = db.get(NoteRow, note_id)
    if row is None:
        raise KeyError(note_id)
    old: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in NOTE_FIELDS:
            raise ValueError(f"unknown note field {name!r}")
        if name == "keywords":
            old[name] = queries.note_keywords(db, note_id)
            _set_keywords(db, note_id, list(value))
            continue
        if name == "question_key" and value != row.question_key:
            if db.get(QuestionRow, value) is None:
                raise KeyError(value)
            row.position = queries.next_position(db, NoteRow, question_key=value)
        old[name] = getattr(row, name)
        setattr(row, name, value)
    provenance.touch(db, row, changes)
    moved = "question_key" in old and old["question_key"] != row.question_key
    _commit(db, OpChanges(notes=frozenset([note_id]),
                          questions=frozenset([old["question_key"], row.question_key]) if moved else frozenset(),
                          groups=frozenset([row.question_key]) if "group_id" in changes else frozenset()))
    return old


def update_notes(db: Db, *, changes: dict[str, dict]) -> dict[str, dict]:
    """Change several notes at once (e.g. positions after a drag); return old values per note."""
    old = {}
    for note_id, note_changes in changes.items():
        row = db.get(NoteRow, note_id)
        if row is None:
            continue
        old[note_id] = {name: getattr(row, name) for name in note_changes}
        for name, value in note_changes.items():
            if name not in NOTE_FIELDS or name in ("keywords", "question_key"):
                raise ValueError(f"field {name!r} cannot be changed in bulk")
            setattr(row, name, value)
        provenance.touch(db, row, note_changes)
    grouping = any("group_id" in c for c in changes.values())
    _commit(db, OpChanges(notes=frozenset(old), groups=_questions_of(db, old) if grouping else frozenset()))
    return old


def _questions_of(db: Db, note_ids) -> frozenset[str]:
    return frozenset(row.question_key for n in note_ids if (row := db.get(NoteRow, n)) is not None)


# --- groups ---------------------------------------------------------------------------


def create_group(db: Db, *, question: str, label: str, note_ids: list[str], group_id: str | None = None
                 ) -> tuple[str, dict[str, str | None]]:
    """Create a group and put notes in it; return the group id and the notes' old group ids."""
    group = GroupRow(
        id=group_id or new_id(),
        question_key=question,
        label=label,
        position=queries.next_position(db, GroupRow, question_key=question),
        stamp=provenance.stamp(db),
    )
    db.add(group)
    db.flush()
    old: dict[str, str | None] = {}
    for note_id in note_ids:
        row = db.get(NoteRow, note_id)
        if row is None:
            continue
        old[note_id] = row.group_id
        row.group_id = group.id
        provenance.touch(db, row, ["group_id"])
    _commit(db, OpChanges(notes=frozenset(old), groups=frozenset([question])))
    return group.id, old


def delete_group(db: Db, *, group_id: str) -> tuple[dict, dict]:
    """Remove a group (its notes stay, ungrouped); return the group row and its notes' ids."""
    group = db.get(GroupRow, group_id)
    if group is None:
        raise KeyError(group_id)
    rows = [row for row in queries.note_rows(db, group.question_key) if row.group_id == group_id]
    members = {row.id: group_id for row in rows}
    snapshot = group.model_dump()
    for row in rows:
        row.group_id = None
        provenance.touch(db, row, ["group_id"])
    provenance.bury_group(db, group)
    db.delete(group)
    _commit(db, OpChanges(notes=frozenset(members), groups=frozenset([snapshot["question_key"]])))
    return snapshot, members


def restore_group(db: Db, *, group: dict, members: dict) -> None:
    """Undo delete_group."""
    db.add(GroupRow(**{**group, "stamp": provenance.stamp(db)}))
    db.flush()
    for note_id, group_id in members.items():
        row = db.get(NoteRow, note_id)
        if row is not None:
            row.group_id = group_id
            provenance.touch(db, row, ["group_id"])
    _commit(db, OpChanges(notes=frozenset(members), groups=frozenset([group["question_key"]])))


def rename_group(db: Db, *, group_id: str, label: str) -> str:
    """Rename a group; return the old label."""
    group = db.get(GroupRow, group_id)
    if group is None:
        raise KeyError(group_id)
    old = group.label
    provenance.bury_group(db, group)
    group.label = label
    group.stamp = provenance.stamp(db)
    provenance.touch_notes(db, queries.note_ids_in_group(db, group_id), ["group_id"])
    db.add(group)
    members = frozenset(row.id for row in queries.note_rows(db, group.question_key) if row.group_id == group_id)
    _commit(db, OpChanges(notes=members, groups=frozenset([group.question_key])))
    return old


# --- keywords ------------------------------------------------------------------------


@dataclass
class KeywordSnapshot:
    """Notes' keyword lists and the vocabulary before a rename or merge."""

    notes: dict[str, list[str]]
    vocabulary: list[str]


def merge_keywords(db: Db, *, sources: list[str], target: str) -> KeywordSnapshot:
    """Replace every source keyword by target on all notes and in the vocabulary."""
    lowered = {keyword_key(s) for s in sources}
    before = queries.keywords_by_note(db)
    snapshot = KeywordSnapshot(notes={}, vocabulary=queries.vocabulary(db))
    for note_id, keywords in before.items():
        if any(keyword_key(k) in lowered for k in keywords):
            snapshot.notes[note_id] = list(keywords)
            _set_keywords(db, note_id, [target if keyword_key(k) in lowered else k for k in keywords])
    vocabulary = [target if keyword_key(k) in lowered else k for k in snapshot.vocabulary]
    if target not in vocabulary:
        vocabulary.append(target)
    _set_vocabulary(db, list(dict.fromkeys(vocabulary)))
    provenance.touch_notes(db, snapshot.notes, ["keywords"])
    _commit(db, OpChanges(notes=frozenset(snapshot.notes), vocabulary=True))
    return snapshot


def rename_keyword(db: Db, *, old: str, new: str) -> KeywordSnapshot:
    """Rename a keyword across all notes and the vocabulary (a merge if new already exists)."""
    return merge_keywords(db, sources=[old], target=new)


def restore_keywords(db: Db, *, snapshot: KeywordSnapshot) -> None:
    """Undo a rename or merge."""
    for note_id, keywords in snapshot.notes.items():
        if db.get(NoteRow, note_id) is not None:
            _set_keywords(db, note_id, keywords)
    provenance.touch_notes(db, snapshot.notes, ["keywords"])
    _set_vocabulary(db, snapshot.vocabulary)
    _commit(db, OpChanges(notes=frozenset(snapshot.notes), vocabulary=True))


def _set_vocabulary(db: Db, keywords: list[str]) -> None:
    for row in db.exec(queries.select_all(VocabularyRow)):
        db.delete(row)
    db.flush()
    for position, keyword in enumerate(keywords):
        db.add(VocabularyRow(keyword=keyword, position=position))


def set_vocabulary(db: Db, *, keywords: list[str]) -> list[str]:
    """Replace the session's vocabulary; return the old one."""
    old = queries.vocabulary(db)
    _set_vocabulary(db, list(dict.fromkeys(k for k in keywords if k.strip())))
    _commit(db, OpChanges(vocabulary=True))
    return old


# --- participants --------------------------------------------------------------------


def add_participant(
    db: Db, *, role: str, area: str = "", municipality: str | None = None, name: str | None = None,
    participant_id: int | None = None, position: int | None = None, uid: str = "", stamps: str = "",
) -> int:
    """Add a participant; return its id."""
    row = ParticipantRow(
        id=participant_id,
        role=role,
        area=area,
        municipality=municipality,
        name=name,
        position=queries.next_position(db, ParticipantRow) if position is None else position,
        uid=uid or new_id(),
        stamps=stamps or provenance.new_stamps(db),
    )
    if uid:  # put back after removal (undo): later than its tombstone
        provenance.revive(db, row)
    db.add(row)
    _commit(db, OpChanges(participants=True))
    assert row.id is not None  # SQLite gave it on insert
    return row.id


def remove_participant(db: Db, *, participant_id: int) -> dict:
    """Remove a participant; return its row for add_participant(**row) to restore."""
    row = db.get(ParticipantRow, participant_id)
    if row is None:
        raise KeyError(participant_id)
    snapshot = row.model_dump()
    provenance.bury_participant(db, row)
    db.delete(row)
    _commit(db, OpChanges(participants=True))
    return {"participant_id": snapshot.pop("id"), **snapshot}


def update_participant(db: Db, *, participant_id: int, changes: dict) -> dict:
    """Change a participant; return the old values."""
    row = db.get(ParticipantRow, participant_id)
    if row is None:
        raise KeyError(participant_id)
    old = {}
    for name, value in changes.items():
        if name not in PARTICIPANT_FIELDS:
            raise ValueError(f"unknown participant field {name!r}")
        old[name] = getattr(row, name)
        setattr(row, name, value)
    provenance.touch(db, row, changes)
    _commit(db, OpChanges(participants=True))
    return old


# --- follow-up survey ------------------------------------------------------------------


def add_survey_response(db: Db, *, ratings: dict[str, int], comment: str = "", response_id: int | None = None) -> int:
    """Record one participant's answers to the follow-up survey; return its id."""
    row = SurveyResponseRow(
        id=response_id,
        position=queries.next_position(db, SurveyResponseRow),
        ratings=json.dumps(ratings, ensure_ascii=False),
        comment=comment,
        created=now_iso(),
    )
    db.add(row)
    _commit(db, OpChanges(survey=True))
    assert row.id is not None  # SQLite gave it on insert
    return row.id


def remove_survey_response(db: Db, *, response_id: int) -> dict:
    """Remove a survey response; return what add_survey_response needs to restore it."""
    row = db.get(SurveyResponseRow, response_id)
    if row is None:
        raise KeyError(response_id)
    snapshot = {"ratings": json.loads(row.ratings), "comment": row.comment, "response_id": row.id}
    db.delete(row)
    _commit(db, OpChanges(survey=True))
    return snapshot


# --- the meeting's compound gestures ------------------------------------------------------
# The domain decisions behind a GUI gesture (find or create a theme, drop a theme left empty,
# never fewer than zero votes, where a note lands in another question) live here, so the
# command line and the tests reach them and the undo commands stay a call and its inverse.


@dataclass
class GroupingSnapshot:
    """The notes' theme ids and the themes removed, before a grouping change."""

    group_ids: dict[str, str | None] = field(default_factory=dict)
    created: str | None = None  # a theme this change created (deleted again on undo)
    removed: list[tuple[dict, dict]] = field(default_factory=list)  # delete_group's snapshots


def group_notes(db: Db, *, question: str, label: str, note_ids: list[str], group_id: str | None = None) -> GroupingSnapshot:
    """Put notes under the question's theme of this label, creating it if there is none."""
    existing = find_group(db, question=question, label=label)
    if existing:
        previous = update_notes(db, changes={n: {"group_id": existing} for n in note_ids})
        return GroupingSnapshot(group_ids={n: values["group_id"] for n, values in previous.items()})
    created, old = create_group(db, question=question, label=label, note_ids=note_ids, group_id=group_id)
    return GroupingSnapshot(group_ids=old, created=created)


def ungroup_notes(db: Db, *, note_ids: list[str]) -> GroupingSnapshot:
    """Take notes out of their themes; a theme left without notes is removed."""
    wanted = set(note_ids)
    emptied, partial = [], []
    for group in queries.group_rows(db):
        members = {row.id for row in queries.note_rows(db, group.question_key) if row.group_id == group.id}
        if members and members <= wanted:
            emptied.append(group.id)
        else:
            partial.extend(sorted(members & wanted))
    snapshot = GroupingSnapshot()
    if partial:
        snapshot.group_ids = {n: v["group_id"] for n, v in update_notes(db, changes={n: {"group_id": None} for n in partial}).items()}
    snapshot.removed = [delete_group(db, group_id=g) for g in emptied]
    return snapshot


def restore_grouping(db: Db, *, snapshot: GroupingSnapshot) -> None:
    """Undo group_notes or ungroup_notes."""
    for group, members in reversed(snapshot.removed):
        restore_group(db, group=group, members=members)
    if snapshot.group_ids:
        update_notes(db, changes={n: {"group_id": g} for n, g in snapshot.group_ids.items()})
    if snapshot.created:
        delete_group(db, group_id=snapshot.created)


def vote_notes(db: Db, *, note_ids: list[str], step: int) -> dict[str, dict]:
    """Add (step > 0) or take away (step < 0) dots; never below zero. Return the old votes for update_notes."""
    votes = {n: row.votes for n in dict.fromkeys(note_ids) if (row := db.get(NoteRow, n)) is not None}
    return update_notes(db, changes={n: {"votes": max(0, count + step)} for n, count in votes.items()})


def vote_theme(db: Db, *, group_id: str, step: int) -> int:
    """Add (step > 0) or take away (step < 0) votes on a theme itself; never below zero. Return the old count."""
    group = db.get(GroupRow, group_id)
    if group is None:
        raise KeyError(group_id)
    return set_theme_votes(db, group_id=group_id, votes=max(0, group.votes + step))


def set_theme_votes(db: Db, *, group_id: str, votes: int) -> int:
    """Set a theme's own votes (undo of vote_theme); return the old count."""
    group = db.get(GroupRow, group_id)
    if group is None:
        raise KeyError(group_id)
    old, group.votes = group.votes, max(0, votes)
    db.add(group)
    _commit(db, OpChanges(groups=frozenset([group.question_key])))
    return old


def fold_theme(db: Db, *, group_id: str, folded: bool) -> bool:
    """Fold a theme to its label (folded) or unfold it; return whether it was folded (for undo)."""
    group = db.get(GroupRow, group_id)
    if group is None:
        raise KeyError(group_id)
    old, group.folded = group.folded, folded
    group.stamp = provenance.stamp(db)  # a change of the group, as a rename is: the merge takes the later one
    db.add(group)
    _commit(db, OpChanges(groups=frozenset([group.question_key])))
    return old


NOTE_PLACE_FIELDS = ("question_key", "position", "facet", "group_id", "x", "y")


def move_notes_to_question(db: Db, *, note_ids: list[str], question: str, facet: str | None = None) -> dict[str, dict]:
    """Move notes to the end of another question (a note typed under the wrong area).

    Themes belong to one question, so a moved note leaves its theme; its place on the board is
    given up and it takes the given facet (or none). Return the old places for restore_note_places.
    """
    if db.get(QuestionRow, question) is None:
        raise KeyError(question)
    old, touched = {}, {question}
    for note_id in note_ids:
        row = db.get(NoteRow, note_id)
        if row is None or row.question_key == question:
            continue
        old[note_id] = {name: getattr(row, name) for name in NOTE_PLACE_FIELDS}
        touched.add(row.question_key)
        row.position = queries.next_position(db, NoteRow, question_key=question)
        row.question_key, row.facet, row.group_id, row.x, row.y = question, facet, None, None, None
        row.modified = now_iso()
        db.add(row)
        db.flush()
    _commit(db, OpChanges(notes=frozenset(old), questions=frozenset(touched) if old else frozenset()))
    return old


def reorder_notes(db: Db, *, question: str, order: list[str], facets: dict[str, str | None] | None = None) -> dict[str, dict]:
    """Put a question's notes in this order (a drag within its area); dropped notes take their lane's facet.

    Notes not named keep their relative order after the named ones. A dropped note gives up a
    free place on the board (x, y) for its place in the order. Return the old places for
    restore_note_places.
    """
    rows = {row.id: row for row in queries.note_rows(db, question)}
    named = [n for n in dict.fromkeys(order) if n in rows]
    ordered = named + [n for n in rows if n not in set(named)]
    old = {}
    for position, note_id in enumerate(ordered):
        row = rows[note_id]
        wanted: dict = {"position": position}
        if facets and note_id in facets:
            wanted.update(facet=facets[note_id], x=None, y=None)
        if any(getattr(row, name) != value for name, value in wanted.items()):
            old[note_id] = {name: getattr(row, name) for name in NOTE_PLACE_FIELDS}
            for name, value in wanted.items():
                setattr(row, name, value)
            row.modified = now_iso()
            db.add(row)
    _commit(db, OpChanges(notes=frozenset(old), questions=frozenset([question]) if old else frozenset()))
    return old


def restore_note_places(db: Db, *, places: dict[str, dict]) -> None:
    """Undo move_notes_to_question: each note back in its question, place, facet and theme."""
    touched = set()
    for note_id, place in places.items():
        row = db.get(NoteRow, note_id)
        if row is None:
            continue
        touched |= {row.question_key, place["question_key"]}
        for name, value in place.items():
            if name == "group_id" and value and db.get(GroupRow, value) is None:
                value = None
            setattr(row, name, value)
        row.modified = now_iso()
        db.add(row)
    _commit(db, OpChanges(notes=frozenset(places), questions=frozenset(touched)))


# --- lookups for views (read only) ----------------------------------------------------


def find_group(db: Db, *, question: str, label: str) -> str | None:
    """Return the id of the question's group with this label, if there is one."""
    for row in queries.group_rows(db, question):
        if row.label == label:
            return row.id
    return None


def participant_ids(db: Db) -> list[int]:
    """Return the participants' ids in the order load_session lists them."""
    return [row.id for row in queries.participant_rows(db) if row.id is not None]  # stored rows have ids


def survey_ids(db: Db) -> list[int]:
    """Return the survey responses' ids in the order load_session lists them."""
    return [row.id for row in queries.survey_rows(db) if row.id is not None]  # stored rows have ids


# --- one-to-one talks and written input (revision 0007) ------------------------------


def add_talk(db: Db, *, role: str, municipality: str | None = None, summary: str = "", talk_id: str | None = None) -> str:
    """Record a one-to-one talk (by role, not name) beside the joint dialogue; return its id."""
    row = TalkRow(id=talk_id or new_id(), position=queries.next_position(db, TalkRow), role=role.strip(),
                  municipality=municipality, summary=summary, created=now_iso())
    db.add(row)
    _commit(db, OpChanges(extra=frozenset(["talks"])))
    return row.id


def update_talk(db: Db, *, talk_id: str, changes: dict) -> dict:
    """Change a talk's role, municipality or summary; return the old values."""
    row = db.get(TalkRow, talk_id)
    if row is None:
        raise KeyError(talk_id)
    old = {}
    for name, value in changes.items():
        if name not in ("role", "municipality", "summary"):
            raise ValueError(f"unknown talk field {name!r}")
        old[name] = getattr(row, name)
        setattr(row, name, value)
    db.add(row)
    _commit(db, OpChanges(extra=frozenset(["talks"])))
    return old


def delete_talk(db: Db, *, talk_id: str) -> None:
    """Remove a talk and its notes."""
    row = db.get(TalkRow, talk_id)
    if row is None:
        raise KeyError(talk_id)
    removed = []
    for note in queries.note_rows(db):
        if note.talk_id == talk_id:
            removed.append(note.id)
            provenance.bury_note(db, note)
            db.delete(note)
    provenance.bury(db, kind="talk", record_id=talk_id, snapshot={})
    db.delete(row)
    _commit(db, OpChanges(removed_notes=frozenset(removed), extra=frozenset(["talks"])))


@dataclass(frozen=True)
class WrittenAnswer:
    """One answer of a municipality in writing (a returned form, written reflections)."""

    question: str
    text: str
    municipality: str
    channel: str


def written_note_id(session_id: str, answer: WrittenAnswer) -> str:
    """Return the id a written answer's note gets: the same answer read twice is the same note."""
    text = " ".join(answer.text.split()).casefold()
    return str(uuid.uuid5(uuid.NAMESPACE_URL,
                          f"dialogkarta:{session_id}:{answer.channel}:{answer.municipality}:{answer.question}:{text}"))


def new_written_answers(db: Db, answers: list[WrittenAnswer]) -> list[WrittenAnswer]:
    """Return the answers the session does not hold yet (the preview of a form read back)."""
    session_id = queries.session_row(db).id
    seen: set[str] = set()
    fresh = []
    for answer in answers:
        note_id = written_note_id(session_id, answer)
        if answer.text.strip() and note_id not in seen and db.get(NoteRow, note_id) is None:
            seen.add(note_id)
            fresh.append(answer)
    return fresh


def add_written_answers(db: Db, *, answers: list[WrittenAnswer]) -> list[str]:
    """Add written answers as notes of their municipality and channel, each once; return the new ids."""
    session_id = queries.session_row(db).id
    for answer in answers:
        if answer.channel not in CHANNELS:
            raise ValueError(f"unknown channel {answer.channel!r}")
        if db.get(QuestionRow, answer.question) is None:
            raise KeyError(answer.question)
    added = []
    stamp = now_iso()
    for answer in new_written_answers(db, answers):
        note_id = written_note_id(session_id, answer)
        db.add(NoteRow(id=note_id, question_key=answer.question, text=answer.text.strip(),
                       position=queries.next_position(db, NoteRow, question_key=answer.question),
                       municipality=answer.municipality, channel=answer.channel, created=stamp, modified=stamp))
        db.flush()
        added.append(note_id)
    _commit(db, OpChanges(notes=frozenset(added)))
    return added


# Every public operation reports a failed write as a FileProblem (see _saving).
for _name, _function in list(globals().items()):
    if inspect.isfunction(_function) and not _name.startswith("_") and _function.__module__ == __name__ \
            and _name != "last_changes":  # reads the change record: wrapping it would clear it first
        globals()[_name] = _saving(_function)
