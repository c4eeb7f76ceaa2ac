"""A session file deleted, moved, replaced or overwritten while open: noticed before the next write.

Every way of taking the file away is tried against several kinds of write; each must stop
with a sentence saying what happened (never "skrivskyddad"), write nothing into whatever is at
the path now, and leave the session as it was readable for saving elsewhere.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dialogkarta import files, ops
from dialogkarta.errors import FileChanged
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session
from tests.faults.conftest import digest, integrity


def _overwritten_in_place(path: Path, other: Path) -> None:
    shutil.copyfile(other, path)  # same inode, another session's bytes


def _deleted(path: Path, other: Path) -> None:
    path.unlink()


def _renamed(path: Path, other: Path) -> None:
    path.rename(path.with_name("flyttad.dkarta"))


def _replaced_atomically(path: Path, other: Path) -> None:
    temporary = path.with_name(".sync-tmp")
    shutil.copyfile(other, temporary)
    os.replace(temporary, path)


def _deleted_and_recreated(path: Path, other: Path) -> None:
    path.unlink()
    shutil.copyfile(other, path)


SCENARIOS = {
    _overwritten_in_place: "skrivits över med en annan session",
    _deleted: "tagits bort",
    _renamed: "flyttats eller bytt namn",
    _replaced_atomically: "ersatts av en annan fil",
    _deleted_and_recreated: "ersatts av en annan fil",
}

WRITES = {
    "add_note": lambda db: ops.add_note(db, question="needs", text="Efter bytet", facet="own"),
    "update_session": lambda db: ops.update_session(db, changes={"place": "Någon annanstans"}),
    "set_vocabulary": lambda db: ops.set_vocabulary(db, keywords=["nytt"]),
    "add_participant": lambda db: ops.add_participant(db, role="Enhetschef", area="IFO"),
}


@pytest.fixture
def other_session(tmp_path, example_paths) -> Path:
    other = tmp_path / "annan" / "bjurholm.dkarta"
    other.parent.mkdir()
    files.import_json(next(p for p in example_paths if "bjurholm" in p.name), other)
    return other


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
@pytest.mark.parametrize("scenario", list(SCENARIOS), ids=[s.__name__.strip("_") for s in SCENARIOS])
def test_a_file_taken_away_while_open_is_noticed_before_the_next_write(tmp_path, example_session, other_session,
                                                                       scenario, write):
    path = example_session
    with open_session_file(path) as file:
        ops.add_note(file.db, question="needs", text="Sparad före bytet", facet="own")
        before = load_session(file.db)
        scenario(path, other_session)
        at_path = digest(path) if path.exists() else None
        with pytest.raises(FileChanged) as caught:
            WRITES[write](file.db)
        file.db.rollback()
        message = str(caught.value)
        assert SCENARIOS[scenario] in message and str(path) in message
        assert "skrivskydd" not in message and "\n" not in message
        # nothing written into what is at the path now
        assert (digest(path) if path.exists() else None) == at_path
        if path.exists():
            assert integrity(path) == "ok"
        # a second try is refused too: nothing is ever written into the wrong file
        with pytest.raises(FileChanged):
            WRITES[write](file.db)
        file.db.rollback()
        if scenario is not _overwritten_in_place:  # the connection still reads the file we opened
            assert load_session(file.db).note_count == before.note_count
    assert digest(other_session) == digest(other_session)


def test_the_own_commits_are_not_mistaken_for_someone_elses(tmp_path, example_session):
    with open_session_file(example_session) as file:
        for number in range(20):
            ops.add_note(file.db, question="needs", text=f"Lapp {number}", facet="own")
        assert file.guard is not None and file.guard.problem() is None


def test_a_copy_of_the_same_session_written_over_it_is_noticed_too(tmp_path, example_session):
    older = tmp_path / "äldre.dkarta"
    shutil.copyfile(example_session, older)
    with open_session_file(example_session) as file:
        ops.add_note(file.db, question="needs", text="Ny", facet="own")
        shutil.copyfile(older, example_session)
        with pytest.raises(FileChanged, match="ändrats av ett annat program"):
            ops.add_note(file.db, question="needs", text="Till fel fil", facet="own")
        file.db.rollback()
