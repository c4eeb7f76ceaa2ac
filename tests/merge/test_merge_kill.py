"""SIGKILL during `dialogkarta merge`: the output is complete or absent, the copies byte-identical."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from dialogkarta import files, ops
from dialogkarta.store import open_session_file
from tests.faults.conftest import ROOT, digest, integrity

pytestmark = pytest.mark.slow

# The merge with os.replace held up: the merged file is complete under its temporary name when killed.
MERGE_HELD = textwrap.dedent(
    """
    import os, sys, time
    real = os.replace
    def held(source, target):
        print("partial-written", flush=True)
        time.sleep(60)
        real(source, target)
    os.replace = held
    from dialogkarta.cli import main
    raise SystemExit(main(sys.argv[1:]))
    """
)


def _copies(tmp_path):
    original = files.create_new(tmp_path / "s.dkarta",
                                files.NewSession(county="Västerbottens län", municipalities=["Storuman"], date="2026-03-14"))
    original.close()
    paths = []
    for laptop, count in (("anna", 60), ("bertil", 40)):
        (tmp_path / laptop).mkdir()
        paths.append(tmp_path / laptop / "s.dkarta")
        shutil.copyfile(tmp_path / "s.dkarta", paths[-1])
        with open_session_file(paths[-1]) as file:
            for i in range(count):
                ops.add_note(file.db, question="needs", text=f"{laptop} {i}", facet="own")
    return paths


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_kill_during_merge_leaves_the_whole_output_or_none_and_the_copies_untouched(tmp_path):
    copies = _copies(tmp_path)
    before = [digest(p) for p in copies]
    output = tmp_path / "ihop.dkarta"
    held = subprocess.Popen([sys.executable, "-c", MERGE_HELD, "merge", *map(str, copies), "-o", str(output)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT, env=_env())
    assert held.stdout.readline().strip() == "partial-written"
    os.kill(held.pid, signal.SIGKILL)
    held.wait()
    assert not output.exists(), "killed before the rename: nothing under the real name"
    rng = random.Random(12)
    for _ in range(4):
        process = subprocess.Popen([sys.executable, "-m", "dialogkarta", "merge", *map(str, copies), "-o", str(output)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=_env())
        time.sleep(rng.uniform(0.3, 3.0))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if output.exists():
            assert integrity(output) == "ok"
            assert files.read_session(output).note_count == 100, "a merged file under the real name is complete"
            output.unlink()
        assert [digest(p) for p in copies] == before
    # A killed merge leaves at most its temporary file, never anything else under a real name.
    left = {p.name for p in tmp_path.iterdir() if not p.name.endswith((".partial", ".partial-journal"))}
    assert left == {"s.dkarta", "anna", "bertil"}
