"""Read the start screen's session files on a worker thread, so the window paints and stays responsive.

Each file is read read-only with `files.read_session` (it is never changed). A file that
cannot be read becomes a row with the reason instead of an error. Rows are cached by the
file's modification time and size, so going back to the start screen does not read
unchanged files again. `files` (and with it SQLAlchemy, SQLModel and alembic) is imported
by the first read, on the worker thread, so the first paint never waits for the data layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from dialogkarta.ui.background import BackgroundOp, Progress


@dataclass(frozen=True)
class ListedSession:
    """One row of the start screen's table (not the session table of the file: see model.tables)."""

    path: Path
    title: str = ""
    municipalities: tuple[str, ...] = ()
    date: str = ""
    status: str = ""
    note_count: int = 0
    problem: str | None = None  # why the file cannot be read (in the interface's language), or None


def read_row(path: Path) -> ListedSession:
    """One row of the start screen's table; a bad file gives a row with its problem."""
    from dialogkarta import catalogue, files
    from dialogkarta.errors import DialogkartaError

    try:
        data = files.read_session(path)
    except DialogkartaError as exc:
        return ListedSession(path=path, problem=catalogue.translate_message(exc.message))
    except Exception as exc:  # never let one odd file stop the list
        return ListedSession(path=path, problem=catalogue.translate_message(f"filen kan inte läsas ({type(exc).__name__})"))
    return ListedSession(path=path, title=data.title, municipalities=tuple(data.municipalities), date=data.date,
                         status=data.status, note_count=data.note_count)


Stamp = tuple[int, int] | None


def _stamp(path: Path) -> Stamp:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class SessionListLoader(QObject):
    row_ready = Signal(int, object)  # position in the list, ListedSession
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.op: BackgroundOp | None = None
        self.cache: dict[Path, tuple[Stamp, ListedSession]] = {}

    @property
    def busy(self) -> bool:
        return self.op is not None and self.op.running

    def load(self, paths: list[Path]) -> BackgroundOp:
        """Start reading `paths` (any previous load is abandoned); rows arrive through row_ready."""
        if self.op is not None:
            self.op.cancel()
        cache = dict(self.cache)  # the worker reads a copy; the GUI thread owns self.cache
        paths = list(paths)

        def read_all(progress: Progress) -> None:
            for position, path in enumerate(paths):
                stamp = _stamp(path)
                cached = cache.get(path)
                row = cached[1] if cached is not None and stamp is not None and cached[0] == stamp else read_row(path)
                progress(position + 1, len(paths), (position, stamp, row))

        parent = cast(QWidget | None, self.parent())  # the start screen
        self.op = BackgroundOp(parent, read_all).on_progress(self._row).success(lambda _: self.finished.emit())
        return self.op.run_in_background()

    def _row(self, done: int, total: int, item: object) -> None:
        position, stamp, row = cast(tuple[int, Stamp, ListedSession], item)
        self.cache[row.path] = (stamp, row)
        self.row_ready.emit(position, row)
