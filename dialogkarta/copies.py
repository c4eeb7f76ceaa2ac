"""Copies of a session between laptops: merge copies into a new file, write a copy for a colleague.

No server and no account: a copy is an ordinary session file on a USB stick or a share.
Inputs are only ever read; the output is built under a temporary name and renamed into place
when complete (store.create_session_file), so a crash leaves the whole file or none.
"""

from __future__ import annotations

from pathlib import Path

from dialogkarta import files
from dialogkarta.errors import FileProblem
from dialogkarta.merge import MergeResult, merge_sessions
from dialogkarta.model.values import SessionData


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def read_copies(paths: list[str | Path]) -> list[tuple[str, SessionData]]:
    """Read every copy (read-only), labelled by file name (by path where names repeat)."""
    found = [Path(p) for p in paths]
    names = [p.name for p in found]
    return [(p.name if names.count(p.name) == 1 else str(p), files.read_session(p)) for p in found]


def merge_files(inputs: list[str | Path], output: str | Path, *, overwrite: bool = False) -> MergeResult:
    """Merge copies of one session into a new session file; the inputs are not changed."""
    output = Path(output)
    for source in inputs:
        if _same_file(Path(source), output) or Path(source).resolve() == output.resolve():
            raise FileProblem("är en av kopiorna som slås ihop; skriv resultatet till en ny fil", path=output)
    result = merge_sessions(read_copies(inputs))
    files.write_session_file(result.data, output, overwrite=overwrite)
    return result


def write_copy(data: SessionData, target: str | Path, *, overwrite: bool = False) -> None:
    """Write a copy of the session for a colleague: a complete session file of its own."""
    files.write_session_file(data, target, overwrite=overwrite)
