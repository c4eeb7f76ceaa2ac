"""One way to write a file atomically: every writer of a whole file goes through here.

A temporary file in the same folder (a rename across file systems is not atomic), flushed to
disk, renamed over the target, and the folder flushed too, so that after a crash or power cut
the target is either the old file or the complete new one — never empty, never half written.
Session files themselves are SQLite databases and committed by SQLite; their first version is
built under a temporary name and put in place with `replace_durably`.
"""

from __future__ import annotations

import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dialogkarta.errors import DialogkartaError, FileProblem, os_reason

# A partial file older than this was left by a writer that was killed (power cut, SIGKILL); a
# running writer writes its partial within seconds, so a younger one may still be in use.
STALE_PARTIAL_SECONDS = 300


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk; Windows has no such call and needs none."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def replace_durably(temporary: Path, target: Path) -> None:
    """Flush a finished temporary file, rename it over target and flush the folder (OSError on failure)."""
    with open(temporary, "rb+") as written:
        os.fsync(written.fileno())
    os.replace(temporary, target)
    fsync_folder(target.parent if str(target.parent) else Path("."))


def remove_stale_partials(folder: Path, name: str) -> None:
    """Delete `.<name>.*.partial` files in folder left by interrupted writers."""
    now = time.time()
    for partial in folder.glob(f".{glob.escape(name)}.*.partial"):
        try:
            if now - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:
                partial.unlink()
        except OSError:  # gone already, or not ours to delete: leave it
            continue


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_write(output: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside output; move it into place only if writing succeeded.

    Failures raise FileProblem naming output (not the temporary file), and the temporary file
    is always removed.
    """
    output = Path(output)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem("mappen finns inte", path=folder)
    remove_stale_partials(folder, output.name)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise FileProblem(f"kan inte skriva i mappen ({os_reason(exc)})", path=folder) from exc
    os.close(handle)
    try:
        yield Path(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a document is not
        replace_durably(Path(temporary), output)
    except OSError as exc:
        raise FileProblem(f"filen kunde inte skrivas ({os_reason(exc)})", path=output) from exc
    except DialogkartaError as exc:  # a writer names the temporary file; the user knows the output
        if exc.path is not None and exc.path == Path(temporary):
            raise FileProblem(exc.message, path=output) from exc
        raise
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 text to path atomically (FileProblem naming path on failure)."""
    with atomic_write(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
