"""Geometry of the printable dialogue map: the areas, the hub, and text that flows around the hub.

Pure arithmetic and reportlab font metrics; the drawing is in dialogue_map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from dialogkarta.model.map_grid import area_cells, grid_shape
from dialogkarta.report.xmltext import clean

ELLIPSIS = "…"


@dataclass(frozen=True)
class Hub:
    """The circle in the centre; nothing else may be drawn inside it (plus a margin)."""

    x: float
    y: float
    radius: float
    margin: float = 0.3 * cm

    def free_span(self, x0: float, x1: float, low: float, high: float) -> tuple[float, float]:
        """Return the widest part of [x0, x1] that the band [low, high] can use beside the hub."""
        keep = self.radius + self.margin
        dy = 0.0 if low <= self.y <= high else min(abs(low - self.y), abs(high - self.y))
        if dy >= keep:
            return x0, x1
        half = math.sqrt(keep * keep - dy * dy)
        blocked_lo, blocked_hi = self.x - half, self.x + half
        if blocked_hi <= x0 or blocked_lo >= x1:
            return x0, x1
        left, right = blocked_lo - x0, x1 - blocked_hi
        return (x0, max(x0, blocked_lo)) if left >= right else (min(x1, blocked_hi), x1)


def areas(count: int, width: float, height: float, margin: float, top: float) -> list[tuple[float, float, float, float]]:
    """Return (x, y, w, h) of each question area, clockwise from the top left (model.map_grid), y from the bottom."""
    rows, columns = grid_shape(count)
    gap = 0.6 * cm
    w = (width - 2 * margin - (columns - 1) * gap) / columns
    h = (height - margin - top - (rows - 1) * gap) / rows
    boxes = []
    for row, column in area_cells(count):
        boxes.append((margin + column * (w + gap), height - top - (row + 1) * h - row * gap, w, h))
    return boxes


def _cut(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    """Split a word that is wider than the width: the part that fits, and the rest."""
    cut = max(1, int(len(word) * width / max(stringWidth(word, font, size), 1)))
    while cut > 1 and stringWidth(word[:cut], font, size) > width:
        cut -= 1
    return word[:cut], word[cut:]


def flow(value: str, font: str, size: float, width_at, max_lines: int | None = None) -> list[str]:
    """Break text into lines; width_at(line_index) gives each line's width (the hub narrows some).

    Long words are cut. With max_lines, text that does not fit ends the last line with '…'.
    """
    lines: list[str] = []
    words = [(word, index) for index, paragraph in enumerate(clean(value).split("\n")) for word in paragraph.split()]
    line, paragraph_of_line = "", 0
    position = 0
    while position < len(words):
        word, paragraph = words[position]
        width = width_at(len(lines))
        if line and paragraph != paragraph_of_line:
            lines.append(line)
            line = ""
            continue
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line, paragraph_of_line = candidate, paragraph
            position += 1
        elif not line:
            head, rest = _cut(word, font, size, width)
            lines.append(head)
            words[position] = (rest, paragraph)
        else:
            lines.append(line)
            line = ""
        if max_lines is not None and len(lines) >= max_lines:
            break
    if line:
        lines.append(line)
    if max_lines is not None and (len(lines) > max_lines or position < len(words)):
        lines = lines[:max_lines]
        last = lines[-1] if lines else ""
        while last and stringWidth(last + ELLIPSIS, font, size) > width_at(max_lines - 1):
            last = last[:-1]
        lines[-1:] = [last.rstrip() + ELLIPSIS]
    return lines


@dataclass(frozen=True)
class NoteGrid:
    """Where the sticky notes of one area go: equal cells in rows, cells under the hub left out."""

    cells: tuple[tuple[float, float, float, float], ...]  # (x, y_top, w, h), in reading order
    size: float  # font size
    lines: int  # lines per note


def note_grid(x: float, top: float, w: float, h: float, hub: Hub, *, size: float, note_width: float,
              lines: int = 4, pad: float = 0.12 * cm) -> NoteGrid:
    """Return the cells for notes of this font size in the region (x, top) w × h."""
    note_h = lines * size * 1.25 + 0.25 * cm
    columns = max(1, int((w + pad) // (note_width + pad)))
    cell_w = (w - (columns - 1) * pad) / columns
    cells = []
    y = top
    while y - note_h >= top - h - 0.01:
        free_x0, free_x1 = hub.free_span(x, x + w, y - note_h, y)
        for column in range(columns):
            cx = x + column * (cell_w + pad)
            if cx >= free_x0 - 0.01 and cx + cell_w <= free_x1 + 0.01:
                cells.append((cx, y, cell_w, note_h))
        y -= note_h + pad
    return NoteGrid(tuple(cells), size, lines)
