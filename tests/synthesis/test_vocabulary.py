"""Keyword harmonisation: which variants are proposed, and the county vocabulary kept in the folder."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from dialogkarta import interchange
from dialogkarta.cli import main
from dialogkarta.model.values import NoteData, QuestionData, SessionData
from dialogkarta.synthesis.keywords import CountyVocabulary, propose
from tests.synthesis.generated import county_round, save_all
from tests.synthesis.test_synthesis import hashes


def _session(keywords: list[str]) -> SessionData:
    notes = [NoteData(id=f"n{i}", text="x", keywords=[k]) for i, k in enumerate(keywords)]
    return SessionData(id="s", title="t", county="", municipalities=[], date="", questions=[QuestionData("needs", notes=notes)])


def pairs(keywords: list[str], preferred=()) -> set[tuple[str, str]]:
    return {(p.variant, p.target) for p in propose([_session(keywords)], CountyVocabulary(), preferred)}


def test_spelling_plural_and_definite_forms_are_proposed():
    found = pairs(["kompetensforsorjning", "kompetensförsörjning", "kompetensförsörjning", "nätverk", "nätverk",
                   "Nätverken", "stöd", "stöd", "stödet", "Äldreomsorg", "aldreomsorg", "aldreomsorg"],
                  preferred=("äldreomsorg",))
    assert found == {("kompetensforsorjning", "kompetensförsörjning"), ("nätverken", "nätverk"), ("stödet", "stöd"),
                     ("aldreomsorg", "äldreomsorg")}


def test_different_keywords_are_not_proposed():
    assert pairs(["barn och unga", "äldreomsorg", "mandat", "demografi", "digitalisering", "bemanning", "nära vård",
                  "ekonomiskt bistånd", "evidensbaserad praktik", "implementering"]) == set()


def test_keywords_that_differ_only_in_a_municipality_are_not_proposed():
    found = pairs(["lokal modell sorsele", "lokal modell åsele", "lokal modell umeå", "lokal modell malå",
                   "samverkan luleå", "samverkan boden", "lokal modell", "lokala modellen"])
    assert found == {("lokala modellen", "lokal modell")}, found
    # a real spelling variant beside a place name is still proposed
    assert pairs(["lokal modell sorsele", "lokal modell sorsele", "lokal modell sorsle"]) == {("lokal modell sorsle", "lokal modell sorsele")}


def test_a_vocabulary_in_the_folder_is_found_saved_and_reused(tmp_path, capsys):
    folder = tmp_path / "round"
    folder.mkdir()
    paths = save_all(folder, county_round())
    before = hashes(paths)
    assert main(["synthesis", str(folder), "-o", str(tmp_path / "a.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "förslag: slå ihop nyckelordet «kompetensforsorjning» (1) med «kompetensförsörjning» (5)" in out
    assert not list(folder.glob("*.dkvocab.json"))

    assert main(["synthesis", str(folder), "-o", str(tmp_path / "b.xlsx"), "--accept-proposals"]) == 0
    (saved,) = folder.glob("*.dkvocab.json")
    assert saved.name == "norrbottens-län.dkvocab.json"
    assert json.loads(saved.read_text(encoding="utf-8"))["merges"] == {"kompetensforsorjning": "kompetensförsörjning"}
    capsys.readouterr()

    # the third run finds the vocabulary beside the sessions, does not take it for a session, and merges at once
    assert main(["synthesis", str(folder), "-o", str(tmp_path / "c.xlsx")]) == 0
    out = capsys.readouterr().out
    assert f"{saved}: länsvokabulären används (1 sammanslagningar)" in out and "förslag" not in out
    assert "6 dialoger" in out
    rows = {r[1]: r for r in load_workbook(tmp_path / "c.xlsx")["Nyckelord"].iter_rows(values_only=True) if r[0] == "Behov av KUF"}
    assert rows["kompetensförsörjning"][-1] == 6 and "kompetensforsorjning" not in rows
    assert hashes(paths) == before


def test_a_rejected_pair_is_not_proposed_again(tmp_path, capsys):
    folder = tmp_path / "round"
    folder.mkdir()
    save_all(folder, county_round())
    vocabulary = tmp_path / "county.dkvocab.json"
    vocabulary.write_text(json.dumps({"format": "dialogkarta-county-vocabulary", "version": 1, "merges": {},
                                      "rejected": [["kompetensforsorjning", "kompetensförsörjning"]]}), encoding="utf-8")
    assert main(["synthesis", str(folder), "-o", str(tmp_path / "a.xlsx"), "--vocabulary", str(vocabulary)]) == 0
    assert "förslag" not in capsys.readouterr().out


def test_a_damaged_vocabulary_is_named(tmp_path, capsys):
    folder = tmp_path / "round"
    folder.mkdir()
    save_all(folder, county_round()[:2])
    bad = folder / "län.dkvocab.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["synthesis", str(folder), "-o", str(tmp_path / "a.xlsx")]) == 2
    assert str(bad) in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()


def test_sessions_of_another_template_are_left_out_and_said_so(tmp_path, capsys):
    folder = tmp_path / "round"
    folder.mkdir()
    other = SessionData(id="00000000-0000-4000-8000-999999999999", title="Kvalitetsnätverk", county="Norrbottens län",
                        municipalities=["Jokkmokk"], date="2026-05-01", template="quality_network",
                        questions=[QuestionData("quality_areas", notes=[NoteData(id="q1", text="Dokumentation",
                                                                                 keywords=["kvalitetsarbete"])])])
    interchange.write_json(other, folder / "network.json")
    save_all(folder, county_round()[1:])
    assert main(["synthesis", str(folder), "-o", str(tmp_path / "a.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "Kvalitetsnätverk: inte med i jämförelsen: annan dialogkarta (quality_network)" in out
    assert "5 dialoger, 5 kommuner" in out


def test_a_round_too_wide_for_a_page_is_written_by_size_class_or_left_to_the_workbook(tmp_path):
    from dataclasses import replace as copy

    from docx import Document

    from dialogkarta.synthesis.run import prepare, write
    from tests.synthesis.generated import municipal_session

    known = ["Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna", "Luleå", "Pajala",
             "Piteå", "Älvsbyn", "Överkalix", "Övertorneå", "Bjurholm", "Dorotea", "Lycksele"]
    for names, folder in ((known, tmp_path / "known"), ([f"Kommun {i:02d}" for i in range(17)], tmp_path / "unknown")):
        folder.mkdir()
        for index, name in enumerate(names):
            data = municipal_session(index, name)
            interchange.write_json(copy(data, id=f"{data.id[:-3]}{index:03d}"), folder / f"{index}.json")
        run = prepare([folder], accept_proposals=True)
        assert len(run.synthesis.municipalities) == 17
        document = Document(write(run, tmp_path / f"{folder.name}.docx"))
        text = "\n".join(p.text for p in document.paragraphs)
        heat_maps = [t for t in document.tables if t.rows[0].cells[0].text == "Nyckelord"]
        if folder.name == "known":  # columns by size class instead of 17 municipalities
            assert [c.text for c in heat_maps[0].rows[0].cells][1:3] == ["under 5 000\ninvånare", "5 000–15 000\ninvånare"]
        else:
            assert heat_maps == []
        assert "Fler nyckelord och alla kommuner finns i Excel-filen." in text


def test_a_note_copied_into_another_session_is_counted_once(tmp_path, capsys):
    from tests.synthesis.generated import municipal_session

    first, second = municipal_session(0, "Arjeplog"), municipal_session(1, "Boden")
    copied = first.question("needs").notes[0]
    second.question("needs").notes.append(copied)  # same note id, pasted into Boden's session
    interchange.write_json(first, tmp_path / "a.json")
    interchange.write_json(second, tmp_path / "b.json")
    assert main(["synthesis", str(tmp_path), "-o", str(tmp_path / "out.xlsx")]) == 0
    assert "1 anteckningar fanns i mer än en session och räknas en gång" in capsys.readouterr().out
    rows = list(load_workbook(tmp_path / "out.xlsx")["Lappar"].iter_rows(values_only=True))[1:]
    assert len(rows) == first.note_count + second.note_count - 1
    assert sum(1 for r in rows if r[6] == copied.text) == 1
