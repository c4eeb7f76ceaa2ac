"""A theme folded by its label's menu stays folded in the file: undo, redo and reopening show it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialogkarta import files
from dialogkarta.app import build_window
from tests.ui.conftest import press, type_text
from tests.ui.test_meeting_gestures import capture, center_of, choose, right_click, saved, window  # noqa: F401


def test_a_folded_theme_is_kept_in_the_file_and_undone_with_ctrl_z(qtbot, window, settings):  # noqa: F811
    meeting = window.session_view.meeting
    board = meeting.board
    for text in ("Mentorer", "Lönefrågor"):
        capture(qtbot, meeting, text)
    ids = [n.id for n in saved(window).question("conditions").notes]
    qtbot.mouseClick(board.viewport(), Qt.LeftButton, pos=center_of(board, ids[0]))
    press(qtbot, board, Qt.Key_G, Qt.ControlModifier)
    type_text(meeting.group_label, "Introduktion")
    press(qtbot, meeting.group_label, Qt.Key_Return)
    [(_, _, row)] = board.theme_rows
    label_point = board.mapFromScene(row.center())

    choose(qtbot, "Fäll ihop")
    right_click(board, label_point)
    assert saved(window).question("conditions").folded_themes == ["Introduktion"]
    assert ids[0] not in board.cards and ids[1] in board.cards
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier)  # undo: unfolded in the file and on the board
    assert saved(window).question("conditions").folded_themes == []
    assert ids[0] in board.cards
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo
    assert saved(window).question("conditions").folded_themes == ["Introduktion"]
    path = window.document.path
    window.close_session()

    again = build_window(path, settings)  # reopened: still folded, its card gives way to the label
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    board = again.session_view.meeting.board
    assert files.read_session(path).question("conditions").folded_themes == ["Introduktion"]
    assert [(q, t) for q, t, _ in board.theme_rows] == [("conditions", "Introduktion")]
    assert ids[0] not in board.cards and ids[1] in board.cards
    choose(qtbot, "Fäll ut")
    right_click(board, board.mapFromScene(board.theme_rows[0][2].center()))
    assert ids[0] in board.cards and files.read_session(path).question("conditions").folded_themes == []
    again.close_session()
