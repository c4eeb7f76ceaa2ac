"""Damaged interchange files: random bytes, truncation, and values of the wrong type anywhere.
Reading (and importing what could be read) either works or raises a DialogkartaError naming the
file, never anything else."""

from __future__ import annotations

import json
import random

import pytest

from dialogkarta import files, interchange
from dialogkarta.errors import DialogkartaError
from tests.faults.conftest import ROOT

SOURCE = sorted((ROOT / "sessions").glob("*.json"))[-1]
ODD_VALUES = [None, 0, -1, 2.5, True, "", "x" * 300, [], {}, [None], {"a": 1}, "2026-13-45", "needs", "#"]


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _replace(value, path, new):
    if not path:
        return new
    value[path[0]] = _replace(value[path[0]], path[1:], new)
    return value


def _read_and_import(path, tmp_path) -> None:
    try:
        data = interchange.read_json(path)
    except DialogkartaError as exc:
        assert str(path) in str(exc), str(exc)
        return
    target = tmp_path / "importerad.dkarta"
    try:
        files.write_session_file(data, target, overwrite=True)
    except DialogkartaError:
        assert not target.exists(), "a failed import left a file behind"
        return
    assert files.read_session(target).note_count == data.note_count


@pytest.mark.parametrize("seed", range(60))
def test_value_of_the_wrong_type_anywhere(seed, tmp_path):
    rng = random.Random(seed)
    original = json.loads(SOURCE.read_text(encoding="utf-8"))
    paths = list(_paths(original))
    for _ in range(rng.randint(1, 3)):
        original = _replace(original, rng.choice(paths[1:]), rng.choice(ODD_VALUES))
        paths = list(_paths(original))
    path = tmp_path / f"typfel-{seed}.json"
    path.write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    _read_and_import(path, tmp_path)


@pytest.mark.parametrize("seed", range(30))
def test_random_bytes_and_truncation(seed, tmp_path):
    rng = random.Random(1000 + seed)
    data = bytearray(SOURCE.read_bytes())
    if seed % 2:
        data = data[: rng.randrange(len(data))]
    else:
        for _ in range(rng.randint(1, 10)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    path = tmp_path / f"skadad-{seed}.json"
    path.write_bytes(bytes(data))
    _read_and_import(path, tmp_path)
