"""Nothing is left beside the user's files: not by `check` on a WAL-mode file, not by a killed import."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap

from dialogkarta import cli, files
from tests.child_process import child_env
from tests.faults.conftest import ROOT, digest


def test_check_on_a_wal_mode_file_creates_nothing_beside_it_and_reads_the_wal(tmp_path, capsys, example_paths):
    path = tmp_path / "wal.dkarta"
    files.import_json(example_paths[0], path)
    before_notes = files.read_session(path).note_count
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("DELETE FROM note_keyword WHERE note_id IN (SELECT id FROM note LIMIT 1)")
    writer.execute("DELETE FROM note WHERE id IN (SELECT id FROM note LIMIT 1)")  # committed, only in the -wal
    writer.commit()
    # another program holds the file open in WAL mode; its -wal and -shm are there
    beside = sorted(p.name for p in tmp_path.iterdir())
    state = {name: digest(tmp_path / name) for name in beside if not name.endswith("-shm")}
    assert cli.main(["check", str(path)]) == 0
    assert f"{before_notes - 1} anteckningar" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == beside
    assert {name: digest(tmp_path / name) for name in state} == state
    writer.close()  # the last connection folds the -wal in and removes both
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wal.dkarta"]
    assert cli.main(["check", str(path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wal.dkarta"]


KILLED_IMPORT = textwrap.dedent(
    """
    import os, sys
    from dialogkarta import files, ops
    real = ops.write_whole_session
    def write_then_die(file, *, data):
        real(file, data=data)
        file.db.commit()
        print("written", flush=True)
        os.kill(os.getpid(), 9)
    ops.write_whole_session = write_then_die
    files.import_json(sys.argv[1], sys.argv[2])
    """
)


def test_a_killed_import_leaves_nothing_for_good(tmp_path, example_paths):
    target = tmp_path / "import.dkarta"
    process = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(example_paths[0]), str(target)],
                             capture_output=True, text=True, env=child_env(), cwd=ROOT)
    assert process.returncode == -signal.SIGKILL and "written" in process.stdout, process.stderr
    left = [p.name for p in tmp_path.iterdir()]
    assert left and all(name.startswith(".import.dkarta.") for name in left), left
    assert not target.exists()
    # the next import of the same file clears what the dead one left, and nothing else
    (tmp_path / ".other.dkarta.1.partial").write_bytes(b"not ours")
    files.import_json(example_paths[0], target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.dkarta.1.partial", "import.dkarta"]
