"""User-facing errors: a file and a Swedish sentence saying what is wrong with it."""

from __future__ import annotations

from pathlib import Path


class DialogkartaError(Exception):
    """An error the user can act on; never shown as a traceback."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.path}: {self.message}"


class FileProblem(DialogkartaError):
    """A file cannot be read as what it claims to be (missing, foreign, corrupt, newer)."""


class NewerVersionError(FileProblem):
    """A file was written by a newer version of Dialogkarta."""


class FileLocked(FileProblem):
    """A session file is already open for editing elsewhere (another window, process or computer)."""


class ContentProblem(DialogkartaError):
    """Content does not fit the session's template (unknown question, facet, …)."""


class PersonalDataFound(DialogkartaError):
    """Personal data was found in what is about to leave the app."""

    def __init__(self, message: str, *, hits: list, path: str | Path | None = None) -> None:
        super().__init__(message, path=path)
        self.hits = hits
