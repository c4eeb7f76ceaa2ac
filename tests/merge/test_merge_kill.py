"""SIGKILL during `dialogkarta merge`: the output is complete or absent, the copies byte-identical."""

from __future__ import annotations

import random
import shutil

import pytest

from dialogkarta import files, ops
from dialogkarta.store import open_session_file
from tests.child_process import CLI_WITH_REPLACE_HELD, kill, kill_cli_after, start_script, wait_for
from tests.faults.conftest import digest, integrity

pytestmark = pytest.mark.slow

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


def test_kill_during_merge_leaves_the_whole_output_or_none_and_the_copies_untouched(tmp_path):
    copies = _copies(tmp_path)
    before = [digest(p) for p in copies]
    output = tmp_path / "ihop.dkarta"
    held = start_script(CLI_WITH_REPLACE_HELD, "merge", *copies, "-o", output)
    wait_for(held, "partial-written")
    kill(held)
    assert not output.exists(), "killed before the rename: nothing under the real name"
    rng = random.Random(12)
    for _ in range(4):
        kill_cli_after(rng.uniform(0.3, 3.0), "merge", *copies, "-o", output)
        if output.exists():
            assert integrity(output) == "ok"
            assert files.read_session(output).note_count == 100, "a merged file under the real name is complete"
            output.unlink()
        assert [digest(p) for p in copies] == before
    # A killed merge leaves at most its temporary file, never anything else under a real name.
    left = {p.name for p in tmp_path.iterdir() if not p.name.endswith((".partial", ".partial-journal"))}
    assert left == {"s.dkarta", "anna", "bertil"}
