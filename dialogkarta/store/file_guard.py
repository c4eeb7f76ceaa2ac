"""Notice, before each write, that the open session file is no longer the one we opened.

While a session is open, the file can be deleted, renamed or moved, replaced by another file
(a sync client or a copy from a colleague writes a new file and renames it over ours), or
overwritten in place (`cp other.dkarta ours.dkarta`). SQLite does not notice any of these: it
goes on writing into the old inode (lost with the deleted file) or into another session's pages.
The guard compares, before every commit, the file at the path with the one we opened: its
device and inode (through the lock's descriptor, which stays on the file we opened), whether
it still has a name, and SQLite's change counter in its header, which only our own commits
may advance. A mismatch stops the commit with FileChanged saying what happened; the session
as it was is still readable through the open connection (or the GUI's copy of it) and can be
saved elsewhere.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import event

from dialogkarta.errors import FileChanged
from dialogkarta.store.lock import EditLock

_NOT_SAVED = "; ändringen sparades inte. Spara sessionen som en ny fil för att behålla den"


class FileGuard:
    """Installed on an open SessionFile's database session; raises FileChanged before a commit."""

    def __init__(self, path: Path, lock: EditLock, db, session_id: str | None) -> None:
        self.path = path
        self._lock = lock
        info = lock.stat()
        self._identity = (info.st_dev, info.st_ino)
        self._session_id = session_id
        self._counter = self._read_counter()
        # before_flush: an ORM write reaches SQLite at a flush (also an autoflush inside an
        # operation, before its commit); before_commit: for statements run without the ORM.
        event.listen(db, "before_flush", lambda db, _context, _instances: self._before_commit(db))
        event.listen(db, "before_commit", self._before_commit)
        event.listen(db, "after_commit", self._after_commit)

    def _read_counter(self) -> bytes:
        return self._lock.read_at(24, 4)

    def _after_commit(self, _db) -> None:
        self._counter = self._read_counter()

    def _before_commit(self, _db) -> None:
        problem = self.problem()
        if problem is not None:
            raise FileChanged(problem + _NOT_SAVED, path=self.path)

    def problem(self) -> str | None:
        """Say (in Swedish) what happened to the file since it was opened, or None if nothing did."""
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            if self._lock.stat().st_nlink == 0:
                return "filen har tagits bort medan sessionen var öppen"
            return "filen har flyttats eller bytt namn medan sessionen var öppen"
        except OSError as exc:
            return f"filen kan inte längre nås ({exc.strerror})"
        if (now.st_dev, now.st_ino) != self._identity:
            return "filen har ersatts av en annan fil medan sessionen var öppen"
        if self._read_counter() != self._counter:
            other = _session_in(self.path)
            if other is None:
                return "filen har skrivits över av ett annat program medan sessionen var öppen"
            if other[0] != self._session_id:
                return f"filen har skrivits över med en annan session («{other[1]}») medan den var öppen"
            return "filen har ändrats av ett annat program medan sessionen var öppen"
        return None


    def overwritten_in_place(self) -> bool:
        """True if the file we opened still has its name but holds other bytes."""
        try:
            now = os.stat(self.path)
        except OSError:
            return False
        return (now.st_dev, now.st_ino) == self._identity and self._read_counter() != self._counter


def _session_in(path: Path) -> tuple[str, str] | None:
    """The id and title of the session the file holds now, or None if it holds none."""
    try:
        # SQLite keeps its own descriptors open while our connection holds locks, so a second
        # connection in this process does not drop them.
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute("SELECT id, title FROM session").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return (str(row[0]), str(row[1])) if row else None
