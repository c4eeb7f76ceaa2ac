"""An open session in the GUI: its file, its undo stack, and signals when it changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from dialogkarta import files
from dialogkarta.errors import DialogkartaError, FileChanged
from dialogkarta.model.values import SessionData
from dialogkarta.store import SessionFile
from dialogkarta.maps import session_template
from dialogkarta.store.queries import load_session
from dialogkarta.templates import Template


class SessionDocument(QObject):
    """Owns one open SessionFile; every change goes through an undo command that calls ops.

    Views never write to the file themselves: they push commands (see ui/commands/) and
    redraw when `changed` reports what changed.
    """

    # what changed: "session", "question", "notes", "groups", "participants", "vocabulary",
    # "survey"; ids: the affected ids (note ids, question keys, …) or None for "everything".
    changed = Signal(str, object)
    saved = Signal()  # after every committed change (autosave)
    failed = Signal(str)  # a change could not be saved; a Swedish message for the user
    file_lost = Signal(str)  # the file was deleted, moved or replaced while open; nothing more is written

    def __init__(self, file: SessionFile, parent: QObject | None = None, *, data: SessionData | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.undo_stack = QUndoStack(self)
        self._data: SessionData | None = data
        self._kept: SessionData | None = data  # the last loaded state, for rescue_data()
        self.template: Template = session_template(self.data())

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> SessionDocument:
        """Open a session file for editing (DialogkartaError naming the file if it cannot be opened)."""
        file, data = files.open_for_editing(path)
        try:
            return cls(file, parent, data=data)
        except BaseException:
            file.close()
            raise

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def db(self):
        """The file's database session, for ops calls from undo commands."""
        return self.file.db

    @property
    def readonly(self) -> bool:
        return self.file.readonly

    def data(self) -> SessionData:
        """Return the session as plain values (cached until the next change)."""
        if self._data is None:
            self._data = self._kept = load_session(self.file.db)
        return self._data

    def rescue_data(self) -> SessionData:
        """The session as it was, after its file was taken away (see store/file_guard.py)."""
        guard = self.file.guard
        if self._kept is not None and (guard is None or guard.overwritten_in_place()):
            return self._kept  # the bytes at the path are someone else's now
        try:  # deleted, moved or replaced: the open connection still reads the file we opened
            self.file.db.rollback()
            return load_session(self.file.db)
        except Exception:
            if self._kept is None:
                raise
            return self._kept

    def notify(self, what: str, ids=None) -> None:
        """Tell views what changed; called by undo commands after each ops call."""
        self._data = None
        self.changed.emit(what, ids)
        self.saved.emit()

    def note_added(self, question: str, note) -> None:
        """Like notify("notes", [id]) for a new note, keeping the cache (capture stays fast)."""
        if self._data is not None:
            self._data.question(question).notes.append(note)
            if note.group and note.group not in self._data.question(question).groups:
                self._data = None  # a new group: reload
        self.changed.emit("notes", [note.id])
        self.saved.emit()

    def push(self, command: QUndoCommand) -> bool:
        """Run a command through the undo stack; report a failed save instead of raising."""
        try:
            self.undo_stack.push(command)
            return True
        except FileChanged as exc:  # keep what is shown: it is the session, the file is not
            self.file.db.rollback()
            self.file_lost.emit(str(exc))
            return False
        except Exception as exc:  # a write that failed (disk full, read-only, …)
            self.file.db.rollback()
            self._data = None
            if isinstance(exc, DialogkartaError):  # already says what could not be saved, and why
                message = str(exc)
            else:
                message = self.tr("Ändringen kunde inte sparas: %1").replace("%1", str(exc))
            self.failed.emit(message)
            self.changed.emit("session", None)
            return False

    def close(self) -> None:
        self.file.close()
