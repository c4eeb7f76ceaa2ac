"""JSON interchange version 1: the public contract, lossless both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogkarta import files, interchange
from dialogkarta.errors import ContentProblem, NewerVersionError
from dialogkarta.model.values import NoteData, ParticipantData, QuestionData, SessionData

CONTRACT_EXAMPLE = {
    "format": "dialogkarta-session",
    "version": 1,
    "id": "3f1c5d6e-0000-4000-8000-000000000001",
    "title": "Kommundialog Storuman",
    "county": "Västerbottens län",
    "municipalities": ["Storuman"],
    "date": "2026-03-14",
    "place": "Kommunhuset, Storuman",
    "facilitators": ["…"],
    "template": "kuf",
    "participants": [{"role": "socialchef", "area": "IFO", "municipality": "Storuman"}],
    "questions": [
        {
            "key": "needs",
            "summary": "…",
            "minutes": "…",
            "notes": [
                {"id": "9b2e0f4a-0000-4000-8000-000000000002", "text": "Introduktion av nyanställda", "facet": "own",
                 "keywords": ["kompetensförsörjning"], "group": "Rekrytera och behålla",
                 "votes": 2, "municipality": "Storuman", "created": "2026-03-14T10:42:00"}
            ],
        }
    ],
}


def _normalised(obj: dict) -> dict:
    """The JSON with order-free lists sorted (vocabulary and groups keep their order)."""
    copy = json.loads(json.dumps(obj))
    for question in copy["questions"]:
        for note in question["notes"]:
            note.pop("modified", None)
    return copy


def test_contract_example_is_accepted_as_written(tmp_path):
    source = tmp_path / "storuman.json"
    source.write_text(json.dumps(CONTRACT_EXAMPLE, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "storuman.dkarta"
    files.import_json(source, target)
    data = files.read_session(target)
    [note] = data.question("needs").notes
    assert (note.text, note.facet, note.keywords, note.group, note.votes, note.municipality, note.created) == (
        "Introduktion av nyanställda", "own", ["kompetensförsörjning"], "Rekrytera och behålla", 2, "Storuman",
        "2026-03-14T10:42:00",
    )
    assert [q.key for q in data.questions] == ["conditions", "current_work", "needs", "collaboration"]
    exported = interchange.session_to_json(data)
    for key, value in CONTRACT_EXAMPLE.items():
        if key == "participants":  # each gains a stable id (an extra field) for merging copies
            assert [{k: p[k] for k in value[0]} for p in exported[key]] == value
        elif key != "questions":
            assert exported[key] == value, key
    needs = next(q for q in exported["questions"] if q["key"] == "needs")
    for key, value in CONTRACT_EXAMPLE["questions"][0]["notes"][0].items():
        assert needs["notes"][0][key] == value


def test_optional_note_fields_get_their_defaults():
    obj = json.loads(json.dumps(CONTRACT_EXAMPLE))
    obj["questions"][0]["notes"] = [{"id": "n1", "text": "Bara text"}]
    data = interchange.session_from_json(obj)
    [note] = data.question("needs").notes
    assert (note.facet, note.keywords, note.group, note.votes, note.municipality, note.created) == (
        None, [], None, 0, "Storuman", None
    )


def test_extra_fields_of_later_versions_are_ignored():
    obj = json.loads(json.dumps(CONTRACT_EXAMPLE))
    obj["weather"] = "snö"
    obj["questions"][0]["notes"][0]["mood"] = "glad"
    data = interchange.session_from_json(obj)
    assert data.question("needs").notes[0].text == "Introduktion av nyanställda"


def test_every_example_session_round_trips(example_paths, tmp_path):
    for path in example_paths:
        first = files.read_session(path)
        target = tmp_path / (path.stem + ".dkarta")
        files.import_json(path, target)
        exported = interchange.session_to_json(files.read_session(target))
        assert exported == interchange.session_to_json(first), path.name
        again = tmp_path / (path.stem + "-2.json")
        again.write_text(interchange.dumps(files.read_session(target)), encoding="utf-8")
        target2 = tmp_path / (path.stem + "-2.dkarta")
        files.import_json(again, target2)
        assert interchange.session_to_json(files.read_session(target2)) == exported, path.name
        # Nothing of the example's own text was lost on the way.
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw_texts = sorted(n["text"] for q in raw["questions"] for n in q["notes"])
        assert sorted(n.text for _, n in files.read_session(target2).all_notes()) == raw_texts


# --- generated odd input ----------------------------------------------------------------

ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from([
        "", "åäö ÅÄÖ", "emoji 🧭🗺️👩🏽‍⚕️", "e\u0301 combining", "مرحبا بالعالم", "עברית", "tab\there\nnewline",
        "ctrl \x00\x01\x07\x1b\x7f end", "\u202eright-to-left override", "x" * 20000,
    ]),
)


@st.composite
def sessions(draw) -> SessionData:
    municipalities = draw(st.lists(ODD_TEXT.filter(bool), min_size=1, max_size=3, unique=True))
    questions = []
    note_ids = iter(range(10_000))
    for key, facets in [("conditions", [None]), ("current_work", [None]), ("needs", ["own", "general", None]),
                        ("collaboration", ["internal", "local", "intermunicipal", "subregional", "regional", "national"])]:
        notes = [
            NoteData(
                id=f"note-{next(note_ids)}",
                text=draw(ODD_TEXT),
                facet=draw(st.sampled_from(facets)),
                keywords=draw(st.lists(ODD_TEXT.filter(lambda s: s.strip() != ""), max_size=3, unique=True)),
                group=draw(st.one_of(st.none(), ODD_TEXT.filter(bool))),
                votes=draw(st.integers(0, 50)),
                municipality=draw(st.sampled_from(municipalities)),
                created="2026-03-14T10:42:00",
                modified="2026-03-14T10:43:00",
                x=draw(st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))),
                y=draw(st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))),
            )
            for _ in range(draw(st.integers(0, 4)))
        ]
        groups = list(dict.fromkeys(n.group for n in notes if n.group))
        questions.append(QuestionData(key=key, summary=draw(ODD_TEXT), minutes=draw(ODD_TEXT), notes=notes, groups=groups))
    return SessionData(
        id=draw(st.uuids()).hex,
        title=draw(ODD_TEXT.filter(lambda s: len(s) <= 255)),  # Word takes no longer title (import refuses it)
        county=draw(ODD_TEXT),
        municipalities=municipalities,
        date="2026-03-14",
        place=draw(ODD_TEXT),
        facilitators=draw(st.lists(ODD_TEXT, max_size=3)),
        participants=[ParticipantData(role=draw(ODD_TEXT), area=draw(ODD_TEXT), municipality=municipalities[0],
                                      name=draw(st.one_of(st.none(), ODD_TEXT)))],
        questions=questions,
        vocabulary=draw(st.lists(ODD_TEXT.filter(lambda s: s.strip() != ""), max_size=4, unique=True)),
        preparation=draw(ODD_TEXT),
        next_steps=draw(ODD_TEXT),
        status="held",
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=sessions())
def test_generated_sessions_round_trip_losslessly(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("roundtrip")
    exported = interchange.session_to_json(data)
    text = json.dumps(exported, ensure_ascii=False)
    source = folder / "in.json"
    source.write_text(text, encoding="utf-8")
    files.import_json(source, folder / "s.dkarta")
    again = interchange.session_to_json(files.read_session(folder / "s.dkarta"))
    assert again == exported


# --- bad input ----------------------------------------------------------------------------


def _problem(obj) -> str:
    with pytest.raises((ContentProblem, NewerVersionError)) as info:
        interchange.session_from_json(obj, path=Path("x.json"))
    return str(info.value)


def test_bad_objects_get_clear_messages():
    base = json.loads(json.dumps(CONTRACT_EXAMPLE))
    assert "annat format" in _problem({**base, "format": "trello-board"})
    assert "nyare" in _problem({**base, "version": 2})
    assert "formatversion" in _problem({**base, "version": "1"})
    assert "'format' saknas" in _problem([1, 2, 3])
    bad_key = json.loads(json.dumps(base))
    bad_key["questions"][0]["key"] = "weather"
    assert "frågan 'weather' finns inte i mallen 'kuf'" in _problem(bad_key)
    bad_facet = json.loads(json.dumps(base))
    bad_facet["questions"][0]["notes"][0]["facet"] = "regional"
    assert "okänd facett 'regional'" in _problem(bad_facet)
    assert "okänd dialogkartmall" in _problem({**base, "template": "nope"})
    assert "datumet" in _problem({**base, "date": "14/3 2026"})
    bad_votes = json.loads(json.dumps(base))
    bad_votes["questions"][0]["notes"][0]["votes"] = -1
    assert "votes" in _problem(bad_votes)
    assert "surrogat" in _problem({**base, "title": "bad \ud800 text"})
    assert all(msg.startswith("x.json: ") for msg in [_problem({**base, "version": 99})])


def test_malformed_json_text():
    with pytest.raises(ContentProblem, match=r"inte giltig JSON \(rad 1"):
        interchange.loads('{"format": ', path=Path("trasig.json"))
