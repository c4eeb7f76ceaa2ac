"""The survey's own statements live in the session file (revision 0006), new or upgraded, and in JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dialogkarta import files, interchange, ops
from dialogkarta.errors import ContentProblem
from dialogkarta.model.values import survey_items_from_texts
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "session_rev0001.dkarta"
ITEMS = [{"key": "advance_info", "text": "Informationen före mötet hjälpte mig"}, {"key": "item1", "text": "Lokalen var bra"}]


@pytest.mark.parametrize("origin", ["new", "upgraded"])
def test_statements_are_stored_undone_and_read_back(tmp_path, new_session, origin):
    if origin == "upgraded":
        path = tmp_path / "gammal.dkarta"
        shutil.copy(FIXTURE, path)
        file = open_session_file(path)
    else:
        file = new_session
    assert load_session(file.db).survey_items == []
    old = ops.update_session(file.db, changes={"survey_items": ITEMS})
    assert load_session(file.db).survey_items == ITEMS
    ops.update_session(file.db, changes=old)  # what undo does
    assert load_session(file.db).survey_items == []
    ops.update_session(file.db, changes={"survey_items": ITEMS})
    if origin == "upgraded":
        file.close()
        assert files.read_session(path).survey_items == ITEMS


@pytest.mark.parametrize("items", [[{"key": "a", "text": ""}], [{"key": "a", "text": "x"}, {"key": "a", "text": "y"}],
                                   ["bara text"], [{"key": f"k{i}", "text": "t"} for i in range(31)]])
def test_bad_statements_are_refused_by_ops_and_by_import(tmp_path, new_session, example_paths, items):
    with pytest.raises(ValueError):
        ops.update_session(new_session.db, changes={"survey_items": items})
    obj = json.loads(example_paths[0].read_text(encoding="utf-8"))
    obj["survey_items"] = items
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(obj), encoding="utf-8")
    with pytest.raises(ContentProblem, match="enkät"):
        interchange.read_json(bad)


def test_statements_survive_json_and_a_kept_text_keeps_its_key(example_paths):
    data = interchange.session_from_json(json.loads(example_paths[0].read_text(encoding="utf-8")))
    data.survey_items = ITEMS
    again = interchange.session_from_json(json.loads(interchange.dumps(data)))
    assert again.survey_items == ITEMS
    items = survey_items_from_texts(["Lokalen var bra", "", "  Nytt   påstående ", "Informationen före mötet hjälpte mig"],
                                    [(i["key"], i["text"]) for i in ITEMS])
    assert items == [{"key": "item1", "text": "Lokalen var bra"}, {"key": "item2", "text": "Nytt påstående"},
                     {"key": "advance_info", "text": "Informationen före mötet hjälpte mig"}]


def test_an_old_file_read_without_editing_is_upgraded_in_a_copy_and_has_the_default_statements(tmp_path):
    path = tmp_path / "gammal.dkarta"
    shutil.copy(FIXTURE, path)
    before = path.read_bytes()
    assert files.read_session(path).survey_items == []
    assert path.read_bytes() == before
