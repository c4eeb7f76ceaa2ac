"""One atomic write: temporary file beside the target, fsync, rename, fsync of the folder; nobody else renames."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from dialogkarta import atomic, interchange
from dialogkarta.errors import FileProblem

PACKAGE = Path(__file__).resolve().parent.parent / "dialogkarta"


def _record_fsyncs(monkeypatch) -> list[str]:
    synced: list[str] = []
    real = os.fsync

    def fsync(descriptor: int) -> None:
        mode = os.fstat(descriptor).st_mode
        synced.append("folder" if stat.S_ISDIR(mode) else "file")
        real(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


def test_write_flushes_file_then_folder_and_leaves_nothing_beside(tmp_path, monkeypatch):
    synced = _record_fsyncs(monkeypatch)
    target = tmp_path / "ut.json"
    atomic.write_text(target, "åäö\n")
    assert target.read_text(encoding="utf-8") == "åäö\n"
    assert synced == ["file", "folder"]
    assert [p.name for p in tmp_path.iterdir()] == ["ut.json"]


def test_failed_writer_keeps_the_old_file_and_removes_the_partial(tmp_path):
    target = tmp_path / "ut.txt"
    target.write_text("gammalt", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic.atomic_write(target) as temporary:
            temporary.write_text("halvt", encoding="utf-8")
            raise RuntimeError("writer broke")
    assert target.read_text(encoding="utf-8") == "gammalt"
    assert [p.name for p in tmp_path.iterdir()] == ["ut.txt"]


def test_failed_rename_names_the_target(tmp_path, monkeypatch):
    target = tmp_path / "ut.txt"

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(FileProblem, match="disken är full") as info:
        atomic.write_text(target, "x")
    assert info.value.path == target
    assert list(tmp_path.iterdir()) == []


def test_interchange_writes_through_it(tmp_path, monkeypatch, example_paths):
    synced = _record_fsyncs(monkeypatch)
    data = interchange.read_json(example_paths[0])
    interchange.write_json(data, tmp_path / "kopia.json")
    assert synced[-2:] == ["file", "folder"]


def test_no_other_module_renames_files_into_place():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "atomic.py":
            continue
        if re.search(r"\bos\.(replace|rename)\(|\.replace\(\s*(target|path|output)\b|shutil\.move\(", path.read_text(encoding="utf-8")):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
