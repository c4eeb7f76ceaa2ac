"""Rounds of dialogues years apart: which round a session belongs to, and what changed since the last.

A synthesis never pools rounds. It compares the latest round (or the one asked for) and, when
there is a round before it, says per municipality that took part in both what was raised then
and now, what is new and what is no longer raised, and how the collaboration profile moved.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dialogkarta.model.values import SessionData
from dialogkarta.report.xmltext import sort_key


def round_of(data: SessionData) -> str:
    """The session's round: as set in the preparation, else the operating year of its date (July–June)."""
    if data.round.strip():
        return " ".join(data.round.split())
    try:
        year, month = int(data.date[:4]), int(data.date[5:7])
    except ValueError:
        return ""
    start = year if month >= 7 else year - 1
    return f"{start}–{(start + 1) % 100:02d}"


def ordered_rounds(sessions: list[SessionData]) -> list[str]:
    """The rounds of the sessions, the earliest first (by their first dialogue)."""
    first: dict[str, str] = {}
    for data in sessions:
        name = round_of(data)
        first[name] = min(first.get(name, data.date), data.date)
    return sorted(first, key=lambda r: (first[r], r))


@dataclass
class MunicipalityChange:
    municipality: str
    question: str  # the question's label
    kept: list[str]  # keywords raised then and now
    new: list[str]  # raised now, not then
    gone: list[str]  # raised then, no longer


@dataclass
class RoundChange:
    previous: str
    current: str
    municipalities: list[str]  # those that took part in both rounds
    changes: list[MunicipalityChange] = field(default_factory=list)
    levels: dict[str, tuple[int, int]] = field(default_factory=dict)  # level → (notes then, notes now)
    level_labels: dict[str, str] = field(default_factory=dict)
    only_then: list[str] = field(default_factory=list)  # municipalities only in the previous round
    only_now: list[str] = field(default_factory=list)


def _raised(synthesis, municipality: str, key: str) -> dict[str, str]:
    """Canonical keyword → display spelling, for the keywords the municipality raised in a question."""
    question = synthesis.question(key)
    return {t.key: t.keyword for t in question.themes if t.counts.get(municipality)}


def compare_rounds(previous, current) -> RoundChange:
    """Compare two syntheses of the same map (previous round, current round)."""
    both = sorted(set(previous.municipalities) & set(current.municipalities), key=sort_key)
    change = RoundChange(previous.round, current.round, both,
                         only_then=sorted(set(previous.municipalities) - set(current.municipalities), key=sort_key),
                         only_now=sorted(set(current.municipalities) - set(previous.municipalities), key=sort_key))
    for q in current.questions:
        try:
            previous.question(q.key)
        except StopIteration:
            continue
        for m in both:
            then, now = _raised(previous, m, q.key), _raised(current, m, q.key)
            names = {**then, **now}
            pick = lambda keys: sorted((names[k] for k in keys), key=sort_key)  # noqa: E731
            if then or now:
                change.changes.append(MunicipalityChange(m, q.label, pick(then.keys() & now.keys()),
                                                         pick(now.keys() - then.keys()), pick(then.keys() - now.keys())))
        if q.is_collaboration:
            counts_then: Counter = Counter()
            counts_now: Counter = Counter()
            for m in both:
                counts_then.update(previous.question(q.key).facets.get(m, {}))
                counts_now.update(q.facets.get(m, {}))
            change.levels = {k: (counts_then.get(k, 0), counts_now.get(k, 0)) for k in q.facet_keys}
            change.level_labels = dict(q.facet_labels)
    return change
