"""The merge history's extra fields in interchange JSON version 1 (all optional on import).

Top level: ``deleted`` (a list of ``{"id", "at"}``, with ``origin``, ``kind`` and ``snapshot`` as extras;
``kind`` defaults to "note") and ``history`` (field → ``{"clock", "versions"}``). A file's own origin
is not written: whoever imports the JSON makes a new copy, which draws its own.
On notes and participants ``stamps``, on participants ``id``, on questions ``group_stamps``.
A file without them reads as before: every field dates from the note's ``modified`` time.
"""

from __future__ import annotations

from dialogkarta.errors import ContentProblem
from dialogkarta.model.provenance import FieldHistory, TextVersion, Tombstone, make_stamp
from dialogkarta.model.values import SessionData

TOMBSTONE_KINDS = ("note", "participant", "group", "talk")


def history_to_json(data: SessionData) -> dict:
    """Return the session-level extra fields."""
    return {
        "deleted": [{"id": t.id, "at": t.at.split("@", 1)[0], "origin": t.origin, "kind": t.kind,
                     "snapshot": t.snapshot} for t in data.deleted],
        "history": {
            name: {"clock": dict(h.clock), "versions": [{"value": v.value, "clock": dict(v.clock)} for v in h.versions]}
            for name, h in data.history.items()
        },
    }


def _fail(path, message: str) -> ContentProblem:
    return ContentProblem(message, path=path)


def read_stamps(raw: dict, where: str, *, path) -> dict[str, str]:
    """Return a record's stamps (field → stamp), checked."""
    value = raw.get("stamps")
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise _fail(path, f"{where}: fältet 'stamps' ska vara ett objekt med texter")
    return dict(value)


def _clock(value, where: str, path) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise _fail(path, f"{where}: klockan ska vara ett objekt med texter")
    return dict(value)


def read_history(obj: dict, *, path) -> tuple[list[Tombstone], dict[str, FieldHistory]]:
    """Return the tombstones and field histories of an interchange object."""
    raw_deleted = obj.get("deleted") or []
    if not isinstance(raw_deleted, list):
        raise _fail(path, "sessionen: fältet 'deleted' ska vara en lista")
    deleted: dict[tuple[str, str], Tombstone] = {}
    for index, raw in enumerate(raw_deleted, 1):
        where = f"borttagen post {index}"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("at"), str):
            raise _fail(path, f"{where}: ska vara ett objekt med texterna 'id' och 'at'")
        kind = raw.get("kind") or "note"
        if kind not in TOMBSTONE_KINDS:
            raise _fail(path, f"{where}: okänd sort {str(kind)[:40]!r}")
        snapshot = raw.get("snapshot") or {}
        if not isinstance(snapshot, dict):
            raise _fail(path, f"{where}: fältet 'snapshot' ska vara ett objekt")
        raw_origin = raw.get("origin") or ""
        if not isinstance(raw_origin, str):
            raise _fail(path, f"{where}: fältet 'origin' ska vara text")
        at = make_stamp(raw["at"], raw_origin)
        tombstone = Tombstone(kind=kind, id=raw["id"], at=at, snapshot=dict(snapshot))
        if (kind, raw["id"]) not in deleted or deleted[kind, raw["id"]].at < at:
            deleted[kind, raw["id"]] = tombstone
    raw_history = obj.get("history") or {}
    if not isinstance(raw_history, dict):
        raise _fail(path, "sessionen: fältet 'history' ska vara ett objekt")
    history = {}
    for name, raw in raw_history.items():
        where = f"historiken för '{str(name)[:40]}'"
        if not isinstance(raw, dict) or not isinstance(raw.get("versions", []), list):
            raise _fail(path, f"{where}: ska vara ett objekt med 'clock' och 'versions'")
        versions = []
        for version in raw.get("versions", []):
            if not isinstance(version, dict):
                raise _fail(path, f"{where}: en version ska vara ett objekt")
            versions.append(TextVersion(value=version.get("value"), clock=_clock(version.get("clock", {}), where, path)))
        history[name] = FieldHistory(clock=_clock(raw.get("clock", {}), where, path), versions=versions)
    ordered = sorted(deleted.values(), key=lambda t: (t.at, t.kind, t.id))
    return ordered, dict(sorted(history.items()))
