"""Votes given to a theme itself show where the documents show themes, and rank the themes."""

from __future__ import annotations

import copy

from docx import Document
from openpyxl import load_workbook
from pptx import Presentation

from dialogkarta.report.export import export_session


def _voted(umea):
    data = copy.deepcopy(umea)
    data.question("conditions").theme_votes = {"Ekonomi": 3}  # the smallest theme, ranked first by the room
    data.question("needs").theme_votes = {"Digitalisering": 1}
    return data


def test_the_summary_ranks_themes_by_their_votes_and_says_them(tmp_path, umea, kuf):
    document = Document(export_session(_voted(umea), kuf, kind="summary", output=tmp_path / "s.docx"))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    texts = [text for _, text in paragraphs]
    brief = texts.index("Mest röstade teman")  # in I korthet, before the questions in detail
    assert texts[brief + 1:brief + 3] == ["Ekonomi (3 röster på temat) – Förutsättningar",
                                          "Digitalisering (1 röst på temat) – Behov av KUF"]
    detail = texts.index("1. Förutsättningar")
    assert brief < detail
    themes = [text for style, text in paragraphs[detail:] if style == "Heading 3"][:2]
    assert themes == ["Ekonomi (2) – 3 röster på temat", "Rekrytera och behålla (4)"]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Tema")
    header = [c.text for c in table.rows[0].cells]
    assert header[-1] == "Röster på temat"
    rows = {r.cells[0].text: r.cells[-1].text for r in table.rows[1:]}
    assert rows["Digitalisering"] == "1" and set(rows.values()) == {"0", "1"}
    assert [r.cells[0].text for r in table.rows[1:]][0] == "Digitalisering"  # ranked first


def test_without_theme_votes_the_summary_has_no_such_section_or_column(tmp_path, umea, kuf):
    document = Document(export_session(umea, kuf, kind="summary", output=tmp_path / "s.docx"))
    assert "Mest röstade teman" not in [p.text for p in document.paragraphs]
    assert all("Röster på temat" not in [c.text for c in t.rows[0].cells] for t in document.tables)


def test_slides_and_workbook_carry_the_theme_votes(tmp_path, umea, kuf):
    data = _voted(umea)
    deck = Presentation(export_session(data, kuf, kind="slides", output=tmp_path / "p.pptx"))
    lines = [p.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
             for p in shape.text_frame.paragraphs]
    economy = next(i for i, line in enumerate(lines) if line.startswith("Ekonomi ("))
    assert "3 röster på temat" in lines[economy]
    assert lines[economy + 1].startswith("Rekrytera och behålla (")  # the voted theme leads its question's slide
    workbook = load_workbook(export_session(data, kuf, kind="material", output=tmp_path / "m.xlsx"))
    rows = [[c.value for c in row] for row in workbook["Teman"].iter_rows()]
    assert rows[0] == ["Fråga", "Tema", "Antal lappar", "Röster på temat", "Röster på lapparna"]
    assert ["1. Förutsättningar", "Ekonomi", 2, 3] == rows[1][:4]
    assert sum(r[2] for r in rows[1:]) == sum(1 for _, n in data.all_notes() if n.group and not n.talk)
