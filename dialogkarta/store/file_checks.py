"""What is checked before a session file is read: header, crash journal, WAL, integrity, revision, schema.

With the standard library's sqlite3 only, so that reading a file (store/read_only.py) needs no
ORM; opening for editing (store/session_file.py) runs the same checks.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from dialogkarta.errors import FileProblem, NewerVersionError
from dialogkarta.store import migrate
from dialogkarta.store.untrusted import check_schema, harden

# "DKrt": lets us tell our files from other applications' SQLite files.
APPLICATION_ID = 0x444B7274
SQLITE_MAGIC = b"SQLite format 3\x00"


def check_header(path: Path) -> None:
    """Raise FileProblem unless the file looks like a complete Dialogkarta session file."""
    if not path.exists():
        raise FileProblem("filen finns inte", path=path)
    if not path.is_file():
        raise FileProblem("är ingen fil", path=path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise FileProblem(f"filen kan inte läsas ({exc.strerror})", path=path) from exc
    if size == 0:
        raise FileProblem("filen är tom", path=path)
    if not header.startswith(SQLITE_MAGIC):
        raise FileProblem("är inte en Dialogkarta-fil (inte en SQLite-databas)", path=path)
    if len(header) < 100:
        raise FileProblem("filen är trunkerad eller skadad", path=path)
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise FileProblem(
            "är en SQLite-databas från ett annat program, inte en Dialogkarta-fil", path=path
        )
    (encoding,) = struct.unpack(">I", header[56:60])
    if encoding != 1:  # Dialogkarta always writes UTF-8; anything else is damage
        raise FileProblem("filen är skadad (okänd textkodning i huvudet)", path=path)
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    if page_count and size < page_size * page_count:
        raise FileProblem("filen är trunkerad eller skadad (den är kortare än den ska vara)", path=path)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A hardened read-only connection to the file (store/untrusted.py): it never changes the file."""
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    harden(connection)
    return connection


def verify_and_revision(path: Path, *, named: Path | None = None) -> str:
    """Check integrity and schema and return the file's known schema revision (read-only).

    `named` is the file to name in messages when `path` is a temporary copy of it.
    """
    named = named or path
    try:
        connection = connect_read_only(path)
        try:
            # integrity_check, not quick_check: only it compares indexes with their tables, which
            # is where pages played in from a wrong journal show
            result = connection.execute("PRAGMA integrity_check(1)").fetchone()[0]
            if result != "ok":
                found = [line for line in str(result).splitlines() if line.strip() and not line.startswith("***")]
                raise FileProblem(f"filen är skadad ({(found or [result])[0]})", path=named)
            revision = known_revision(migrate.current_revision(connection), path=named)
            cursor = connection.cursor()
            try:
                check_schema(cursor, path=named, at_head=revision == migrate.head_revision())
            finally:
                cursor.close()
            return revision
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeError, ValueError) as exc:
        # Damage in the schema or header surfaces as any of these (found by random damage tests).
        raise FileProblem(f"filen är skadad eller kan inte läsas ({reason(exc)})", path=named) from exc


def known_revision(revision: str | None, *, path: Path) -> str:
    """Return the revision if this version of the app can open it; FileProblem otherwise."""
    if revision is None:
        raise FileProblem("filen saknar versionsinformation och är inte en giltig sessionsfil", path=path)
    if revision not in migrate.known_revisions():
        raise NewerVersionError(
            "filen är skapad med en nyare version av Dialogkarta; uppdatera programmet för att öppna den",
            path=path,
        )
    return revision


def reason(exc: Exception) -> str:
    """The first line of an error's message (SQLAlchemy's wraps sqlite3's as `orig`)."""
    original = getattr(exc, "orig", None) or exc
    return str(original).split("\n")[0]


# --- after a crash ---------------------------------------------------------------------
# A process killed in the middle of a commit leaves a "hot" rollback journal beside the file.
# SQLite restores the last committed state from it, but only on a connection that may write;
# a read-only connection fails with "attempt to write a readonly database".


def journal_of(path: Path) -> Path:
    """The rollback journal SQLite keeps beside the file during (or after an interrupted) commit."""
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    try:
        return journal_of(path).stat().st_size > 0
    except OSError:
        return False


def journal_is_hot(path: Path) -> bool:
    """True if the journal was left by a dead process and must be rolled back before reading.

    A journal also exists, for a moment, while a live process (the app with the file open)
    commits a change; then it is not hot, and a read-only connection reads the last committed
    state (waiting for the commit if need be). Only SQLite can tell the two apart: a read-only
    connection that finds a hot journal fails with SQLITE_READONLY_ROLLBACK.
    """
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=10)
        try:
            harden(connection)
            connection.execute("PRAGMA schema_version").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        return exc.sqlite_errorcode == sqlite3.SQLITE_READONLY_ROLLBACK or "readonly database" in str(exc)
    except sqlite3.DatabaseError:
        return False  # damage: the normal path names it
    return False


def in_wal_mode(path: Path) -> bool:
    """True for a file another program switched to WAL (header bytes 18-19 are 2)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return header.startswith(SQLITE_MAGIC) and header[18:20] == b"\x02\x02"
