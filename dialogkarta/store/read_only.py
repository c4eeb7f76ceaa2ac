"""Read a session file without changing it, with the standard library's sqlite3: the read-only twin of editing.

Reading runs the checks opening for editing runs (store/file_checks.py: header, crash journal,
WAL, integrity, known revision, nothing in the schema that Dialogkarta did not create) on the
same hardened connection (store/untrusted.py), and turns the rows into a SessionData with the
conversion editing uses (store/session_rows.py). What takes more than reading — a crash journal
rolled back, a WAL file folded in or an older revision upgraded, each in a temporary copy — is
left to store/session_file.py, which makes that copy (an upgrade runs alembic on SQLAlchemy).
A command that reads a file at the newest revision, such as exporting a document, so never
imports the ORM: that import cost as much as writing the document.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from dialogkarta.errors import FileProblem, os_reason
from dialogkarta.model.values import SessionData
from dialogkarta.store import migrate
from dialogkarta.store.file_checks import (
    check_header,
    connect_read_only,
    has_journal,
    in_wal_mode,
    journal_is_hot,
    verify_and_revision,
)
from dialogkarta.store.schema_snapshot import TABLES
from dialogkarta.store.session_rows import ORDER, SessionRows, session_from_rows


def read_session_file(path: Path, *, notices: list[str] | None = None) -> SessionData:
    """Return the session in the file; the file is never changed.

    What the user should be told about the file (e.g. a crash journal that is not its own) is
    appended to `notices` when given. LookupError if the file holds no session.
    """
    try:
        plain = path.is_file() and not in_wal_mode(path) and not (has_journal(path) and journal_is_hot(path))
        if plain:
            check_header(path)
            plain = verify_and_revision(path) == migrate.head_revision()
    except (OSError, sqlite3.Error) as exc:  # as opening names them: the file, no traceback
        raise FileProblem(f"filen kan inte öppnas ({os_reason(exc)})", path=path) from exc
    return _read(path) if plain else _read_through_copy(path, notices)


def _read_through_copy(path: Path, notices: list[str] | None) -> SessionData:
    from dialogkarta.store.queries import load_session
    from dialogkarta.store.session_file import open_session_file

    with open_session_file(path, readonly=True) as file:
        if notices is not None:
            notices.extend(file.notices)
        return load_session(file.db)


def _row(cursor: sqlite3.Cursor, values: tuple) -> SimpleNamespace:
    """A row whose columns are read as attributes, as the ORM's table objects are."""
    return SimpleNamespace(**{column[0]: value for column, value in zip(cursor.description, values)})


def _rows(connection: sqlite3.Connection, table: str) -> list[Any]:
    # Table and column names come from the snapshot, never from the file; the schema was checked.
    columns = ", ".join(f'"{column}"' for column in TABLES[table])
    order = f" ORDER BY {ORDER[table]}" if ORDER.get(table) else ""
    return connection.execute(f'SELECT {columns} FROM "{table}"{order}').fetchall()


def _read(path: Path) -> SessionData:
    connection = connect_read_only(path)
    try:
        connection.row_factory = _row
        connection.execute("BEGIN")  # one snapshot of the file for every table, whatever a writer does meanwhile
        sessions = _rows(connection, "session")
        if not sessions:
            raise LookupError("the file holds no session")
        rows = SessionRows(
            session=sessions[0],
            questions=_rows(connection, "question"),
            notes=_rows(connection, "note"),
            groups=_rows(connection, "note_group"),
            note_keywords=_rows(connection, "note_keyword"),
            vocabulary=_rows(connection, "vocabulary"),
            participants=_rows(connection, "participant"),
            survey=_rows(connection, "survey_response"),
            talks=_rows(connection, "talk"),
            tombstones=_rows(connection, "tombstone"),
            histories=_rows(connection, "field_history"),
        )
    finally:
        connection.close()
    return session_from_rows(rows)
