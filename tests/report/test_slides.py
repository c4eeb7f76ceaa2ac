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
    assert "Behoven gäller främst kompetensförsörjning." in needs and "Mer text. " * 30 not in needs  # the lead is short
    notes = by_title["3. Behov av KUF"].notes_slide.notes_text_frame.text
    assert data.question("needs").summary.strip() in notes  # the whole summary is the speaker's
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
    assert lines[1:3] == ["Summering av conditions", "conditions lapp 5 (9 röster)"]


def test_every_text_is_in_a_layout_placeholder_with_footer_slide_number_and_speaker_notes(tmp_path, umea, kuf):
    from pptx.enum.shapes import PP_PLACEHOLDER

    deck = Presentation(export_session(umea, kuf, kind="slides", output=tmp_path / "p.pptx"))
    assert {layout.name for layout in deck.slide_layouts} >= {"Title Slide", "Section Header", "Title and Content"}
    assert deck.slide_width > deck.slide_height * 1.7  # 16:9
    for slide in deck.slides:
        texts = [shape for shape in slide.shapes if shape.has_text_frame and shape.text_frame.text.strip()]
        assert texts and all(shape.is_placeholder for shape in texts), [s.name for s in texts if not s.is_placeholder]
        kinds = {shape.placeholder_format.type: shape for shape in slide.placeholders}
        assert "Umeå · 10 februari 2026" == kinds[PP_PLACEHOLDER.FOOTER].text_frame.text
        assert 'type="slidenum"' in kinds[PP_PLACEHOLDER.SLIDE_NUMBER].element.xml
    by_title = {s.shapes.title.text: s for s in deck.slides}
    for number, question in enumerate(umea.questions, 1):
        slide = next(s for t, s in by_title.items() if t.startswith(f"{number}. "))
        notes = slide.notes_slide.notes_text_frame.text
        assert question.summary.strip() in notes and question.minutes.strip()[:80] in notes
        lead = slide.placeholders[1].text_frame.paragraphs[0].text
        assert lead and question.summary.startswith(lead.rstrip(" …")[:60])  # the summary leads
    chart = next(shape.chart for s in deck.slides for shape in s.shapes if shape.has_chart)
    assert chart.value_axis.minimum_scale == 0


def test_an_empty_question_gets_no_slide_and_a_units_template_is_used(tmp_path, kuf):
    from dialogkarta.report.slides import TEMPLATE
    from dialogkarta.report.unit import UnitSettings

    data = generated_session(6)
    conditions = data.question("conditions")
    conditions.notes, conditions.summary, conditions.groups = [], "", []
    own = Presentation(str(TEMPLATE))
    own.slide_layouts.get_by_name("Title and Content").name = "Enhetens innehåll"
    own.slides.add_slide(own.slide_layouts[0]).shapes.title.text = "Mallens exempelbild"
    own.save(tmp_path / "enheten.pptx")
    out = export_session(data, kuf, kind="slides", output=tmp_path / "p.pptx",
                         unit=UnitSettings(slide_template=str(tmp_path / "enheten.pptx")))
    deck = Presentation(out)
    titles = [s.shapes.title.text for s in deck.slides]
    assert "1. Förutsättningar" not in titles and "2. Pågående KUF-arbete" in titles
    assert "Mallens exempelbild" not in titles
    assert next(s for s in deck.slides if s.shapes.title.text == "2. Pågående KUF-arbete").slide_layout.name == "Enhetens innehåll"
    (tmp_path / "trasig.pptx").write_bytes(b"inte en presentation")
    import pytest

    from dialogkarta.errors import DialogkartaError
    with pytest.raises(DialogkartaError) as problem:
        export_session(data, kuf, kind="slides", output=tmp_path / "q.pptx",
                       unit=UnitSettings(slide_template=str(tmp_path / "trasig.pptx")))
    assert "trasig.pptx" in str(problem.value) and "mallen" in str(problem.value)
    assert not (tmp_path / "q.pptx").exists()
