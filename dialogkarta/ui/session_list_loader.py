"""Read the start screen's session files a few at a time, so the window stays responsive.

Each file is read read-only with `files.read_session` (it is never changed). A file that
cannot be read becomes a row with the reason instead of an error. Rows are cached by the
file's modification time and size, so going back to the start screen does not read
unchanged files again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from dialogkarta import files
from dialogkarta.errors import DialogkartaError

SLICE_SECONDS = 0.015  # stop reading files after this long (one file takes ~30 ms) so Qt can paint and handle input


@dataclass(frozen=True)
class SessionRow:
    path: Path
    title: str = ""
    municipalities: tuple[str, ...] = ()
    date: str = ""
    status: str = ""
    note_count: int = 0
    problem: str | None = None  # why the file cannot be read (Swedish), or None


def read_row(path: Path) -> SessionRow:
    """One row of the start screen's table; a bad file gives a row with its problem."""
    try:
        data = files.read_session(path)
    except DialogkartaError as exc:
        return SessionRow(path=path, problem=getattr(exc, "message", None) or str(exc))
    except Exception as exc:  # never let one odd file stop the list
        return SessionRow(path=path, problem=f"filen kan inte läsas ({type(exc).__name__})")
    return SessionRow(path=path, title=data.title, municipalities=tuple(data.municipalities), date=data.date,
                      status=data.status, note_count=data.note_count)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class SessionListLoader(QObject):
    row_ready = Signal(int, object)  # position in the list, SessionRow
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.position = 0
        self.cache: dict[Path, tuple[tuple[int, int] | None, SessionRow]] = {}
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(self._read_some)

    @property
    def busy(self) -> bool:
        return self.position < len(self.paths)

    def load(self, paths: list[Path]) -> None:
        """Start reading `paths` (any previous load is abandoned); rows arrive through row_ready."""
        self.paths = list(paths)
        self.position = 0
        self.timer.start()

    def finish(self) -> None:
        """Read the rest at once (tests, and before the list is needed in full)."""
        self.timer.stop()
        while self.busy:
            self._read_one()
        self.finished.emit()

    def _read_one(self) -> None:
        path = self.paths[self.position]
        stamp = _stamp(path)
        cached = self.cache.get(path)
        if cached is not None and stamp is not None and cached[0] == stamp:
            row = cached[1]
        else:
            row = read_row(path)
            self.cache[path] = (stamp, row)
        self.row_ready.emit(self.position, row)
        self.position += 1

    def _read_some(self) -> None:
        started = time.perf_counter()
        while self.busy and time.perf_counter() - started < SLICE_SECONDS:
            self._read_one()
        if self.busy:
            self.timer.start()
        else:
            self.finished.emit()
