"""Random damage anywhere in a session file: reading or opening it either works or raises a
DialogkartaError naming the file, never anything else, and never changes the damaged file."""

from __future__ import annotations

import random
import shutil

import pytest

from dialogkarta import files
from dialogkarta.errors import DialogkartaError
from dialogkarta.store import open_session_file
from tests.faults.conftest import digest

SEEDS = range(120)


@pytest.fixture(scope="module")
def valid_file(tmp_path_factory):
    from tests.faults.conftest import ROOT

    folder = tmp_path_factory.mktemp("valid")
    path = folder / "valid.dkarta"
    files.import_json(sorted((ROOT / "sessions").glob("*.json"))[-1], path)
    return path


def _damage(source, target, seed: int) -> None:
    rng = random.Random(seed)
    data = bytearray(source.read_bytes())
    for _ in range(rng.randint(1, 24)):
        # Half the hits in the first two pages (header, schema), where damage matters most.
        position = rng.randrange(8192) if rng.random() < 0.5 else rng.randrange(len(data))
        data[position] = rng.randrange(256)
    target.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", SEEDS)
def test_random_damage_is_reported_or_harmless(seed, valid_file, tmp_path):
    path = tmp_path / f"skadad-{seed}.dkarta"
    _damage(valid_file, path, seed)
    before = digest(path)
    try:
        files.read_session(path)
    except DialogkartaError as exc:
        assert str(path) in str(exc)
    assert digest(path) == before, "reading changed the file"
    copy = tmp_path / "kopia.dkarta"
    shutil.copyfile(path, copy)
    try:
        open_session_file(copy).close()
    except DialogkartaError as exc:
        assert str(copy) in str(exc)
        assert digest(copy) == before, "a file that could not be opened was changed"
