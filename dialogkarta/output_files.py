"""Files the app writes for the user (documents, exports, new sessions) never replace their work unasked.

A document in the folder may be the one the facilitator has since edited by hand; the command
line refuses to replace it without --force, the app asks and offers a free name beside it, and
nothing ever writes over the file it is reading from.
"""

from __future__ import annotations

import os
from pathlib import Path

from dialogkarta.errors import DialogkartaError, os_reason


class OutputExists(DialogkartaError):
    """The output file exists and replacing it was not asked for."""


def same_file(first: str | Path, second: str | Path) -> bool:
    """True if both names lead to one file (also through links or another spelling)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return Path(first).resolve() == Path(second).resolve()


def refuse_to_replace(output: str | Path, *, force: bool, sources: tuple[str | Path, ...] = ()) -> None:
    """Refuse an output that is one of the sources (even with force) or exists (unless force)."""
    output = Path(output)
    try:
        exists = output.exists() and not output.is_dir()  # a folder of that name: the caller says so
    except OSError as exc:  # a name too long for the file system, a path through a file, …
        raise OutputExists(f"filen kan inte skrivas ({os_reason(exc)})", path=output) from exc
    for source in sources:
        if same_file(source, output):
            raise OutputExists("är både den fil som läses och den som skulle skrivas; välj ett annat namn",
                               path=output)
    if exists and not force:
        raise OutputExists("filen finns redan och skrivs inte över; välj ett annat namn eller ge --force",
                           path=output)


def free_name(path: str | Path) -> Path:
    """Return `path` if it is free, else the first free `name (2).ext`, `name (3).ext`, …"""
    path = Path(path)
    number = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate
