"""Schema revisions of session files, run with alembic on an open connection."""

from __future__ import annotations

import re
import sqlite3
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

# alembic and SQLAlchemy are imported where a revision is run or read, not when this module loads:
# a command that only reads a file at the newest revision needs the revision ids, not their
# machinery (importing them costs about as much as writing a document).
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([\w.-]+|None)['\"]?\s*$", re.MULTILINE)
# alembic's commands install a module-global `alembic.context` proxy for their duration, so two
# at once (the GUI creating a file while a worker writes or upgrades another) break each other.
_COMMANDS = threading.Lock()


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# The scripts ship with the package and do not change while it runs, and every open asks.
@cache
def known_revisions() -> tuple[str, ...]:
    """Return every known revision, oldest first, read from the scripts' `revision = …` lines.

    tests/store/test_session_file.py checks that this reading agrees with alembic's own.
    """
    parent: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            parent[found["revision"]] = None if down in (None, "None") else down
    children = {down: revision for revision, down in parent.items()}
    chain: list[str] = []
    current = children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    return tuple(chain)


def head_revision() -> str:
    """Return the newest schema revision this version of the app knows."""
    known = known_revisions()
    assert known, "the package ships its migrations"
    return known[-1]


def current_revision(connection: sqlite3.Connection) -> str | None:
    """Return the revision the file is stamped with, or None (alembic's own table, read directly)."""
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:  # no such table: never stamped
        return None
    return rows[0][0] if len(rows) == 1 else None


def stamp_head(connection: Connection) -> None:
    """Mark a freshly created schema as being at the newest revision."""
    from alembic import command

    with _COMMANDS:
        command.stamp(_config(connection), "head")


def upgrade_to(connection: Connection, revision: str = "head") -> None:
    """Upgrade the schema on this connection."""
    from alembic import command

    with _COMMANDS:
        command.upgrade(_config(connection), revision)
