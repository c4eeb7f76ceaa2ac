"""Backups before an upgrade: an existing one is never replaced, and a full disk leaves none half-written."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session
from tests.faults.conftest import ROOT, digest, integrity

FIXTURE = ROOT / "tests" / "fixtures" / "session_rev0001.dkarta"

OPEN_LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), resource.RLIM_INFINITY))
    from dialogkarta.errors import DialogkartaError
    from dialogkarta.store import open_session_file
    try:
        open_session_file(sys.argv[1]).close()
    except DialogkartaError as exc:
        print(f"error: {exc}", flush=True)
    else:
        print("opened", flush=True)
    """
)


def test_every_upgrade_keeps_its_own_backup_and_never_replaces_an_older_one(tmp_path):
    path = tmp_path / "gammal.dkarta"
    kept = {}
    for name in ("gammal.dkarta.bak", "gammal.dkarta.bak2", "gammal.dkarta.bak3"):
        shutil.copyfile(FIXTURE, path)  # an old file again (restored, or another copy under the name)
        with open_session_file(path) as file:
            assert load_session(file.db).title == "Kommundialog Sorsele"
        backup = tmp_path / name
        assert digest(backup) == digest(FIXTURE), name
        kept[name] = backup.read_bytes()
    for name, content in kept.items():
        assert (tmp_path / name).read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gammal.dkarta", *kept]


def test_a_full_disk_during_the_upgrade_leaves_no_truncated_backup_and_one_sentence(tmp_path):
    size = FIXTURE.stat().st_size
    for limit in (1, size // 3, size - 1, size + 4096, size * 2):
        folder = tmp_path / str(limit)
        folder.mkdir()
        path = folder / "gammal.dkarta"
        shutil.copyfile(FIXTURE, path)
        result = subprocess.run([sys.executable, "-c", OPEN_LIMITED, str(path), str(limit)], capture_output=True,
                                text=True, cwd=ROOT, timeout=120)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (limit, result.stderr)
        lines = result.stdout.strip().splitlines()
        assert len(lines) == 1, (limit, lines)
        if lines[0].startswith("error: "):
            assert str(path) in lines[0] and any(why in lines[0] for why in ("disken är full", "för stor", "läsfel på disken")), lines[0]
            assert digest(path) == digest(FIXTURE), "a failed upgrade leaves the file as it was"
        else:
            assert lines[0] == "opened"
        assert integrity(path) == "ok"
        # whatever happened: every backup there is a complete copy, and nothing hidden is left
        for backup in folder.glob("gammal.dkarta.bak*"):
            assert digest(backup) == digest(FIXTURE), (limit, backup.name)
        assert not [p.name for p in folder.iterdir() if p.name.startswith(".")], limit
