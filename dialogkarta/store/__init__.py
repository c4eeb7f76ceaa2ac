"""Session files on disk: opening, creating, upgrading, reading and writing."""

from dialogkarta.store.session_file import (
    APPLICATION_ID,
    SUFFIX,
    SessionFile,
    create_session_file,
    open_session_file,
)

__all__ = ["APPLICATION_ID", "SUFFIX", "SessionFile", "create_session_file", "open_session_file"]
