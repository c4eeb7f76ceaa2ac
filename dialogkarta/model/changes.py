"""What one operation changed, so that each view redraws only what it shows.

Modelled on Anki's `OpChanges`: one field per kind of thing, filled in by the operation
itself (never guessed by a view from a string). Two change sets combine with `|`, so a
compound undo step reports the union of its parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

_EMPTY: frozenset = frozenset()


@dataclass(frozen=True)
class OpChanges:
    """The ids, keys and field names an operation touched."""

    notes: frozenset[str] = _EMPTY  # notes added or whose fields changed
    removed_notes: frozenset[str] = _EMPTY  # notes deleted
    questions: frozenset[str] = _EMPTY  # questions whose notes' membership changed (a note moved in or out)
    groups: frozenset[str] = _EMPTY  # questions whose themes (labels, order, collapsed, votes) changed
    question_fields: frozenset[tuple[str, str]] = _EMPTY  # (question key, field): minutes, summary, …
    session_fields: frozenset[str] = _EMPTY  # title, municipalities, preparation, …
    participants: bool = False
    vocabulary: bool = False
    survey: bool = False
    everything: bool = False  # a whole session written (new file, import)
    extra: frozenset[str] = field(default=_EMPTY)  # other kinds, named by the operation (for later fields)

    def __or__(self, other: OpChanges) -> OpChanges:
        values: dict[str, Any] = {}
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            values[item.name] = (mine or theirs) if isinstance(mine, bool) else mine | theirs
        return OpChanges(**values)

    def __bool__(self) -> bool:
        return any(getattr(self, item.name) for item in fields(self))

    @property
    def note_content(self) -> bool:
        """Anything a card or an outline row shows: notes added, changed, removed or moved, themes."""
        return bool(self.everything or self.notes or self.removed_notes or self.questions or self.groups)

    def question_field_changed(self, key: str, name: str | None = None) -> bool:
        """Tell whether a field (any field if name is None) of this question changed."""
        return self.everything or any(k == key and (name is None or n == name) for k, n in self.question_fields)

    def session_field_changed(self, *names: str) -> bool:
        return self.everything or bool(self.session_fields & set(names))


NOTHING = OpChanges()
