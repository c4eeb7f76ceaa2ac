"""A process killed with SIGKILL while adding notes loses no note it reported as saved."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

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
