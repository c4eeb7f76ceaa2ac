"""The map a session was made with lives in the session file; user maps; one-to-one talks."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document

from dialogkarta import files, interchange, ops
from dialogkarta.cli import main
from dialogkarta.errors import PersonalDataFound
from dialogkarta.maps import save_user_map, session_template, template_to_dict, user_maps
from dialogkarta.model.values import NoteData, QuestionData, SessionData
from dialogkarta.report.export import export_session
from dialogkarta.store.queries import load_session
from dialogkarta.synthesis.compare import compare, main_template
from dialogkarta.templates import load_template, template_from_dict

FIXTURE_OLD = Path(__file__).resolve().parent / "fixtures" / "session_rev0001.dkarta"


def edited_kuf(key: str = "kuf_kort"):
    """A facilitator's copy of KUF: other title and hub, one question reworded, one removed."""
    kuf = load_template("kuf")
    questions = tuple(replace(q, label="Vad behöver vi?", prompt="Vilka behov ser ni?") if q.key == "needs" else q
                      for q in kuf.questions if q.key != "current_work")
    return replace(kuf, key=key, name="KUF kort", hub="KUF-kort", questions=questions,
                   extra={**kuf.extra, "based_on": "kuf"})


def test_template_round_trips_through_its_stored_form():
    for key in ("kuf", "municipal_visit", "quality_network"):
        template = load_template(key)
        again = template_from_dict(json.loads(json.dumps(template_to_dict(template))))
        assert again == template and again.texts() == template.texts() and again.localized("en") == template.localized("en")


def test_a_session_of_an_edited_map_opens_and_exports_after_the_map_is_deleted(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DIALOGKARTA_MAPS", str(tmp_path / "kartor"))
    saved = save_user_map(edited_kuf())
    assert "kuf_kort" in user_maps()
    path = tmp_path / "kort.dkarta"
    assert main(["new", "-o", str(path), "--county", "Norrbottens län", "--municipality", "Arjeplog",
                 "--date", "2026-05-05", "--template", "kuf_kort"]) == 0
    saved.unlink()
    assert "kuf_kort" not in user_maps()

    data = files.read_session(path)
    assert [q.key for q in data.questions] == ["conditions", "needs", "collaboration"]
    template = session_template(data)
    assert template.question("needs").prompt == "Vilka behov ser ni?" and template.hub == "KUF-kort"
    out = export_session(data, template, kind="summary", output=tmp_path / "s.docx")
    headings = [p.text for p in Document(out).paragraphs if p.style.name == "Heading 1"]
    assert "2. Vad behöver vi?" in headings and not any("Pågående" in h for h in headings)
    assert main(["export", str(path), "--kind", "json", "-o", str(tmp_path / "s.json")]) == 0
    exported = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert exported["map"]["hub"] == "KUF-kort"
    assert main(["import", str(tmp_path / "s.json"), "-o", str(tmp_path / "tillbaka.dkarta")]) == 0
    assert session_template(files.read_session(tmp_path / "tillbaka.dkarta")).hub == "KUF-kort"
    capsys.readouterr()


def test_files_and_json_without_a_map_use_the_shipped_map_of_their_key(tmp_path, example_paths):
    shutil.copy(FIXTURE_OLD, tmp_path / "gammal.dkarta")
    old = files.read_session(tmp_path / "gammal.dkarta")
    assert old.map is None and session_template(old) == load_template("kuf")
    example = interchange.read_json(example_paths[0])
    assert example.map is None and session_template(example).key == "kuf"


def test_sessions_whose_maps_differ_in_wording_compare_by_key_and_other_maps_are_left_out():
    def session(sid, municipality, template_key, stored, keyword):
        questions = [QuestionData(key=k, notes=[NoteData(id=f"{sid}{k}", text=f"{k} i {municipality}",
                                                         keywords=[keyword], municipality=municipality)])
                     for k in stored.question_keys]
        return SessionData(id=sid, title=f"{stored.name} {municipality}", county="Norrbottens län",
                           municipalities=[municipality], date="2026-05-0" + sid[-1], template=template_key,
                           map=template_to_dict(stored), questions=questions)

    kuf, short = load_template("kuf"), edited_kuf()
    network = load_template("quality_network")
    sessions = [session("s1", "Arjeplog", "kuf", kuf, "bemanning"), session("s2", "Boden", "kuf_kort", short, "bemanning"),
                session("s3", "Kiruna", "quality_network", network, "bemanning")]
    template = main_template(sessions)
    result = compare(sessions, template)
    assert {s.id for s in result.sessions} == {"s1", "s2"}
    assert [title for title, _ in result.excluded] == ["Kvalitetsnätverk Kiruna"]
    needs = result.question("needs")
    assert needs.themes[0].municipality_count == 2  # the reworded question still meets the original


def test_one_to_one_talks_stand_apart_in_the_summary_and_count_as_their_own_source(tmp_path):
    path = tmp_path / "besok.dkarta"
    with files.create_new(path, files.NewSession("Norrbottens län", ["Kiruna"], "2026-05-05", "municipal_visit")) as file:
        ops.add_note(file.db, question="challenges", text="Gemensamt: kompetensförsörjning", keywords=["bemanning"])
        talk = ops.add_talk(file.db, role="kommunchef", summary="Kort samtal före lunch")
        ops.add_note(file.db, question="challenges", text="Enskilt: budget i balans", talk=talk, keywords=["ekonomi"])
        ops.add_note(file.db, question="support", text="Enskilt: stöd i uppföljning", talk=talk)
        data = load_session(file.db)
    assert [t.role for t in data.talks] == ["kommunchef"]
    out = export_session(data, session_template(data), kind="summary", output=tmp_path / "s.docx")
    paragraphs = [(p.style.name, p.text) for p in Document(out).paragraphs]
    start = paragraphs.index(("Heading 1", "Enskilda samtal"))
    joint, apart = [t for _, t in paragraphs[:start]], [t for _, t in paragraphs[start:]]
    assert any("Gemensamt: kompetensförsörjning" in t for t in joint)
    assert not any("Enskilt:" in t for t in joint)
    assert ("Heading 2", "Samtal med kommunchef") in paragraphs[start:]
    assert any("Enskilt: budget i balans" in t for t in apart) and any("Enskilt: stöd i uppföljning" in t for t in apart)
    material = export_session(data, session_template(data), kind="material", output=tmp_path / "m.csv")
    rows = material.read_text(encoding="utf-8-sig")
    assert any(line.endswith(";Enskilt: budget i balans") and "Samtal med kommunchef" in line for line in rows.splitlines())
    assert interchange.loads(interchange.dumps(data)).talks == data.talks
    result = compare([data], session_template(data))
    sources = {ref.note.text: ref.source for q in result.questions for t in q.themes for ref in t.notes}
    assert sources == {"Gemensamt: kompetensförsörjning": "joint", "Enskilt: budget i balans": "talk"}
    assert result.notes_by_source == {"joint": 1, "talk": 2}


def test_a_personal_identity_number_in_a_talks_summary_stops_the_summary(tmp_path):
    path = tmp_path / "besok.dkarta"
    with files.create_new(path, files.NewSession("Norrbottens län", ["Kiruna"], "2026-05-05", "municipal_visit")) as file:
        ops.add_talk(file.db, role="förvaltningschef", summary="Om klienten 811218-9876")
        data = load_session(file.db)
    with pytest.raises(PersonalDataFound) as caught:
        export_session(data, session_template(data), kind="summary", output=tmp_path / "s.docx")
    assert [hit.field for hit in caught.value.hits] == ["talk"] and not (tmp_path / "s.docx").exists()
