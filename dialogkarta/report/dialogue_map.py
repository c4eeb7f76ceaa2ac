"""The printable dialogue map (PDF): the hub in the centre, the question areas around it.

Blank, to send out before the meeting (with each area's prompt and cues), or filled with the
session's notes as sticky notes. Text flows around the hub; notes shrink to fit their area, and
what still does not fit is counted as "+N till".
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from dialogkarta.report.catalogue import text
from dialogkarta.report.map_layout import Hub, areas, flow, note_grid
from dialogkarta.report.model import QuestionReport, ReportModel
from dialogkarta.report.pdf_kit import ACCENT, BOLD, REGULAR, register_fonts
from dialogkarta.report.xmltext import clean

SIZES = {"a3": landscape(A3), "a4": landscape(A4)}
AREA_FILL = colors.HexColor("#F4F7FB")
NOTE_SIZES = (7.5, 6.5, 5.5)  # font sizes tried, largest first, before notes are left out
NOTE_TEXT_LIMIT = 600  # characters of a note that can ever show on a sticky note
MAX_NOTE_LINES = 4


class _Area:
    """One question area: draws text line by line, each line as wide as the hub allows."""

    def __init__(self, canvas: Canvas, hub: Hub, x: float, y: float, w: float, h: float) -> None:
        self.canvas, self.hub = canvas, hub
        self.x0, self.x1, self.bottom = x + 0.5 * cm, x + w - 0.5 * cm, y
        self.cursor = y + h - 0.35 * cm

    def span(self, size: float, line: int = 0) -> tuple[float, float]:
        top = self.cursor - line * size * 1.25
        return self.hub.free_span(self.x0, self.x1, top - size * 1.25, top)

    def write(self, value: str, font: str, size: float, color, max_lines: int | None = None, indent: float = 0) -> None:
        def width_at(line: int) -> float:
            x0, x1 = self.span(size, line)
            return x1 - x0 - indent

        self.canvas.setFont(font, size)
        self.canvas.setFillColor(color)
        for line in flow(value, font, size, width_at, max_lines):
            x0, _ = self.span(size)
            self.canvas.drawString(x0 + indent, self.cursor - size, line)
            self.cursor -= size * 1.25

    def legend(self, question: QuestionReport, size: float) -> None:
        x0, x1 = self.span(size)
        x = x0
        for facet in question.facets:
            label = clean(facet.label)
            step = 0.7 * cm + stringWidth(label, REGULAR, size)
            if x + step > x1 and x > x0:
                self.cursor -= size * 1.6
                x0, x1 = self.span(size)
                x = x0
            self.canvas.setFillColor(colors.HexColor(facet.color))
            self.canvas.rect(x, self.cursor - size, 0.3 * cm, 0.3 * cm, fill=1, stroke=0)
            self.canvas.setFillColor(colors.black)
            self.canvas.setFont(REGULAR, size)
            self.canvas.drawString(x + 0.4 * cm, self.cursor - size, label)
            x += step
        self.cursor -= size * 1.6


def _note_text(note, marked: bool) -> str:
    """The note as its sticky note shows it; on a dialogue day its municipality comes first."""
    body = note.text[:NOTE_TEXT_LIMIT]
    return f"{note.municipality}: {body}" if marked and note.municipality else body


def _notes(area: _Area, question: QuestionReport, scale: float, lang: str, marked: bool = False) -> int:
    """Place the notes as sticky notes, shrinking the type until they fit; count what does not."""
    canvas = area.canvas
    x, top = area.x0 - 0.1 * cm, area.cursor - 0.15 * cm
    w, h = area.x1 - area.x0 + 0.2 * cm, top - area.bottom - 0.55 * cm
    notes = question.notes
    for size in NOTE_SIZES:
        note_width = 3.6 * cm * scale * size / NOTE_SIZES[0]
        # notes are as tall as the longest needs (up to MAX_NOTE_LINES): short notes, more of them
        needed = max((len(flow(_note_text(n, marked), REGULAR, size * scale, lambda _: note_width - 0.2 * cm,
                               MAX_NOTE_LINES)) for n in notes), default=1)
        grid = note_grid(x, top, w, h, area.hub, size=size * scale, note_width=note_width, lines=needed)
        if len(grid.cells) >= len(notes):
            break
    colours = {f.key: f.color for f in question.facets}
    for note, (cx, cy, cw, ch) in zip(notes, grid.cells):
        canvas.setFillColor(colors.HexColor(note.color or colours.get(note.facet or "", "#FFF3A0")))
        canvas.setStrokeColor(colors.HexColor("#B0A060"))
        canvas.setLineWidth(0.5)
        canvas.rect(cx, cy - ch, cw, ch, fill=1, stroke=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, grid.size)
        lines = flow(_note_text(note, marked), REGULAR, grid.size, lambda _: cw - 0.2 * cm, grid.lines)
        for index, line in enumerate(lines):
            baseline = cy - grid.size - 0.05 * cm - index * grid.size * 1.25
            prefix = f"{note.municipality}:" if marked and note.municipality and index == 0 else ""
            if prefix and line.startswith(prefix):  # the municipality in bold, so the eye finds it
                canvas.setFont(BOLD, grid.size)
                canvas.drawString(cx + 0.1 * cm, baseline, prefix)
                canvas.setFont(REGULAR, grid.size)
                canvas.drawString(cx + 0.1 * cm + stringWidth(prefix, BOLD, grid.size), baseline, line[len(prefix):])
            else:
                canvas.drawString(cx + 0.1 * cm, baseline, line)
    rest = len(notes) - len(grid.cells)
    if rest > 0:
        canvas.setFont(BOLD, 9 * scale)
        canvas.setFillColor(colors.black)
        _, right = area.hub.free_span(area.x0, area.x1, area.bottom, area.bottom + 0.6 * cm)
        canvas.drawRightString(right, area.bottom + 0.2 * cm, text("map.notes_more", lang, count=rest))
    return max(rest, 0)


def _title(model: ReportModel, blank: bool) -> str:
    name = text("map.title", model.lang)
    if not blank:
        return f"{name} – {model.title}"
    # a template named "Dialogkarta KUF (…)" is not prefixed with "Dialogkarta" once more
    return model.template_name if model.template_name.casefold().startswith(name.casefold()) else f"{name} – {model.template_name}"


def write_map(model: ReportModel, output, *, size: str = "a3", blank: bool = True) -> None:
    """Write the dialogue map as a one-page PDF."""
    register_fonts()
    width, height = SIZES[size]
    scale = 1.0 if size == "a3" else 0.72
    margin = 1.2 * cm
    canvas = Canvas(str(output), pagesize=(width, height))
    canvas.setTitle(clean(f"{text('map.title', model.lang)}: {model.title}"))
    canvas.setAuthor(clean(model.author) or "Dialogkarta")
    facts = clean(" · ".join(v for v in (model.municipality_text, model.date) if v))
    if facts:
        canvas.setFont(REGULAR, 11 * scale)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(width - margin, height - margin - 0.5 * cm, facts)
    # the title wraps (two lines at most, smaller type if needed) in the room the facts leave it
    room = width - 2 * margin - (stringWidth(facts, REGULAR, 11 * scale) + 1 * cm if facts else 0)
    for title_size in (20 * scale, 16 * scale, 13 * scale, 10 * scale):
        title_lines = flow(clean(_title(model, blank)), BOLD, title_size, lambda _: room, None)
        if len(title_lines) <= 2:
            break
    else:
        title_lines = flow(clean(_title(model, blank)), BOLD, title_size, lambda _: room, 2)  # ends with "…"
    canvas.setFont(BOLD, title_size)
    canvas.setFillColor(ACCENT)
    for index, line in enumerate(title_lines[:2]):
        canvas.drawString(margin, height - margin - 0.5 * cm - index * title_size * 1.2, line)
    header = margin + 1.4 * cm + (len(title_lines[:2]) - 1) * title_size * 1.2
    boxes = areas(len(model.questions), width, height, margin, header)
    radius = (3.2 if len(model.questions) == 4 else 2.6) * cm * scale
    hub = Hub(width / 2, (height - header + margin) / 2, radius)
    left_out = 0
    for question, (x, y, w, h) in zip(model.questions, boxes):
        canvas.setFillColor(AREA_FILL)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.roundRect(x, y, w, h, 0.4 * cm, fill=1, stroke=1)
        area = _Area(canvas, hub, x, y, w, h)
        area.write(f"{question.number}. {question.label}", BOLD, 16 * scale, ACCENT, 2)
        area.cursor -= 0.1 * cm
        area.write(question.prompt, REGULAR, (11 if blank else 9.5) * scale, colors.HexColor("#303030"), None if blank else 4)
        area.cursor -= 0.15 * cm
        if question.facets:
            area.legend(question, 7.5 * scale if not blank else 9 * scale)
        if blank:
            for cue in question.cues:
                area.write(f"•  {cue}", REGULAR, 9 * scale, colors.HexColor("#505050"), 2)
            canvas.setFillColor(colors.HexColor("#9A9A9A"))
            canvas.setFont(REGULAR, 9 * scale)
            canvas.drawCentredString((area.x0 + area.x1) / 2, y + 0.5 * cm, text("map.write_here", model.lang))
        else:
            left_out += _notes(area, question, scale, model.lang, marked=model.is_dialogue_day)
    # the hub, drawn last so that it sits on top of the areas' inner corners
    canvas.setFillColor(ACCENT)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(4)
    canvas.circle(hub.x, hub.y, radius, fill=1, stroke=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 30 * scale)
    canvas.drawCentredString(hub.x, hub.y + 0.35 * cm * scale, clean(model.hub))
    canvas.setFont(REGULAR, 8.5 * scale)
    for index, line in enumerate(flow(model.hub_label, REGULAR, 8.5 * scale, lambda _: radius * 1.5, 3)):
        canvas.drawCentredString(hub.x, hub.y - 0.5 * cm * scale - index * 8.5 * scale * 1.25, line)
    if left_out:  # said on the page, with where the rest is: nothing is dropped silently
        canvas.setFont(REGULAR, 9 * scale)
        canvas.setFillColor(colors.HexColor("#303030"))
        canvas.drawString(margin, margin * 0.45, clean(text("map.left_out", model.lang, count=left_out, total=model.note_count)))
    canvas.showPage()
    canvas.save()
