"""Slides of the results for local forums (PowerPoint via python-pptx), on a real template.

Every text sits in a layout placeholder, so the unit's own template (settings) restyles the whole
deck; footer (municipality and date) and slide numbers come from the layout's own placeholders.
One message per slide: the question's summary leads, its top themes with votes follow; the whole
summary and the running minutes are the speaker notes. A question without notes or summary gets
no slide.
"""

from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Pt

from dialogkarta.report.catalogue import map_text, text
from dialogkarta.report.model import QuestionReport, ReportModel
from dialogkarta.report.slide_template import TEMPLATE, SlideTemplateProblem, add_chart, fill, footers, layout, notes, open_template
from dialogkarta.report.wording import long_date
from dialogkarta.report.xmltext import clean, core_property

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MAX_THEMES = 5
LEAD_LIMIT = 220

__all__ = ["TEMPLATE", "SlideTemplateProblem", "write_slides"]  # the template and its problem keep their old import path


def _shorten(value: str, limit: int) -> str:
    value = " ".join(clean(value).split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    end = cut.rfind(". ")
    return cut[: end + 1] if end > limit // 2 else cut.rsplit(" ", 1)[0].rstrip(",;:–") + " …"


def _votes(notes) -> int:
    return sum(n.votes for n in notes)


def _question_lines(model: ReportModel, q: QuestionReport) -> list[tuple[str, int, bool]]:
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    lines: list[tuple[str, int, bool]] = []
    if q.summary.strip():
        lines.append((_shorten(q.summary, LEAD_LIMIT), 0, True))
    # the room's votes on a theme itself rank it first, then its notes' votes
    themed = sorted(q.groups, key=lambda g: (-q.theme_votes_of(g[0]), -_votes(g[1]), -len(g[1])))[:MAX_THEMES]
    if themed:
        for label, notes in themed:
            total = _votes(notes)
            shown = t("slides.notes_count", count=len(notes)) + q.theme_votes_said(label, model.lang, ", ") + \
                (f", {t('votes.one' if total == 1 else 'votes', count=total)}" if total else "")
            lines.append((f"{_shorten(label, 60)} ({shown})", 1, False))
    else:  # no themes: the notes with the most votes
        for note in sorted(q.notes, key=lambda n: -n.votes)[:MAX_THEMES]:
            said = f" ({t('votes.one' if note.votes == 1 else 'votes', count=note.votes)})" if note.votes else ""
            lines.append((_shorten(note.text, 90) + said, 1, False))
    counts = [t("slides.notes_count", count=len(q.notes))]
    if q.facets and not q.is_collaboration:  # e.g. own area against general (levels have their chart)
        counts += [f"{clean(f.label)} {len(f.notes)}" for f in q.facets]
    lines.append((" · ".join(counts), 0, False))
    return lines


def _level_chart(deck, model: ReportModel, q: QuestionReport, footer: str) -> None:
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    slide = deck.slides.add_slide(layout(deck, PP_PLACEHOLDER.TITLE))
    slide.shapes.title.text = t("slides.collaboration")
    chart = add_chart(deck, slide, XL_CHART_TYPE.BAR_CLUSTERED, [f.label for f in q.facets],
                      {t("collaboration.count"): [len(f.notes) for f in q.facets]})
    chart.value_axis.tick_labels.number_format = "0"  # counts: whole numbers on the axis
    chart.value_axis.tick_labels.number_format_is_linked = False
    if max((len(f.notes) for f in q.facets), default=0) <= 12:
        chart.value_axis.major_unit = 1
    chart.plots[0].has_data_labels = True
    chart.plots[0].series[0].format.fill.solid()
    chart.plots[0].series[0].format.fill.fore_color.rgb = ACCENT
    chart.category_axis.reverse_order = True
    chart.category_axis.tick_labels.font.size = Pt(16)
    footers(slide, footer)
    notes(slide, "\n".join(f"{f.label}: {len(f.notes)}" for f in q.facets), q.summary)


def write_slides(model: ReportModel, output) -> None:
    """Write the results presentation."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    deck = open_template(model.unit.slide_template)
    footer = " · ".join(v for v in (model.scope or model.municipality_text, long_date(model.date, model.lang)) if v)
    first = deck.slides.add_slide(layout(deck, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE))
    first.shapes.title.text = clean(f"{map_text(model, 'slides.title')}: {model.scope or model.municipality_text}")
    subtitle = next(p for p in first.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE)
    facts = " · ".join(v for v in (model.title, long_date(model.date, model.lang), model.place) if v)  # no dangling "·"
    own = model.texts.get("summary.subtitle")  # the map's own words: no KUF on a network's slides
    subtitle.text_frame.text = clean("\n".join(v for v in (own, facts) if v))
    footers(first, footer)
    content = layout(deck, PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.OBJECT)
    for q in model.questions:
        if not q.notes and not q.summary.strip():
            continue  # nothing to say: no slide
        slide = deck.slides.add_slide(content)
        slide.shapes.title.text = clean(f"{q.number}. {q.label}")
        fill(slide.placeholders[1], _question_lines(model, q))
        footers(slide, footer)
        notes(slide, q.summary, q.minutes)
        if q.is_collaboration and q.notes:
            _level_chart(deck, model, q, footer)
    slide = deck.slides.add_slide(content)
    slide.shapes.title.text = t("next_steps.heading")
    steps = [s.strip() for s in (model.next_steps or t("next_steps.none")).replace(". ", ".\n").split("\n") if s.strip()]
    fill(slide.placeholders[1], [(s, 0, False) for s in steps])
    footers(slide, footer)
    notes(slide, model.next_steps)
    deck.core_properties.title = core_property(f"{map_text(model, 'slides.title')}: {model.title}")
    deck.core_properties.author = core_property(model.author) or "Dialogkarta"
    deck.core_properties.language = "sv-SE" if model.lang == "sv" else "en-GB"
    deck.save(output)
