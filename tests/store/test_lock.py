"""A session file open for editing is locked: a second window or process is warned, never writes."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from dialogkarta import files, ops
from dialogkarta.errors import FileLocked, FileProblem
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session

TRY_OPEN = textwrap.dedent(
    """
    import sys
    from dialogkarta.errors import FileLocked
    from dialogkarta.store import open_session_file
    try:
        open_session_file(sys.argv[1]).close()
    except FileLocked as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(7)
    print("opened")
    """
)

HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from dialogkarta import ops
    from dialogkarta.store import open_session_file
    file = open_session_file(sys.argv[1])
    ops.add_note(file.db, question="needs", text="från den andra processen", facet="own", keywords=[])
    print("holding", flush=True)
    time.sleep(120)
    """
)


def _try_open(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", TRY_OPEN, str(path)], capture_output=True, text=True, timeout=60)


def _integrity(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_second_process_is_refused_with_a_swedish_message_then_opens_after_close(example_session):
    first = open_session_file(example_session)
    ops.add_note(first.db, question="needs", text="Sparad före låset prövas", facet="own", keywords=[])
    before = _digest(example_session)
    result = _try_open(example_session)
    assert result.returncode == 7, result.stderr
    assert str(example_session) in result.stderr
    assert "används redan av ett annat Dialogkarta-fönster" in result.stderr
    assert _digest(example_session) == before, "the refused process changed the file"
    first.close()
    result = _try_open(example_session)
    assert result.returncode == 0 and "opened" in result.stdout, result.stderr
    assert _integrity(example_session) == "ok"
    texts = {n.text for q in files.read_session(example_session).questions for n in q.notes}
    assert "Sparad före låset prövas" in texts


def test_second_open_in_the_same_process_is_refused_but_reading_is_allowed(example_session):
    with open_session_file(example_session) as first:
        with pytest.raises(FileLocked) as caught:
            open_session_file(example_session)
        assert isinstance(caught.value, FileProblem)
        assert str(example_session) in str(caught.value)
        with open_session_file(example_session, readonly=True) as reader:
            assert load_session(reader.db).note_count == load_session(first.db).note_count
        # The refused attempt did not disturb the first: it can still write.
        ops.add_note(first.db, question="needs", text="efter försöket", facet="own", keywords=[])
    with open_session_file(example_session) as again:
        assert "efter försöket" in {n.text for q in load_session(again.db).questions for n in q.notes}


def test_lock_of_a_killed_process_is_gone_and_the_file_is_intact(example_session):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(example_session)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(FileLocked):
            open_session_file(example_session)
        assert _try_open(example_session).returncode == 7
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert _integrity(example_session) == "ok"
    with open_session_file(example_session) as file:
        assert "från den andra processen" in {n.text for q in load_session(file.db).questions for n in q.notes}
    assert sorted(p.name for p in example_session.parent.iterdir()) == [example_session.name], "no side files"


def test_import_over_a_file_open_elsewhere_is_refused(example_session, example_paths):
    with open_session_file(example_session):
        before = _digest(example_session)
        with pytest.raises(FileLocked):
            files.import_json(example_paths[1], example_session, overwrite=True)
        assert _digest(example_session) == before
    files.import_json(example_paths[1], example_session, overwrite=True)
    assert files.read_session(example_session).title == files.read_session(example_paths[1]).title


def test_unreadable_file_is_a_file_problem_not_a_traceback(example_session):
    from dialogkarta.store.lock import EditLock

    missing = example_session.with_name("borta.dkarta")
    with pytest.raises(FileProblem) as caught:
        EditLock.acquire(missing)
    assert str(missing) in str(caught.value) and "finns inte" in str(caught.value)


def test_windows_path_locks_one_byte_in_sqlites_unused_lock_page(example_session, monkeypatch):
    """Simulated msvcrt: the lock sits above SQLite's own lock bytes (0x40000000–0x40000201)."""
    import types

    from dialogkarta.store import lock as lock_module

    calls = []

    def locking(fd, mode, length):
        calls.append((os.lseek(fd, 0, os.SEEK_CUR), mode, length))
        if mode == fake.LK_NBLCK and any(c[1] == fake.LK_NBLCK for c in calls[:-1]) and not any(
                c[1] == fake.LK_UNLCK for c in calls):
            raise OSError(36, "Resource deadlock avoided")

    fake = types.SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0, locking=locking)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock_module.sys, "platform", "win32")
    first = lock_module.EditLock.acquire(example_session)
    offset, mode, length = calls[0]
    assert 0x40000202 <= offset < 0x40000000 + 4096 and mode == fake.LK_NBLCK and length == 1
    lock_module._held.clear()  # pretend the second attempt comes from another process
    with pytest.raises(FileLocked):
        lock_module.EditLock.acquire(example_session)
    lock_module._held.add(first._identity)
    first.release()
    assert calls[-1] == (offset, fake.LK_UNLCK, 1)
    assert not lock_module._held
