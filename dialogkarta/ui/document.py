"""An open session in the GUI: its file, its undo stack, and signals when it changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from dialogkarta import catalogue, files
from dialogkarta.errors import DialogkartaError, FileChanged
from dialogkarta.maps import session_template
from dialogkarta.model.changes import OpChanges
from dialogkarta.model.values import SessionData
from dialogkarta.store import SessionFile, queries
from dialogkarta.store.queries import load_session
from dialogkarta.templates import Template

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable, Iterator

    from dialogkarta.store.session_file import Db


class SessionDocument(QObject):
    """Owns one open SessionFile; every change goes through an undo command that calls ops.

    Views never write to the file themselves: they push commands (see ui/commands/) and
    redraw from `applied`, which carries the OpChanges the operations reported; each view
    asks only about what it shows.
    """

    applied = Signal(object)  # OpChanges of one undo, redo or command
    # The older, coarser signal, still emitted for views that have not moved to `applied`:
    # what changed ("session", "question", "notes", "groups", "participants", "vocabulary",
    # "survey") and the affected ids, or None for "everything".
    changed = Signal(str, object)
    saved = Signal()  # after every committed change (autosave)
    failed = Signal(str)  # a change could not be saved; a Swedish message for the user
    file_lost = Signal(str)  # the file was deleted, moved or replaced while open; nothing more is written

    def __init__(self, file: SessionFile, parent: QObject | None = None, *, data: SessionData | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.undo_stack = QUndoStack(self)
        self._data: SessionData | None = data
        # the map as the interface shows it: labels, prompts and lanes in the interface's language
        # (the canonical one, for documents made in another language, is maps.session_template(data))
        self._kept: SessionData | None = data  # the last loaded state, for rescue_data()
        self.template: Template = session_template(self.data()).localized(catalogue.language())

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
    def db(self) -> Db:
        """The file's database session, for ops calls from undo commands."""
        return self.file.db

    @property
    def readonly(self) -> bool:
        return self.file.readonly

    def data(self) -> SessionData:
        """Return the session as plain values (cached; a change patches or drops the cache)."""
        if self._data is None:
            self._data = self._kept = load_session(self.file.db)
        return self._data

    @property
    def collapsed_themes(self) -> set[tuple[str, str]]:
        """(question, theme) pairs folded to their label on the board and the projector (in the file)."""
        return {(q.key, label) for q in self.data().questions for label in q.folded_themes}

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

    def notify(self, changes: OpChanges) -> None:
        """Bring the cache up to date with what changed and tell the views; called by undo commands."""
        self._patch_cache(changes)
        self.applied.emit(changes)
        for what, ids in _legacy_kinds(changes):
            self.changed.emit(what, ids)
        self.saved.emit()

    def _patch_cache(self, changes: OpChanges) -> None:
        """Re-read only what changed: one question's minutes, a few edited notes; else reload lazily."""
        data = self._data
        whole = (changes.everything or changes.removed_notes or changes.questions or changes.groups
                 or changes.session_fields or changes.participants or changes.vocabulary or changes.survey
                 or changes.extra)
        if data is None or whole:
            self._data = None
            return
        if changes.question_fields:
            rows = {row.key: row for row in queries.question_rows(self.file.db)}
            for key, name in changes.question_fields:
                setattr(data.question(key), name, getattr(rows[key], name))
        index = {n.id: (q, i) for q in data.questions for i, n in enumerate(q.notes)} if changes.notes else {}
        for note_id in changes.notes:
            found = queries.load_note(self.file.db, note_id)
            if found is None:
                self._data = None
                return
            key, note = found
            if note_id in index and index[note_id][0].key == key:
                question, position = index[note_id]
                question.notes[position] = note
            elif note_id not in index:  # a new note goes at the end of its question
                data.question(key).notes.append(note)
            else:
                self._data = None
                return

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
            self._report(exc)
            return False

    def undo(self) -> None:
        """Undo the session's last change (from any view), reporting a failed write."""
        self._step(self.undo_stack.undo)

    def redo(self) -> None:
        self._step(self.undo_stack.redo)

    def _step(self, step: Callable[[], object]) -> None:
        try:
            step()
        except Exception as exc:
            self._report(exc)

    def _report(self, exc: Exception) -> None:
        self.file.db.rollback()
        self._data = None
        if isinstance(exc, DialogkartaError):  # already says what could not be saved, and why
            message = str(exc)
        else:
            message = self.tr("Ändringen kunde inte sparas: %1").replace("%1", str(exc))
        self.failed.emit(message)
        self.notify(OpChanges(everything=True))

    def close(self) -> None:
        self.file.close()


def _legacy_kinds(changes: OpChanges) -> Iterator[tuple[str, object]]:
    """The (what, ids) pairs of the older `changed` signal for one change set."""
    if changes.everything:
        yield "session", None
        return
    if changes.session_fields:
        yield "session", None
    if changes.question_fields:
        yield "question", sorted({key for key, _ in changes.question_fields})
    if changes.removed_notes or changes.questions:
        yield "notes", None
    elif changes.notes and not changes.groups:
        yield "notes", sorted(changes.notes)
    if changes.groups:
        yield "groups", sorted(changes.notes) or None
    for kind in ("participants", "vocabulary", "survey"):
        if getattr(changes, kind):
            yield kind, None
    for kind in sorted(changes.extra):  # kinds named by newer operations ("talks", …)
        yield kind, None
