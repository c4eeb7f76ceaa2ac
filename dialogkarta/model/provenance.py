"""What a session remembers about its changes, so that copies of it can be merged.

Two kinds of record, both plain values (no SQL, no Qt):

- A *stamp* says when and by which copy something was last changed: ``"<time>@<origin>"``,
  the time local ISO with microseconds. Stamps compare as text: later time first, then origin,
  so equal times still order the same way on every machine. Notes and participants keep one
  stamp per field (``stamps``), so two copies that change different fields of one note both
  keep their change. ``"_base"`` stands for every field without a stamp of its own (its
  creation, or the file's last change before revision 0005); ``"_alive"`` is set when a deleted
  note is put back (undo), which counts as a change later than the deletion.
- A *clock* (a version vector: origin → stamp of that copy's last edit) sits on every session
  and question field. A version whose clock is at least another's everywhere saw that one and
  replaces it; two versions neither of which saw the other are concurrent: for free texts both
  are kept for the facilitator (see dialogkarta.merge), for short fields the later wins.

The origin is the copy's id: a new one is drawn whenever a file is edited on another computer
or at another path than before (see store.provenance), so a file copied to a USB stick and
edited on the colleague's laptop stamps its changes with its own origin without anyone
having to say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

BASE = "_base"
ALIVE = "_alive"

# Session and question fields that carry a clock and are merged by it (the template is never
# merged: copies on different maps are refused; a question's elapsed time takes the larger).
CLOCKED_SESSION_FIELDS = ("title", "county", "municipalities", "date", "place", "facilitators", "status",
                          "preparation", "contact_talk", "next_steps", "start_time", "end_time", "meeting_form",
                          "round", "survey_items")
CLOCKED_QUESTION_FIELDS = ("summary", "minutes", "planned_minutes")
CLOCKED_FIELDS = CLOCKED_SESSION_FIELDS + CLOCKED_QUESTION_FIELDS
# Of those, the long free texts whose concurrent versions are both kept.
FREE_TEXTS = ("summary", "minutes", "preparation", "contact_talk", "next_steps")


def now_time() -> str:
    """Return the local time now as ISO text with microseconds (the time part of a stamp)."""
    return datetime.now().isoformat(timespec="microseconds")


def make_stamp(time: str, origin: str) -> str:
    """Return a stamp; a time without microseconds (from older files) is padded so it sorts right."""
    return f"{normal_time(time)}@{origin}"


def normal_time(time: str) -> str:
    """Return ISO time text with microseconds, as stamps store it ('' stays '')."""
    if not time:
        return ""
    return time if "." in time else time[:19] + ".000000"


def stamp_time(stamp: str) -> str:
    """Return the time part of a stamp, to seconds, for people to read."""
    return stamp.split("@", 1)[0][:19]


def stamp_origin(stamp: str) -> str:
    return stamp.split("@", 1)[1] if "@" in stamp else ""


def field_stamp(stamps: dict[str, str], name: str, fallback: str = "") -> str:
    """Return the stamp of one field of a note or participant."""
    return stamps.get(name) or stamps.get(BASE) or fallback


def latest(stamps: dict[str, str], fallback: str = "") -> str:
    """Return the latest stamp of a record (its last change of any kind)."""
    return max([*stamps.values(), fallback])


def dominates(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether clock a has seen everything clock b has (a ≥ b everywhere)."""
    return all(a.get(origin, "") >= stamp for origin, stamp in b.items())


def join_clocks(*clocks: dict[str, str]) -> dict[str, str]:
    """Return the clock that has seen everything each of the given clocks has."""
    joined: dict[str, str] = {}
    for clock in clocks:
        for origin, stamp in clock.items():
            if stamp > joined.get(origin, ""):
                joined[origin] = stamp
    return dict(sorted(joined.items()))


def clock_latest(clock: dict[str, str]) -> str:
    return max(clock.values(), default="")


@dataclass
class TextVersion:
    """One version of a session or question field and the clock it was written with."""

    value: object
    clock: dict[str, str] = field(default_factory=dict)


@dataclass
class FieldHistory:
    """A field's clock, and while concurrent versions are unresolved, those versions."""

    clock: dict[str, str] = field(default_factory=dict)
    versions: list[TextVersion] = field(default_factory=list)  # empty unless in conflict


@dataclass
class Tombstone:
    """What is left of a deleted note, participant or group: when, by which copy, and what it held."""

    kind: str  # "note", "participant", "group" (id "<question key>/<label>") or "talk"
    id: str
    at: str  # a stamp
    snapshot: dict = field(default_factory=dict)

    @property
    def origin(self) -> str:
        return stamp_origin(self.at)
