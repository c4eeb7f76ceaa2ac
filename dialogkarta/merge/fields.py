"""Merge a session or question field (title, minutes, summary, …) by its clock.

A version whose clock has seen another version replaces it. Versions that did not see each
other were edited in both copies: a long free text (minutes, summary, preparation, next steps)
then keeps every such version, shown in the field one after the other under a marker for the
facilitator to resolve, and the field's history keeps them apart so a later merge recognises
them; a short field (title, date, planned minutes) takes the most recently edited version.
Either way the result does not depend on the order or grouping of the copies: the set of
versions that no other version has seen is the same however the copies are combined.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogkarta.merge.records import canonical
from dialogkarta.model.provenance import (
    FREE_TEXTS,
    FieldHistory,
    TextVersion,
    clock_latest,
    dominates,
    join_clocks,
    stamp_time,
)

MARKER_START = "⚠ OLIKA VERSIONER FRÅN TVÅ KOPIOR – jämka ihop texten och ta bort markeringarna"
MARKER_VERSION = "=== Version {number}, senast ändrad {time} ==="
MARKER_END = "=== Slut på versionerna ==="


@dataclass
class FieldOutcome:
    value: object
    history: FieldHistory
    conflict: bool = False  # concurrent free-text versions are kept side by side
    overruled: bool = False  # a concurrent short field lost to a later edit


def versions_of(value, history: FieldHistory | None) -> list[TextVersion]:
    """Return one copy's state of a field: its unresolved versions, or its value and clock."""
    if history is not None and history.versions:
        return list(history.versions)
    return [TextVersion(value=value, clock=dict(history.clock) if history else {})]


def _order(version: TextVersion):
    return clock_latest(version.clock), canonical(version.value), canonical(version.clock)


def frontier(versions: list[TextVersion]) -> list[TextVersion]:
    """Return the versions no other version has seen, each once, in a fixed order."""
    unique = {(canonical(v.value), canonical(v.clock)): v for v in versions}
    kept = [v for v in unique.values()
            if not any(dominates(o.clock, v.clock) and o.clock != v.clock for o in unique.values())]
    # Same clock, same value is one version; same clock and different values (files from before
    # revision 0005, which have no clocks yet) are different versions and all kept.
    return sorted(kept, key=_order)


def merge_field(name: str, versions: list[TextVersion]) -> FieldOutcome:
    """Return the merged value and history of one field (name as in SessionData.history)."""
    kept = frontier(versions)
    clock = join_clocks(*(v.clock for v in kept))
    if len(kept) == 1:
        return FieldOutcome(value=kept[0].value, history=FieldHistory(clock=clock))
    if name.rsplit(".", 1)[-1] in FREE_TEXTS:
        return FieldOutcome(value=render_conflict(kept), history=FieldHistory(clock=clock, versions=kept), conflict=True)
    return FieldOutcome(value=kept[-1].value, history=FieldHistory(clock=clock), overruled=True)


def render_conflict(versions: list[TextVersion]) -> str:
    """Return the text the facilitator sees for a field edited in two copies: every version, marked."""
    parts = [MARKER_START, ""]
    for number, version in enumerate(versions, 1):
        time = stamp_time(clock_latest(version.clock)).replace("T", " ") or "okänd tid"
        parts += [MARKER_VERSION.format(number=number, time=time), str(version.value or ""), ""]
    parts.append(MARKER_END)
    return "\n".join(parts)
