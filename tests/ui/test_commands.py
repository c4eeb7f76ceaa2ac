"""Undo commands: each one changes the file through ops, undo puts it back, redo again."""

from __future__ import annotations

import pytest

from dialogkarta import files
from dialogkarta.ui.commands import (
    AddNoteCommand,
    AddParticipantCommand,
    DeleteNotesCommand,
    EditNoteCommand,
    EditParticipantCommand,
    EditQuestionTextCommand,
    EditSessionCommand,
    GroupNotesCommand,
    MergeKeywordsCommand,
    MoveNotesCommand,
    RemoveParticipantCommand,
    RenameGroupCommand,
    RenameKeywordCommand,
    UngroupCommand,
    VoteCommand,
)
from dialogkarta.ui.document import SessionDocument


@pytest.fixture
def document(qapp, tmp_path):
    path = tmp_path / "vilhelmina.dkarta"
    files.create_new(path, files.NewSession(county="Västerbottens län", municipalities=["Vilhelmina"],
                                            date="2026-04-02")).close()
    doc = SessionDocument.open(path)
    seen = []
    doc.changed.connect(lambda what, ids: seen.append(what))
    doc.seen = seen
    yield doc
    doc.close()


def saved(document):
    return files.read_session(document.path)


def add(document, text, question="needs", **fields):
    command = AddNoteCommand(document, question=question, text=text, **fields)
    assert document.push(command)
    return command.note_id


def texts(document, key=None):
    data = saved(document)
    notes = data.question(key).notes if key else [n for _, n in data.all_notes()]
    return [n.text for n in notes]


def test_add_edit_delete_with_undo_and_redo(document):
    stack = document.undo_stack
    first = add(document, "Svårt att rekrytera socionomer", facet="own", keywords=["kompetensförsörjning"])
    second = add(document, "Vikarier i äldreomsorgen", facet="general", municipality="Vilhelmina")
    assert texts(document, "needs") == ["Svårt att rekrytera socionomer", "Vikarier i äldreomsorgen"]
    document.push(EditNoteCommand(document, note_id=first, changes={"text": "Svårt att behålla socionomer",
                                                                    "facet": "general", "keywords": ["bemanning"]}))
    note = saved(document).question("needs").notes[0]
    assert (note.text, note.facet, note.keywords) == ("Svårt att behålla socionomer", "general", ["bemanning"])
    stack.undo()
    note = saved(document).question("needs").notes[0]
    assert (note.text, note.facet, note.keywords) == ("Svårt att rekrytera socionomer", "own", ["kompetensförsörjning"])
    document.push(DeleteNotesCommand(document, note_ids=[first, second]))
    assert texts(document) == []
    stack.undo()
    restored = saved(document).question("needs").notes
    assert [(n.id, n.municipality) for n in restored] == [(first, "Vilhelmina"), (second, "Vilhelmina")]
    stack.undo()  # the edit was undone before; this undoes adding the second note
    assert texts(document) == ["Svårt att rekrytera socionomer"]
    stack.redo()
    assert saved(document).question("needs").notes[1].id == second  # same id again
    assert "notes" in document.seen


def test_move_changes_position_and_lane_in_one_step(document):
    note = add(document, "Regional samverkan kring placeringar", question="collaboration", facet="local")
    document.push(MoveNotesCommand(document, changes={note: {"x": 120.0, "y": 340.0, "facet": "regional"}}))
    moved = saved(document).question("collaboration").notes[0]
    assert (moved.x, moved.y, moved.facet) == (120.0, 340.0, "regional")
    document.undo_stack.undo()
    back = saved(document).question("collaboration").notes[0]
    assert (back.x, back.y, back.facet) == (None, None, "local")


def test_votes_never_go_below_zero_and_undo(document):
    a, b = add(document, "Gemensam introduktion"), add(document, "Handledning")
    document.push(VoteCommand(document, note_ids=[a, b], step=1))
    document.push(VoteCommand(document, note_ids=[a], step=1))
    assert [n.votes for n in saved(document).question("needs").notes] == [2, 1]
    document.push(VoteCommand(document, note_ids=[b], step=-1))
    document.push(VoteCommand(document, note_ids=[b], step=-1))
    assert [n.votes for n in saved(document).question("needs").notes] == [2, 0]
    for _ in range(4):
        document.undo_stack.undo()
    assert [n.votes for n in saved(document).question("needs").notes] == [0, 0]


def test_group_rename_ungroup_and_undo(document):
    stack = document.undo_stack
    a, b, c = (add(document, t) for t in ("Rekrytering", "Introduktion", "Lönenivåer"))
    document.push(GroupNotesCommand(document, question="needs", label="Kompetens", note_ids=[a, b]))
    document.push(GroupNotesCommand(document, question="needs", label="Kompetens", note_ids=[c]))
    data = saved(document).question("needs")
    assert data.groups == ["Kompetens"] and {n.group for n in data.notes} == {"Kompetens"}
    document.push(RenameGroupCommand(document, question="needs", label="Kompetens", new_label="Kompetensförsörjning"))
    assert saved(document).question("needs").groups == ["Kompetensförsörjning"]
    document.push(UngroupCommand(document, note_ids=[c]))
    data = saved(document).question("needs")
    assert [n.group for n in data.notes] == ["Kompetensförsörjning", "Kompetensförsörjning", None]
    document.push(UngroupCommand(document, note_ids=[a, b]))
    data = saved(document).question("needs")
    assert data.groups == [] and [n.group for n in data.notes] == [None, None, None]
    stack.undo()
    stack.undo()
    data = saved(document).question("needs")
    assert data.groups == ["Kompetensförsörjning"] and {n.group for n in data.notes} == {"Kompetensförsörjning"}
    stack.undo()
    assert saved(document).question("needs").groups == ["Kompetens"]
    stack.undo()
    stack.undo()
    data = saved(document).question("needs")
    assert data.groups == [] and [n.group for n in data.notes] == [None, None, None]


def test_typing_in_minutes_is_one_undo_step(document):
    for text in ("M", "Må", "Mån", "Många"):
        document.push(EditQuestionTextCommand(document, question="needs", field="minutes", value=text))
    document.push(EditQuestionTextCommand(document, question="needs", field="summary", value="Kort"))
    assert document.undo_stack.count() == 2
    assert saved(document).question("needs").minutes == "Många"
    document.undo_stack.undo()
    document.undo_stack.undo()
    data = saved(document).question("needs")
    assert (data.minutes, data.summary) == ("", "")


def test_keywords_rename_and_merge_across_notes(document):
    add(document, "A", keywords=["kompetensforsorjning"])
    add(document, "B", keywords=["Kompetensförsörjning", "ekonomi"])
    document.push(MergeKeywordsCommand(document, sources=["kompetensforsorjning", "Kompetensförsörjning"],
                                       target="kompetensförsörjning"))
    assert [n.keywords for n in saved(document).question("needs").notes] == [
        ["kompetensförsörjning"], ["kompetensförsörjning", "ekonomi"]]
    document.push(RenameKeywordCommand(document, old="ekonomi", new="budget"))
    assert saved(document).question("needs").notes[1].keywords == ["kompetensförsörjning", "budget"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [n.keywords for n in saved(document).question("needs").notes] == [
        ["kompetensforsorjning"], ["Kompetensförsörjning", "ekonomi"]]


def test_session_and_participants(document):
    document.push(EditSessionCommand(document, changes={"place": "Kommunhuset"}))
    document.push(AddParticipantCommand(document, role="socialchef", area="IFO", municipality="Vilhelmina"))
    add_command = AddParticipantCommand(document, role="FoU-ombud", name="Åsa Öhman")
    document.push(add_command)
    document.push(EditParticipantCommand(document, participant_id=add_command.participant_id,
                                         changes={"area": "Äldreomsorg"}))
    data = saved(document)
    assert data.place == "Kommunhuset"
    assert [(p.role, p.area, p.name) for p in data.participants] == [
        ("socialchef", "IFO", None), ("FoU-ombud", "Äldreomsorg", "Åsa Öhman")]
    document.push(RemoveParticipantCommand(document, participant_id=add_command.participant_id))
    assert len(saved(document).participants) == 1
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert saved(document).participants[1].area == ""
    for _ in range(3):
        document.undo_stack.undo()
    data = saved(document)
    assert data.participants == [] and data.place != "Kommunhuset"
