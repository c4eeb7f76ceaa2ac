"""Operations mutate the file at once and return what their inverse needs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogkarta import files, ops
from dialogkarta.store.queries import load_session


def _reread(file):
    return files.read_session(file.path)


def test_add_note_is_committed_at_once(new_session):
    note = ops.add_note(new_session.db, question="needs", text="Tid för reflektion", facet="own", keywords=["kollegialt stöd"])
    data = _reread(new_session)  # a second connection sees it: it is committed
    [saved] = data.question("needs").notes
    assert (saved.id, saved.text, saved.facet, saved.keywords) == (note.id, "Tid för reflektion", "own", ["kollegialt stöd"])
    assert saved.municipality == "Storuman", "defaults to the session's only municipality"
    assert data.modified


def test_delete_and_restore_put_a_note_back_exactly(new_session):
    db = new_session.db
    first = ops.add_note(db, question="needs", text="Ett", facet="own")
    second = ops.add_note(db, question="needs", text="Två", facet="general", keywords=["bemanning", "mandat"])
    third = ops.add_note(db, question="needs", text="Tre")
    group_id, _ = ops.create_group(db, question="needs", label="Gruppen", note_ids=[second.id])
    before = load_session(db)
    snapshots = ops.delete_notes(db, note_ids=[second.id])
    assert [n.text for n in load_session(db).question("needs").notes] == ["Ett", "Tre"]
    ops.restore_notes(db, snapshots=snapshots)
    after = load_session(db)
    # Everything but the note's history, which records the undo as a change after the deletion.
    restored = [replace(n, stamps={}) for n in after.question("needs").notes]
    assert restored == [replace(n, stamps={}) for n in before.question("needs").notes]
    assert after.question("needs").notes[1].stamps["_alive"] > after.deleted[0].at
    assert [first.id, second.id, third.id] == [n.id for n in after.question("needs").notes]
    assert group_id


def test_update_note_returns_old_values_for_undo(new_session):
    db = new_session.db
    note = ops.add_note(db, question="collaboration", text="Skolan", facet="local", keywords=["barn och unga"])
    old = ops.update_note(db, note_id=note.id, changes={"text": "Skolan och BUP", "facet": "regional", "keywords": ["nära vård"]})
    assert old == {"text": "Skolan", "facet": "local", "keywords": ["barn och unga"]}
    [changed] = _reread(new_session).question("collaboration").notes
    assert (changed.text, changed.facet, changed.keywords) == ("Skolan och BUP", "regional", ["nära vård"])
    ops.update_note(db, note_id=note.id, changes=old)
    [restored] = _reread(new_session).question("collaboration").notes
    assert (restored.text, restored.facet, restored.keywords) == ("Skolan", "local", ["barn och unga"])


def test_move_note_to_another_question(new_session):
    db = new_session.db
    note = ops.add_note(db, question="conditions", text="Flyttas")
    ops.update_note(db, note_id=note.id, changes={"question_key": "current_work"})
    data = _reread(new_session)
    assert data.question("conditions").notes == []
    assert [n.text for n in data.question("current_work").notes] == ["Flyttas"]


def test_group_delete_and_restore(new_session):
    db = new_session.db
    a = ops.add_note(db, question="needs", text="A")
    b = ops.add_note(db, question="needs", text="B")
    group_id, old = ops.create_group(db, question="needs", label="Rekrytera och behålla", note_ids=[a.id, b.id])
    assert old == {a.id: None, b.id: None}
    assert [n.group for n in _reread(new_session).question("needs").notes] == ["Rekrytera och behålla"] * 2
    assert ops.rename_group(db, group_id=group_id, label="Behålla") == "Rekrytera och behålla"
    group, members = ops.delete_group(db, group_id=group_id)
    data = _reread(new_session)
    assert [n.group for n in data.question("needs").notes] == [None, None]
    assert [n.text for n in data.question("needs").notes] == ["A", "B"], "notes survive their group"
    ops.restore_group(db, group=group, members=members)
    assert [n.group for n in _reread(new_session).question("needs").notes] == ["Behålla"] * 2


def test_merge_keywords_across_notes_and_undo(new_session):
    db = new_session.db
    ops.set_vocabulary(db, keywords=["kompetensförsörjning", "Kompetensforsorjning", "bemanning"])
    a = ops.add_note(db, question="needs", text="A", keywords=["Kompetensforsorjning", "bemanning"])
    b = ops.add_note(db, question="needs", text="B", keywords=["kompetensförsörjning"])
    snapshot = ops.merge_keywords(db, sources=["Kompetensforsorjning"], target="kompetensförsörjning")
    data = _reread(new_session)
    assert [n.keywords for n in data.question("needs").notes] == [["kompetensförsörjning", "bemanning"], ["kompetensförsörjning"]]
    assert data.vocabulary == ["kompetensförsörjning", "bemanning"]
    ops.restore_keywords(db, snapshot=snapshot)
    data = _reread(new_session)
    assert [n.keywords for n in data.question("needs").notes] == [["Kompetensforsorjning", "bemanning"], ["kompetensförsörjning"]]
    assert data.vocabulary == ["kompetensförsörjning", "Kompetensforsorjning", "bemanning"]
    assert a.id != b.id


def test_participants_and_session_fields(new_session):
    db = new_session.db
    pid = ops.add_participant(db, role="socialchef", area="Stab", municipality="Storuman")
    ops.add_participant(db, role="FoU-ombud", area="IFO")
    old = ops.update_participant(db, participant_id=pid, changes={"name": "Kim"})
    assert old == {"name": None}
    snapshot = ops.remove_participant(db, participant_id=pid)
    assert [p.role for p in _reread(new_session).participants] == ["FoU-ombud"]
    ops.add_participant(db, **snapshot)
    assert [(p.role, p.name) for p in _reread(new_session).participants] == [("socialchef", "Kim"), ("FoU-ombud", None)]
    old = ops.update_session(db, changes={"place": "Kommunhuset", "facilitators": ["A", "B"]})
    assert old == {"place": "", "facilitators": []}
    data = _reread(new_session)
    assert (data.place, data.facilitators) == ("Kommunhuset", ["A", "B"])


def test_question_texts(new_session):
    old = ops.update_question(new_session.db, question="conditions", changes={"minutes": "Långa avstånd.", "planned_minutes": 40})
    assert old == {"minutes": "", "planned_minutes": None}
    question = _reread(new_session).question("conditions")
    assert (question.minutes, question.planned_minutes) == ("Långa avstånd.", 40)


def test_theme_votes_never_below_zero_survive_rename_and_round_trip_json(tmp_path):
    from dialogkarta import files, interchange
    from dialogkarta.store import open_session_file

    path = tmp_path / "teman.dkarta"
    files.create_new(path, files.NewSession(county="Västerbottens län", municipalities=["Malå"],
                                            date="2026-03-03")).close()
    with open_session_file(path) as file:
        note = ops.add_note(file.db, question="needs", text="Mentorer", facet="own")
        snapshot = ops.group_notes(file.db, question="needs", label="Introduktion", note_ids=[note.id])
        group_id = snapshot.created
        assert ops.vote_theme(file.db, group_id=group_id, step=1) == 0
        assert ops.last_changes(file.db).groups == {"needs"}
        ops.vote_theme(file.db, group_id=group_id, step=1)
        assert ops.vote_theme(file.db, group_id=group_id, step=-5) == 2  # clamped at zero
        ops.set_theme_votes(file.db, group_id=group_id, votes=3)
        ops.rename_group(file.db, group_id=group_id, label="Introduktion av nya")
    data = files.read_session(path)
    assert data.question("needs").theme_votes == {"Introduktion av nya": 3}
    again = interchange.loads(interchange.dumps(data))
    assert again.question("needs").theme_votes == {"Introduktion av nya": 3}
    with pytest.raises(Exception, match="theme_votes"):
        raw = interchange.session_to_json(data)
        raw["questions"][2]["theme_votes"] = {"Okänt tema": 1}
        interchange.session_from_json(raw)


def test_reorder_notes_puts_dropped_notes_in_their_lane_and_is_undone(tmp_path):
    from dialogkarta.store import open_session_file

    path = tmp_path / "ordning.dkarta"
    files.create_new(path, files.NewSession(county="Västerbottens län", municipalities=["Malå"],
                                            date="2026-03-03")).close()
    with open_session_file(path) as file:
        ids = [ops.add_note(file.db, question="needs", text=t, facet="own", x=5.0, y=6.0).id for t in "ABC"]
        places = ops.reorder_notes(file.db, question="needs", order=[ids[2], ids[0]], facets={ids[2]: "general"})
        assert ops.last_changes(file.db).questions == {"needs"}
        data = files.read_session(path).question("needs")
        assert [(n.text, n.facet, n.x) for n in data.notes] == [("C", "general", None), ("A", "own", 5.0), ("B", "own", 5.0)]
        ops.restore_note_places(file.db, places=places)
    data = files.read_session(path).question("needs")
    assert [(n.text, n.facet, n.x) for n in data.notes] == [("A", "own", 5.0), ("B", "own", 5.0), ("C", "own", 5.0)]
