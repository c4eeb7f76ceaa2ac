"""The slide template machinery shared by every deck (session slides, county slides).

Every text sits in a layout placeholder, so the unit's own template restyles the whole deck;
footer and slide numbers come from the layout's own placeholders; charts sit where the content
placeholder would and their value axes start at zero.
"""

from __future__ import annotations

import copy

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationFile

from dialogkarta.errors import DialogkartaError
from dialogkarta.paths import RESOURCES
from dialogkarta.report.xmltext import clean

TEMPLATE = RESOURCES / "slides" / "dialogkarta.pptx"
FOOTER_TYPES = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)


class SlideTemplateProblem(DialogkartaError):
    """The unit's slide template cannot be used."""


def open_template(path: str) -> PresentationFile:
    """The bundled template, or the unit's own .pptx without its example slides."""
    if not path:
        return Presentation(str(TEMPLATE))
    try:
        deck = Presentation(path)
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same one-line message
        raise SlideTemplateProblem("mallen för presentationer kunde inte läsas som en PowerPoint-fil (.pptx)", path=path) from exc
    slides = deck.slides._sldIdLst  # a template's own example slides are not ours to show
    for slide_id in list(slides):
        deck.part.drop_rel(slide_id.rId)
        slides.remove(slide_id)
    return deck


def layout(deck, *wanted: PP_PLACEHOLDER):
    """The first layout with exactly these kinds of placeholder (footers aside), by content, not by name."""
    for candidate in deck.slide_layouts:
        kinds = {p.placeholder_format.type for p in candidate.placeholders} - {*FOOTER_TYPES, PP_PLACEHOLDER.DATE}
        if kinds == set(wanted):
            return candidate
    raise SlideTemplateProblem(f"mallen för presentationer saknar en layout med {', '.join(w.name for w in wanted)}")


def footers(slide, footer: str) -> None:
    """Copy the layout's footer and slide-number placeholders onto the slide (python-pptx leaves them off)."""
    for placeholder in slide.slide_layout.placeholders:
        if placeholder.placeholder_format.type in FOOTER_TYPES:
            element = copy.deepcopy(placeholder.element)
            slide.shapes._spTree.append(element)
            shape = slide.placeholders[placeholder.placeholder_format.idx]
            if placeholder.placeholder_format.type == PP_PLACEHOLDER.FOOTER:
                shape.text_frame.text = clean(footer)


def fill(placeholder, lines: list[tuple[str, int, bool]]) -> None:
    """Fill a body placeholder: (text, level, bold) per paragraph; shrink on overflow."""
    frame = placeholder.text_frame
    frame.word_wrap = True
    for index, (value, level, bold) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = clean(value)
        paragraph.level = level
        if bold:
            paragraph.font.bold = True
    body = frame._txBody.find(qn("a:bodyPr"))
    for fit in list(body):
        body.remove(fit)
    body.append(body.makeelement(qn("a:normAutofit"), {}))


def notes(slide, *parts: str) -> None:
    """The speaker notes: the parts that say something, a blank line between them."""
    slide.notes_slide.notes_text_frame.text = clean("\n\n".join(p.strip() for p in parts if p and p.strip()))


def add_chart(deck, slide, kind, categories: list[str], series: dict[str, list]):
    """A chart below the title, where the content placeholder would be; its value axis starts at 0."""
    data = CategoryChartData()
    data.categories = [clean(c) for c in categories]
    for name, values in series.items():
        data.add_series(clean(name), values)
    width, height = deck.slide_width, deck.slide_height
    chart = slide.shapes.add_chart(kind, int(width * 0.06), int(height * 0.22), int(width * 0.88), int(height * 0.66), data).chart
    chart.has_legend = chart.has_title = False
    chart.value_axis.minimum_scale = 0  # bars start at zero, so their lengths compare honestly
    chart.value_axis.has_major_gridlines = False
    return chart
