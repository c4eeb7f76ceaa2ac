"""Schema revisions of session files, run with alembic on an open connection."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# The scripts ship with the package and do not change while it runs; reading them takes ~10 ms,
# and every open asks.
@cache
def head_revision() -> str:
    """Return the newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the package ships its migrations"
    return head


@cache
def known_revisions() -> tuple[str, ...]:
    """Return every known revision, oldest first."""
    script = ScriptDirectory.from_config(_config())
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


def current_revision(connection: Connection) -> str | None:
    """Return the revision the file is stamped with, or None."""
    return MigrationContext.configure(connection).get_current_revision()


def stamp_head(connection: Connection) -> None:
    """Mark a freshly created schema as being at the newest revision."""
    command.stamp(_config(connection), "head")


def upgrade_to(connection: Connection, revision: str = "head") -> None:
    """Upgrade the schema on this connection."""
    command.upgrade(_config(connection), revision)
