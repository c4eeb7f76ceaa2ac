"""Themes on the board: a lane's notes in blocks, each theme's cards together under its label."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from dialogkarta.ui import board_layout as geo

HEADER = 20.0  # height of a theme's label row, in scene units at zoom 1


def lane_blocks(notes: list, themes: list[str]) -> list[tuple[str | None, list]]:
    """The lane's notes by theme, in the question's theme order, then the notes without one."""
    by_theme = [(label, [n for n in notes if n.group == label]) for label in themes]
    blocks: list[tuple[str | None, list]] = [(label, members) for label, members in by_theme if members]
    rest = [n for n in notes if not n.group or n.group not in themes]
    if rest:
        blocks.append((None, rest))
    return blocks


@dataclass
class ThemedPage:
    """One page of a lane with themes: what it draws and which of the lane's notes it accounts for."""

    size: tuple[float, float, int]
    labels: list[tuple[str, QRectF, int]] = field(default_factory=list)  # (theme, label row, notes in it)
    places: dict[str, QPointF] = field(default_factory=dict)  # note id → top left of its card
    page: int = 0
    pages: int = 1
    first: int = 0  # the lane's notes (in block order) this page accounts for: first ≤ i < end
    end: int = 0
    total: int = 0
    tail: tuple[float, int] | None = None  # where the notes without a theme start, and how many shown


def block_layout(usable: QRectF, blocks: list[tuple[str | None, list]], collapsed: set[str], page: int = 0,
                 zoom: float = 1.0) -> ThemedPage:
    """Card size, theme label rows and card places for one page of a lane with themes.

    Each theme starts on a new row under its label; a folded theme shows only its label (with
    its count). The lane is cut into pages by rows, never by shrinking cards below CARD_MIN: a
    theme that goes on over a page break has its label again at the top of the next page, so
    every note is on a card of some page or under a folded label, and the page line counts it.
    """
    header = HEADER * zoom + 3
    headers = sum(1 for label, _ in blocks if label is not None)
    room = QRectF(usable.left(), usable.top(), usable.width(),
                  max(geo.CARD_MIN[1] * zoom, usable.height() - headers * header))
    shown = [len(notes) if label not in collapsed else 0 for label, notes in blocks]
    count, extra = sum(shown), 0
    while True:  # partly filled rows at the end of each block take room too
        size = geo.card_size(room, count + extra, zoom)
        width, height, columns = size
        rows = sum(math.ceil(n / columns) for n in shown)
        if rows * (height + 5) <= room.height() + 5 or extra > count + columns * len(blocks):
            break
        extra += columns
    width, height, columns = size
    # rows of the whole lane: ("label", theme, its notes) or ("cards", theme, the row's notes)
    rows_all: list[tuple[str, str | None, list]] = []
    for label, notes in blocks:
        if label is not None:
            rows_all.append(("label", label, notes))
        if label not in collapsed:
            rows_all.extend(("cards", label, notes[i:i + columns]) for i in range(0, len(notes), columns))
    pages: list[list[tuple[str, str | None, list]]] = [[]]
    y = 0.0
    limit = usable.height() + 5
    for index, row in enumerate(rows_all):
        kind, label, notes = row
        need = header if kind == "label" else height + 5
        if kind == "label" and label not in collapsed:
            need += height + 5  # a label never ends a page without a row of its cards
        if pages[-1] and y + need > limit:
            pages.append([])
            y = 0.0
        if not pages[-1] and kind == "cards" and label is not None:  # the theme goes on: its label again
            pages[-1].append(("label", label, next(r[2] for r in rows_all[:index] if r[:2] == ("label", label))))
            y += header
        pages[-1].append(row)
        y += header if kind == "label" else height + 5
    result = ThemedPage(size, pages=len(pages), total=sum(len(notes) for _, notes in blocks))
    result.page = max(0, min(page, len(pages) - 1))
    order = {note.id: i for i, note in enumerate(n for _, notes in blocks for n in notes)}
    covered: list[int] = []
    y = usable.top()
    rest_top, rest_placed = None, 0
    for kind, label, notes in pages[result.page]:
        if kind == "label" and label is not None:
            result.labels.append((label, QRectF(usable.left(), y, usable.width(), HEADER * zoom), len(notes)))
            if label in collapsed:
                covered.extend(order[n.id] for n in notes)
            y += header
            continue
        if label is None and rest_top is None:
            rest_top = y
        for column, note in enumerate(notes):
            result.places[note.id] = QPointF(usable.left() + column * (width + 5), y)
            covered.append(order[note.id])
        rest_placed += len(notes) if label is None else 0
        y += height + 5
    result.first, result.end = (min(covered), max(covered) + 1) if covered else (0, 0)
    last = result.page == len(pages) - 1
    if last and blocks and blocks[-1][0] is None and rest_top is not None:
        result.tail = (rest_top, rest_placed)
    return result


def page_of(usable: QRectF, blocks: list[tuple[str | None, list]], collapsed: set[str], label: str,
            zoom: float = 1.0) -> int:
    """The page of a lane on which a theme's label first stands."""
    page, pages = 0, 1
    while page < pages:
        layout = block_layout(usable, blocks, collapsed, page, zoom)
        if any(shown == label for shown, _, _ in layout.labels):
            return page
        page, pages = page + 1, layout.pages
    return 0
