"""Slides for the county workshop (python-pptx, with real charts): one message per slide.

Common keywords per question, each municipality's particulars with a quote, differences by size,
the collaboration profile, change since the last round, and the findings to talk about. Built on the
same template machinery as the session slides: every text in a layout placeholder, footer (county
and round) and slide numbers from the layout, charts with value axes from zero.
"""

from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Pt

from dialogkarta.report.slide_template import add_chart, fill, footers, layout, open_template
from dialogkarta.report.xmltext import clean, core_property
from dialogkarta.synthesis.compare import Synthesis
from dialogkarta.synthesis.size import level_shares, theme_shares
from dialogkarta.synthesis.texts import t

SERIES = (RGBColor(0x1F, 0x4E, 0x79), RGBColor(0x4F, 0x9D, 0x69), RGBColor(0xE0, 0x8E, 0x2B), RGBColor(0x8E, 0x5B, 0xA6))
PER_SLIDE = 4  # municipalities per particulars slide


def _footer(s: Synthesis) -> str:
    return " · ".join(v for v in (s.county, s.round) if v)  # the title says it is the county's; the footer stays one line


def _slide(deck, s: Synthesis, title: str, *, body: bool = False):
    """A slide with its title in the title placeholder; with a body placeholder for text, without one for a chart."""
    kinds = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.OBJECT) if body else (PP_PLACEHOLDER.TITLE,)
    slide = deck.slides.add_slide(layout(deck, *kinds))
    slide.shapes.title.text = clean(title)
    footers(slide, _footer(s))
    return slide


def _text(deck, s: Synthesis, title: str, lines: list[tuple[str, int, bool]]) -> None:
    """A text slide: lines of (text, level, bold) in the layout's body placeholder."""
    slide = _slide(deck, s, title, body=True)
    fill(next(p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.OBJECT), lines)


def _chart(deck, slide, kind, categories, series: dict[str, list], legend: bool = False):
    chart = add_chart(deck, slide, kind, categories, series)
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


def _particular_slides(deck, s: Synthesis) -> None:
    places = [m for m in s.municipalities if s.particular(m)]
    pages = [places[i:i + PER_SLIDE] for i in range(0, len(places), PER_SLIDE)]
    for number, page in enumerate(pages, start=1):
        title = t("particular", s.lang) + (f" ({number}/{len(pages)})" if len(pages) > 1 else "")
        lines = []
        for m in page:
            refs = s.particular(m)
            more = f" – {t('more', s.lang, count=len(refs) - 1)}" if len(refs) > 1 else ""
            lines += [(m, 0, True), (f"«{refs[0].note.text}»{more}", 1, False)]
        _text(deck, s, title, lines)


def _size_slide(deck, s: Synthesis) -> None:
    if len(s.size_classes) < 2:
        return
    themes = sorted((th for q in s.questions for th in q.common), key=lambda th: -th.municipality_count)
    shares = {th.keyword: theme_shares(s, th) for th in themes}
    spread = sorted(shares, key=lambda k: -(max(a / n for a, n in shares[k].values() if n) - min(a / n for a, n in shares[k].values() if n)))[:7]
    if not spread:
        return
    slide = _slide(deck, s, t("size.share", s.lang))
    chart = _chart(deck, slide, XL_CHART_TYPE.BAR_CLUSTERED, spread,
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
    slide = _slide(deck, s, f"{t('levels', s.lang)}: rikast på nivån {q.facet_labels[most].lower()}")
    chart = _chart(deck, slide, XL_CHART_TYPE.COLUMN_CLUSTERED, labels, {t("county", s.lang): [county.get(k, 0) for k in q.facet_keys]})
    chart.plots[0].has_data_labels = True
    if len(s.size_classes) > 1:
        shares = level_shares(s, q)
        slide = _slide(deck, s, t("size.share_levels", s.lang))
        chart = _chart(deck, slide, XL_CHART_TYPE.COLUMN_CLUSTERED, labels,
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
        lines += [(m, 0, True),
                  (f"{t('change.new', s.lang)}: {', '.join(sorted(now - then)[:8]) or '–'}", 1, False),
                  (f"{t('change.gone', s.lang)}: {', '.join(sorted(then - now)[:8]) or '–'}", 1, False)]
    _text(deck, s, f"{t('change', s.lang)} ({change.previous})", lines)


def write_county_slides(s: Synthesis, output, *, template: str = "") -> None:
    """Write the county deck on the unit's slide template (empty: the bundled one)."""
    LANG = s.lang  # noqa: N806
    deck = open_template(template)
    first = deck.slides.add_slide(layout(deck, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE))
    first.shapes.title.text = clean(f"{t('title', LANG)} {s.county}".strip())
    overview = t("slides.overview", LANG, sessions=len(s.sessions), municipalities=len(s.municipalities),
                 participants=s.participant_count, notes=s.note_count)
    subtitle = next(p for p in first.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE)
    subtitle.text_frame.text = clean(f"{s.round}\n{overview}" if s.round else overview)
    footers(first, _footer(s))
    if s.findings:
        _text(deck, s, t("findings", LANG), [(f, 0, False) for f in s.findings[:6]])
    for q in s.questions:
        themes = q.common[:8] or q.themes[:8]
        if themes:
            first_theme = themes[0]
            slide = _slide(deck, s, f"{q.label}: «{first_theme.keyword}» i {first_theme.municipality_count} av "
                                 f"{len(s.municipalities)} kommuner")
            chart = _chart(deck, slide, XL_CHART_TYPE.BAR_CLUSTERED, [th.keyword for th in themes],
                           {t("municipality_count", LANG): [th.municipality_count for th in themes]})
            chart.category_axis.reverse_order = True
            chart.plots[0].has_data_labels = True
            # from 0 to every municipality: an axis starting near the values would exaggerate differences
            chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = 0, max(1, len(s.municipalities))
        if q.is_collaboration:
            _levels_slide(deck, s, q)
        if q.is_needs and len(s.municipalities) <= 30:
            slide = _slide(deck, s, t("needs", LANG))
            _chart(deck, slide, XL_CHART_TYPE.BAR_STACKED, s.municipalities,
                   {q.facet_labels[k]: [q.facets.get(m, {}).get(k, 0) for m in s.municipalities] for k in q.facet_keys},
                   legend=True).category_axis.reverse_order = True
    _particular_slides(deck, s)
    _size_slide(deck, s)
    _change_slide(deck, s)
    deck.core_properties.title = core_property(f"{t('title', LANG)} {s.county}".strip())
    deck.core_properties.author = "Dialogkarta"
    deck.core_properties.language = "sv-SE" if LANG == "sv" else "en-GB"
    deck.save(output)
