"""A session file open in another instance: the command line may read it, never replace it."""

from __future__ import annotations

import json
import os
import signal
import textwrap

from dialogkarta import files
from tests.child_process import start_script
from tests.faults.conftest import digest, integrity, run_cli

HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from dialogkarta.store import open_session_file
    file = open_session_file(sys.argv[1])
    print("holding", flush=True)
    time.sleep(120)
    """
)


def test_other_instance_holds_the_file_reading_works_replacing_is_refused(example_session, example_paths, tmp_path):
    holder = start_script(HOLD_OPEN, example_session)
    try:
        assert holder.stdout.readline().strip() == "holding"
        before = digest(example_session)

        result = run_cli("import", example_paths[1], "-o", example_session, "--force")
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.strip() == (f"dialogkarta: fel: {example_session}: filen används redan av ett annat "
                                         "Dialogkarta-fönster eller en annan dator; stäng den där först (dokument "
                                         "och länssammanställning kan ändå skapas från den)")

        result = run_cli("check", example_session)
        assert result.returncode == 0, result.stderr
        result = run_cli("export", example_session, "--kind", "json", "-o", tmp_path / "ut.json",
                         "--allow-personal-data")
        assert result.returncode == 0, result.stderr
        exported = json.loads((tmp_path / "ut.json").read_text(encoding="utf-8"))
        assert exported["title"] == files.read_session(example_session).title
        assert digest(example_session) == before
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert integrity(example_session) == "ok"
    result = run_cli("import", example_paths[1], "-o", example_session, "--force")
    assert result.returncode == 0, result.stderr
