"""SIGKILL at awkward moments: while notes are saved, while an export is written, while a
file is upgraded. Nothing reported as saved is lost, nothing half-written appears under a
real name, and every file opens afterwards."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import textwrap
import time
from pathlib import Path

import docx
import pytest

from dialogkarta import files
from dialogkarta.store import open_session_file
from dialogkarta.store.migrate import head_revision
from dialogkarta.store.queries import load_session
from tests.child_process import CLI_WITH_REPLACE_HELD, ROOT, kill, kill_cli_after, start_script, wait_for
from tests.faults.conftest import digest, integrity, run_cli

pytestmark = pytest.mark.slow

FIXTURE = ROOT / "tests" / "fixtures" / "session_rev0001.dkarta"

CAPTURE = textwrap.dedent(
    """
    import sys
    from dialogkarta import ops
    from dialogkarta.store import open_session_file
    file = open_session_file(sys.argv[1])
    i = 0
    while True:
        note = ops.add_note(file.db, question="needs", text=f"Anteckning {i} #bemanning", facet="own",
                            keywords=["bemanning"])
        print(note.id, flush=True)
        i += 1
    """
)

# Upgrade with every DDL statement slowed down, reporting each, so the kill lands between steps.
UPGRADE_SLOW = textwrap.dedent(
    """
    import sys, time
    from alembic.ddl.impl import DefaultImpl
    real = DefaultImpl._exec
    count = 0
    def slow(self, construct, *args, **kwargs):
        global count
        result = real(self, construct, *args, **kwargs)
        count += 1
        print(f"step {count}", flush=True)
        time.sleep(0.4)
        return result
    DefaultImpl._exec = slow
    from dialogkarta.store import open_session_file
    open_session_file(sys.argv[1]).close()
    print("done", flush=True)
    """
)


def test_kill_at_random_moments_during_capture_loses_nothing_reported(example_session):
    rng = random.Random(9)
    total = 0
    for round_ in range(4):
        process = start_script(CAPTURE, example_session)
        reported = [process.stdout.readline().strip()]  # started writing
        time.sleep(rng.uniform(0.05, 0.8))
        reported += kill(process)
        # Read-only first, as `dialogkarta check` or the county synthesis would, journal and all.
        read = {n.id for q in files.read_session(example_session).questions for n in q.notes}
        assert not [note_id for note_id in reported if note_id not in read], f"round {round_}: not readable"
        assert integrity(example_session) == "ok", f"round {round_}"
        with sqlite3.connect(example_session) as connection:
            saved = {row[0] for row in connection.execute("SELECT id FROM note")}
        missing = [note_id for note_id in reported if note_id not in saved]
        assert not missing, f"round {round_}: {len(missing)} of {len(reported)} reported notes lost"
        total += len(reported)
    assert total >= 8
    with open_session_file(example_session) as file:  # and it still opens for editing
        assert load_session(file.db).note_count >= total


def _export_killed_before_rename(source: Path, output: Path) -> None:
    process = start_script(CLI_WITH_REPLACE_HELD, "export", source, "--kind", output.suffix == ".json" and "json" or "summary",
                     "-o", output, "--allow-personal-data", "--force")
    wait_for(process, "partial-written")
    kill(process)


def test_kill_during_json_export_leaves_no_half_file_and_keeps_an_old_export(example_session, tmp_path):
    source_digest = digest(example_session)
    new_target = tmp_path / "ny.json"
    _export_killed_before_rename(example_session, new_target)
    assert not new_target.exists()
    old_target = tmp_path / "gammal.json"
    old_target.write_text('{"gammal": true}', encoding="utf-8")
    _export_killed_before_rename(example_session, old_target)
    assert old_target.read_text(encoding="utf-8") == '{"gammal": true}'
    assert digest(example_session) == source_digest
    assert integrity(example_session) == "ok"
    # The killed export's partial file stays while it may still belong to a running export, and the
    # next export into the folder clears it once it is stale.
    leftover = list(tmp_path.glob(".gammal.json.*.partial"))
    assert len(leftover) == 1
    again = ("export", example_session, "--kind", "json", "-o", old_target, "--force")
    assert run_cli(*again).returncode == 0
    assert leftover[0].exists(), "a partial younger than a few minutes may belong to a running export"
    old = time.time() - 3600
    os.utime(leftover[0], (old, old))
    assert run_cli(*again).returncode == 0
    assert not leftover[0].exists()
    assert all(p.name.startswith((".ny.json.", "..ny.json.")) for p in tmp_path.glob(".*.partial")), "another output's are kept"
    assert json.loads(old_target.read_text(encoding="utf-8"))["format"] == "dialogkarta-session"


def test_kill_during_document_export_leaves_no_half_file(example_session, tmp_path):
    source_digest = digest(example_session)
    target = tmp_path / "sammanfattning.docx"
    _export_killed_before_rename(example_session, target)
    assert not target.exists()
    # Killed at random moments of a real export: the target is either absent or complete.
    rng = random.Random(3)
    for _ in range(3):
        kill_cli_after(rng.uniform(0.3, 2.5), "export", example_session, "--kind", "summary", "-o", target,
                       "--allow-personal-data")
        if target.exists():
            text = "\n".join(p.text for p in docx.Document(target).paragraphs)
            assert files.read_session(example_session).title in text
            target.unlink()
    assert digest(example_session) == source_digest


def test_kill_during_migration_leaves_a_file_that_opens_and_an_intact_backup(tmp_path):
    fixture_digest = digest(FIXTURE)
    for kill_after in (1, 2, 3):
        path = tmp_path / f"gammal-{kill_after}.dkarta"
        shutil.copyfile(FIXTURE, path)
        process = start_script(UPGRADE_SLOW, path)
        wait_for(process, f"step {kill_after}")
        lines = kill(process)
        assert "done" not in lines, "the upgrade finished before the kill; slow it down further"
        backup = path.with_name(path.name + ".bak")
        assert digest(backup) == fixture_digest, "the .bak copy is not the original"
        assert integrity(path) == "ok"
        with open_session_file(path) as file:
            data = load_session(file.db)
            assert data.next_steps == ""  # the column added by 0002 is there
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert data.note_count == files.read_session(backup).note_count
