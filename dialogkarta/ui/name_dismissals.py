"""Possible names the facilitator has said are no person's, remembered per session so they are not asked again.

Kept in the app's settings under the session's id (the session file has no place for the app's own
choices, and a schema revision for a list of dismissed warnings is not worth it): the id stays the
same when the file is renamed, moved or copied on this computer; on another computer the names are
asked once more, which errs on the safe side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from dialogkarta.privacy import Hit
from dialogkarta.ui.settings import Settings

Entry = Hit | tuple[Path, Hit]  # a hit of one session, or (file, hit) in the county window


def hit_of(entry: Entry) -> Hit:
    return entry[1] if isinstance(entry, tuple) else entry


class NameDismissals:
    """The dismissed names of each session, in the user's settings."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.store = (settings or Settings()).store

    @staticmethod
    def _key(session_id: str) -> str:
        return f"privacy/dismissed_names/{session_id}"

    def names(self, session_id: str) -> set[str]:
        value = self.store.value(self._key(session_id), [])
        if isinstance(value, str):  # QSettings gives a list of one as the string itself
            return {value}
        return {str(name) for name in value} if isinstance(value, (list, tuple)) else set()

    def dismiss(self, session_id: str, name: str) -> None:
        self.store.setValue(self._key(session_id), sorted(self.names(session_id) | {name}))
        self.store.sync()

    def remaining(self, entries: Sequence[Entry], session_of: Callable[[Entry], str]) -> list[Entry]:
        """The entries still to ask about: every hit but the names dismissed for their session.

        session_of(entry) gives the entry's session id.
        """
        dismissed: dict[str, set[str]] = {}
        kept = []
        for entry in entries:
            hit = hit_of(entry)
            if hit.warning:
                session = session_of(entry)
                if session not in dismissed:
                    dismissed[session] = self.names(session)
                if hit.match in dismissed[session]:
                    continue
            kept.append(entry)
        return kept
