"""Geometry of the dialogue-map board: the hub, the question areas and their facet lanes."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from dialogkarta.model.map_grid import area_cells, grid_shape

SCENE_WIDTH = 1600.0
SCENE_HEIGHT = 1000.0
GAP = 24.0
HEADER = 64.0
HUB_RADIUS = 82.0
HUB_GAP = 2 * HUB_RADIUS + 12  # the hub sits in the gap between the rows of areas
CARD_MAX = (170.0, 78.0)
# Cards never shrink below this: with the active question in focus (Ctrl+E) on a 1366×768
# screen their text stays at 9 pt or more. A lane holding more pages instead (see capacity).
CARD_MIN = (118.0, 44.0)
FONT_MAX = 8.0  # a full-size card's text, in scene points
FONT_MIN = 7.5  # the smallest card's
BAND_LABEL = 130.0  # width of a level's label at the left of its band
ONE_LINE = 18.0  # a card with one line of FONT_MIN text: the least a thin band's card may be
LEGIBLE_PT = 9.0  # no card text is drawn smaller than this on the screen
ZOOM_MAX = 3.0


def legible_zoom(scale: float) -> float:
    """How much larger than their design size cards are laid out, so their text reaches LEGIBLE_PT.

    scale is the view's transform (the whole map fitted to a 1366×768 laptop's board is about
    0.6): the design sizes above are legible in focus (scale ≥ 1.2), so the whole map draws
    fewer, larger cards and pages the rest instead of drawing 4-point text. In steps of 0.05,
    so a window resized by a few pixels keeps its layout.
    """
    if scale <= 0:
        return 1.0
    return min(ZOOM_MAX, max(1.0, math.ceil(LEGIBLE_PT / (FONT_MIN * scale) * 20 - 1e-6) / 20))


def area_rects(count: int) -> list[QRectF]:
    """The question areas, clockwise from the top left, around the hub in the centre."""
    rows, columns = grid_shape(count)
    row_gap = HUB_GAP if rows == 2 else GAP
    width = (SCENE_WIDTH - (columns + 1) * GAP) / columns
    height = (SCENE_HEIGHT - 2 * GAP - (rows - 1) * row_gap) / rows
    rects = []
    for row, column in area_cells(count):
        rects.append(QRectF(GAP + column * (width + GAP), GAP + row * (height + row_gap), width, height))
    return rects


def lane_rects(area: QRectF, facet_keys: tuple[str, ...], counts: dict | None = None) -> dict[str | None, QRectF]:
    """Lanes inside an area: two columns for own/general, horizontal bands for six levels.

    Bands share the height by their notes (square root, at least one share each), so a level
    with many notes gets room without an empty level disappearing.
    """
    body = QRectF(area.left() + 10, area.top() + HEADER, area.width() - 20, area.height() - HEADER - 10)
    if not facet_keys:
        return {None: body}
    lanes: dict[str | None, QRectF] = {}
    if len(facet_keys) <= 3:
        width = body.width() / len(facet_keys)
        for i, key in enumerate(facet_keys):
            lanes[key] = QRectF(body.left() + i * width, body.top(), width, body.height())
    else:
        shares = [max(1.0, (counts or {}).get(key, 0) ** 0.5) for key in facet_keys]
        top = body.top()
        for key, share in zip(facet_keys, shares):
            height = body.height() * share / sum(shares)
            lanes[key] = QRectF(body.left(), top, body.width(), height)
            top += height
    return lanes


def card_area(lane: QRectF, label_space: float, band: bool) -> QRectF:
    """Where the cards go in a lane: below its label, or right of it in a band."""
    if band:
        return QRectF(lane.left() + BAND_LABEL, lane.top() + 3, lane.width() - BAND_LABEL - 4, lane.height() - 6)
    return QRectF(lane.left() + 4, lane.top() + label_space, lane.width() - 8, lane.height() - label_space - 4)


def card_size(usable: QRectF, count: int, zoom: float = 1.0) -> tuple[float, float, int]:
    """Card width and height and columns so that count cards fit, shrinking down to CARD_MIN.

    A band thinner than CARD_MIN gets cards of its height, down to one line of text (cut with
    "…"; the tooltip and the outline have all of it), rather than cards spilling out of it.
    """
    min_width = CARD_MIN[0] * zoom
    min_height = max(ONE_LINE * zoom, min(CARD_MIN[1] * zoom, usable.height()))
    width, height = CARD_MAX[0] * zoom, CARD_MAX[1] * zoom
    height = max(min_height, min(height, usable.height()))
    while True:
        columns = max(1, int((usable.width() + 5) // (width + 5)))
        rows = int((usable.height() + 5) // (height + 5))
        if (rows >= 1 and columns * rows >= count) or (width <= min_width and height <= min_height):
            return width, height, columns
        width, height = max(min_width, width * 0.9), max(min_height, height * 0.9)


def capacity(usable: QRectF, size: tuple[float, float, int]) -> int:
    """How many cards of this size one page of the lane shows (at least one row)."""
    width, height, columns = size
    return columns * max(1, int((usable.height() + 5) // (height + 5)))


def card_font(size: tuple[float, float, int], zoom: float = 1.0) -> float:
    """The text size of a card of this size (scene points; the view's transform scales it)."""
    return zoom * max(FONT_MIN, FONT_MAX * (size[0] / (CARD_MAX[0] * zoom)) ** 0.5)


def card_position(usable: QRectF, index: int, size: tuple[float, float, int]) -> QPointF:
    width, height, columns = size
    row, column = divmod(index, columns)
    return QPointF(usable.left() + column * (width + 5), usable.top() + row * (height + 5))


def hub_center() -> QPointF:
    return QPointF(SCENE_WIDTH / 2, SCENE_HEIGHT / 2)
