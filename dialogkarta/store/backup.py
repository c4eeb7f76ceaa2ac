"""The copy of a session file kept before its schema is upgraded: `<name>.bak`, `.bak2`, `.bak3`, …

An existing backup is never replaced (it may be the only copy of an older state), and a backup
is complete or absent: it is written under a hidden temporary name and only then given its
name, so a full disk leaves no truncated `.bak` that looks like a good one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from dialogkarta.atomic import replace_durably
from dialogkarta.errors import FileProblem, os_reason


def backup_name(path: Path) -> Path:
    """The first free backup name beside the file: name.bak, name.bak2, name.bak3, …"""
    candidate, number = path.with_name(path.name + ".bak"), 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak{number}")
        number += 1
    return candidate


def make_backup(path: Path) -> Path:
    """Copy the file to a new backup name; FileProblem (file unchanged, nothing left) if it cannot be written."""
    partial = path.with_name(f".{path.name}.bak.{os.getpid()}.partial")
    try:
        shutil.copy2(path, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        target = backup_name(path)
        replace_durably(partial, target)
    except OSError as exc:
        raise FileProblem(f"filen kunde inte uppgraderas till den nya versionen: säkerhetskopian kunde inte skrivas "
                          f"({os_reason(exc)}); filen är oförändrad", path=path) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target
