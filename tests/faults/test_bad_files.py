"""Damaged and foreign files at every entry point: exit status 2, one Swedish line naming the
file, no traceback, and the file byte-identical afterwards."""

from __future__ import annotations

import pytest

from dialogkarta import cli, files
from dialogkarta.errors import DialogkartaError
from dialogkarta.store import open_session_file
from tests.faults.conftest import digest, run_cli

KINDS = ["korrupt.dkarta", "trunkerad.dkarta", "tom.dkarta", "slumpdata.dkarta", "annat-program.dkarta",
         "slumpdata.json", "annat-format.json", "trunkerad.json"]


def _one_error_line(stderr: str, path) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got: {stderr!r}"
    assert "Traceback" not in stderr
    assert lines[0].startswith("dialogkarta: fel: "), lines[0]
    assert path.name in lines[0], f"the message does not name the file: {lines[0]}"
    return lines[0]


def _no_gui(path=None):
    raise AssertionError("the GUI was started on a bad file")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("entry", ["open", "check", "import", "export", "synthesis"])
def test_command_line_entry_points_refuse_bad_files(entry, kind, bad_files, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "_cmd_gui", _no_gui)
    path = bad_files[kind]
    before = digest(path)
    output = tmp_path / "ut"
    argv = {
        "open": ["open", str(path)],
        "check": ["check", str(path)],
        "import": ["import", str(path), "-o", str(output.with_suffix(".dkarta"))],
        "export": ["export", str(path), "--kind", "json", "-o", str(output.with_suffix(".json"))],
        "synthesis": ["synthesis", str(path), "-o", str(output.with_suffix(".docx"))],
    }[entry]
    status = cli.main(argv)
    captured = capsys.readouterr()
    assert status == 2, captured
    _one_error_line(captured.err, path)
    assert digest(path) == before, "the bad file was changed"
    assert list(tmp_path.iterdir()) == [], "something was written for a bad input"


@pytest.mark.parametrize("kind", [k for k in KINDS if k.endswith(".dkarta")])
def test_store_and_reader_refuse_bad_files(kind, bad_files):
    path = bad_files[kind]
    before = digest(path)
    for attempt in (lambda: open_session_file(path), lambda: open_session_file(path, readonly=True),
                    lambda: files.read_session(path)):
        with pytest.raises(DialogkartaError) as caught:
            attempt().close()
        assert str(path) in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(p.name for p in path.parent.iterdir()
                                                                   if not p.name.endswith((".bak", "-journal")))


def test_check_as_a_process_reports_every_bad_file_on_its_own_line(bad_files):
    paths = [bad_files[kind] for kind in KINDS]
    before = {p: digest(p) for p in paths}
    result = run_cli("check", *paths)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(paths), result.stderr
    for path, line in zip(paths, lines):
        assert line.startswith(f"dialogkarta: fel: {path}: "), line
    assert {p: digest(p) for p in paths} == before
