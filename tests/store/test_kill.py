"""A process killed with SIGKILL while adding notes loses no note it reported as saved."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from dialogkarta import ops

WRITER = textwrap.dedent(
    """
    import sys
    from dialogkarta import ops
    from dialogkarta.store import open_session_file
    file = open_session_file(sys.argv[1])
    i = 0
    while True:
        note = ops.add_note(file.db, question="needs", text=f"Anteckning {i} åäö", facet="own", keywords=["bemanning"])
        print(note.id, flush=True)
        i += 1
    """
)


def test_sigkill_while_adding_notes_loses_nothing_reported(new_session):
    path = new_session.path
    new_session.close()
    for round_ in range(3):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        reported = []
        deadline = time.monotonic() + 30
        while len(reported) < 20 + 15 * round_ and time.monotonic() < deadline:
            line = process.stdout.readline()
            if line:
                reported.append(line.strip())
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        # Anything still buffered in the pipe was also reported before the kill.
        reported += [line.strip() for line in process.stdout.read().splitlines() if line.strip()]
        assert len(reported) >= 20
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            saved = {row[0] for row in connection.execute("SELECT id FROM note")}
        missing = [note_id for note_id in reported if note_id not in saved]
        assert missing == [], f"round {round_}: {len(missing)} reported notes missing"


@pytest.fixture
def recovered_copies(monkeypatch) -> list:
    """The files read through a recovered temporary copy (hot journal) during the test."""
    from dialogkarta.store import session_file

    copies = []
    real_copy = session_file._open_recovered_copy
    monkeypatch.setattr(session_file, "_open_recovered_copy", lambda p: copies.append(p) or real_copy(p))
    return copies


def test_reading_a_file_while_the_app_commits_to_it_reads_the_committed_state(new_session, recovered_copies):
    """A journal of a live writer is not hot: `check`, documents and the county synthesis read the file itself."""
    from dialogkarta import files

    path = new_session.path
    ops.add_note(new_session.db, question="needs", text="Sparad lapp", facet="own")
    new_session.close()
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE note SET text = 'Halvskriven ändring'")
        journal = path.with_name(path.name + "-journal")
        assert journal.stat().st_size > 0, "the writer's journal is there, as during any commit"
        texts = [n.text for _, n in files.read_session(path).all_notes()]
        assert texts == ["Sparad lapp"] and recovered_copies == []
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert [n.text for _, n in files.read_session(path).all_notes()] == ["Halvskriven ändring"]


def test_a_hot_journal_of_a_killed_writer_is_rolled_back_in_a_copy_when_reading(new_session, recovered_copies):
    from dialogkarta import files

    path = new_session.path
    ops.add_note(new_session.db, question="needs", text="Sparad lapp", facet="own")
    new_session.close()
    script = textwrap.dedent(
        """
        import os, sqlite3, sys
        writer = sqlite3.connect(sys.argv[1], isolation_level=None)
        writer.execute("PRAGMA cache_size=1")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE note SET text = 'Aldrig sparad'")
        writer.execute("CREATE TABLE ballast(x)")
        writer.executemany("INSERT INTO ballast VALUES (?)", [("x" * 900,)] * 400)  # spills pages into the file
        print("written", flush=True)
        os.kill(os.getpid(), 9)
        """
    )
    process = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True)
    assert process.returncode == -signal.SIGKILL and "written" in process.stdout
    assert path.with_name(path.name + "-journal").stat().st_size > 0
    before = path.read_bytes()
    assert [n.text for _, n in files.read_session(path).all_notes()] == ["Sparad lapp"]
    assert recovered_copies == [path] and path.read_bytes() == before, "read-only: the file is left as it is"
