"""The command line: each command, and every bad input gives status 2, one clear line, no change."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialogkarta import files
from dialogkarta.cli import main

FIXTURE_OLD = Path(__file__).resolve().parent / "fixtures" / "session_rev0001.dkarta"


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def run_cli(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_new_creates_a_session(tmp_path, capsys):
    target = tmp_path / "dialogdag.dkarta"
    status, out, err = run_cli(capsys, "new", "-o", target, "--county", "Norrbottens län",
                               "--municipality", "Överkalix", "--municipality", "Övertorneå", "--date", "2026-04-02")
    assert (status, err) == (0, "")
    data = files.read_session(target)
    assert (data.county, data.municipalities, data.date, data.template) == (
        "Norrbottens län", ["Överkalix", "Övertorneå"], "2026-04-02", "kuf")
    assert data.title == "Dialogdag Överkalix, Övertorneå"
    assert "kompetensförsörjning" in data.vocabulary
    assert [q.key for q in data.questions] == ["conditions", "current_work", "needs", "collaboration"]


def test_new_with_other_template(tmp_path, capsys):
    target = tmp_path / "besok.dkarta"
    status, _, _ = run_cli(capsys, "new", "-o", target, "--county", "Norrbottens län", "--municipality", "Kiruna",
                           "--date", "2026-05-05", "--template", "municipal_visit")
    assert status == 0
    assert files.read_session(target).template == "municipal_visit"


def test_import_export_check(tmp_path, capsys, example_paths):
    source = example_paths[0]
    target = tmp_path / "s.dkarta"
    status, out, _ = run_cli(capsys, "import", source, "-o", target)
    assert status == 0 and "anteckningar importerade" in out
    out_json = tmp_path / "ut.json"
    status, _, _ = run_cli(capsys, "export", target, "--kind", "json", "-o", out_json)
    assert status == 0
    assert json.loads(out_json.read_text(encoding="utf-8"))["id"] == json.loads(source.read_text(encoding="utf-8"))["id"]
    status, out, _ = run_cli(capsys, "check", target, source)
    data = files.read_session(source)
    assert status == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert f"{data.municipalities[0]}, {data.date}, {data.note_count} anteckningar (Förutsättningar " in lines[0]
    assert lines[0].split(": ", 1)[1] == lines[1].split(": ", 1)[1]


def test_demo_writes_every_example(tmp_path, capsys, example_paths):
    status, out, _ = run_cli(capsys, "demo", tmp_path / "demo")
    assert status == 0
    written = sorted(p.stem for p in (tmp_path / "demo").glob("*.dkarta"))
    assert written == sorted(p.stem for p in example_paths)
    before = _snapshot(tmp_path / "demo")
    status, out, _ = run_cli(capsys, "demo", tmp_path / "demo")
    assert status == 0 and "finns redan" in out
    assert _snapshot(tmp_path / "demo") == before


def _bad_inputs(tmp_path: Path, example_session: Path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path / "bad"
    folder.mkdir()
    not_sqlite = folder / "text.dkarta"
    not_sqlite.write_text("hej hej\n" * 50, encoding="utf-8")
    foreign = folder / "foreign.dkarta"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER)")
    truncated = folder / "truncated.dkarta"
    truncated.write_bytes(example_session.read_bytes()[:6000])
    corrupt = folder / "corrupt.dkarta"
    data = bytearray(example_session.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):
        data[offset : offset + 100] = bytes(range(100))
    corrupt.write_bytes(bytes(data))
    newer = folder / "newer.dkarta"
    newer.write_bytes(example_session.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    malformed = folder / "malformed.json"
    malformed.write_text('{"format": "dialogkarta-session", "version": 1, "questions": [', encoding="utf-8")
    other_format = folder / "other.json"
    other_format.write_text(json.dumps({"format": "miro-board", "version": 1}), encoding="utf-8")
    newer_json = folder / "newer.json"
    newer_json.write_text(json.dumps({"format": "dialogkarta-session", "version": 7, "id": "x", "questions": []}), encoding="utf-8")
    bad_key = folder / "badkey.json"
    bad_key.write_text(json.dumps({"format": "dialogkarta-session", "version": 1, "id": "x", "template": "kuf",
                                   "questions": [{"key": "weather", "notes": []}]}), encoding="utf-8")
    binary = folder / "binary.json"
    binary.write_bytes(bytes(range(256)) * 4)
    return {
        "missing": (folder / "saknas.dkarta", "finns inte"),
        "not sqlite": (not_sqlite, "inte en SQLite-databas"),
        "foreign sqlite": (foreign, "annat program"),
        "truncated": (truncated, "trunkerad"),
        "corrupt": (corrupt, "skadad"),
        "newer version": (newer, "nyare version"),
        "malformed json": (malformed, "inte giltig JSON"),
        "other format": (other_format, "annat format"),
        "newer json": (newer_json, "formatversion 7"),
        "unknown question": (bad_key, "frågan 'weather' finns inte i mallen"),
        "binary": (binary, "UTF-8"),
    }


@pytest.mark.parametrize("command", ["check", "export", "import", "open"])
def test_bad_inputs_exit_2_with_one_clear_line_and_change_nothing(tmp_path, capsys, example_session, command):
    cases = _bad_inputs(tmp_path, example_session)
    for name, (path, message) in cases.items():
        if command == "import" and path.suffix == ".dkarta" and name != "missing":
            continue  # import reads JSON; .dkarta inputs are covered by the other commands
        before = _snapshot(tmp_path)
        out_file = tmp_path / "out" / "result"
        (tmp_path / "out").mkdir(exist_ok=True)
        args = {
            "check": ["check", path],
            "export": ["export", path, "--kind", "json", "-o", out_file.with_suffix(".json")],
            "import": ["import", path, "-o", out_file.with_suffix(".dkarta")],
            "open": ["open", path],
        }[command]
        status, out, err = run_cli(capsys, *args)
        assert status == 2, (name, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1, (name, err)
        assert str(path) in lines[0] and message in lines[0], (name, lines[0])
        assert lines[0].startswith("dialogkarta: fel: ")
        assert "Traceback" not in err
        assert _snapshot(tmp_path) == before, name


def test_import_refuses_to_overwrite(tmp_path, capsys, example_paths):
    target = tmp_path / "s.dkarta"
    target.write_bytes(b"my precious")
    status, _, err = run_cli(capsys, "import", example_paths[0], "-o", target)
    assert status == 2 and "finns redan" in err
    assert target.read_bytes() == b"my precious"


def test_check_reads_old_files_without_upgrading_them(tmp_path, capsys):
    old = tmp_path / "old.dkarta"
    old.write_bytes(FIXTURE_OLD.read_bytes())
    before = _snapshot(tmp_path)
    status, out, _ = run_cli(capsys, "check", old)
    assert status == 0 and "Sorsele, 2026-02-10, 3 anteckningar" in out
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["new", "-o", "x.dkarta", "--county", "C", "--municipality", "M", "--date", "14 mars"], "ÅÅÅÅ-MM-DD"),
        (["export", "x.dkarta", "--kind", "weather", "-o", "x.json"], "okänd exporttyp"),
        (["frobnicate"], "felaktigt kommando"),
        (["new", "-o", "x.dkarta", "--county", "C", "--municipality", "M", "--date", "2026-01-01", "--template", "nej"], "okänd dialogkartmall"),
    ],
)
def test_usage_errors(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    if args[0] == "export":
        (tmp_path / "x.dkarta").write_bytes(b"")
    status, _, err = run_cli(capsys, *args)
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.json").exists()
    if args[0] == "new":
        assert not (tmp_path / "x.dkarta").exists()


def test_real_process_exit_status_and_no_traceback(tmp_path):
    path = tmp_path / "nej.dkarta"
    path.write_text("inte en databas", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "dialogkarta", "check", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"dialogkarta: fel: {path}: är inte en Dialogkarta-fil (inte en SQLite-databas)"
