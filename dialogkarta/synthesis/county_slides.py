"""Slides for the county workshop (python-pptx, with real charts)."""

from __future__ import annotations

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.util import Inches, Pt

from dialogkarta.report.xmltext import clean
from dialogkarta.synthesis.compare import Synthesis
from dialogkarta.synthesis.texts import t

ACCENT = RGBColor(0x1F, 0x4E, 0x79)


def _slide(deck, title: str):
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = Inches(0.6), Inches(0.35), Inches(12.1), Inches(1.0)
    shape.text = clean(title)
    for paragraph in shape.text_frame.paragraphs:
        paragraph.font.size, paragraph.font.color.rgb = Pt(30), ACCENT
    return slide


def _chart(slide, kind, categories, series: dict[str, list[int]], legend: bool = False):
    data = CategoryChartData()
    data.categories = [clean(c) for c in categories]
    for name, values in series.items():
        data.add_series(clean(name), values)
    chart = slide.shapes.add_chart(kind, Inches(0.7), Inches(1.5), Inches(11.9), Inches(5.6), data).chart
    chart.has_legend = legend
    if legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    chart.category_axis.tick_labels.font.size = Pt(13)
    return chart


def write_county_slides(s: Synthesis, output) -> None:
    LANG = s.lang  # noqa: N806
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = clean(f"{t('title', LANG)} {s.county}".strip())
    first.placeholders[1].text = t("slides.overview", LANG, sessions=len(s.sessions), municipalities=len(s.municipalities),
                                   participants=s.participant_count, notes=s.note_count)
    for shape, top, height in ((first.shapes.title, 2.0, 1.8), (first.placeholders[1], 4.0, 1.2)):
        shape.left, shape.top, shape.width, shape.height = Inches(0.8), Inches(top), Inches(11.7), Inches(height)
    for q in s.questions:
        slide = _slide(deck, f"{q.label}: {t('common', LANG).lower()}")
        themes = q.common[:8] or q.themes[:8]
        if themes:
            chart = _chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, [th.keyword for th in themes],
                           {t("municipality_count", LANG): [th.municipality_count for th in themes]})
            chart.category_axis.reverse_order = True
            chart.plots[0].has_data_labels = True
            # from 0 to every municipality: an axis starting near the values would exaggerate differences
            chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = 0, max(1, len(s.municipalities))
        if q.particular:
            box = slide.shapes.add_textbox(Inches(0.7), Inches(7.0), Inches(11.9), Inches(0.4)).text_frame
            box.text = clean(f"{t('particular', LANG)}: " + ", ".join(
                f"{th.keyword} ({next(m for m, c in th.counts.items() if c)})" for th in q.particular[:5]))
            box.paragraphs[0].font.size = Pt(12)
        if q.is_collaboration:
            slide = _slide(deck, t("levels", LANG))
            county = q.facets.get("", {})
            chart = _chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, [q.facet_labels[k] for k in q.facet_keys],
                           {t("county", LANG): [county.get(k, 0) for k in q.facet_keys]})
            chart.plots[0].has_data_labels = True
        if q.is_needs and len(s.municipalities) <= 30:
            slide = _slide(deck, t("needs", LANG))
            _chart(slide, XL_CHART_TYPE.BAR_STACKED, s.municipalities,
                   {q.facet_labels[k]: [q.facets.get(m, {}).get(k, 0) for m in s.municipalities] for k in q.facet_keys},
                   legend=True).category_axis.reverse_order = True
    deck.save(output)
