"""A full disk and a read-only folder, when saving and when exporting: a clear Swedish error,
nothing committed lost, no damaged or half-written file.

The full disk is simulated with RLIMIT_FSIZE in a child process (SIGXFSZ ignored, so writes
fail with EFBIG as on a full disk). A read-only folder means nothing to root, so when the tests
run as root (as in CI) the child process drops to the user `nobody` instead.
"""

from __future__ import annotations

import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from dialogkarta import files
from tests.faults.conftest import ROOT, digest, integrity

pytestmark = pytest.mark.slow

SAVE_UNTIL_FULL = textwrap.dedent(
    """
    import resource, signal, sys
    from dialogkarta import ops
    from dialogkarta.errors import DialogkartaError
    from dialogkarta.store import open_session_file
    file = open_session_file(sys.argv[1])
    limit = int(sys.argv[2])
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    print("readonly" if file.readonly else "writable", flush=True)
    for i in range(5000):
        try:
            note = ops.add_note(file.db, question="needs", text=f"Anteckning {i} " + "lång text " * 200,
                                facet="own", keywords=["bemanning"])
        except DialogkartaError as exc:
            print(f"error: {exc}", flush=True)
            break
        print(note.id, flush=True)
    file.close()
    """
)

EXPORT_LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    limit = int(sys.argv[1])
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    from dialogkarta.cli import main
    raise SystemExit(main(sys.argv[2:]))
    """
)


def _as_nobody() -> list[str]:
    """A command prefix that runs the child as `nobody` when we are root (root ignores read-only
    permissions). util-linux's setpriv, present on every Debian; os.setuid in a preexec_fn
    cannot then execute the venv's interpreter on some kernels."""
    if os.geteuid() != 0:
        return []
    user = pwd.getpwnam("nobody")
    setpriv = shutil.which("setpriv")
    assert setpriv, "running as root without setpriv: the read-only test cannot drop privileges"
    return [setpriv, f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]


def _child(script: str, *args, prefix: list[str] = ()) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": tempfile.gettempdir()}
    return subprocess.run([*prefix, sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                          cwd="/", env=env, timeout=300)


@pytest.fixture
def shared_folder():
    """A folder outside pytest's private (0700) tmp, so the `nobody` child can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="dialogkarta-fault-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _session(folder: Path) -> Path:
    path = folder / "umea.dkarta"
    files.import_json(sorted((ROOT / "sessions").glob("*.json"))[0], path)
    path.chmod(0o644)
    return path


def test_full_disk_while_saving_keeps_every_saved_note(shared_folder):
    path = _session(shared_folder)
    result = _child(SAVE_UNTIL_FULL, path, path.stat().st_size + 64 * 1024)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0] == "writable"
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, lines[-3:]
    assert str(path) in errors[0] and "kunde inte sparas" in errors[0] and "sparats tidigare finns kvar" in errors[0]
    saved_ids = lines[1:-1]
    assert len(saved_ids) >= 3, "the limit left no room for any note; the test proves nothing"
    assert integrity(path) == "ok"
    on_disk = {n.id for q in files.read_session(path).questions for n in q.notes}
    assert set(saved_ids) <= on_disk
    # Room again: the file takes new notes.
    result = _child(SAVE_UNTIL_FULL.replace("range(5000)", "range(2)"), path, 0)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("output_name", ["ut.json", "sammanfattning.docx", "sammanfattning.pdf"])
def test_full_disk_while_exporting_leaves_no_file_and_a_clear_message(shared_folder, output_name):
    path = _session(shared_folder)
    before = digest(path)
    out = shared_folder / "ut"
    out.mkdir()
    kind = "json" if output_name.endswith(".json") else "summary"
    result = _child(EXPORT_LIMITED, 8 * 1024, "export", path, "--kind", kind, "-o", out / output_name,
                    "--allow-personal-data")
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"dialogkarta: fel: {out / output_name}: "), result.stderr
    assert list(out.iterdir()) == [], "a half-written file was left behind"
    assert digest(path) == before


def test_read_only_folder_when_saving_and_exporting(shared_folder):
    path = _session(shared_folder)
    out = shared_folder / "ut"
    out.mkdir()
    if os.geteuid() == 0:
        # root would write anyway; `nobody` does not own the folder or the file.
        assert stat.S_IMODE(shared_folder.stat().st_mode) == 0o755
    else:
        out.chmod(0o555)
        shared_folder.chmod(0o555)
    before = digest(path)
    try:
        result = _child(SAVE_UNTIL_FULL.replace("range(5000)", "range(3)"), path, 0, prefix=_as_nobody())
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines[0] == "readonly", "the file should open read-only where it cannot be saved"
        assert len(lines) == 2 and lines[1].startswith("error: ") and "kunde inte sparas" in lines[1], lines
        result = _child(EXPORT_LIMITED, 0, "export", path, "--kind", "json", "-o", out / "ut.json",
                        prefix=_as_nobody())
        assert result.returncode == 2, result.stdout + result.stderr
        # It names the folder it cannot write in (or the file), in Swedish.
        assert result.stderr.startswith(f"dialogkarta: fel: {out}") and "Traceback" not in result.stderr
        assert "skrivskyddad" in result.stderr or "behörighet" in result.stderr, result.stderr
        assert len(result.stderr.splitlines()) == 1
    finally:
        shared_folder.chmod(0o755)
        out.chmod(0o755)
    assert digest(path) == before
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in shared_folder.iterdir()) == ["umea.dkarta", "ut"]
