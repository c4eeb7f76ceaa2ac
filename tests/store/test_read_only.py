"""Reading a file with sqlite3 alone: the same schema, the same checks, the same SessionData as the ORM gives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from dialogkarta import files
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session
from dialogkarta.store.read_only import read_session_file
from dialogkarta.store.untrusted import expected_schema, schema_of_tables

ROOT = Path(__file__).resolve().parents[2]


def test_the_schema_snapshot_is_the_table_classes():
    """A column or index added to model/tables.py must be added to store/schema_snapshot.py too."""
    assert expected_schema() == schema_of_tables()


def test_every_example_reads_the_same_without_the_orm(tmp_path):
    from tests.benchmarks.generate import session

    written = [path for path, _ in files.write_examples(tmp_path, sorted((ROOT / "sessions").glob("*.json")))]
    files.write_session_file(session(0, 300), tmp_path / "300.dkarta")
    for path in [*written, tmp_path / "300.dkarta"]:
        with open_session_file(path, readonly=True) as file:
            through_orm = load_session(file.db)
        assert read_session_file(path) == through_orm, path.name
        assert through_orm.note_count > 0


def test_an_older_file_is_read_through_an_upgraded_copy_and_left_as_it_was(tmp_path):
    old = tmp_path / "gammal.dkarta"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "session_rev0002.dkarta", old)
    before = old.read_bytes()
    data = files.read_session(old)
    assert data.note_count > 0 and old.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_exporting_a_document_never_imports_the_orm(tmp_path):
    """The cost the export benchmark measures: the command that only reads imports no SQLAlchemy, SQLModel or alembic."""
    from tests.benchmarks.generate import session

    path = tmp_path / "s.dkarta"
    files.write_session_file(session(0, 40), path)
    probe = (
        "import sys\n"
        "from dialogkarta.cli import main\n"
        f"code = main(['export', {str(path)!r}, '--kind', 'material', '-o', {str(tmp_path / 'm.docx')!r},"
        " '--allow-personal-data'])\n"
        "print(code, sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert result.stdout.split("\n")[-2] == "0 []", result.stdout + result.stderr
    assert (tmp_path / "m.docx").stat().st_size > 0
