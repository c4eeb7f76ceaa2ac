"""A crash journal left beside a session file is played only into the file it belongs to.

A session crashes and leaves `<name>.dkarta-journal`; then another file is put under the same
name (a backup restored, a colleague's copy, another session). Every such file, brought in by
every usual means, must come through unchanged, with the journal set aside and named; the
crashed file itself must still be rolled back.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dialogkarta import cli, files, ops
from dialogkarta.store import open_session_file
from tests.faults.conftest import ROOT, digest, integrity, run_cli

EXAMPLES = sorted((ROOT / "sessions").glob("*.json"))

# Two kinds of crash: a change that spills pages and rewrites the schema (page 1 is in the
# journal), and one that only spills note pages (page 1 is not).
CRASH = textwrap.dedent(
    """
    import os, sqlite3, sys
    writer = sqlite3.connect(sys.argv[1], isolation_level=None)
    writer.execute("PRAGMA cache_size=1")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE note SET text = 'Aldrig sparad'")
    if sys.argv[2] == "schema":
        writer.execute("CREATE TABLE ballast(x)")
        writer.executemany("INSERT INTO ballast VALUES (?)", [("x" * 900,)] * 400)
    print("written", flush=True)
    os.kill(os.getpid(), 9)
    """
)


def crash(path: Path, kind: str) -> Path:
    process = subprocess.run([sys.executable, "-c", CRASH, str(path), kind], check=False, capture_output=True, text=True)
    assert process.returncode == -signal.SIGKILL and "written" in process.stdout
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    return journal


def _page_one_in_journal(journal: Path) -> bool:
    from dialogkarta.store.journal import read_journal

    return 1 in read_journal(journal.read_bytes()).images


@pytest.fixture(scope="module")
def sessions(tmp_path_factory) -> dict[str, Path]:
    """Every example session as a .dkarta file (created before any crash, so older than the journals)."""
    folder = tmp_path_factory.mktemp("examples")
    made = {}
    for source in EXAMPLES:
        target = folder / (source.stem + ".dkarta")
        files.import_json(source, target)
        made[source.stem] = target
    return made


def _crashed(tmp_path: Path, sessions, kind: str) -> tuple[Path, Path, Path]:
    """A Storuman session that crashed (journal left), and an older backup of it."""
    path = tmp_path / "dialog.dkarta"
    shutil.copy2(sessions["2026-03-14-storuman"], path)
    backup = tmp_path / "backup.dkarta"
    shutil.copy2(path, backup)
    with open_session_file(path) as file:  # a few commits after the backup
        for number in range(3):
            ops.add_note(file.db, question="needs", text=f"Efter säkerhetskopian {number}", facet="own")
    journal = crash(path, kind)
    assert _page_one_in_journal(journal) == (kind == "schema")
    return path, journal, backup


def _swaps(sessions, backup: Path):
    """(description, how to put a file under the crashed name) for every usual way of doing it."""
    others = [p for name, p in sessions.items() if "storuman" not in name]
    for other in others:
        yield f"{other.name} moved in", lambda target, o=other: os.replace(shutil.copy2(o, target.with_suffix(".tmp")), target)
        yield f"{other.name} copied over", lambda target, o=other: shutil.copyfile(o, target)
    yield "older backup restored by rename", lambda target: os.replace(shutil.copy2(backup, target.with_suffix(".tmp")), target)
    yield "older backup copied over", lambda target: shutil.copyfile(backup, target)


@pytest.mark.parametrize("kind", ["schema", "notes"])
def test_a_journal_is_never_played_into_another_file(tmp_path, sessions, kind, capsys):
    path, journal, backup = _crashed(tmp_path, sessions, kind)
    kept = journal.read_bytes()
    swaps = list(_swaps(sessions, backup))
    assert len(swaps) >= 10
    for description, swap in swaps:
        journal.write_bytes(kept)
        os.utime(journal)  # the journal was written by the crash, before the file came in
        swap(path)
        swapped = digest(path)
        # reading (`check`) neither plays nor moves it, and says so
        assert cli.main(["check", str(path)]) == 0, description
        stderr = capsys.readouterr().err
        assert "kraschjournal" in stderr and "inte spelats in" in stderr, description
        assert digest(path) == swapped and journal.read_bytes() == kept, description
        # opening for editing sets it aside, never deletes it, and tells the user
        with open_session_file(path) as file:
            assert any("kraschjournal" in n and "flyttats undan" in n for n in file.notices), description
        assert digest(path) == swapped and integrity(path) == "ok", description
        assert not journal.exists(), description
        aside = list(tmp_path.glob("dialog.dkarta-journal.orphan-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == kept, description
        aside[0].unlink()


@pytest.mark.parametrize("kind", ["schema", "notes"])
def test_the_crashed_file_itself_is_still_rolled_back(tmp_path, sessions, kind):
    path, journal, _ = _crashed(tmp_path, sessions, kind)
    result = run_cli("check", path)
    assert result.returncode == 0 and "kraschjournal" not in result.stderr, result.stderr
    with open_session_file(path) as file:
        assert file.notices == []
    assert not journal.exists() and not list(tmp_path.glob("*.orphan-*"))
    assert integrity(path) == "ok"
    texts = [n.text for _, n in files.read_session(path).all_notes()]
    assert "Aldrig sparad" not in texts and "Efter säkerhetskopian 2" in texts


def test_a_journal_older_than_the_file_is_not_played(tmp_path, sessions):
    """A file written after its journal was (here: the crashed file's own bytes, touched a minute later)."""
    path, journal, _ = _crashed(tmp_path, sessions, "notes")
    before = digest(path)
    stamp = journal.stat().st_mtime
    os.utime(path, (stamp + 60, stamp + 60))
    with open_session_file(path) as file:
        assert any("efter att journalen skrevs" in n for n in file.notices), file.notices
    assert digest(path) == before and not journal.exists()
    assert len(list(tmp_path.glob("dialog.dkarta-journal.orphan-*"))) == 1


def test_check_finds_what_integrity_check_finds(tmp_path, sessions):
    """Damage only integrity_check sees (an index that disagrees with its table) is reported by `check`."""
    path = tmp_path / "skadad.dkarta"
    shutil.copyfile(sessions["2026-03-24-bjurholm"], path)
    with sqlite3.connect(path) as connection:
        indexes = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NULL")]
    assert indexes, "the schema has indexes (primary keys on text columns)"
    connection.close()
    _damage_one_index_entry(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    connection.close()
    result = run_cli("check", path)
    assert result.returncode == 2 and str(path) in result.stderr and "skadad" in result.stderr


def _damage_one_index_entry(path: Path) -> None:
    """Change the last character of a note id in an index leaf page, leaving the table row as it is."""
    with sqlite3.connect(path) as connection:
        note_id = connection.execute("SELECT id FROM note ORDER BY id LIMIT 1").fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    needle = note_id.encode()
    for start in range(page_size, len(data), page_size):
        if data[start] == 0x0A:  # a leaf page of an index b-tree
            found = data.find(needle, start, start + page_size)
            if found >= 0:
                last = found + len(needle) - 1
                data[last] = ord("0") if data[last] != ord("0") else ord("1")
                path.write_bytes(bytes(data))
                return
    raise AssertionError("no index entry for the note found")
