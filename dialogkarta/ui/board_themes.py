"""Themes on the board: a lane's notes in blocks, each theme's cards together under its label."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from dialogkarta.ui import board_layout as geo

HEADER = 20.0  # height of a theme's label row, in scene units


def lane_blocks(notes: list, themes: list[str]) -> list[tuple[str | None, list]]:
    """The lane's notes by theme, in the question's theme order, then the notes without one."""
    by_theme = [(label, [n for n in notes if n.group == label]) for label in themes]
    blocks: list[tuple[str | None, list]] = [(label, members) for label, members in by_theme if members]
    rest = [n for n in notes if not n.group or n.group not in themes]
    if rest:
        blocks.append((None, rest))
    return blocks


def block_layout(usable: QRectF, blocks: list[tuple[str | None, list]], collapsed: set[str], first: int = 0
                 ) -> tuple[tuple[float, float, int], list[tuple[str, QRectF, int]], dict[str, QPointF], int, tuple[float, int] | None]:
    """Card size, theme label rows and card places for a lane with themes.

    Each theme starts on a new row under its label; a collapsed theme shows only its label.
    Blocks are shown from `first` on, as many as fit inside the lane (a full lane pages by
    theme rather than shrinking every card). Returns (size, [(label, rect, count)],
    {note id: top left}, index after the last block shown, tail). tail is where the notes
    without a theme start and how many of them are placed, when that block is shown last and
    whole, so a new note can be added after them in place; else None.
    """
    headers = sum(1 for label, _ in blocks if label is not None)
    room = QRectF(usable.left(), usable.top(), usable.width(),
                  max(geo.CARD_MIN[1], usable.height() - headers * (HEADER + 3)))
    shown = [len(notes) if label not in collapsed else 0 for label, notes in blocks]
    count, extra = sum(shown), 0
    while True:  # partly filled rows at the end of each block take room too
        size = geo.card_size(room, count + extra)
        width, height, columns = size
        rows = sum(math.ceil(n / columns) for n in shown)
        if rows * (height + 5) <= room.height() + 5 or extra > count + columns * len(blocks):
            break
        extra += columns
    width, height, columns = size
    y, rows_of_labels, places, end, tail = usable.top(), [], {}, first, None
    for (label, notes), visible in list(zip(blocks, shown))[first:]:
        need = (HEADER + 3 if label is not None else 0) + min(1, visible) * (height + 5)
        if y + need > usable.bottom() + 5 and end > first:
            break  # the next theme does not fit: it is on the next page
        if label is not None:
            rows_of_labels.append((label, QRectF(usable.left(), y, usable.width(), HEADER), len(notes)))
            y += HEADER + 3
        placed = 0
        for index, note in enumerate(notes[:visible]):
            row, column = divmod(index, columns)
            top = y + row * (height + 5)
            if top + height > usable.bottom() + 5 and row > 0:
                break  # a theme larger than the lane: its first rows (the tooltip and outline have all)
            places[note.id] = QPointF(usable.left() + column * (width + 5), top)
            placed += 1
        tail = (y, placed) if label is None and placed == len(notes) else None
        y += math.ceil(visible / columns) * (height + 5)
        end += 1
    return size, rows_of_labels, places, end, (tail if end == len(blocks) else None)
