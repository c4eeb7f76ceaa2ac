"""An advisory lock on a session file while it is open for editing.

Why a lock on the file itself rather than a `<name>.lock` side file: it writes nothing (a
closed session file stays complete on its own and nothing is left beside it), and the
operating system drops it when the process ends, however it ends, so a lock left by a crashed
or killed app can never block anyone.

- Linux/macOS: `flock()` on a file descriptor of our own. flock locks belong to the open file
  description, so they neither interfere with SQLite's own POSIX byte-range locks nor vanish
  when SQLite closes one of its descriptors.
- Windows: `msvcrt.locking` on one byte inside SQLite's "lock-byte page" (offset 1 GiB), a
  range SQLite never reads or writes and whose bytes above 0x40000200 it never locks itself.

A second open in the same process is refused through a registry of held files (by device and
inode), before any descriptor is opened: on POSIX, closing a descriptor of a file would drop
the process's SQLite locks on it.

On network shares the lock is only as good as the file server's support for it; readers
(`readonly=True`) never take or test the lock.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from dialogkarta.errors import FileLocked, FileProblem, os_reason

_WINDOWS_LOCK_OFFSET = 0x40000000 + 0x300
_held: set[tuple[int, int]] = set()
_guard = threading.Lock()

MESSAGE = (
    "filen används redan av ett annat Dialogkarta-fönster eller en annan dator; "
    "stäng den där först (dokument och länssammanställning kan ändå skapas från den)"
)


def _identity(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        # A file system without flock support: do not refuse the user's own file.
        return True
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
    # On POSIX closing the descriptor releases the flock.


class EditLock:
    """Hold the edit lock on one session file until release()."""

    def __init__(self, path: Path, fd: int, identity: tuple[int, int]) -> None:
        self.path = path
        self._fd: int | None = fd
        self._identity = identity

    @classmethod
    def acquire(cls, path: str | Path) -> EditLock:
        """Take the lock or raise FileLocked naming the file."""
        path = Path(path)
        try:
            identity = _identity(path)
        except OSError as exc:
            raise FileProblem(f"filen kan inte öppnas ({os_reason(exc)})", path=path) from exc
        with _guard:
            if identity in _held:
                raise FileLocked(MESSAGE, path=path)
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            except OSError as exc:
                raise FileProblem(f"filen kan inte öppnas ({os_reason(exc)})", path=path) from exc
            if not _try_lock(fd):
                os.close(fd)
                raise FileLocked(MESSAGE, path=path)
            _held.add(identity)
        return cls(path, fd, identity)

    def release(self) -> None:
        """Release the lock (idempotent)."""
        with _guard:
            if self._fd is None:
                return
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
            _held.discard(self._identity)

    def stat(self) -> os.stat_result:
        """The locked file's status through our descriptor: the file we opened, wherever it is now."""
        return os.fstat(self._descriptor())

    def read_at(self, offset: int, size: int) -> bytes:
        """Read bytes of the file we opened (not whatever is at the path now)."""
        fd = self._descriptor()
        if hasattr(os, "pread"):
            return os.pread(fd, size, offset)
        os.lseek(fd, offset, os.SEEK_SET)  # Windows; the lock itself seeks before each call
        return os.read(fd, size)

    def _descriptor(self) -> int:
        if self._fd is None:
            raise RuntimeError  # a programming error: the file was closed
        return self._fd

    @property
    def held(self) -> bool:
        return self._fd is not None
