"""Session files on disk: opening, creating, upgrading, reading and writing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dialogkarta.store.session_file import (
        APPLICATION_ID,
        SUFFIX,
        SessionFile,
        create_session_file,
        open_session_file,
    )

__all__ = ["APPLICATION_ID", "SUFFIX", "SessionFile", "create_session_file", "open_session_file"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: session_file brings in SQLAlchemy and SQLModel, which a command that only
    # reads a file (store/read_only.py, through the standard library's sqlite3) never needs.
    if name in __all__:
        from dialogkarta.store import session_file

        return getattr(session_file, name)
    raise AttributeError(name)
