"""A horizontal bar chart, laid out once and painted into a PDF (vector) or a PNG for Word.

The layout is computed in points with y growing downwards: a label column on the left, one bar
per category in its own colour, the value after the bar. reportlab measures the text (the same
DejaVu font is used by both painters), so the PDF and the Word picture look alike.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from dialogkarta.paths import FONTS
from dialogkarta.report import blocks as b
from dialogkarta.report.pdf_kit import BOLD, REGULAR, register_fonts
from dialogkarta.report.xmltext import clean

WIDTH_CM = 16.0  # the chart's width in Word and in the PDF: fits an A4 portrait page within its margins
ROW = 22.0  # points per category
BAR = 14.0
FONT_SIZE = 9.5
PAD = 6.0
DEFAULT_COLOUR = "#9DB7D5"
OUTLINE = "#4D4D4D"
TEXT = "#262626"


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True)
class Label:
    x: float
    baseline: float
    text: str
    bold: bool = False
    right_aligned: bool = False


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    boxes: tuple[Box, ...]
    labels: tuple[Label, ...]
    axis: tuple[float, float, float]  # x, top, bottom of the line the bars start from


def _fit(text: str, width: float) -> str:
    """Shorten a label with an ellipsis until it fits the label column."""
    if stringWidth(text, REGULAR, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, FONT_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def layout(chart: b.BarChart, width: float) -> Layout:
    """Place the labels, bars and values of the chart in a box `width` points wide."""
    register_fonts()
    labels = [clean(label) for label in chart.labels]
    values = [max(0, v) for v in chart.values]
    label_column = min(max((stringWidth(t, REGULAR, FONT_SIZE) for t in labels), default=0) + 2 * PAD, width * 0.4)
    widest_value = max((stringWidth(str(v), BOLD, FONT_SIZE) for v in values), default=0)
    room = max(10.0, width - label_column - widest_value - 2 * PAD)
    top = max(values, default=0)
    boxes, texts = [], []
    for i, (text, value) in enumerate(zip(labels, values)):
        middle = PAD + i * ROW + ROW / 2
        baseline = middle + FONT_SIZE * 0.35
        texts.append(Label(label_column - PAD, baseline, _fit(text, label_column - 2 * PAD), right_aligned=True))
        length = room * value / top if top else 0.0
        if value and length < 2:
            length = 2.0  # a single note still shows as a bar
        colour = (chart.colours[i] if i < len(chart.colours) else None) or DEFAULT_COLOUR
        if length:
            boxes.append(Box(label_column, middle - BAR / 2, length, BAR, colour))
        texts.append(Label(label_column + length + PAD / 2 + 1, baseline, str(value), bold=True))
    height = 2 * PAD + ROW * len(labels)
    return Layout(width, height, tuple(boxes), tuple(texts), (label_column, PAD / 2, height - PAD / 2))


def drawing(chart: b.BarChart, width: float):
    """Return the chart as a reportlab Drawing (a flowable for PDFs)."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    plan = layout(chart, width)
    canvas = Drawing(plan.width, plan.height)
    flip = plan.height  # reportlab's y grows upwards
    for box in plan.boxes:
        canvas.add(Rect(box.x, flip - box.y - box.height, box.width, box.height, fillColor=colors.HexColor(box.fill),
                        strokeColor=colors.HexColor(OUTLINE), strokeWidth=0.5))
    for label in plan.labels:
        canvas.add(String(label.x, flip - label.baseline, label.text, fontName=BOLD if label.bold else REGULAR,
                          fontSize=FONT_SIZE, fillColor=colors.HexColor(TEXT),
                          textAnchor="end" if label.right_aligned else "start"))
    x, top, bottom = plan.axis
    canvas.add(Line(x, flip - top, x, flip - bottom, strokeColor=colors.HexColor(OUTLINE), strokeWidth=0.8))
    return canvas


def png(chart: b.BarChart, width: float, dpi: int = 200) -> bytes:
    """Return the chart as PNG bytes (for Word), `width` points wide at `dpi`."""
    from PIL import Image, ImageDraw, ImageFont

    plan = layout(chart, width)
    scale = dpi / 72
    image = Image.new("RGB", (round(plan.width * scale), round(plan.height * scale)), "white")
    draw = ImageDraw.Draw(image)
    fonts = {bold: ImageFont.truetype(str(FONTS / f"{BOLD if bold else REGULAR}.ttf"), round(FONT_SIZE * scale))
             for bold in (False, True)}
    for box in plan.boxes:
        draw.rectangle([box.x * scale, box.y * scale, (box.x + box.width) * scale, (box.y + box.height) * scale],
                       fill=box.fill, outline=OUTLINE, width=max(1, round(0.5 * scale)))
    for label in plan.labels:
        draw.text((label.x * scale, label.baseline * scale), label.text, fill=TEXT, font=fonts[label.bold],
                  anchor="rs" if label.right_aligned else "ls")
    x, top, bottom = plan.axis
    draw.line([x * scale, top * scale, x * scale, bottom * scale], fill=OUTLINE, width=max(1, round(0.8 * scale)))
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def description(chart: b.BarChart) -> str:
    """The chart as one sentence, for screen readers (Word's alternative text)."""
    pairs = ", ".join(f"{clean(label)} {value}" for label, value in zip(chart.labels, chart.values))
    return f"{clean(chart.title)}: {pairs}" if chart.title else pairs
