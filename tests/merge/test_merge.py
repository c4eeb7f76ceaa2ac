"""Merging two laptops' copies of one session: the cases a facilitator meets, one by one."""

from __future__ import annotations

import json
import shutil

import pytest

from dialogkarta import files, ops
from dialogkarta.cli import main
from dialogkarta.copies import merge_files
from dialogkarta.merge import merge_sessions
from dialogkarta.merge.fields import MARKER_START
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session
from tests.faults.conftest import digest


@pytest.fixture
def two_laptops(tmp_path):
    """One session with a shared note, copied to two 'laptops' (folders) with a plain file copy."""
    original = files.create_new(tmp_path / "storuman.dkarta",
                                files.NewSession(county="Västerbottens län", municipalities=["Storuman"], date="2026-03-14"))
    shared = ops.add_note(original.db, question="needs", text="Introduktion av nyanställda", facet="own")
    ops.add_participant(original.db, role="socialchef", area="Stab")
    ops.update_question(original.db, question="needs", changes={"minutes": "Vi började med kompetens."})
    original.close()
    paths = []
    for laptop in ("anna", "bertil"):
        (tmp_path / laptop).mkdir()
        paths.append(tmp_path / laptop / "storuman.dkarta")
        shutil.copyfile(tmp_path / "storuman.dkarta", paths[-1])
    return paths, shared.id


def _edit(path, change) -> None:
    with open_session_file(path) as file:
        change(file.db)


def test_three_notes_on_one_laptop_and_two_on_the_other_are_all_kept(two_laptops, tmp_path):
    (anna, bertil), shared = two_laptops
    _edit(anna, lambda db: [ops.add_note(db, question="needs", text=f"Anna {i}", facet="own") for i in range(3)])
    _edit(bertil, lambda db: [ops.add_note(db, question="collaboration", text=f"Bertil {i}", facet="local")
                              for i in range(2)])
    result = merge_files([anna, bertil], tmp_path / "ihop.dkarta")
    texts = sorted(n.text for _, n in files.read_session(tmp_path / "ihop.dkarta").all_notes())
    assert texts == sorted(["Introduktion av nyanställda", "Anna 0", "Anna 1", "Anna 2", "Bertil 0", "Bertil 1"])
    assert result.report.only_in == {str(anna): 3, str(bertil): 2}  # same file names: labelled by path


def test_changes_to_different_fields_of_one_note_are_both_kept(two_laptops):
    (anna, bertil), shared = two_laptops
    _edit(anna, lambda db: ops.update_note(db, note_id=shared, changes={"text": "Introduktion och mentorskap"}))
    _edit(bertil, lambda db: ops.update_note(db, note_id=shared, changes={"votes": 4, "keywords": ["rekrytering"]}))
    merged = merge_sessions([("a", files.read_session(anna)), ("b", files.read_session(bertil))]).data
    [note] = merged.question("needs").notes
    assert (note.text, note.votes, note.keywords) == ("Introduktion och mentorskap", 4, ["rekrytering"])


def test_the_same_field_changed_in_both_takes_the_later_change(two_laptops):
    (anna, bertil), shared = two_laptops
    _edit(anna, lambda db: ops.update_note(db, note_id=shared, changes={"text": "Först"}))
    _edit(bertil, lambda db: ops.update_note(db, note_id=shared, changes={"text": "Sedan"}))
    for order in ((anna, bertil), (bertil, anna)):
        merged = merge_sessions([(p.parent.name, files.read_session(p)) for p in order]).data
        assert merged.question("needs").notes[0].text == "Sedan"


def test_a_note_deleted_in_one_copy_and_changed_later_in_the_other_is_kept_and_reported(two_laptops):
    (anna, bertil), shared = two_laptops
    _edit(anna, lambda db: ops.delete_notes(db, note_ids=[shared]))
    _edit(bertil, lambda db: ops.update_note(db, note_id=shared, changes={"text": "Viktig ändå"}))
    result = merge_sessions([("anna", files.read_session(anna)), ("bertil", files.read_session(bertil))])
    assert [n.text for n in result.data.question("needs").notes] == ["Viktig ändå"]
    assert [text for _, text in result.report.kept_despite_deletion] == ["Viktig ändå"]
    assert any("togs bort i en kopia men ändrades senare" in line for line in result.report.lines())


def test_a_note_deleted_in_one_copy_and_untouched_in_the_other_stays_deleted(two_laptops):
    (anna, bertil), shared = two_laptops
    _edit(bertil, lambda db: ops.update_note(db, note_id=shared, changes={"votes": 1}))
    _edit(anna, lambda db: ops.delete_notes(db, note_ids=[shared]))  # after Bertil's change
    result = merge_sessions([("anna", files.read_session(anna)), ("bertil", files.read_session(bertil))])
    assert result.data.note_count == 0
    assert [t.id for t in result.data.deleted if t.kind == "note"] == [shared]


def test_minutes_edited_on_both_laptops_keep_both_versions_marked(two_laptops, tmp_path):
    (anna, bertil), _ = two_laptops
    _edit(anna, lambda db: ops.update_question(db, question="needs", changes={"minutes": "Annas anteckningar om bemanning"}))
    _edit(bertil, lambda db: ops.update_question(db, question="needs", changes={"minutes": "Bertils anteckningar om distans"}))
    output = tmp_path / "ihop.dkarta"
    result = merge_files([anna, bertil], output)
    minutes = files.read_session(output).question("needs").minutes
    assert minutes.startswith(MARKER_START)
    assert "Annas anteckningar om bemanning" in minutes and "Bertils anteckningar om distans" in minutes
    assert result.report.conflicts == ["needs.minutes"]
    # Merging the merged file with either copy again changes nothing and marks nothing twice.
    again = merge_sessions([("m", files.read_session(output)), ("a", files.read_session(anna))]).data
    assert again.question("needs").minutes == minutes
    # The facilitator resolves the text; that version has seen both and wins over either copy.
    _edit(output, lambda db: ops.update_question(db, question="needs", changes={"minutes": "Jämkad text"}))
    resolved = merge_sessions([(p.name, files.read_session(p)) for p in (output, anna, bertil)]).data
    assert resolved.question("needs").minutes == "Jämkad text"


def test_minutes_edited_on_one_laptop_only_take_that_edit_without_a_marker(two_laptops):
    (anna, bertil), _ = two_laptops
    _edit(bertil, lambda db: ops.update_question(db, question="needs", changes={"minutes": "Bara Bertil"}))
    merged = merge_sessions([("a", files.read_session(anna)), ("b", files.read_session(bertil))]).data
    assert merged.question("needs").minutes == "Bara Bertil"


def test_participants_keep_their_identity_across_copies(two_laptops):
    (anna, bertil), _ = two_laptops
    _edit(anna, lambda db: ops.update_participant(db, participant_id=ops.participant_ids(db)[0],
                                                  changes={"area": "IFO"}))
    _edit(bertil, lambda db: ops.add_participant(db, role="enhetschef"))
    merged = merge_sessions([("a", files.read_session(anna)), ("b", files.read_session(bertil))]).data
    assert sorted((p.role, p.area) for p in merged.participants) == [("enhetschef", ""), ("socialchef", "IFO")]


def test_a_renamed_theme_wins_over_the_old_name_in_the_other_copy(two_laptops):
    (anna, bertil), shared = two_laptops
    _edit(anna, lambda db: ops.create_group(db, question="needs", label="Rekrytera", note_ids=[shared]))
    merged_path = anna.with_name("gemensam.dkarta")
    merge_files([anna, bertil], merged_path)
    shutil.copyfile(merged_path, bertil)  # both laptops now have the theme
    _edit(anna, lambda db: ops.rename_group(db, group_id=ops.find_group(db, question="needs", label="Rekrytera"),
                                            label="Rekrytera och behålla"))
    merged = merge_sessions([("a", files.read_session(anna)), ("b", files.read_session(bertil))]).data
    assert merged.question("needs").groups == ["Rekrytera och behålla"]
    assert merged.question("needs").notes[0].group == "Rekrytera och behålla"


def test_command_line_merge_writes_a_new_file_and_leaves_the_copies_alone(two_laptops, tmp_path, capsys):
    (anna, bertil), _ = two_laptops
    _edit(anna, lambda db: ops.add_note(db, question="needs", text="Från Anna", facet="own"))
    before = [digest(anna), digest(bertil)]
    output = tmp_path / "ihop.dkarta"
    assert main(["merge", str(anna), str(bertil), "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert "1 anteckning fanns bara här" in out and f"{output}: 2 kopior ihopslagna, 2 anteckningar" in out
    assert [digest(anna), digest(bertil)] == before
    assert main(["merge", str(anna), str(bertil), "-o", str(anna)]) == 2
    assert "skriv resultatet till en ny fil" in capsys.readouterr().err
    assert [digest(anna), digest(bertil)] == before


def test_command_line_refuses_copies_of_different_sessions_in_one_line(two_laptops, tmp_path, capsys):
    (anna, _), _ = two_laptops
    other = files.create_new(tmp_path / "lycksele.dkarta",
                             files.NewSession(county="Västerbottens län", municipalities=["Lycksele"], date="2026-04-01"))
    other.close()
    assert main(["merge", str(anna), str(tmp_path / "lycksele.dkarta"), "-o", str(tmp_path / "x.dkarta")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "lycksele.dkarta" in err[0] and "annan session" in err[0]
    assert not (tmp_path / "x.dkarta").exists()


def test_merging_a_copy_into_the_open_file_through_ops_can_be_undone_exactly(two_laptops):
    (anna, bertil), shared = two_laptops
    _edit(bertil, lambda db: ops.add_note(db, question="needs", text="Från Bertil", facet="own"))
    _edit(bertil, lambda db: ops.delete_notes(db, note_ids=[shared]))
    with open_session_file(anna) as file:
        note = ops.add_note(file.db, question="needs", text="Från Anna", facet="own")
        group_id, _ = ops.create_group(file.db, question="needs", label="Annas tema", note_ids=[note.id])
        participants = ops.participant_ids(file.db)
        before = load_session(file.db)
        origin = before.origin
        old, report = ops.merge_copy(file.db, other=files.read_session(bertil), own_label="denna", other_label="bertil")
        merged = load_session(file.db)
        assert sorted(n.text for _, n in merged.all_notes()) == ["Från Anna", "Från Bertil"]
        assert merged.origin == origin, "the open file stays the same copy"
        assert report.only_in == {"denna": 1, "bertil": 1}
        # Undo steps recorded before the merge still find their group and participants.
        assert ops.find_group(file.db, question="needs", label="Annas tema") == group_id
        assert ops.participant_ids(file.db) == participants
        merged = load_session(file.db)
        again, _ = ops.merge_copy(file.db, other=files.read_session(bertil), own_label="denna", other_label="bertil")
        assert _json(load_session(file.db)) == _json(merged), "merging the same copy again changes nothing"
        ops.restore_session(file.db, data=old)
        assert _json(load_session(file.db)) == _json(before)
        assert ops.find_group(file.db, question="needs", label="Annas tema") == group_id


def _json(data) -> str:
    from dialogkarta import interchange

    return json.dumps(interchange.session_to_json(data), sort_keys=True)


def test_the_history_travels_through_json_and_plain_deleted_entries_are_accepted(two_laptops, tmp_path):
    from dialogkarta import interchange
    from dialogkarta.errors import ContentProblem

    (anna, bertil), shared = two_laptops
    _edit(anna, lambda db: ops.update_question(db, question="needs", changes={"minutes": "Anna"}))
    _edit(bertil, lambda db: ops.update_question(db, question="needs", changes={"minutes": "Bertil"}))
    _edit(bertil, lambda db: ops.delete_notes(db, note_ids=[shared]))
    merged = merge_sessions([("a", files.read_session(anna)), ("b", files.read_session(bertil))]).data
    # .dkarta -> JSON -> .dkarta keeps tombstones and both unresolved versions
    interchange.write_json(merged, tmp_path / "ihop.json")
    files.import_json(tmp_path / "ihop.json", tmp_path / "ihop.dkarta")
    again = files.read_session(tmp_path / "ihop.dkarta")
    assert _json(merge_sessions([("m", again), ("a", files.read_session(anna))]).data) == _json(merged)

    # Another tool's JSON with only the contract's {"id", "at"}: a deletion after the note's last change wins.
    obj = interchange.session_to_json(files.read_session(anna))
    del obj["deleted"], obj["history"]
    for question in obj["questions"]:
        for note in question["notes"]:
            note.pop("stamps", None)
    obj["questions"] = [q for q in obj["questions"] if q["key"] != "needs"]
    obj["deleted"] = [{"id": shared, "at": "2999-01-01T00:00:00"}]
    other = interchange.session_from_json(obj)
    result = merge_sessions([("a", files.read_session(anna)), ("json", other)]).data
    assert shared not in {n.id for _, n in result.all_notes()}
    obj["deleted"] = [{"id": shared}]
    with pytest.raises(ContentProblem, match="'id' och 'at'"):
        interchange.session_from_json(obj, path=tmp_path / "trasig.json")


def test_one_to_one_talks_and_their_notes_from_both_laptops_are_kept_and_a_deleted_talk_stays_deleted(two_laptops):
    (anna, bertil), _ = two_laptops

    def talk(db, role, text):
        talk_id = ops.add_talk(db, role=role)
        ops.add_note(db, question="needs", text=text, facet="own", talk=talk_id)
        return talk_id

    with open_session_file(anna) as file:
        talk(file.db, "socialchef", "Från samtalet med socialchefen")
        gone = talk(file.db, "enhetschef", "Ska bort")
    shutil.copyfile(anna, bertil)  # Bertil gets the talks before Anna deletes one
    with open_session_file(anna) as file:
        ops.delete_talk(file.db, talk_id=gone)
    with open_session_file(bertil) as file:
        talk(file.db, "förvaltningschef", "Från samtalet med förvaltningschefen")
    merged = merge_sessions([("a", files.read_session(anna)), ("b", files.read_session(bertil))]).data
    assert sorted(t.role for t in merged.talks) == ["förvaltningschef", "socialchef"]
    assert sorted(n.text for _, n in merged.all_notes() if n.talk) == [
        "Från samtalet med förvaltningschefen", "Från samtalet med socialchefen"]
