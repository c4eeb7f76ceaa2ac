"""Merge the versions of one note or participant found in several copies, field by field.

Each field takes the value with the latest stamp (model.provenance); equal stamps, which only
a plain file copy edited in the same microsecond could produce, fall back to comparing the
values, so the outcome never depends on the order of the copies. Per-field rather than
whole-record: one facilitator moving a note into a group and the other correcting its text
are both kept. A deleted record's tombstone holds its last state, so its fields take part too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from dialogkarta.model.provenance import ALIVE, BASE, make_stamp

NOTE_FIELDS = ("question", "text", "facet", "keywords", "group", "votes", "municipality", "x", "y", "color", "channel",
               "talk")
PARTICIPANT_FIELDS = ("role", "area", "municipality", "name")


@dataclass
class Version:
    """One copy's state of a record: its field values, stamps and where it was seen."""

    values: dict
    stamps: dict[str, str]
    source: str  # the copy's label (its file name), for the report; "" for the state kept in a tombstone
    created: str = ""
    modified: str = ""


@dataclass
class Merged:
    values: dict
    stamps: dict[str, str]
    created: str
    modified: str
    winners: dict[str, set[str]] = field(default_factory=dict)  # field -> copies whose value was taken


def canonical(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def legacy_stamp(version: Version) -> str:
    """The stamp of a field without one: the record's base, or its time from before revision 0005."""
    if version.stamps.get(BASE):
        return version.stamps[BASE]
    time = version.modified or version.created
    return make_stamp(time, "") if time else ""


def merge_record(versions: list[Version], names: tuple[str, ...]) -> Merged:
    """Return the record whose every field holds its latest value among the versions."""
    values, stamps, winners = {}, {}, {}
    for name in names:
        ranked = [(v.stamps.get(name) or legacy_stamp(v), canonical(v.values.get(name)), v) for v in versions]
        best_stamp, best_value, _ = max(ranked, key=lambda r: (r[0], r[1]))
        values[name] = json.loads(best_value)
        stamps[name] = best_stamp
        winners[name] = {v.source for s, c, v in ranked if (s, c) == (best_stamp, best_value)}
    alive = max((v.stamps.get(ALIVE, "") for v in versions), default="")
    return Merged(values=values, stamps=compact(stamps, alive), winners=winners,
                  created=min((v.created for v in versions if v.created), default=""),
                  modified=max((v.modified for v in versions), default=""))


def compact(stamps: dict[str, str], alive: str = "") -> dict[str, str]:
    """Return stamps in their one canonical form: the earliest as the base, later fields on their own."""
    base = min(stamps.values(), default="")
    result = {BASE: base} if base else {}
    result.update({name: stamp for name, stamp in stamps.items() if stamp != base})
    if alive:
        result[ALIVE] = alive
    return dict(sorted(result.items()))


def last_change(merged: Merged) -> str:
    """The latest stamp of any field of a merged record (or of its being put back)."""
    return max(merged.stamps.values(), default="")
