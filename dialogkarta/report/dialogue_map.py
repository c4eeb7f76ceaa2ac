"""The printable dialogue map (PDF): the hub in the centre, the question areas around it.

Blank, to send out before the meeting, or filled with the session's notes as sticky notes.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from dialogkarta.report.catalogue import text
from dialogkarta.report.model import QuestionReport, ReportModel
from dialogkarta.report.pdf_kit import ACCENT, BOLD, REGULAR, register_fonts
from dialogkarta.report.xmltext import clean

SIZES = {"a3": landscape(A3), "a4": landscape(A4)}
AREA_FILL = colors.HexColor("#F4F7FB")


def wrap(value: str, font: str, size: float, width: float) -> list[str]:
    """Break text into lines that fit the width (long words are cut)."""
    lines: list[str] = []
    for paragraph in clean(value).split("\n"):
        line = ""
        for word in paragraph.split():
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = max(1, int(len(word) * width / stringWidth(word, font, size)) - 1)
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut])
                word = word[cut:]
            candidate = f"{line} {word}".strip()
            if stringWidth(candidate, font, size) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return [line for line in lines if line] or [""]


def _text_block(canvas: Canvas, lines: list[str], x: float, y: float, font: str, size: float) -> float:
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= size * 1.25
    return y


def _areas(count: int, width: float, height: float, margin: float) -> list[tuple[float, float, float, float]]:
    columns = 2 if count <= 4 else math.ceil(count / 2)
    rows = math.ceil(count / columns)
    gap = 0.6 * cm
    w = (width - 2 * margin - (columns - 1) * gap) / columns
    h = (height - 2 * margin - 1.6 * cm - (rows - 1) * gap) / rows
    boxes = []
    for index in range(count):
        row, column = divmod(index, columns)
        boxes.append((margin + column * (w + gap), height - margin - 1.6 * cm - (row + 1) * h - row * gap, w, h))
    return boxes


def _notes(canvas: Canvas, question: QuestionReport, x: float, y: float, w: float, h: float, scale: float, lang: str) -> None:
    colours = {f.key: f.color for f in question.facets}
    size = 7.5 * scale
    note_w = 3.6 * cm * scale
    pad = 0.12 * cm
    columns = max(1, int((w + pad) // (note_w + pad)))
    note_w = (w - (columns - 1) * pad) / columns
    cx, cy, row_h = x, y, 0.0
    for index, note in enumerate(question.notes):
        lines = wrap(note.text, REGULAR, size, note_w - 0.2 * cm)[:4]
        note_h = len(lines) * size * 1.25 + 0.25 * cm
        if index % columns == 0 and index:
            cx, cy = x, cy - row_h - pad
            row_h = 0.0
        if cy - note_h < y - h:
            rest = len(question.notes) - index
            canvas.setFont(BOLD, size + 1)
            canvas.setFillColor(colors.black)
            canvas.drawRightString(x + w, y - h - 0.1 * cm, text("map.notes_more", lang, count=rest))
            return
        canvas.setFillColor(colors.HexColor(note.color or colours.get(note.facet, "#FFF3A0")))
        canvas.setStrokeColor(colors.HexColor("#B0A060"))
        canvas.rect(cx, cy - note_h, note_w, note_h, fill=1, stroke=1)
        canvas.setFillColor(colors.black)
        _text_block(canvas, lines, cx + 0.1 * cm, cy - size - 0.05 * cm, REGULAR, size)
        row_h = max(row_h, note_h)
        cx += note_w + pad


def write_map(model: ReportModel, output, *, size: str = "a3", blank: bool = True) -> None:
    """Write the dialogue map as a one-page PDF."""
    register_fonts()
    width, height = SIZES[size]
    scale = 1.0 if size == "a3" else 0.72
    margin = 1.2 * cm
    canvas = Canvas(str(output), pagesize=(width, height))
    canvas.setTitle(clean(f"{text('map.title', model.lang)}: {model.title}"))
    canvas.setFont(BOLD, 20 * scale)
    canvas.setFillColor(ACCENT)
    title = text("map.title", model.lang) + (f" – {model.title}" if not blank else f" – {model.template_name}")
    canvas.drawString(margin, height - margin - 0.5 * cm, clean(title))
    if model.municipality_text and not blank:
        canvas.setFont(REGULAR, 11 * scale)
        canvas.drawRightString(width - margin, height - margin - 0.5 * cm, clean(f"{model.municipality_text} · {model.date}"))
    boxes = _areas(len(model.questions), width, height, margin)
    for question, (x, y, w, h) in zip(model.questions, boxes):
        canvas.setFillColor(AREA_FILL)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.roundRect(x, y, w, h, 0.4 * cm, fill=1, stroke=1)
        canvas.setFillColor(ACCENT)
        top = _text_block(canvas, wrap(f"{question.number}. {question.label}", BOLD, 16 * scale, w - 1 * cm),
                          x + 0.5 * cm, y + h - 0.9 * cm * scale, BOLD, 16 * scale)
        canvas.setFillColor(colors.HexColor("#303030"))
        top = _text_block(canvas, wrap(question.prompt, REGULAR, 9.5 * scale, w - 1 * cm)[:4], x + 0.5 * cm, top, REGULAR, 9.5 * scale)
        if question.facets:
            legend_x = x + 0.5 * cm
            canvas.setFont(REGULAR, 7.5 * scale)
            for facet in question.facets:
                label = clean(facet.label)
                canvas.setFillColor(colors.HexColor(facet.color))
                canvas.rect(legend_x, top - 0.05 * cm, 0.3 * cm, 0.3 * cm, fill=1, stroke=0)
                canvas.setFillColor(colors.black)
                canvas.drawString(legend_x + 0.4 * cm, top, label)
                legend_x += 0.7 * cm + stringWidth(label, REGULAR, 7.5 * scale)
            top -= 0.5 * cm
        if blank:
            canvas.setFillColor(colors.HexColor("#9A9A9A"))
            canvas.setFont(REGULAR, 9 * scale)
            canvas.drawCentredString(x + w / 2, y + 0.6 * cm, text("map.write_here", model.lang))
        else:
            _notes(canvas, question, x + 0.4 * cm, top - 0.2 * cm, w - 0.8 * cm, top - 0.2 * cm - y - 0.6 * cm, scale, model.lang)
    # the hub, drawn last so that it sits on top of the areas' inner corners
    radius = (3.2 if len(model.questions) == 4 else 2.6) * cm * scale
    cx, cy = width / 2, (height - 1.6 * cm) / 2
    canvas.setFillColor(ACCENT)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(4)
    canvas.circle(cx, cy, radius, fill=1, stroke=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 30 * scale)
    canvas.drawCentredString(cx, cy + 0.35 * cm * scale, clean(model.hub))
    lines = wrap(model.hub_label, REGULAR, 8 * scale, radius * 1.6)
    _text_block(canvas, lines, cx - max(stringWidth(l, REGULAR, 8 * scale) for l in lines) / 2, cy - 0.5 * cm * scale, REGULAR, 8 * scale)
    canvas.showPage()
    canvas.save()
