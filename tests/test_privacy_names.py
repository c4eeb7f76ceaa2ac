"""Likely personal names: flagged where a person is plausibly meant, as a warning that never stops an export."""

from __future__ import annotations

import dataclasses

import pytest

from dialogkarta import cli, files, interchange, privacy
from dialogkarta.model.values import NoteData, ParticipantData
from dialogkarta.person_names import find_names, given_names, weak_names

PLAUSIBLE = {
    "Vi ringde Kerstin om saken.": ["Kerstin"],  # inside a sentence
    "Kerstin Lindqvist berättade om läget.": ["Kerstin Lindqvist"],  # a sentence's start, with a surname
    "Enhetschef Ingrid tog upp bemanningen": ["Ingrid"],  # a role before it
    "Samtal med socialsekreterare Göran i dag": ["Göran"],
    "Per Andersson ringer tillbaka": ["Per Andersson"],  # an ordinary word, but with a listed surname
    "Anna-Karin Nilsson ringer": ["Anna-Karin Nilsson"],
    "Kollegor: Johan och Lisa": ["Johan", "Lisa"],
    "Kerstin": ["Kerstin"],  # a keyword or theme that is a name alone
}
ORDINARY = [
    "Kerstin berättade om läget.",  # only the first word of a sentence
    "Bo kvar hemma så länge som möjligt",
    "Per person räknat är kostnaden hög",
    "Mark och miljö",
    "Inga synpunkter från ledningen",
    "Brist på socionomer i Malå och Sorsele",
    "Frivilliga i Fredrika ordnar träffar",  # a village with a given name
    "Samverkan med Region Västerbotten och FoU Socialtjänst",
    "ANNA skrivet med versaler är en förkortning",
    "kerstin i gemener",
]


@pytest.mark.parametrize("text,names", PLAUSIBLE.items())
def test_a_name_where_a_person_is_meant_is_found(text, names):
    assert find_names(text) == names


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_has_no_names(text):
    assert find_names(text) == []


def test_the_shipped_lists_say_their_source_and_hold_what_they_promise():
    from dialogkarta.person_names import NAMES

    for name in ("given_names.txt", "surnames.txt", "ordinary_words.txt"):
        header = [line for line in (NAMES / name).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any("Source" in line or "Picked" in line for line in header), name
    assert 500 <= len(given_names()) <= 3000
    assert {"Kerstin", "Ingrid", "Lars", "Anna", "Mohammed"} <= given_names()
    assert {"Bo", "Per", "Mark", "Vilhelmina"} <= weak_names()  # Vilhelmina: a shipped municipality


def test_no_example_session_has_a_name_warning(example_paths):
    """The shipped sessions are the ordinary text of the domain: a warning there would be noise."""
    for path in example_paths:
        data = interchange.loads(path.read_text(encoding="utf-8"), path=path)
        assert [h for h in privacy.scan_session(data) if h.kind == "name"] == [], path


def _with_names(data):
    question = data.questions[0]
    note = NoteData(id="n-namn", text="Vi ringde Kerstin Lindqvist om hemtjänsten", keywords=["Birgitta"])
    question = dataclasses.replace(question, notes=[*question.notes, note])
    participant = ParticipantData(role="enhetschef", area="äldreomsorg hos Göran Nyström", name="Maria Berg")
    return dataclasses.replace(data, questions=[question, *data.questions[1:]],
                               participants=[*data.participants, participant],
                               facilitators=["Anna Svensson"])


def test_a_name_in_a_note_a_keyword_and_a_participant_field_is_a_warning(example_paths):
    data = _with_names(interchange.loads(example_paths[0].read_text(encoding="utf-8")))
    names = {(h.match, h.field) for h in privacy.scan_session(data) if h.kind == "name"}
    assert names == {("Kerstin Lindqvist", "note"), ("Birgitta", "keyword"), ("Göran Nyström", "participant_role")}
    # ranked last, and never a stop
    hits = privacy.scan_session(data)
    assert all(h.warning for h in hits[len(hits) - len(names):])
    assert all(h.kind != "name" for h in privacy.blocking(hits))


def test_the_command_line_warns_with_obs_and_exits_0(tmp_path, capsys, example_paths):
    data = _with_names(interchange.loads(example_paths[0].read_text(encoding="utf-8")))
    source = tmp_path / "namn.json"
    source.write_text(interchange.dumps(data), encoding="utf-8")
    session = tmp_path / "namn.dkarta"
    files.import_json(source, session)
    capsys.readouterr()
    output = tmp_path / "sammanfattning.docx"
    assert cli.main(["export", str(session), "--kind", "summary", "-o", str(output)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert output.exists()
    assert err and all(line.startswith(f"obs: {session}: möjligt namn") for line in err), err
    assert any("Kerstin Lindqvist" in line for line in err) and any("Birgitta" in line for line in err)
    # with a personnummer too, the export stops on that, and lists no name among what stopped it
    note = dataclasses.replace(data.questions[0].notes[0], text="Ring 811218-9876")
    stopped = dataclasses.replace(data, questions=[dataclasses.replace(data.questions[0], notes=[note]),
                                                   *data.questions[1:]])
    source.write_text(interchange.dumps(stopped), encoding="utf-8")
    files.import_json(source, session, overwrite=True)
    capsys.readouterr()
    assert cli.main(["export", str(session), "--kind", "summary", "-o", str(tmp_path / "b.docx")]) == cli.EXIT_PERSONAL_DATA
    err = capsys.readouterr().err
    assert "811218-9876" in err and "möjligt namn" not in err and not (tmp_path / "b.docx").exists()
