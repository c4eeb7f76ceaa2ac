"""Themes on the board: a lane's notes in blocks, each theme's cards together under its label."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from dialogkarta.ui import board_layout as geo

HEADER = 20.0  # height of a theme's label row, in scene units


def lane_blocks(notes: list, themes: list[str]) -> list[tuple[str | None, list]]:
    """The lane's notes by theme, in the question's theme order, then the notes without one."""
    blocks = [(label, [n for n in notes if n.group == label]) for label in themes]
    blocks = [(label, members) for label, members in blocks if members]
    rest = [n for n in notes if not n.group or n.group not in themes]
    if rest:
        blocks.append((None, rest))
    return blocks


def block_layout(usable: QRectF, blocks: list[tuple[str | None, list]], collapsed: set[str]):
    """Card size, theme label rows and card places for a lane with themes.

    Each theme starts on a new row under its label; a collapsed theme shows only its label.
    Returns (size, [(label, rect, count)], {note id: top left}).
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
    y, rows_of_labels, places = usable.top(), [], {}
    for (label, notes), visible in zip(blocks, shown):
        if label is not None:
            rows_of_labels.append((label, QRectF(usable.left(), y, usable.width(), HEADER), len(notes)))
            y += HEADER + 3
        for index, note in enumerate(notes[:visible]):
            row, column = divmod(index, columns)
            places[note.id] = QPointF(usable.left() + column * (width + 5), y + row * (height + 5))
        y += math.ceil(visible / columns) * (height + 5)
    return size, rows_of_labels, places
