"""Slides of the results for local forums (PowerPoint via python-pptx)."""

from __future__ import annotations

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches, Pt

from dialogkarta.report.catalogue import map_text, text
from dialogkarta.report.model import ReportModel
from dialogkarta.report.xmltext import clean

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MAX_LINES = 7


def _shorten(value: str, limit: int = 90) -> str:
    value = " ".join(clean(value).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _bullets(frame, lines: list[str], size: int = 18) -> None:
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.font.size = Pt(size)


def _title(slide, value: str) -> None:
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = Inches(0.6), Inches(0.35), Inches(12.1), Inches(1.0)
    title.text = clean(value)
    for paragraph in slide.shapes.title.text_frame.paragraphs:
        paragraph.font.color.rgb = ACCENT
        paragraph.font.size = Pt(32)


def write_slides(model: ReportModel, output) -> None:
    """Write the results presentation."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = clean(f"{map_text(model, 'slides.title')}: {model.title}")
    subtitle = model.texts.get("summary.subtitle")  # the map's own words: no KUF on a network's slides
    facts = " · ".join(filter(None, (model.municipality_text, model.date, model.place)))  # no dangling "·"
    first.placeholders[1].text = clean("\n".join(filter(None, (subtitle, facts))))
    for shape, top, height in ((first.shapes.title, 2.0, 1.8), (first.placeholders[1], 4.0, 1.2)):
        shape.left, shape.top, shape.width, shape.height = Inches(0.8), Inches(top), Inches(11.7), Inches(height)
    for q in model.questions:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        _title(slide, f"{q.number}. {q.label}")
        top = 1.5
        if q.summary.strip():
            summary = slide.shapes.add_textbox(Inches(0.6), Inches(1.35), Inches(12.1), Inches(1.0)).text_frame
            _bullets(summary, [_shorten(q.summary, 260)], 15)
            summary.paragraphs[0].font.italic = True
            summary.paragraphs[0].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
            top = 2.45
        left = slide.shapes.add_textbox(Inches(0.6), Inches(top), Inches(7.6), Inches(6.7 - top)).text_frame
        groups = [f"{_shorten(label, 60)} ({len(notes)})" for label, notes in q.groups[:MAX_LINES]]
        heading = t("slides.groups")
        if not groups:  # no themes yet: the notes with the most votes
            groups = [_shorten(n.text) for n in sorted(q.notes, key=lambda n: -n.votes)[:MAX_LINES]]
            heading = t("slides.notes")
        _bullets(left, [heading] + groups)
        left.paragraphs[0].font.bold = True
        right = slide.shapes.add_textbox(Inches(8.6), Inches(top), Inches(4.2), Inches(6.7 - top)).text_frame
        keywords = sorted(q.by_keyword, key=lambda g: -len(g.notes))[:MAX_LINES]
        _bullets(right, [t("slides.keywords")] + [f"{_shorten(g.keyword, 40)} ({len(g.notes)})" for g in keywords], 16)
        right.paragraphs[0].font.bold = True
        footer = slide.shapes.add_textbox(Inches(0.6), Inches(6.8), Inches(12), Inches(0.4)).text_frame
        counts = [t("slides.notes_count", count=len(q.notes))]
        if q.facets and not q.is_collaboration:  # e.g. own area against general (levels have their chart)
            counts += [f"{clean(f.label)} {len(f.notes)}" for f in q.facets]
        footer.text = " · ".join(counts)
        footer.paragraphs[0].font.size = Pt(12)
    collaboration = model.collaboration
    if collaboration:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        _title(slide, t("slides.collaboration"))
        data = CategoryChartData()
        data.categories = [f.label for f in collaboration.facets]
        data.add_series(t("collaboration.count"), [len(f.notes) for f in collaboration.facets])
        chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(0.8), Inches(1.6), Inches(11.7), Inches(5.4), data).chart
        chart.has_legend = False
        chart.has_title = False
        chart.plots[0].has_data_labels = True
        chart.plots[0].series[0].format.fill.solid()
        chart.plots[0].series[0].format.fill.fore_color.rgb = ACCENT
        chart.category_axis.reverse_order = True
        chart.category_axis.tick_labels.font.size = Pt(16)
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    _title(slide, t("next_steps.heading"))
    box = slide.shapes.add_textbox(Inches(0.8), Inches(1.6), Inches(11.7), Inches(5.2)).text_frame
    steps = [s.strip() for s in (model.next_steps or t("next_steps.none")).replace(". ", ".\n").split("\n") if s.strip()]
    _bullets(box, [clean(s) for s in steps], 22)
    deck.save(output)
