"""Defences for session files from elsewhere: a mailed .dkarta is untrusted input.

Two layers. SQLite's own settings for untrusted databases (as Taguette sets them) on every
connection: no SQL functions with side effects run from the schema (triggers, views, CHECK
and DEFAULT expressions), every b-tree cell's size is checked against its page, and nothing is
memory-mapped, so a crafted page cannot reach past its buffer. And since the schema of a session
file is known exactly — the SQLModel tables at head plus alembic's version table, written out in
store/schema_snapshot.py — anything else in it (a trigger, a view, an extra table, index or column)
is refused before any query runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dialogkarta.errors import FileProblem
from dialogkarta.store import schema_snapshot

# Set on every connection, also to files this process created: they cost nothing measurable and
# a file we created may have been replaced by someone else's since.
HARDENING_PRAGMAS = ("PRAGMA trusted_schema=OFF", "PRAGMA cell_size_check=ON", "PRAGMA mmap_size=0")

VERSION_TABLE = "alembic_version"
# SQLite's own bookkeeping (AUTOINCREMENT counters, ANALYZE statistics); user SQL cannot create
# objects with these names, and SQLite creates them for our tables by itself.
_INTERNAL_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
_AUTOINDEX = "sqlite_autoindex_"


def harden(dbapi_connection: Any) -> None:
    """Switch on SQLite's defences for untrusted databases on a DB-API connection."""
    cursor = dbapi_connection.cursor()
    try:
        for pragma in HARDENING_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


@dataclass(frozen=True)
class ExpectedSchema:
    """What a session file may contain: table → columns, index → (table, columns)."""

    tables: dict[str, tuple[str, ...]]
    indexes: dict[str, tuple[str, tuple[str, ...]]]


def expected_schema() -> ExpectedSchema:
    """The schema at head, from the snapshot (reading a file needs no ORM)."""
    return ExpectedSchema(tables=dict(schema_snapshot.TABLES), indexes=dict(schema_snapshot.INDEXES))


def schema_of_tables() -> ExpectedSchema:
    """The schema at head derived from the SQLModel table classes: what the snapshot must equal."""
    from dialogkarta.model.tables import metadata

    tables: dict[str, tuple[str, ...]] = {VERSION_TABLE: ("version_num",)}
    indexes: dict[str, tuple[str, tuple[str, ...]]] = {}
    for table in metadata.sorted_tables:
        tables[table.name] = tuple(column.name for column in table.columns)
        indexes.update({str(index.name): (table.name, tuple(column.name for column in index.columns))
                        for index in table.indexes})
    return ExpectedSchema(tables=tables, indexes=indexes)


def check_schema(cursor: Any, *, path: Path, at_head: bool) -> None:
    """Raise FileProblem naming the file if its schema holds anything Dialogkarta did not create.

    `cursor` is a DB-API cursor. A file at an older revision may lack tables and columns that
    later revisions add (the upgrade adds them); a file at head must have them all.
    """
    expected = expected_schema()
    rows = cursor.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and (sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
            raise _refused(path, f"en virtuell tabell ({name})")  # its module's code would run
        if kind == "trigger":
            raise _refused(path, f"en trigger ({name})")
        if kind == "view":
            raise _refused(path, f"en vy ({name})")
        if kind == "table" and name not in expected.tables and name not in _INTERNAL_TABLES:
            raise _refused(path, f"en okänd tabell ({name})")
        if kind == "index" and not _index_expected(cursor, name, table, expected):
            raise _refused(path, f"ett okänt index ({name})")
        if kind not in ("table", "index", "trigger", "view"):
            raise _refused(path, f"ett okänt schemaobjekt ({kind} {name})")
    present = {name for kind, name, _table, _sql in rows if kind == "table"}
    for table, columns in expected.tables.items():
        if table not in present:
            if at_head:
                raise FileProblem(f"filen saknar tabellen {table} och är inte en giltig sessionsfil", path=path)
            continue
        # table_xinfo also lists generated and hidden columns, which a crafted file could add.
        actual = [row[0] for row in cursor.execute("SELECT name FROM pragma_table_xinfo(?)", (table,))]
        extra = [column for column in actual if column not in columns]
        if extra:
            raise _refused(path, f"en okänd kolumn ({table}.{extra[0]})")
        missing = [column for column in columns if column not in actual]
        if missing and at_head:
            raise FileProblem(
                f"filen saknar kolumnen {table}.{missing[0]} och är inte en giltig sessionsfil", path=path
            )


def _index_expected(cursor: Any, name: str, table: str, expected: ExpectedSchema) -> bool:
    if name.startswith(_AUTOINDEX):  # SQLite's own, for a PRIMARY KEY or UNIQUE of a known table
        return table in expected.tables
    if name not in expected.indexes:
        return False
    expected_table, expected_columns = expected.indexes[name]
    columns = tuple(row[0] for row in cursor.execute("SELECT name FROM pragma_index_info(?)", (name,)))
    return table == expected_table and columns == expected_columns


def _refused(path: Path, what: str) -> FileProblem:
    return FileProblem(
        f"filen innehåller {what} som Dialogkarta inte har skapat och öppnas inte; "
        "den kan vara manipulerad",
        path=path,
    )
