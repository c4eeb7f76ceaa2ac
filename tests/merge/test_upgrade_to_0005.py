"""A real file of revision 0002 (made by the app at that revision) upgrades to what merging needs."""

from __future__ import annotations

import shutil
import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dialogkarta import files, ops
from dialogkarta.merge import merge_sessions
from dialogkarta.model.tables import metadata
from dialogkarta.store import open_session_file
from dialogkarta.store.migrate import head_revision
from dialogkarta.store.queries import load_session
from tests.conftest import FIXTURES
from tests.faults.conftest import digest

FIXTURE = FIXTURES / "session_rev0002.dkarta"


def _rows(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_the_fixture_is_a_revision_0002_file():
    assert _rows(FIXTURE, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert ("",) in _rows(FIXTURE, "SELECT modified FROM note"), "a note imported without a modified time"


def test_upgrade_from_0002_sets_modified_origin_and_participant_ids_and_no_tombstones(tmp_path):
    path = tmp_path / "vilhelmina.dkarta"
    shutil.copyfile(FIXTURE, path)
    before = {row[0]: row[1:] for row in _rows(path, "SELECT id, created, modified FROM note")}
    with open_session_file(path) as file:
        data = load_session(file.db)
        connection = file.db.connection()
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    assert digest(path.with_name(path.name + ".bak")) == digest(FIXTURE)
    for note_id, (created, modified) in before.items():
        [note] = [n for _, n in data.all_notes() if n.id == note_id]
        assert note.modified == (modified or created)
        assert note.stamps == {}, "fields date from the note's modified time until changed"
    assert data.deleted == [] and data.history == {}
    assert data.origin
    ids = [p.id for p in data.participants]
    assert len(ids) == 2 and all(ids) and len(set(ids)) == 2
    # The note, notes' keywords, groups, minutes and survey survive the upgrade.
    needs = data.question("needs")
    assert needs.minutes == "Vi talade länge om rekrytering." and needs.groups == ["Rekrytera och behålla"]
    assert data.next_steps == "Återkoppling i maj." and len(data.survey) == 1


def test_two_copies_of_an_old_file_upgraded_on_two_laptops_merge_without_duplicates(tmp_path):
    copies = []
    for laptop in ("anna", "bertil"):
        (tmp_path / laptop).mkdir()
        copies.append(tmp_path / laptop / "vilhelmina.dkarta")
        shutil.copyfile(FIXTURE, copies[-1])
    with open_session_file(copies[0]) as file:
        ops.add_note(file.db, question="needs", text="Från Anna", facet="own")
    with open_session_file(copies[1]) as file:
        note = next(n for _, n in load_session(file.db).all_notes() if n.text == "Handledning i grupp")
        ops.update_note(file.db, note_id=note.id, changes={"text": "Handledning i grupp, varannan vecka"})
        origin = load_session(file.db).origin
    result = merge_sessions([(str(p), files.read_session(p)) for p in copies])
    texts = sorted(n.text for _, n in result.data.all_notes())
    assert "Från Anna" in texts and "Handledning i grupp, varannan vecka" in texts
    assert len(texts) == len(before := files.read_session(FIXTURE).all_notes()) + 1, before
    assert len(result.data.participants) == 2, "derived participant ids agree between the copies"
    changed = next(n for _, n in result.data.all_notes() if n.text.startswith("Handledning"))
    assert changed.stamps["text"].endswith("@" + origin)


def test_reading_an_old_file_for_the_synthesis_leaves_it_untouched(tmp_path):
    path = tmp_path / "gammal.dkarta"
    shutil.copyfile(FIXTURE, path)
    files.read_session(path)
    assert digest(path) == digest(FIXTURE)
