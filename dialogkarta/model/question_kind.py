"""Which question is the needs question and which the collaboration question, decided in one place.

A question's kind follows from its facets, not from its key or position, so that any map whose
question is split into own area / general, or placed on the six collaboration levels, gets the
needs tables and the level charts (the KUF map's `needs` and `collaboration`; the municipal
visit's `needs` question has other facets and is an ordinary question).
"""

from __future__ import annotations

from collections.abc import Iterable

from dialogkarta.model.values import COLLABORATION_LEVELS, NEEDS_FACETS

NEEDS = "needs"
COLLABORATION = "collaboration"


def question_kind(facet_keys: Iterable[str]) -> str | None:
    """NEEDS, COLLABORATION or None for a question with these facet keys (in any order)."""
    keys = frozenset(facet_keys)
    if keys == frozenset(NEEDS_FACETS):
        return NEEDS
    if keys == frozenset(COLLABORATION_LEVELS):
        return COLLABORATION
    return None


def is_needs(facet_keys: Iterable[str]) -> bool:
    return question_kind(facet_keys) == NEEDS


def is_collaboration(facet_keys: Iterable[str]) -> bool:
    return question_kind(facet_keys) == COLLABORATION
