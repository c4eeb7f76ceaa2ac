"""The briefing says when, why and who from the session and the settings; the survey is a form to fill in."""

from __future__ import annotations

import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from dialogkarta import files
from dialogkarta.report.export import export_session
from dialogkarta.report.unit import UnitSettings
from tests.report.conftest import generated_session

UNIT = UnitSettings(name="FoU Socialtjänst Västerbotten", contact="Karin Holmqvist, 090-16 00 00",
                    purpose="Vi vill bygga stödet på era behov.", return_address="fou@example.se")


def _text(path) -> str:
    if str(path).endswith(".pdf"):
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))
    document = Document(path)
    return re.sub(r"\s+", " ", " ".join([p.text for p in document.paragraphs]
                                       + [c.text for t in document.tables for r in t.rows for c in r.cells]))


@pytest.mark.parametrize("extension", [".pdf", ".docx"])
def test_the_briefing_has_the_sessions_hours_kuf_spelled_out_and_the_units_texts(tmp_path, kuf, extension):
    data = generated_session(2)
    data.start_time, data.end_time = "13:15", "16:30"
    text = _text(export_session(data, kuf, kind="briefing", output=tmp_path / f"b{extension}", unit=UNIT))
    assert "13.15–16.30" in text and "13.15 Inledning" in text and "09.00" not in text
    assert "Mötet börjar 13.15 och slutar 16.30" in text
    assert "KUF – kunskapsbildning, utvecklingsarbete och förändring" in text
    assert "Vi från FoU Socialtjänst Västerbotten" in text and "Vi vill bygga stödet på era behov." in text
    assert "Karin Holmqvist, 090-16 00 00" in text and "Vilka bjuds in?" in text
    assert "FoU-miljön" not in text


def test_without_an_end_time_the_briefing_ends_where_the_agenda_ends(tmp_path, kuf):
    data = generated_session(2)
    data.start_time, data.end_time = "08:30", ""
    text = _text(export_session(data, kuf, kind="briefing", output=tmp_path / "b.docx"))
    assert "08.30–11.30" in text and "Vi från FoU-miljön" in text


def test_the_dialogue_days_briefing_says_which_municipalities_meet(tmp_path, example_paths, kuf):
    day = files.read_session(next(p for p in example_paths if "sorsele" in p.name))
    text = _text(export_session(day, kuf, kind="briefing", output=tmp_path / "b.pdf"))
    assert "dialogdag där Sorsele, Malå och Åsele möts" in text


def test_the_word_survey_is_a_form_with_a_drop_down_per_statement_role_municipality_and_return(tmp_path, umea, kuf):
    out = export_session(umea, kuf, kind="survey", output=tmp_path / "e.docx", unit=UNIT)
    document = Document(out)
    controls = {sdt.find(qn("w:sdtPr")).find(qn("w:tag")).get(qn("w:val")): sdt for sdt in document.element.body.iter(qn("w:sdt"))}
    assert list(controls)[:2] == ["advance_info", "purpose"] and {"role", "municipality", "comment"} <= set(controls)
    options = [i.get(qn("w:displayText")) for i in controls["advance_info"].iter(qn("w:listItem"))]
    assert options == ["1", "2", "3", "4", "5", "Vet ej"]
    assert controls["role"].find(qn("w:sdtPr")).find(qn("w:text")) is not None
    assert controls["comment"].find(qn("w:sdtPr")).find(qn("w:text")).get(qn("w:multiLine")) == "1"
    text = _text(out)
    assert "Informationen före mötet hjälpte mig att förstå vad det var för möte" in text
    assert "Skicka den ifyllda enkäten till fou@example.se senast 24 februari 2026." in text


def test_the_pdf_survey_has_form_fields_and_the_day_asks_for_the_municipality(tmp_path, example_paths, kuf):
    day = files.read_session(next(p for p in example_paths if "sorsele" in p.name))
    reader = PdfReader(export_session(day, kuf, kind="survey", output=tmp_path / "e.pdf"))
    fields = reader.get_fields()
    assert {"advance_info", "purpose", "facilitation", "role", "municipality", "comment"} <= set(fields)
    states = set()
    for annotation in reader.pages[0]["/Annots"]:
        annotation = annotation.get_object()
        if annotation.get("/Parent", {}).get("/T") == "municipality":
            states |= set(annotation["/AP"]["/N"].keys())
    assert {"/Sorsele", "/Malå", "/Åsele"} <= states or {"/Sorsele", "/Mal#e5", "/#c5sele"} <= states or len(states) >= 3
    text = _text(tmp_path / "e.pdf")
    assert "Vet ej" in text and "samtalsledarna (Karin Holmqvist, Jonas Öberg) senast 28 april 2026" in text


def test_dont_know_answers_are_left_out_of_the_means(tmp_path, kuf):
    data = generated_session(2)
    data.survey = [{"ratings": {"advance_info": 2}}, {"ratings": {"advance_info": "Vet ej"}}, {"ratings": {"advance_info": 4}}]
    text = _text(export_session(data, kuf, kind="summary", output=tmp_path / "s.docx"))
    assert "3 svar" in text and "Informationen före mötet hjälpte mig att förstå vad det var för möte 3,0" in text
