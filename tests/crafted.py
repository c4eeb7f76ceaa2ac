"""Session files crafted to be wrong in one way each, as someone could mail them."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from dialogkarta import files
from dialogkarta.store import create_session_file


def _valid(path: Path, example: Path) -> Path:
    files.import_json(example, path)
    return path


def _alter(path: Path, *statements: str) -> Path:
    # The plain sqlite3 module, as an attacker would; application_id and the rest stay valid.
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


def empty_session_table(folder: Path, example: Path) -> Path:
    """A file at head whose session table has no row."""
    path = folder / "tom.dkarta"
    create_session_file(path).close()
    return path


def missing_table(folder: Path, example: Path) -> Path:
    return _alter(_valid(folder / "saknar.dkarta", example), "DROP TABLE vocabulary")


def newer_revision(folder: Path, example: Path) -> Path:
    return _alter(_valid(folder / "nyare.dkarta", example), "UPDATE alembic_version SET version_num = 'f9999_future'")


def trigger(folder: Path, example: Path) -> Path:
    return _alter(
        _valid(folder / "trigger.dkarta", example),
        "CREATE TRIGGER wipe AFTER INSERT ON note BEGIN DELETE FROM note; END",
    )


def view(folder: Path, example: Path) -> Path:
    return _alter(_valid(folder / "vy.dkarta", example), "CREATE VIEW all_notes AS SELECT text FROM note")


def extra_index(folder: Path, example: Path) -> Path:
    return _alter(_valid(folder / "index.dkarta", example), "CREATE INDEX ix_note_text ON note (text)")


def extra_column(folder: Path, example: Path) -> Path:
    return _alter(_valid(folder / "kolumn.dkarta", example), "ALTER TABLE note ADD COLUMN secret TEXT")


def virtual_table(folder: Path, example: Path) -> Path:
    """The vocabulary table replaced by a full-text virtual table of the same name and columns."""
    return _alter(
        _valid(folder / "virtuell.dkarta", example),
        "DROP TABLE vocabulary",
        "CREATE VIRTUAL TABLE vocabulary USING fts4(keyword, position)",
    )


def oversized_cell(folder: Path, example: Path) -> Path:
    """A file whose one vocabulary cell claims more bytes than its page holds."""
    path = _alter(
        _valid(folder / "cell.dkarta", example),
        "DELETE FROM vocabulary",
        "INSERT INTO vocabulary (keyword, position) VALUES ('" + "k" * 200 + "', 0)",
    )
    connection = sqlite3.connect(path)
    try:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'vocabulary'").fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    page = data[start : start + page_size]
    # One row, so the table's root page is a leaf (0x0D; 0x0A if it were WITHOUT ROWID) whose first
    # cell pointer leads to that row: its payload size comes first.
    header = 100 if root == 1 else 0
    assert page[header] in (0x0A, 0x0D), f"unexpected page type {page[header]}"
    (cell,) = struct.unpack(">H", page[header + 8 : header + 10])
    # The payload size is a two-byte varint here (200 < size < 16384); claim 4000 bytes instead.
    assert page[cell] & 0x80 and not page[cell + 1] & 0x80
    size = 4000
    data[start + cell : start + cell + 2] = bytes([0x80 | (size >> 7), size & 0x7F])
    path.write_bytes(bytes(data))
    return path


ALL = {
    "empty_session_table": empty_session_table,
    "missing_table": missing_table,
    "newer_revision": newer_revision,
    "trigger": trigger,
    "view": view,
    "extra_index": extra_index,
    "extra_column": extra_column,
    "virtual_table": virtual_table,
    "oversized_cell": oversized_cell,
}
