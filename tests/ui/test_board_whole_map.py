"""The whole map at 1366×768: every card's text at 9 pt on the screen, every note on a card or counted."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from dialogkarta import files
from dialogkarta.paths import EXAMPLE_SESSIONS
from dialogkarta.ui.board_view import BoardView
from dialogkarta.ui.document import SessionDocument
from dialogkarta.ui.meeting_view import MeetingView
from tests.benchmarks.generate import session
from tests.ui.conftest import press

LINE = re.compile(r"(\d+)–(\d+) av (\d+)")


def _umea(path):
    files.import_json(EXAMPLE_SESSIONS / "2026-02-10-umea.json", path)


def _five_hundred(path):
    files.write_session_file(session(0, 500), path)


def _meeting(qtbot, path):
    view = MeetingView(SessionDocument.open(path))
    qtbot.addWidget(view)
    view.resize(1366, 708)  # a 1366×768 screen less the window's title and the desktop's panel
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.isActiveWindow)  # the meeting's shortcuts need the active window
    return view


def rendered_points(board: BoardView, card) -> float:
    """The card's text size on the screen: its font through the view's transform, at the screen's DPI."""
    font = card.text_item.defaultFont()
    pixels = font.pointSizeF() * board.logicalDpiY() / 72 * board.transform().m11()
    return pixels * 72 / board.screen().logicalDotsPerInchY()


def _lanes(board: BoardView) -> dict[tuple, set[str]]:
    data = board.document.data()
    lanes: dict[tuple, set[str]] = {}
    for question in board.document.template.questions:
        for note in data.joint_notes(data.question(question.key)):
            lanes.setdefault((question.key, board._lane_key(note, question.facet_keys)), set()).add(note.id)
    return lanes


@pytest.mark.parametrize("make", [_umea, _five_hundred], ids=["umea", "500-notes"])
def test_whole_map_cards_are_legible_and_no_note_is_hidden(qtbot, tmp_path, make):
    path = tmp_path / "session.dkarta"
    make(path)
    view = _meeting(qtbot, path)
    board = view.board
    assert not board.zoom_active and board.transform().m11() < 0.7  # the whole map, fitted to a laptop
    lanes = _lanes(board)
    assert sum(len(ids) for ids in lanes.values()) >= 80  # Umeå: 85 notes of the joint dialogue
    paged = 0
    for lane, ids in lanes.items():
        seen: set[str] = set()
        pages = 1
        page = 0
        while page < pages:
            smallest = min(rendered_points(board, c) for c in board.cards.values() if c.isVisible())
            assert smallest >= 9.0, (lane, smallest)
            shown = {c.note_id for c in board.cards.values() if c.isVisible() and c.note_id in ids}
            line = board.page_lines.get(lane)
            if line is None:  # not paged: every note of the lane on a card
                assert shown == ids, lane
                break
            first, last, total = map(int, LINE.search(line.toPlainText()).groups())
            assert total == len(ids) and last - first + 1 == len(shown), (lane, line.toPlainText(), len(shown))
            assert board.mapToScene(board.viewport().rect()).boundingRect().contains(line.sceneBoundingRect())
            seen |= shown
            pages = board.page_counts[lane]
            # the line is clicked as a person clicks it: its next page (after the last, the first)
            QTest.mouseClick(board.viewport(), Qt.LeftButton, Qt.NoModifier,
                             board.mapFromScene(line.sceneBoundingRect().center()))
            page += 1
        else:
            paged += 1
            assert seen == ids, (lane, len(ids - seen))  # every note of a full lane is on one of its pages
            assert board.pages[lane] == 0  # after its last page the lane shows its first again
    assert paged >= 3  # areas did hold more than fits, and paged rather than shrank
    view.document.close()


def test_keys_page_the_active_area_and_leave_the_others(qtbot, tmp_path):
    path = tmp_path / "umea.dkarta"
    _umea(path)
    view = _meeting(qtbot, path)
    board = view.board
    press(qtbot, view.capture.edit, Qt.Key_2, Qt.AltModifier)
    active = [lane for lane in board.page_counts if lane[0] == board.active_question]
    others = {lane: page for lane, page in board.pages.items() if lane[0] != board.active_question}
    assert active
    before = {c.note_id for c in board.cards.values() if c.question == board.active_question}
    press(qtbot, view.capture.edit, Qt.Key_PageDown)
    assert all(board.pages[lane] == 1 for lane in active)
    assert {lane: page for lane, page in board.pages.items() if lane[0] != board.active_question} == others
    assert not before & {c.note_id for c in board.cards.values() if c.question == board.active_question}
    # a click on the hub's empty surroundings pages nothing
    QTest.mouseClick(board.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(2, 2))
    assert all(board.pages[lane] == 1 for lane in active)
    view.document.close()


def test_a_note_captured_into_a_full_themed_lane_shows_and_its_line_counts_it(qtbot, tmp_path):
    path = tmp_path / "big.dkarta"
    _five_hundred(path)
    view = _meeting(qtbot, path)
    board = view.board
    lane = (view.active, None)
    total = len(_lanes(board)[lane])
    assert board.page_counts[lane] > 1
    for number in (1, 2):
        view.capture.edit.setText(f"Ny lapp {number}")
        press(qtbot, view.capture.edit, Qt.Key_Return)
        assert f"Ny lapp {number}" in {c.note.text for c in board.cards.values() if c.isVisible()}
        first, last, count = map(int, LINE.search(board.page_lines[lane].toPlainText()).groups())
        assert count == total + number and last == count  # the last page, counted with the new note
    view.document.undo()  # (Ctrl+Z is the main window's; tests/ui/test_meeting_gestures.py presses it)
    assert int(LINE.search(board.page_lines[lane].toPlainText()).group(3)) == total + 1
    view.document.close()
