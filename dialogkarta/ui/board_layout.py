"""Geometry of the dialogue-map board: the hub, the question areas and their facet lanes."""

from __future__ import annotations

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


def card_size(usable: QRectF, count: int) -> tuple[float, float, int]:
    """Card width and height and columns so that count cards fit, shrinking down to CARD_MIN."""
    width, height = CARD_MAX
    height = min(height, max(CARD_MIN[1], usable.height()))
    while True:
        columns = max(1, int((usable.width() + 5) // (width + 5)))
        rows = int((usable.height() + 5) // (height + 5))
        if (rows >= 1 and columns * rows >= count) or (width <= CARD_MIN[0] and height <= CARD_MIN[1]):
            return width, height, columns
        width, height = max(CARD_MIN[0], width * 0.9), max(CARD_MIN[1], height * 0.9)


def capacity(usable: QRectF, size: tuple[float, float, int]) -> int:
    """How many cards of this size one page of the lane shows (at least one row)."""
    width, height, columns = size
    return columns * max(1, int((usable.height() + 5) // (height + 5)))


def card_font(size: tuple[float, float, int]) -> float:
    """The text size of a card of this size (scene points; the view's zoom scales it)."""
    return max(FONT_MIN, FONT_MAX * (size[0] / CARD_MAX[0]) ** 0.5)


def card_position(usable: QRectF, index: int, size: tuple[float, float, int]) -> QPointF:
    width, height, columns = size
    row, column = divmod(index, columns)
    return QPointF(usable.left() + column * (width + 5), usable.top() + row * (height + 5))


def hub_center() -> QPointF:
    return QPointF(SCENE_WIDTH / 2, SCENE_HEIGHT / 2)
