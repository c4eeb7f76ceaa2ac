"""The board stays readable at realistic volume: legible card text in focus, full areas page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dialogkarta import files
from dialogkarta.paths import EXAMPLE_SESSIONS
from dialogkarta.ui import board_layout as geo
from dialogkarta.ui.document import SessionDocument
from dialogkarta.ui.meeting_view import MeetingView
from tests.benchmarks.generate import session
from tests.ui.conftest import press


def _meeting(qtbot, path, size):
    document = SessionDocument.open(path)
    view = MeetingView(document)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.isActiveWindow)  # the meeting's shortcuts need the active window
    return view


def _inside_areas(board) -> bool:
    keys = board.document.template.question_keys
    areas = dict(zip(keys, geo.area_rects(len(keys))))
    return all(areas[card.question].contains(card.sceneBoundingRect()) for card in board.cards.values())


@pytest.mark.parametrize("size", [(1366, 708), (1920, 1020)])
def test_umea_in_focus_has_legible_cards_and_nothing_spills_out_of_its_area(qtbot, tmp_path, size):
    path = tmp_path / "umea.dkarta"
    files.import_json(EXAMPLE_SESSIONS / "2026-02-10-umea.json", path)
    view = _meeting(qtbot, path, size)
    board = view.board
    assert _inside_areas(board)  # the whole map: every card inside its own area, none on another
    press(qtbot, view.capture.edit, Qt.Key_E, Qt.ControlModifier)  # the active question in focus
    scale = board.transform().m11()
    for key in board.document.template.question_keys:
        press(qtbot, view.capture.edit, getattr(Qt, f"Key_{board.document.template.question_keys.index(key) + 1}"),
              Qt.AltModifier)
        cards = [c for c in board.cards.values() if c.question == key]
        assert cards
        smallest = min(c.text_item.defaultFont().pointSizeF() for c in cards) * board.transform().m11()
        assert smallest >= 9.0, (key, smallest)
    assert scale > 0 and _inside_areas(board)
    view.document.close()


def test_a_full_area_pages_instead_of_shrinking(qtbot, tmp_path):
    data = session(0, 500)
    data.municipalities = ["Storuman"]
    for question in data.questions:  # plain cards: paging by card, not by theme
        question.groups = []
        for note in question.notes:
            note.group = None
    path = tmp_path / "stor.dkarta"
    files.write_session_file(data, path)
    view = _meeting(qtbot, path, (1366, 708))
    board = view.board
    first = data.questions[0]
    shown = {c.note_id for c in board.cards.values() if c.question == first.key}
    assert 0 < len(shown) < len(first.notes)  # not every card squeezed in
    assert all(c.rect().width() >= geo.CARD_MIN[0] for c in board.cards.values())
    press(qtbot, view.capture.edit, Qt.Key_PageDown)
    after = {c.note_id for c in board.cards.values() if c.question == first.key}
    assert after and not after & shown
    press(qtbot, view.capture.edit, Qt.Key_PageUp)
    assert {c.note_id for c in board.cards.values() if c.question == first.key} == shown
    # a note captured into the full area shows at once: its lane turns to the last page
    view.capture.edit.setText("Alldeles ny lapp")
    press(qtbot, view.capture.edit, Qt.Key_Return)
    assert "Alldeles ny lapp" in [c.note.text for c in board.cards.values()]
    view.document.close()
