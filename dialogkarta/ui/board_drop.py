"""Where a drag on the board ends: a new place in the lane, another lane, or another question."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from dialogkarta.ui import board_layout as geo


def question_at(point: QPointF, keys: tuple[str, ...]) -> str | None:
    """The question whose area holds the point (None between areas or off the map)."""
    for key, rect in zip(keys, geo.area_rects(len(keys))):
        if rect.contains(point):
            return key
    return None


def lane_at(point: QPointF, lanes: dict) -> str | None:
    for key, lane in lanes.items():
        if key is not None and lane.contains(point):
            return key
    return None


def clamp_into(rect: QRectF, card: QRectF, pos: QPointF) -> QPointF:
    """Keep a card's top left so that the whole card lies inside rect: it can never vanish."""
    x = min(max(pos.x(), rect.left()), max(rect.left(), rect.right() - card.width()))
    y = min(max(pos.y(), rect.top()), max(rect.top(), rect.bottom() - card.height()))
    return QPointF(x, y)


def drop_changes(board, before: dict[str, QPointF]) -> tuple[dict, dict]:
    """Turn the cards' moves since the press into board moves and moves to other questions.

    Returns ({note id: {"x", "y"[, "facet"]}}, {note id: (question key, facet or None)}).
    A card let go outside every area goes back where it was.
    """
    keys = board.document.template.question_keys
    moves, transfers = {}, {}
    for note_id, start in before.items():
        item = board.cards.get(note_id)
        if item is None or item.pos() == start:
            continue
        center = item.sceneBoundingRect().center()
        target = question_at(center, keys)
        if target is None:
            item.setPos(start)
            continue
        lanes = board.lanes.get(target, {})
        facet = lane_at(center, lanes)
        if target != item.question:
            transfers[note_id] = (target, facet)
            continue
        body = geo.area_rects(len(keys))[keys.index(target)]
        inside = next(iter(lanes.values())) if len(lanes) == 1 else body
        pos = clamp_into(inside.adjusted(4, 0, -4, -4) if len(lanes) == 1 else body.adjusted(10, geo.HEADER, -10, -10),
                         item.rect(), item.pos())
        item.setPos(pos)
        change = {"x": pos.x(), "y": pos.y()}
        if facet is not None and facet != item.note.facet:
            change["facet"] = facet
        moves[note_id] = change
    return moves, transfers
