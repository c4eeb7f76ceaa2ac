"""The results presentation: each question's summary, the needs split, a chart without a stray title."""

from __future__ import annotations

from pptx import Presentation

from dialogkarta.report.export import export_session
from tests.report.conftest import generated_session, without_themes


def slide_text(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_question_slides_carry_the_summary_and_the_needs_split(tmp_path, kuf):
    data = generated_session(12)
    data.question("needs").summary = "Behoven gäller främst kompetensförsörjning. " + "Mer text. " * 60
    deck = Presentation(export_session(data, kuf, kind="slides", output=tmp_path / "p.pptx"))
    by_title = {s.shapes.title.text: s for s in deck.slides if s.shapes.title is not None}
    assert "Summering av conditions" in slide_text(by_title["1. Förutsättningar"])
    needs = slide_text(by_title["3. Behov av KUF"])
    assert "Behoven gäller främst kompetensförsörjning." in needs and "…" in needs  # shortened, not cut silently
    assert "12 lappar · Eget område 6 · Generellt 6" in needs
    assert "Eget område" not in slide_text(by_title["1. Förutsättningar"])
    chart = next(shape.chart for s in deck.slides for shape in s.shapes if shape.has_chart)
    assert not chart.has_title and not chart.has_legend
    assert list(chart.plots[0].series[0].values) == [2.0] * 6


def test_without_themes_the_slide_lists_the_most_voted_notes_as_notes(tmp_path, kuf):
    data = generated_session(9)
    conditions = without_themes(data.question("conditions"))
    conditions.notes[5].votes = 9
    deck = Presentation(export_session(data, kuf, kind="slides", output=tmp_path / "p.pptx"))
    slide = next(s for s in deck.slides if s.shapes.title is not None and s.shapes.title.text == "1. Förutsättningar")
    lines = slide_text(slide).splitlines()
    heading = lines.index("Lappar")
    assert lines[heading + 1] == "conditions lapp 5" and "Teman" not in lines
