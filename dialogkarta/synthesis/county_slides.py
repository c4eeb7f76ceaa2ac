"""Slides for the county workshop (python-pptx, with real charts): one message per slide.

Common keywords per question, each municipality's particulars with a quote, differences by size,
the collaboration profile, change since the last round, and the findings to talk about.
"""

from __future__ import annotations

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from dialogkarta.report.xmltext import clean
from dialogkarta.synthesis.compare import Synthesis
from dialogkarta.synthesis.size import level_shares, theme_shares
from dialogkarta.synthesis.texts import t

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
SERIES = (RGBColor(0x1F, 0x4E, 0x79), RGBColor(0x4F, 0x9D, 0x69), RGBColor(0xE0, 0x8E, 0x2B), RGBColor(0x8E, 0x5B, 0xA6))
PER_SLIDE = 4  # municipalities per particulars slide


def _slide(deck, title: str):
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = Inches(0.6), Inches(0.3), Inches(12.1), Inches(1.1)
    shape.text = clean(title)
    for paragraph in shape.text_frame.paragraphs:
        paragraph.font.size, paragraph.font.color.rgb = Pt(28), ACCENT
    return slide


def _chart(slide, kind, categories, series: dict[str, list], legend: bool = False):
    data = CategoryChartData()
    data.categories = [clean(c) for c in categories]
    for name, values in series.items():
        data.add_series(clean(name), values)
    chart = slide.shapes.add_chart(kind, Inches(0.7), Inches(1.5), Inches(11.9), Inches(5.6), data).chart
    chart.has_legend = legend
    if legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    chart.category_axis.tick_labels.font.size = Pt(12)
    _every_label(chart)
    for index, plot_series in enumerate(chart.plots[0].series):
        plot_series.format.fill.solid()
        plot_series.format.fill.fore_color.rgb = SERIES[index % len(SERIES)]
    return chart


def _every_label(chart) -> None:
    """Show every category label (viewers otherwise skip every other one when the labels are long)."""
    axis = chart.category_axis._element
    skip = axis.makeelement(qn("c:tickLblSkip"), {"val": "1"})
    later = next((axis.find(qn(tag)) for tag in ("c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst") if axis.find(qn(tag)) is not None), None)
    if later is not None:
        later.addprevious(skip)
    else:
        axis.append(skip)


def _text(slide, lines: list[tuple[str, int, bool]], top: float = 1.5) -> None:
    """Lines of (text, size in pt, bold) in a text box below the title."""
    frame = slide.shapes.add_textbox(Inches(0.8), Inches(top), Inches(11.7), Inches(7.3 - top)).text_frame
    frame.word_wrap = True
    for index, (text, size, bold) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = clean(text)
        paragraph.font.size, paragraph.font.bold = Pt(size), bold
        paragraph.space_after = Pt(4 if bold else 10)


def _particular_slides(deck, s: Synthesis) -> None:
    places = [m for m in s.municipalities if s.particular(m)]
    pages = [places[i:i + PER_SLIDE] for i in range(0, len(places), PER_SLIDE)]
    for number, page in enumerate(pages, start=1):
        title = t("particular", s.lang) + (f" ({number}/{len(pages)})" if len(pages) > 1 else "")
        lines = []
        for m in page:
            refs = s.particular(m)
            more = f" – {t('more', s.lang, count=len(refs) - 1)}" if len(refs) > 1 else ""
            lines += [(m, 20, True), (f"«{refs[0].note.text}»{more}", 17, False)]
        _text(_slide(deck, title), lines)


def _size_slide(deck, s: Synthesis) -> None:
    if len(s.size_classes) < 2:
        return
    themes = sorted((th for q in s.questions for th in q.common), key=lambda th: -th.municipality_count)
    shares = {th.keyword: theme_shares(s, th) for th in themes}
    spread = sorted(shares, key=lambda k: -(max(a / n for a, n in shares[k].values() if n) - min(a / n for a, n in shares[k].values() if n)))[:7]
    if not spread:
        return
    slide = _slide(deck, t("size.share", s.lang))
    chart = _chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, spread,
                   {c: [round(100 * shares[k][c][0] / shares[k][c][1]) for k in spread] for c in s.size_classes}, legend=True)
    chart.category_axis.reverse_order = True
    chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = 0, 100
    chart.plots[0].has_data_labels = True
    chart.plots[0].data_labels.number_format, chart.plots[0].data_labels.number_format_is_linked = '0" %"', False


def _levels_slide(deck, s: Synthesis, q) -> None:
    """The county's collaboration profile in notes per level, then the same as shares per size class."""
    county = q.facets.get("", {})
    if not any(county.values()):
        return
    most = max(q.facet_keys, key=lambda k: county.get(k, 0))
    labels = [q.facet_labels[k] for k in q.facet_keys]
    slide = _slide(deck, f"{t('levels', s.lang)}: rikast på nivån {q.facet_labels[most].lower()}")
    chart = _chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, labels, {t("county", s.lang): [county.get(k, 0) for k in q.facet_keys]})
    chart.plots[0].has_data_labels = True
    if len(s.size_classes) > 1:
        shares = level_shares(s, q)
        slide = _slide(deck, t("size.share_levels", s.lang))
        chart = _chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, labels,
                       {c: [round(100 * shares[c][k]) for k in q.facet_keys] for c in shares}, legend=True)
        chart.plots[0].has_data_labels = True
        chart.plots[0].data_labels.number_format, chart.plots[0].data_labels.number_format_is_linked = '0" %"', False


def _change_slide(deck, s: Synthesis) -> None:
    change = s.change
    if change is None or not change.municipalities:
        return
    lines = []
    for m in change.municipalities:
        then = {k for c in change.changes if c.municipality == m for k in c.kept + c.gone}
        now = {k for c in change.changes if c.municipality == m for k in c.kept + c.new}
        lines += [(m, 20, True),
                  (f"{t('change.new', s.lang)}: {', '.join(sorted(now - then)[:8]) or '–'}", 15, False),
                  (f"{t('change.gone', s.lang)}: {', '.join(sorted(then - now)[:8]) or '–'}", 15, False)]
    _text(_slide(deck, f"{t('change', s.lang)} ({change.previous})"), lines)


def write_county_slides(s: Synthesis, output) -> None:
    LANG = s.lang  # noqa: N806
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = clean(f"{t('title', LANG)} {s.county}".strip())
    overview = t("slides.overview", LANG, sessions=len(s.sessions), municipalities=len(s.municipalities),
                 participants=s.participant_count, notes=s.note_count)
    first.placeholders[1].text = clean(f"{s.round}\n{overview}" if s.round else overview)
    for shape, top, height in ((first.shapes.title, 2.0, 1.8), (first.placeholders[1], 4.0, 1.4)):
        shape.left, shape.top, shape.width, shape.height = Inches(0.8), Inches(top), Inches(11.7), Inches(height)
    if s.findings:
        _text(_slide(deck, t("findings", LANG)), [(f"• {f}", 18, False) for f in s.findings[:6]])
    for q in s.questions:
        themes = q.common[:8] or q.themes[:8]
        if themes:
            first_theme = themes[0]
            slide = _slide(deck, f"{q.label}: «{first_theme.keyword}» i {first_theme.municipality_count} av "
                                 f"{len(s.municipalities)} kommuner")
            chart = _chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, [th.keyword for th in themes],
                           {t("municipality_count", LANG): [th.municipality_count for th in themes]})
            chart.category_axis.reverse_order = True
            chart.plots[0].has_data_labels = True
            # from 0 to every municipality: an axis starting near the values would exaggerate differences
            chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = 0, max(1, len(s.municipalities))
        if q.is_collaboration:
            _levels_slide(deck, s, q)
        if q.is_needs and len(s.municipalities) <= 30:
            slide = _slide(deck, t("needs", LANG))
            _chart(slide, XL_CHART_TYPE.BAR_STACKED, s.municipalities,
                   {q.facet_labels[k]: [q.facets.get(m, {}).get(k, 0) for m in s.municipalities] for k in q.facet_keys},
                   legend=True).category_axis.reverse_order = True
    _particular_slides(deck, s)
    _size_slide(deck, s)
    _change_slide(deck, s)
    deck.save(output)
