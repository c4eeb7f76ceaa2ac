"""Every document is written, reopened and checked against the session."""

from __future__ import annotations

import csv
import re

import pytest
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from dialogkarta.report.export import export_session
from dialogkarta.report.model import build_report
from dialogkarta.report.xmltext import clean
from tests.report.conftest import LEVELS, generated_session, without_themes

LABELS = ["Förutsättningar", "Pågående KUF-arbete", "Behov av KUF", "Samverkan"]


def docx_text(path) -> str:
    document = Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squash(value: str) -> str:
    return re.sub(r"\s+", " ", value)


def test_summary_docx_has_real_headings_in_order_language_header_and_page_numbers(tmp_path, umea, kuf):
    out = export_session(umea, kuf, kind="summary", output=tmp_path / "s.docx")
    document = Document(out)
    level1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    positions = [next(i for i, h in enumerate(level1) if label in h) for label in LABELS]
    assert positions == sorted(positions), level1
    assert level1[0] == "I korthet"
    assert "Nästa steg" in [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    styles_xml = document.styles.element.xml
    assert 'w:val="sv-SE"' in styles_xml
    section = document.sections[0]
    assert umea.title in section.header.paragraphs[0].text
    assert "PAGE" in section.footer.paragraphs[0]._p.xml
    text = docx_text(out)
    for role in ("socialchef", "FoU-ombud"):
        assert role in text


def test_summary_puts_needs_under_own_and_general_and_levels_in_the_table(tmp_path, kuf):
    data = generated_session(12)
    out = export_session(data, kuf, kind="summary", output=tmp_path / "s.docx")
    document = Document(out)
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    own_at = next(i for i, (s, t) in enumerate(paragraphs) if t.startswith("Eget område"))
    general_at = next(i for i, (s, t) in enumerate(paragraphs) if t.startswith("Generellt"))
    assert paragraphs[own_at][1] == "Eget område (6)" and paragraphs[general_at][1] == "Generellt (6)"
    own_notes = {t.split(" (")[0] for s, t in paragraphs[own_at + 1 : general_at] if s == "List Bullet"}
    assert own_notes == {f"needs lapp {i}" for i in range(0, 12, 2)}
    level_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Inom verksamheten")
    rows = {head.text: int(count.text) for head, count in zip(level_table.rows[0].cells, level_table.rows[1].cells)}
    assert rows == {"Inom verksamheten": 2, "Lokalt": 2, "Mellankommunalt": 2, "Delregionalt": 2, "Regionalt": 2, "Nationellt": 2}


def test_summary_pdf_has_the_questions_in_order_and_the_counts(tmp_path, umea, kuf):
    out = export_session(umea, kuf, kind="summary", output=tmp_path / "s.pdf")
    reader = PdfReader(out)
    text = squash(pdf_text(out))
    positions = [text.index(f"{i}. {label}") for i, label in enumerate(LABELS, 1)]
    assert positions == sorted(positions)
    assert [o.title for o in reader.outline if not isinstance(o, list)][:1]
    needs = umea.question("needs")
    own = sum(1 for n in needs.notes if n.facet == "own")
    assert f"Eget område ({own})" in text


@pytest.mark.parametrize("extension", [".docx", ".xlsx", ".csv"])
def test_base_material_contains_every_note_and_all_minutes(tmp_path, umea, kuf, extension):
    out = export_session(umea, kuf, kind="material", output=tmp_path / f"m{extension}")
    if extension == ".docx":
        text = squash(docx_text(out))
    elif extension == ".xlsx":
        text = squash("\n".join(str(c.value) for sheet in load_workbook(out) for row in sheet.iter_rows() for c in row
                                 if c.value is not None))
    else:
        with open(out, encoding="utf-8-sig", newline="") as handle:
            text = squash("\n".join(";".join(r) for r in csv.reader(handle, delimiter=";")))
    for question in umea.questions:
        for note in question.notes:
            assert squash(note.text) in text, note.text
        assert squash(question.minutes) in text
        assert squash(question.summary) in text
    assert umea.next_steps.strip() and squash(umea.next_steps) in text


def test_base_material_sorts_by_keyword_within_each_question(tmp_path, kuf):
    data = generated_session(14)
    out = export_session(data, kuf, kind="material", output=tmp_path / "m.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Id", "Fråga", "Nyckelord", "Typ"]
    needs = [r for r in rows[1:] if r[1] == "3. Behov av KUF" and r[3] == "Lapp"]
    keywords = [r[2] for r in needs]
    assert keywords == sorted(k for k in keywords if k.startswith("k")) + ["Utan nyckelord"] * keywords.count("Utan nyckelord")
    assert keywords.count("Utan nyckelord") == 2  # notes 0 and 7 have no keyword
    assert [r[9] for r in needs if r[0] == "needs-3"] == ["needs lapp 3"]
    assert {r[9] for r in needs} == {f"needs lapp {i}" for i in range(14)}
    document = Document(export_session(data, kuf, kind="material", output=tmp_path / "m.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Nyckelordsregister"
    index = document.tables[-1]
    assert [c.text for c in index.rows[0].cells] == ["Nyckelord", "Fråga"]
    assert "w:tblHeader" in index.rows[0]._tr.xml  # repeats on every page
    assert [r.cells[0].text for r in index.rows[1:]] == ["k0", "k1", "k2", "k3", "k4"]


def test_slides_have_a_slide_per_question_and_a_level_chart(tmp_path, umea, kuf):
    out = export_session(umea, kuf, kind="slides", output=tmp_path / "s.pptx")
    deck = Presentation(out)
    titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    assert [t for t in titles if t[:2] in ("1.", "2.", "3.", "4.")] == [f"{i}. {label}" for i, label in enumerate(LABELS, 1)]
    chart = next(shape.chart for s in deck.slides for shape in s.shapes if shape.has_chart)
    categories = list(chart.plots[0].categories)
    values = list(chart.plots[0].series[0].values)
    collaboration = umea.question("collaboration")
    assert categories == ["Inom verksamheten", "Lokalt", "Mellankommunalt", "Delregionalt", "Regionalt", "Nationellt"]
    assert values == [sum(1 for n in collaboration.notes if n.facet == level) for level in LEVELS]
    assert titles[-1] == "Nästa steg"


@pytest.mark.parametrize("size, width_mm", [("a3", 420), ("a4", 297)])
def test_blank_map_is_landscape_with_the_areas_and_their_prompts(tmp_path, umea, kuf, size, width_mm):
    out = export_session(umea, kuf, kind="map", output=tmp_path / "map.pdf", blank=True, size=size)
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == width_mm
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = squash(page.extract_text())
    assert "KUF" in text
    for label in LABELS:
        assert label in text
    assert "Vilka förutsättningar har vi" in text
    assert umea.questions[0].notes[0].text not in text


def test_filled_map_shows_the_notes(tmp_path, umea, kuf):
    out = export_session(umea, kuf, kind="map", output=tmp_path / "map.pdf")
    text = squash(pdf_text(out))
    assert umea.title in text
    shown = sum(1 for _, n in umea.all_notes() if n.text[:20] in text)
    assert shown > umea.note_count // 2


@pytest.mark.parametrize("extension", [".pdf", ".docx"])
def test_briefing_says_dialogue_and_has_the_agenda_and_questions(tmp_path, umea, kuf, extension):
    out = export_session(umea, kuf, kind="briefing", output=tmp_path / f"b{extension}")
    text = squash(pdf_text(out) if extension == ".pdf" else docx_text(out))
    assert "dialog, inte en föreläsning" in text
    assert "09.00" in text and "Paus" in text
    for label in LABELS:
        assert label in text


@pytest.mark.parametrize("extension", [".pdf", ".docx"])
def test_survey_form_lists_the_items(tmp_path, umea, kuf, extension):
    out = export_session(umea, kuf, kind="survey", output=tmp_path / f"e{extension}")
    text = squash(pdf_text(out) if extension == ".pdf" else docx_text(out))
    assert "Alla fick komma till tals" in text and "Samtalsledningen fungerade bra" in text


def test_survey_answers_are_summarised_in_the_summary(tmp_path, kuf):
    data = generated_session(4)
    data.survey = [{"ratings": {"purpose": 4, "dialogue": 5}, "comment": "Bra dag"},
                   {"ratings": {"purpose": 2, "dialogue": 5}, "comment": ""}]
    text = docx_text(export_session(data, kuf, kind="summary", output=tmp_path / "s.docx"))
    assert "2 svar" in text and "Bra dag" in text
    assert "3,0" in text and "5,0" in text


def test_control_characters_never_break_an_export_and_the_rest_survives(tmp_path, kuf):
    dirty = "Före\x00\x01\x07\x0b\x0c\x1b\ufffe\x7f\x85\x9f\ud800 efter \u202eRTL\u202c 👍 e\u0301"
    assert clean(dirty) == "Före efter \u202eRTL\u202c 👍 e\u0301"
    data = generated_session(3, text=lambda q, i: f"{dirty} {q} {i}")
    data.questions[0].minutes = "rad ett\x08\r\nrad två\x1f\rrad tre"
    for kind, ext in [("summary", ".docx"), ("summary", ".pdf"), ("material", ".docx"), ("material", ".xlsx"),
                      ("material", ".csv"), ("slides", ".pptx"), ("map", ".pdf")]:
        out = export_session(data, kuf, kind=kind, output=tmp_path / f"{kind}{ext}")
        if ext == ".docx":
            text = docx_text(out)
            assert clean(dirty) + " needs 1" in text
        elif ext == ".xlsx":
            values = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
            assert clean(dirty) + " conditions 0" in values
        elif ext == ".pptx":
            Presentation(out)
        elif ext == ".csv":
            assert clean(dirty) + " collaboration 2" in out.read_text(encoding="utf-8-sig")
        else:
            assert "Före efter" in squash(pdf_text(out))
    material = docx_text(tmp_path / "material.docx")
    assert "rad ett\nrad två\nrad tre" in material and "\x85" not in material


def test_very_long_notes_and_a_thousand_notes_give_well_formed_documents(tmp_path, kuf):
    long_text = "lång text " * 2000  # 20 000 characters
    data = generated_session(250, text=lambda q, i: f"{q} {i} " + (long_text if i == 3 else "kort"))
    assert data.note_count == 1000
    for kind, ext in [("summary", ".docx"), ("summary", ".pdf"), ("material", ".docx"), ("material", ".xlsx"),
                      ("material", ".csv"), ("slides", ".pptx"), ("map", ".pdf")]:
        out = export_session(data, kuf, kind=kind, output=tmp_path / f"{kind}{ext}")
        if ext == ".docx":
            text = docx_text(out)
            assert "needs 249 kort" in text
            if kind == "material":
                assert f"collaboration 3 {long_text}".strip() in text  # the long note in full
        elif ext == ".xlsx":
            sheet = load_workbook(out)["Lappar"]
            assert sheet.max_row == 1 + 1000  # one row per note
            assert f"needs 3 {long_text}" in [c.value for c in sheet["J"]]
        elif ext == ".csv":
            with open(out, encoding="utf-8-sig", newline="") as handle:
                assert sum(1 for _ in csv.reader(handle, delimiter=";")) == 1 + 1000 + 8 + 1
        elif ext == ".pptx":
            assert len(Presentation(out).slides) == 7
        elif kind == "summary":
            assert "needs 249 kort" in squash(pdf_text(out))
        else:
            assert len(PdfReader(out).pages) == 1


def test_a_table_cell_longer_than_a_page_continues_on_the_next_page(tmp_path):
    from dialogkarta.report import blocks as b
    from dialogkarta.report.pdf_render import render_pdf

    doc = b.Document(title="T", header="T")
    doc.add(b.Table(("Nivå", "Exempel"), (("Lokalt", "ord " * 5000 + "SLUT"),), (1, 4)))
    render_pdf(doc, tmp_path / "t.pdf")
    text = pdf_text(tmp_path / "t.pdf")
    assert "SLUT" in text and text.count("ord") == 5000 and len(PdfReader(tmp_path / "t.pdf").pages) > 1


def test_base_material_has_a_table_of_contents_listing_the_questions(tmp_path, umea, kuf):
    document = Document(export_session(umea, kuf, kind="material", output=tmp_path / "m.docx"))
    body = document.element.body.xml
    assert 'TOC \\o "1-1"' in body and 'w:fldCharType="separate"' in body
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Innehåll")
    listed = texts[start + 1 : start + 1 + 4]
    assert listed == [f"{i}. {label}" for i, label in enumerate(LABELS, 1)]
    reader = PdfReader(export_session(umea, kuf, kind="summary", output=tmp_path / "s.pdf"))
    assert all(page.extract_text().strip() for page in reader.pages)  # no empty page


@pytest.mark.parametrize("extension", [".pdf", ".docx"])
def test_briefing_facts_have_no_empty_header_row(tmp_path, umea, kuf, extension):
    out = export_session(umea, kuf, kind="briefing", output=tmp_path / f"b{extension}")
    if extension == ".docx":
        first_row = [c.text for c in Document(out).tables[0].rows[0].cells]
        assert first_row == ["Kommun", "Umeå"]
    else:
        text = squash(pdf_text(out))
        assert "Kommun Umeå" in text


def test_summary_counts_the_needs_themes_per_area(tmp_path, umea, kuf):
    document = Document(export_session(umea, kuf, kind="summary", output=tmp_path / "s.docx"))
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == ["Tema", "Eget område", "Generellt", "Totalt"])
    rows = {r.cells[0].text: tuple(int(c.text) for c in r.cells[1:]) for r in table.rows[1:]}
    needs = umea.question("needs")
    expected = {}
    for note in needs.notes:
        if note.group:
            own, general, total = expected.get(note.group, (0, 0, 0))
            expected[note.group] = (own + (note.facet == "own"), general + (note.facet == "general"), total + 1)
    assert rows == expected and len(rows) >= 3
    assert len({v[:2] for v in rows.values()}) > 1  # the example's themes differ in their split
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert any(b.endswith("(1 röst)") for b in bullets) and not any("(1 röster)" in b for b in bullets)
    assert any(b.endswith("(2 röster)") for b in bullets)


def test_summary_of_another_map_lists_the_notes_of_questions_without_themes(tmp_path):
    from dialogkarta.model.values import NoteData, QuestionData, SessionData
    from dialogkarta.templates import load_template

    template = load_template("quality_network")
    questions = []
    for q in template.questions:
        facets = [f.key for f in q.facets] or [None]
        questions.append(QuestionData(key=q.key, notes=[
            NoteData(id=f"{q.key}{i}", text=f"{q.key} lapp {i}", facet=facets[i % len(facets)], votes=i) for i in range(4)]))
    data = SessionData(id="q", title="Kvalitetsnätverk Kiruna", county="Norrbottens län", municipalities=["Kiruna"],
                       date="2026-05-05", template="quality_network", questions=questions)
    text = docx_text(export_session(data, template, kind="summary", output=tmp_path / "q.docx"))
    for q in template.questions:
        for i in range(4):
            assert f"{q.key} lapp {i}" in text
    first = template.questions[0]
    if first.facets:
        assert f"{first.key} lapp 1 (1 röst) [{first.facets[1 % len(first.facets)].label}]" in text


def test_summary_lists_every_collaboration_entry_by_level_when_there_are_no_themes(tmp_path, kuf):
    data = generated_session(30)
    collaboration = without_themes(data.question("collaboration"))
    document = Document(export_session(data, kuf, kind="summary", output=tmp_path / "s.docx"))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    start = next(i for i, (s, t) in enumerate(paragraphs) if t == "4. Samverkan" and s == "Heading 1")
    level = None
    placed = {}
    for style, value in paragraphs[start + 1 :]:
        if style == "Heading 3":
            level = value.split(" (")[0]
        elif style == "List Bullet":
            placed[value.split(" (")[0]] = level
        elif style == "Heading 1":
            break
    labels = dict(zip(LEVELS, ["Inom verksamheten", "Lokalt", "Mellankommunalt", "Delregionalt", "Regionalt", "Nationellt"]))
    assert placed == {n.text: labels[n.facet] for n in collaboration.notes}


def test_the_keyword_register_refers_to_the_pages_and_never_breaks_a_number_from_its_word(tmp_path, umea, kuf):
    document = Document(export_session(umea, kuf, kind="material", output=tmp_path / "m.docx"))
    body = document.element.body
    names = {b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
             for b in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bookmarkStart")}
    register = document.tables[-1]
    fields = re.findall(r"PAGEREF (\w+) \\h", register._tbl.xml)
    assert fields and set(fields) <= names  # every page reference points at a keyword heading
    assert len(fields) == sum(len(q.by_keyword) for q in build_report(umea, kuf).questions)
    for row in register.rows[1:]:
        for entry in row.cells[1].text.split("; "):
            assert " " not in entry and re.search(r"\d\.\u00a0.+\(\d+\)\u00a0s\.\u00a0", entry), entry
    collaboration = [p.text for p in document.paragraphs if "(Inom verksamheten; Inom verksamheten)" in p.text]
    assert not collaboration
