"""Record, as ops change a session file, what merging copies needs: stamps, clocks, tombstones.

ops calls one helper per change; the rules of what a stamp or clock is live in
model.provenance, and how they are merged in dialogkarta.merge.

Which copy is this? A file's origin is valid only at the place (computer and path) where it
was drawn. A file copied to a USB stick and edited on the colleague's laptop, or copied to
another folder, finds a different place at its first change and draws a new origin, so two
copies never stamp changes with the same origin even when one was made with a plain file copy.
A new or imported file has no place yet and draws its origin at its first change too. The cost
is an extra origin in a clock when a file is merely moved; that only makes clocks a little longer.
"""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path

from sqlmodel import Session as Db

from dialogkarta.model.provenance import ALIVE, BASE, CLOCKED_FIELDS, make_stamp, now_time, stamp_origin
from dialogkarta.model.tables import FieldHistoryRow, GroupRow, NoteRow, ParticipantRow, TombstoneRow
from dialogkarta.model.values import new_id
from dialogkarta.store import queries


def _place(db: Db) -> str:
    path = db.info.get("path") or ""  # SessionFile sets it for every open file
    where = f"{socket.gethostname()}\0{Path(path).resolve() if path else ''}"
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def origin(db: Db) -> str:
    """Return this copy's origin, drawing a new one if the file is edited at a new place."""
    cached = db.info.get("dialogkarta.origin")  # the place of an open file does not change
    if cached is not None:
        return cached
    row = queries.session_row(db)
    place = _place(db)
    if not row.origin or row.origin_place != place:
        row.origin = new_id()
        row.origin_place = place
        db.add(row)
    db.info["dialogkarta.origin"] = row.origin
    return row.origin


def stamp(db: Db) -> str:
    """Return a stamp for a change made now in this copy."""
    return make_stamp(now_time(), origin(db))


def legacy_base(row) -> str:
    """The stamp that stands for a record's fields before they had stamps of their own."""
    time = getattr(row, "modified", "") or getattr(row, "created", "") or ""
    return make_stamp(time, "") if time else ""


def touch(db: Db, row: NoteRow | ParticipantRow, names) -> None:
    """Stamp fields of a note or participant as changed now (and a note's modified time)."""
    stamps = json.loads(row.stamps or "{}")
    if BASE not in stamps:
        stamps[BASE] = legacy_base(row)
    now = stamp(db)
    for name in names:
        stamps[FIELD_NAMES.get(name, name)] = now
    row.stamps = json.dumps(stamps, sort_keys=True)
    if isinstance(row, NoteRow):
        row.modified = now[:19]
    db.add(row)


def touch_notes(db: Db, note_ids, names) -> None:
    """Stamp the same fields of several notes (group changes, keyword renames)."""
    for note_id in note_ids:
        row = db.get(NoteRow, note_id)
        if row is not None:
            touch(db, row, names)


def new_stamps(db: Db) -> str:
    """Return the stamps of a record made now (every field as of now)."""
    return json.dumps({BASE: stamp(db)})


def revive(db: Db, row: NoteRow | ParticipantRow) -> None:
    """Mark a deleted record put back (undo) as a change later than its deletion.

    Its modified time stays: what the note says is exactly what it said before.
    """
    modified = getattr(row, "modified", None)
    touch(db, row, [ALIVE])
    if modified is not None:
        row.modified = modified


# ops' column names -> the names a note's fields have in its stamps (and in NoteData)
FIELD_NAMES = {"group_id": "group", "question_key": "question", "talk_id": "talk"}


def bury(db: Db, *, kind: str, record_id: str, snapshot: dict) -> None:
    """Leave a tombstone for a deleted note, participant or group."""
    row = db.get(TombstoneRow, (kind, record_id)) or TombstoneRow(kind=kind, id=record_id)
    row.at = stamp(db)
    row.snapshot = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
    db.add(row)


def tick(db: Db, fields) -> None:
    """Advance the clocks of session or question fields ("title", "needs.minutes") for an edit now.

    A new value written by the facilitator has seen every version it was shown, so an
    unresolved conflict on the field ends here.
    """
    now = stamp(db)
    me = stamp_origin(now)
    for name in fields:
        if name.rsplit(".", 1)[-1] not in CLOCKED_FIELDS:  # e.g. elapsed time: the merge takes the larger
            continue
        row = db.get(FieldHistoryRow, name) or FieldHistoryRow(field=name)
        clock = json.loads(row.clock or "{}")
        for version in json.loads(row.versions or "[]"):
            for key, value in version.get("clock", {}).items():
                clock[key] = max(clock.get(key, ""), value)
        clock[me] = now
        row.clock = json.dumps(dict(sorted(clock.items())))
        row.versions = "[]"
        db.add(row)


def bury_note(db: Db, row: NoteRow) -> None:
    """Leave a tombstone holding a note's last state, so a merge can still weigh its fields."""
    group = db.get(GroupRow, row.group_id) if row.group_id else None
    snapshot = {
        "question": row.question_key, "text": row.text, "facet": row.facet, "keywords": queries.note_keywords(db, row.id),
        "group": group.label if group else None, "votes": row.votes, "municipality": row.municipality,
        "x": row.x, "y": row.y, "color": row.color, "channel": row.channel, "talk": row.talk_id,
        "created": row.created, "modified": row.modified,
        "stamps": json.loads(row.stamps or "{}"),
    }
    if BASE not in snapshot["stamps"]:
        snapshot["stamps"][BASE] = legacy_base(row)
    bury(db, kind="note", record_id=row.id, snapshot=snapshot)


def bury_participant(db: Db, row: ParticipantRow) -> None:
    """Leave a tombstone holding a participant's last state."""
    stamps = json.loads(row.stamps or "{}")
    stamps.setdefault(BASE, "")
    snapshot = {"role": row.role, "area": row.area, "municipality": row.municipality, "name": row.name,
                "stamps": stamps}
    bury(db, kind="participant", record_id=row.uid or str(row.id), snapshot=snapshot)


def bury_group(db: Db, group: GroupRow) -> None:
    """Leave a tombstone for a group label taken away (deleted or renamed)."""
    bury(db, kind="group", record_id=f"{group.question_key}/{group.label}", snapshot={"stamp": group.stamp})
