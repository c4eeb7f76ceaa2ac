"""A theme folded to its label is kept in the session file: ops, JSON, merge and an old file's upgrade."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from dialogkarta import files, interchange, ops
from dialogkarta.errors import ContentProblem
from dialogkarta.merge import merge_sessions
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session
from tests.conftest import FIXTURES


def _session(path):
    file = files.create_new(path, files.NewSession(county="Västerbottens län", municipalities=["Storuman"],
                                                   date="2026-03-14"))
    note = ops.add_note(file.db, question="needs", text="Introduktion av nyanställda", facet="own")
    group_id, _ = ops.create_group(file.db, question="needs", label="Rekrytera", note_ids=[note.id])
    return file, group_id


def test_fold_and_unfold_report_the_old_state_survive_a_rename_and_reopen(tmp_path):
    file, group_id = _session(tmp_path / "s.dkarta")
    assert ops.fold_theme(file.db, group_id=group_id, folded=True) is False
    assert ops.last_changes(file.db).groups == frozenset(["needs"])
    ops.rename_group(file.db, group_id=group_id, label="Rekrytera och behålla")
    file.close()
    data = files.read_session(tmp_path / "s.dkarta")
    assert data.question("needs").folded_themes == ["Rekrytera och behålla"]
    with open_session_file(tmp_path / "s.dkarta") as again:
        assert ops.fold_theme(again.db, group_id=group_id, folded=False) is True
        assert load_session(again.db).question("needs").folded_themes == []


def test_json_carries_folded_themes_and_takes_a_file_without_them(tmp_path):
    file, group_id = _session(tmp_path / "s.dkarta")
    ops.fold_theme(file.db, group_id=group_id, folded=True)
    file.close()
    interchange.write_json(files.read_session(tmp_path / "s.dkarta"), tmp_path / "s.json")
    raw = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    [needs] = [q for q in raw["questions"] if q["key"] == "needs"]
    assert needs["folded_themes"] == ["Rekrytera"]
    files.import_json(tmp_path / "s.json", tmp_path / "back.dkarta")
    assert files.read_session(tmp_path / "back.dkarta").question("needs").folded_themes == ["Rekrytera"]
    del needs["folded_themes"]  # a file from before revision 0008: nothing folded
    (tmp_path / "old.json").write_text(json.dumps(raw), encoding="utf-8")
    files.import_json(tmp_path / "old.json", tmp_path / "old.dkarta")
    assert files.read_session(tmp_path / "old.dkarta").question("needs").folded_themes == []
    needs["folded_themes"] = ["Inget sådant tema"]
    (tmp_path / "bad.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ContentProblem, match="bad.json.*folded_themes"):
        files.import_json(tmp_path / "bad.json", tmp_path / "bad.dkarta")
    assert not (tmp_path / "bad.dkarta").exists()


def test_merge_takes_the_fold_of_the_copy_changed_last(tmp_path):
    file, group_id = _session(tmp_path / "s.dkarta")
    file.close()
    anna, bertil = tmp_path / "anna.dkarta", tmp_path / "bertil.dkarta"
    shutil.copyfile(tmp_path / "s.dkarta", anna)
    shutil.copyfile(tmp_path / "s.dkarta", bertil)
    with open_session_file(anna) as copy:
        ops.fold_theme(copy.db, group_id=group_id, folded=True)
    for order in ((anna, bertil), (bertil, anna)):
        merged = merge_sessions([(p.stem, files.read_session(p)) for p in order]).data
        assert merged.question("needs").folded_themes == ["Rekrytera"]
    with open_session_file(bertil) as copy:  # later: Bertil unfolds it (it was folded in his copy too)
        ops.fold_theme(copy.db, group_id=group_id, folded=True)
        ops.fold_theme(copy.db, group_id=group_id, folded=False)
    merged = merge_sessions([("a", files.read_session(anna)), ("b", files.read_session(bertil))]).data
    assert merged.question("needs").folded_themes == []


def test_a_revision_0002_file_upgrades_with_its_themes_unfolded_and_can_fold_them(tmp_path):
    path = tmp_path / "vilhelmina.dkarta"
    shutil.copyfile(FIXTURES / "session_rev0002.dkarta", path)
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(note_group)")]
    assert "folded" not in columns
    with open_session_file(path) as file:
        data = load_session(file.db)
        assert data.question("needs").groups == ["Rekrytera och behålla"]
        assert data.question("needs").folded_themes == []
        assert {n.group for _, n in data.all_notes() if n.group} == {"Rekrytera och behålla"}  # the notes keep it
        ops.fold_theme(file.db, group_id=ops.find_group(file.db, question="needs", label="Rekrytera och behålla"),
                       folded=True)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT label, folded FROM note_group").fetchall() == [("Rekrytera och behålla", 1)]
