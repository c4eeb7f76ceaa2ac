"""Shared test setup: Qt offscreen, example sessions, fresh session files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The default run (and CI) draws the same generated cases every time, so a red run is the code's
# doing and can be repeated; DIALOGKARTA_HYPOTHESIS=explore draws new ones on each run, for hunting
# (a case found that way is kept as an @example on its test).
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis_settings.register_profile("explore")
hypothesis_settings.load_profile(os.environ.get("DIALOGKARTA_HYPOTHESIS", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "sessions").glob("*.json"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def example_paths() -> list[Path]:
    """The bundled example sessions (JSON)."""
    assert EXAMPLES, "no example sessions in sessions/"
    return list(EXAMPLES)


@pytest.fixture
def new_session(tmp_path):
    """A new, empty KUF session file for Storuman, open; closed after the test."""
    from dialogkarta import files

    file = files.create_new(
        tmp_path / "storuman.dkarta",
        files.NewSession(county="Västerbottens län", municipalities=["Storuman"], date="2026-03-14"),
    )
    yield file
    file.close()


@pytest.fixture
def example_session(tmp_path, example_paths):
    """The first example session imported into a .dkarta file; returns its path."""
    from dialogkarta import files

    target = tmp_path / "example.dkarta"
    files.import_json(example_paths[0], target)
    return target


@pytest.fixture
def round_folder(tmp_path):
    """A folder with the generated county round (tests/synthesis/generated.py), .dkarta and JSON mixed."""
    from tests.synthesis.generated import county_round, save_all

    folder = tmp_path / "round"
    folder.mkdir()
    save_all(folder, county_round())
    return folder
