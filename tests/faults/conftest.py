"""Helpers for the fault suite: bad files of every kind, hashes, integrity checks, the CLI as a process."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.child_process import ROOT, child_env


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    """PRAGMA integrity_check on a writable connection: like the app, it first rolls back a hot
    journal a killed process left behind."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def run_cli(*args: str | Path, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """Run `python -m dialogkarta …` as its own process, from the repository root."""
    return subprocess.run([sys.executable, "-m", "dialogkarta", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=child_env(), **kwargs)


def _corrupt(valid: bytes, seed: int) -> bytes:
    """Overwrite the start of several pages in the middle with random bytes (b-tree headers)."""
    rng = random.Random(seed)
    data = bytearray(valid)
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    for number in range(max(1, pages // 3), max(2, pages - 1)):
        start = number * page
        data[start:start + 48] = bytes(rng.randrange(256) for _ in range(48))
    return bytes(data)


@pytest.fixture(scope="session")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    """One file per kind of damage: name → path (created once; tests check they stay unchanged)."""
    from dialogkarta import files

    folder = tmp_path_factory.mktemp("bad")
    examples = sorted((ROOT / "sessions").glob("*.json"))
    valid = folder / "valid.dkarta"
    files.import_json(examples[0], valid)
    raw = valid.read_bytes()
    rng = random.Random(6)
    made = {
        "korrupt.dkarta": _corrupt(raw, 1),
        "trunkerad.dkarta": raw[: len(raw) // 2],
        "tom.dkarta": b"",
        "slumpdata.dkarta": bytes(rng.randrange(256) for _ in range(20000)),
        "slumpdata.json": bytes(rng.randrange(256) for _ in range(5000)),
        "annat-format.json": json.dumps({"type": "FeatureCollection", "features": [{"id": 1}]}).encode(),
        "trunkerad.json": examples[0].read_bytes()[:4000],
    }
    paths = {}
    for name, content in made.items():
        (folder / name).write_bytes(content)
        paths[name] = folder / name
    foreign = folder / "annat-program.dkarta"
    with sqlite3.connect(foreign) as connection:
        connection.execute("PRAGMA application_id=1234")
        connection.execute("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO note VALUES ('a', 'inte vår')")
    connection.close()
    paths["annat-program.dkarta"] = foreign
    valid.unlink()
    return paths
