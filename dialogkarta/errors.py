"""User-facing errors: a file and a Swedish sentence saying what is wrong with it."""

from __future__ import annotations

import errno
from pathlib import Path

from dialogkarta import catalogue

_OS_REASONS = {
    errno.ENOSPC: "disken är full",
    errno.EFBIG: "disken är full eller filen blir för stor",
    errno.EDQUOT: "diskkvoten är slut",
    errno.EACCES: "skrivskyddad eller saknar behörighet",
    errno.EPERM: "skrivskyddad eller saknar behörighet",
    errno.EROFS: "skrivskyddad enhet",
    errno.ENOENT: "mappen eller filen finns inte",
    errno.ENAMETOOLONG: "namnet är för långt för filsystemet; välj ett kortare",
}
_SQLITE_REASONS = {
    "database or disk is full": "disken är full",
    "attempt to write a readonly database": "filen eller mappen är skrivskyddad",
    "unable to open database file": "filen kan inte öppnas",
    "disk I/O error": "skriv- eller läsfel på disken",
}


def os_reason(exc: BaseException) -> str:
    """Return a short Swedish reason for an OSError or a SQLite error, falling back to its own text."""
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    text = str(getattr(exc, "orig", None) or exc).split("\n")[0]
    return _SQLITE_REASONS.get(text, getattr(exc, "strerror", None) or text)


class DialogkartaError(Exception):
    """An error the user can act on; never shown as a traceback."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        message = catalogue.translate_message(self.message)  # Swedish as raised; English in the English interface
        if self.path is None:
            return message
        return f"{self.path}: {message}"


class FileProblem(DialogkartaError):
    """A file cannot be read as what it claims to be (missing, foreign, corrupt, newer)."""


class NewerVersionError(FileProblem):
    """A file was written by a newer version of Dialogkarta."""


class FileLocked(FileProblem):
    """A session file is already open for editing elsewhere (another window, process or computer)."""


class ContentProblem(DialogkartaError):
    """Content does not fit the session's template (unknown question, facet, …)."""


class ExportProblem(DialogkartaError):
    """A document or export cannot be made as asked (unknown kind, wrong extension, bad option)."""


class PersonalDataFound(DialogkartaError):
    """Personal data was found in what is about to leave the app."""

    def __init__(self, message: str, *, hits: list, path: str | Path | None = None) -> None:
        super().__init__(message, path=path)
        self.hits = hits


class FileChanged(FileProblem):
    """The open session file was deleted, moved, replaced or overwritten by someone else; nothing was written."""
