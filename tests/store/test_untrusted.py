"""Files from elsewhere are untrusted: SQLite's defences are on, and a foreign schema object is refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from dialogkarta import files
from dialogkarta.cli import main
from dialogkarta.errors import FileProblem
from dialogkarta.model.tables import metadata
from dialogkarta.store import open_session_file
from dialogkarta.store.lock import EditLock
from dialogkarta.store.untrusted import expected_schema
from tests import crafted

FIXTURE_OLD = Path(__file__).resolve().parent.parent / "fixtures" / "session_rev0001.dkarta"
REFUSED = ["trigger", "view", "extra_index", "extra_column", "virtual_table", "oversized_cell", "missing_table"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Temporary copies go into a folder of their own, so a leftover copy shows."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


@pytest.mark.parametrize("readonly", [False, True])
def test_every_connection_is_hardened(example_session, readonly):
    with open_session_file(example_session, readonly=readonly) as file:
        assert file.db.exec(text("PRAGMA trusted_schema")).scalar() == 0
        assert file.db.exec(text("PRAGMA cell_size_check")).scalar() == 1
        assert file.db.exec(text("PRAGMA mmap_size")).scalar() == 0


@pytest.mark.parametrize("kind", REFUSED)
@pytest.mark.parametrize("readonly", [False, True])
def test_crafted_file_is_refused_unchanged_and_unlocked(tmp_path, example_paths, private_tmp, kind, readonly):
    path = crafted.ALL[kind](tmp_path, example_paths[0])
    before = _digest(path)
    with pytest.raises(FileProblem) as info:
        open_session_file(path, readonly=readonly)
    assert str(path) in str(info.value)
    assert "Traceback" not in str(info.value)
    assert _digest(path) == before
    assert list(private_tmp.iterdir()) == []
    EditLock.acquire(path).release()  # nothing holds the file


def test_trigger_never_fires_and_is_named(tmp_path, example_paths):
    path = crafted.trigger(tmp_path, example_paths[0])
    with pytest.raises(FileProblem, match=r"trigger \(wipe\).*Dialogkarta inte har skapat"):
        files.read_session(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM note").fetchone()[0] > 0


def test_expected_schema_follows_the_metadata():
    expected = expected_schema()
    assert set(expected.tables) == {table.name for table in metadata.sorted_tables} | {"alembic_version"}
    assert expected.tables["note"] == tuple(column.name for column in metadata.tables["note"].columns)
    assert "ix_note_question_key" in expected.indexes


def test_new_and_upgraded_files_pass_the_check(tmp_path, example_session):
    old = tmp_path / "old.dkarta"
    old.write_bytes(FIXTURE_OLD.read_bytes())
    open_session_file(old).close()  # upgraded in place, then checked at head on the next open
    for path in (old, example_session):
        with open_session_file(path, readonly=True) as file:
            assert file.path == path


def test_old_file_with_a_foreign_object_is_refused_before_upgrading(tmp_path):
    old = tmp_path / "old.dkarta"
    old.write_bytes(FIXTURE_OLD.read_bytes())
    with sqlite3.connect(old) as connection:
        connection.execute("CREATE TRIGGER t AFTER UPDATE ON session BEGIN DELETE FROM note; END")
    before = _digest(old)
    with pytest.raises(FileProblem, match="trigger"):
        open_session_file(old)
    assert _digest(old) == before
    assert not old.with_name("old.dkarta.bak").exists()


def test_failed_read_only_upgrade_names_the_file_and_removes_its_copy(tmp_path, private_tmp):
    old = tmp_path / "old.dkarta"
    old.write_bytes(FIXTURE_OLD.read_bytes())
    with sqlite3.connect(old) as connection:  # revision 0002 adds this column and will fail
        connection.execute("ALTER TABLE session ADD COLUMN next_steps VARCHAR")
    before = _digest(old)
    with pytest.raises(FileProblem, match="uppgraderas") as info:
        files.read_session(old)
    assert str(old) in str(info.value)
    assert list(private_tmp.iterdir()) == []
    assert _digest(old) == before


def test_check_command_reports_a_foreign_object(tmp_path, example_paths, capsys):
    path = crafted.view(tmp_path, example_paths[0])
    status = main(["check", str(path)])
    _out, err = capsys.readouterr()
    assert status == 2
    assert str(path) in err and "vy (all_notes)" in err
