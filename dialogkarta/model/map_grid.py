"""Where each question area stands on the dialogue map, shared by the board and the printed map.

The areas are taken clockwise from the top left, around the hub in the centre: with four
questions 1 2 / 4 3, so that the order of the talk goes round the map (the dialogue map's
convention; DOMAIN.md). Two rows at most: more questions make more columns.
"""

from __future__ import annotations

import math


def grid_shape(count: int) -> tuple[int, int]:
    """(rows, columns) of the map's grid of areas."""
    columns = 2 if count <= 4 else math.ceil(count / 2)
    return max(1, math.ceil(count / columns)), columns


def area_cells(count: int) -> list[tuple[int, int]]:
    """(row, column) of each area in the template's order: the top row left to right, the bottom row back."""
    _, columns = grid_shape(count)
    cells = []
    for index in range(count):
        row, column = divmod(index, columns)
        if row % 2 == 1:  # clockwise: the second row runs right to left
            column = columns - 1 - column
        cells.append((row, column))
    return cells
