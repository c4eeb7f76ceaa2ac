"""Where a drag on the board ends: a new place in the lane, another lane, or another question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from dialogkarta.ui import board_layout as geo

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.board_view import BoardView
    from dialogkarta.ui.note_item import NoteItem


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


def _before(point: QPointF, card: NoteItem) -> bool:
    """Whether a drop at point lands before this card in reading order (rows, then columns)."""
    box = card.sceneBoundingRect()
    if point.y() < box.top():
        return True
    return point.y() <= box.bottom() and point.x() < box.center().x()


def drop_changes(board: BoardView, before: dict[str, QPointF]) -> tuple[dict, dict]:
    """Turn the cards' moves since the press into new orders and moves to other questions.

    Returns ({question: {"order": [note ids], "facets": {note id: facet}}},
    {note id: (question key, facet or None)}). Within an area a dropped card goes before the
    card it was let go on (in reading order), in the lane it was let go in; a card let go
    outside every area goes back where it was.
    """
    keys = board.document.template.question_keys
    dropped: dict[str, dict] = {}
    transfers = {}
    for note_id, start in before.items():
        item = board.cards.get(note_id)
        if item is None or item.pos() == start:
            continue
        center = item.sceneBoundingRect().center()
        target = question_at(center, keys)
        facet = lane_at(center, board.lanes.get(target, {})) if target else None
        item.setPos(start)  # the layout, redrawn from the new order, places it
        if target is None:
            continue
        if target != item.question:
            transfers[note_id] = (target, facet)
            continue
        if facet is None and item.note.facet in board.lanes.get(target, {}):
            facet = item.note.facet
        dropped.setdefault(target, {})[note_id] = (facet, center)
    orders = {}
    for key, notes in dropped.items():
        order = [n.id for n in board.document.data().question(key).notes if n.id not in notes]
        facet_keys = board.document.template.question(key).facet_keys
        for note_id, (facet, point) in sorted(notes.items(), key=lambda entry: (entry[1][1].y(), entry[1][1].x())):
            lane = facet if facet is not None else board._lane_key(board.cards[note_id].note, facet_keys)
            lane_cards = [c for c in board.cards.values() if c.question == key and c.note_id not in notes
                          and board._lane_key(c.note, facet_keys) == lane]
            lane_cards.sort(key=lambda c: (c.pos().y(), c.pos().x()))
            target = next((c.note_id for c in lane_cards if _before(point, c)), None)
            if target is None:  # after the last card of its lane
                target_index = max((order.index(c.note_id) + 1 for c in lane_cards), default=len(order))
            else:
                target_index = order.index(target)
            order.insert(target_index, note_id)
        orders[key] = {"order": order, "facets": {n: facet for n, (facet, _) in notes.items()}}
    return orders, transfers
