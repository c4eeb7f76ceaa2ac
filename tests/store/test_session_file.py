"""Opening, creating and upgrading session files: every path of the store."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from dialogkarta import files, ops
from dialogkarta.errors import FileProblem, NewerVersionError
from dialogkarta.model.tables import metadata
from dialogkarta.store import APPLICATION_ID, create_session_file, open_session_file
from dialogkarta.store.migrate import head_revision
from dialogkarta.store.queries import load_session

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "session_rev0001.dkarta"


def _pragma(path: Path, name: str):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_file_is_stamped_with_head_and_application_id(tmp_path):
    path = tmp_path / "ny.dkarta"
    create_session_file(path).close()
    assert _pragma(path, "application_id") == APPLICATION_ID
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.dkarta"], "no side files left behind"


def test_new_file_uses_rollback_journal_and_foreign_keys(new_session):
    from sqlalchemy import text

    assert new_session.db.exec(text("PRAGMA foreign_keys")).scalar() == 1
    assert new_session.db.exec(text("PRAGMA journal_mode")).scalar() == "delete"
    assert new_session.db.exec(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "finns.dkarta"
    path.write_bytes(b"viktigt")
    with pytest.raises(FileProblem, match="finns redan"):
        create_session_file(path)
    assert path.read_bytes() == b"viktigt"


def test_failed_fill_leaves_no_file(tmp_path):
    path = tmp_path / "halv.dkarta"

    def fill(_file):
        raise OSError(28, "No space left on device")

    with pytest.raises(FileProblem):
        create_session_file(path, fill=fill)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "tom"),
        (b"hello, this is plain text\n" * 10, "inte en SQLite-databas"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "trunkerad"),
    ],
)
def test_not_a_session_file(tmp_path, content, message):
    path = tmp_path / "fel.dkarta"
    path.write_bytes(content)
    with pytest.raises(FileProblem, match=message) as info:
        open_session_file(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_missing_file(tmp_path):
    with pytest.raises(FileProblem, match="finns inte"):
        open_session_file(tmp_path / "saknas.dkarta")


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "annan.dkarta"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
    before = path.read_bytes()
    with pytest.raises(FileProblem, match="annat program"):
        open_session_file(path)
    assert path.read_bytes() == before


def test_truncated_session_file_is_refused(example_session, tmp_path):
    data = example_session.read_bytes()
    path = tmp_path / "kort.dkarta"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileProblem, match="trunkerad"):
        open_session_file(path)
    assert path.read_bytes() == data[: len(data) // 2]


def test_corrupt_pages_are_refused(example_session, tmp_path):
    data = bytearray(example_session.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # wreck every page but the header page
        data[offset : offset + 64] = b"\xff" * 64
    path = tmp_path / "trasig.dkarta"
    path.write_bytes(bytes(data))
    with pytest.raises(FileProblem, match="skadad"):
        files.read_session(path)
    assert path.read_bytes() == bytes(data)


def test_newer_file_is_refused(new_session, tmp_path):
    path = new_session.path
    new_session.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(NewerVersionError, match="nyare version"):
        open_session_file(path)
    assert path.read_bytes() == before


def test_old_file_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "gammal.dkarta"
    shutil.copy(FIXTURE, path)
    original = path.read_bytes()
    with open_session_file(path) as file:
        data = load_session(file.db)
    backup = tmp_path / "gammal.dkarta.bak"
    assert backup.read_bytes() == original
    assert data.title == "Kommundialog Sorsele"
    assert data.next_steps == ""
    needs = data.question("needs")
    assert [(n.text, n.facet, n.keywords, n.group, n.votes) for n in needs.notes] == [
        ("Introduktion av nyanställda", "own", ["kompetensförsörjning"], "Rekrytera och behålla", 2)
    ]
    collaboration = data.question("collaboration").notes[0]
    assert (collaboration.keywords, collaboration.x, collaboration.color) == (["barn och unga", "nätverk"], 120.0, "#AACCEE")
    assert [p.role for p in data.participants] == ["socialchef", "enhetschef"]
    assert needs.planned_minutes == 30
    assert _pragma(path, "integrity_check") == "ok"
    # The upgraded schema is the one the models describe.
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    engine.dispose()


def test_upgraded_file_takes_new_changes(tmp_path):
    path = tmp_path / "gammal.dkarta"
    shutil.copy(FIXTURE, path)
    with open_session_file(path) as file:
        ops.update_session(file.db, changes={"next_steps": "Återkoppling i januari"})
        ops.add_survey_response(file.db, ratings={"useful": 5}, comment="Bra dag")
    data = files.read_session(path)
    assert data.next_steps == "Återkoppling i januari"
    assert data.survey[0]["ratings"] == {"useful": 5}


def test_reading_an_old_file_never_changes_it(tmp_path):
    path = tmp_path / "gammal.dkarta"
    shutil.copy(FIXTURE, path)
    before = path.read_bytes()
    data = files.read_session(path)
    assert data.question("conditions").notes[0].text == "Två timmar till närmaste specialist"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gammal.dkarta"]


def test_fresh_schema_equals_migrated_schema(tmp_path):
    path = tmp_path / "ny.dkarta"
    create_session_file(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    engine.dispose()



def test_the_revision_chain_read_from_the_scripts_is_alembics():
    from alembic.script import ScriptDirectory

    from dialogkarta.store import migrate

    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.known_revisions() == tuple(rev.revision for rev in reversed(list(script.walk_revisions())))
    assert migrate.head_revision() == script.get_current_head()
