"""The meeting through the hands that use it: real key and mouse events, then the session file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from dialogkarta import files, ops
from dialogkarta.app import build_window
from dialogkarta.errors import FileProblem
from tests.ui.conftest import press, type_text


@pytest.fixture
def window(qtbot, settings, tmp_path):
    path = tmp_path / "lycksele.dkarta"
    files.create_new(path, files.NewSession(county="Västerbottens län", municipalities=["Lycksele"],
                                            date="2026-03-03")).close()
    window = build_window(path, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close_session()


def saved(window):
    return files.read_session(window.document.path)


def capture(qtbot, meeting, text: str) -> None:
    type_text(meeting.capture.edit, text)
    press(qtbot, meeting.capture.edit, Qt.Key_Return)


def texts(data, key: str) -> list[str]:
    return [n.text for n in data.question(key).notes]


def center_of(board, note_id: str) -> QPoint:
    return board.mapFromScene(board.cards[note_id].sceneBoundingRect().center())


def mouse(board, kind, point: QPoint, buttons=Qt.LeftButton) -> None:
    button = Qt.NoButton if kind == QEvent.MouseMove else Qt.LeftButton
    event = QMouseEvent(kind, QPointF(point), QPointF(board.viewport().mapToGlobal(point)), button, buttons,
                        Qt.NoModifier)
    QApplication.sendEvent(board.viewport(), event)


def drag(board, start: QPoint, end: QPoint) -> None:
    """Press, move in steps, release: the way a hand drags."""
    mouse(board, QEvent.MouseButtonPress, start)
    for step in range(1, 9):
        mouse(board, QEvent.MouseMove, start + (end - start) * step / 8)
    mouse(board, QEvent.MouseButtonRelease, end, Qt.NoButton)


def visible_on_top(board, note_id: str) -> bool:
    """The card is drawn above the areas, inside its question's area, and no other card covers it."""
    from dialogkarta.ui import board_layout as geo

    card = board.cards[note_id]
    keys = board.document.template.question_keys
    area = geo.area_rects(len(keys))[keys.index(card.question)]
    return card.isVisible() and card.zValue() > 0 and area.contains(card.sceneBoundingRect()) and \
        board.cards_at(board.mapFromScene(card.sceneBoundingRect().center()))[0] is card


def test_ctrl_z_in_the_capture_field_undoes_the_note_and_ctrl_shift_z_and_ctrl_y_redo(qtbot, window):
    meeting = window.session_view.meeting
    edit = meeting.capture.edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    capture(qtbot, meeting, "Långa avstånd")
    capture(qtbot, meeting, "Svårt att rekrytera")
    assert texts(saved(window), "conditions") == ["Långa avstånd", "Svårt att rekrytera"]
    press(qtbot, edit, Qt.Key_Z, Qt.ControlModifier)
    assert texts(saved(window), "conditions") == ["Långa avstånd"]
    assert edit.text() == ""  # the field's own undo did not bring the text back
    assert len(meeting.board.cards) == 1
    press(qtbot, edit, Qt.Key_Z, Qt.ControlModifier)
    assert texts(saved(window), "conditions") == []
    press(qtbot, edit, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert texts(saved(window), "conditions") == ["Långa avstånd"]
    press(qtbot, edit, Qt.Key_Y, Qt.ControlModifier)
    assert texts(saved(window), "conditions") == ["Långa avstånd", "Svårt att rekrytera"]
    assert len(meeting.board.cards) == 2 and edit.text() == ""
    # Ctrl+E reaches the meeting (zoom), not the field's end-of-line
    assert not meeting.zoom.isChecked()
    press(qtbot, edit, Qt.Key_E, Qt.ControlModifier)
    assert meeting.zoom.isChecked()


def test_undo_from_the_board_and_a_failed_write_leaves_nothing_to_undo(qtbot, window, monkeypatch):
    meeting = window.session_view.meeting
    capture(qtbot, meeting, "Lapp ett")
    meeting.board.setFocus()
    press(qtbot, meeting.board, Qt.Key_Z, Qt.ControlModifier)
    assert texts(saved(window), "conditions") == [] and not meeting.board.cards
    press(qtbot, meeting.board, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert texts(saved(window), "conditions") == ["Lapp ett"]

    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *args: shown.append(args[2]))

    def full_disk(db, **kwargs):
        raise FileProblem("ändringen kunde inte sparas (disken är full)", path=window.document.path)

    monkeypatch.setattr(ops, "add_note", full_disk)
    stack = window.document.undo_stack
    before = stack.count()
    capture(qtbot, meeting, "Sparas inte")
    assert stack.count() == before and shown and "disken är full" in shown[0]
    assert meeting.capture.edit.text() == "Sparas inte"  # nothing typed is lost
    assert texts(saved(window), "conditions") == ["Lapp ett"]


def test_double_click_edits_in_place(qtbot, window):
    meeting = window.session_view.meeting
    board = meeting.board
    capture(qtbot, meeting, "Handledning")
    note_id = saved(window).question("conditions").notes[0].id
    qtbot.mouseDClick(board.viewport(), Qt.LeftButton, pos=center_of(board, note_id))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Handledning"
    type_text(editor, "Handledning för nya")  # the text was selected: typing replaces it
    press(qtbot, editor, Qt.Key_Return)
    assert texts(saved(window), "conditions") == ["Handledning för nya"]


def test_right_click_opens_the_note_menu(qtbot, window):
    meeting = window.session_view.meeting
    board = meeting.board
    capture(qtbot, meeting, "Handledning")
    note_id = saved(window).question("conditions").notes[0].id

    def choose_vote():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        titles = [a.text() for a in menu.actions()]
        assert any("Flytta till fråga" in t for t in titles)
        press(qtbot, menu, Qt.Key_Down)  # first entry: edit; second: give a vote
        press(qtbot, menu, Qt.Key_Down)
        press(qtbot, menu, Qt.Key_Return)

    QTimer.singleShot(100, choose_vote)
    point = center_of(board, note_id)
    event = QContextMenuEvent(QContextMenuEvent.Mouse, point, board.viewport().mapToGlobal(point))
    QApplication.sendEvent(board.viewport(), event)
    assert saved(window).question("conditions").notes[0].votes == 1


def test_drag_within_the_area_to_another_lane_and_to_another_question_with_undo(qtbot, window):
    meeting = window.session_view.meeting
    board = meeting.board
    press(qtbot, meeting.capture.edit, Qt.Key_3, Qt.AltModifier)  # needs: own / general lanes
    capture(qtbot, meeting, "Introduktion")
    capture(qtbot, meeting, "Mentorer")
    capture(qtbot, meeting, "Handledning")
    first, second, third = (n.id for n in saved(window).question("needs").notes)

    # within the lane: dropped on the third card, the first goes before it (reading order)
    third_box = board.cards[third].sceneBoundingRect()
    drag(board, center_of(board, first), board.mapFromScene(QPointF(third_box.left() + 5, third_box.center().y())))
    assert texts(saved(window), "needs") == ["Mentorer", "Introduktion", "Handledning"]
    place = lambda note_id: (board.cards[note_id].pos().y(), board.cards[note_id].pos().x())  # noqa: E731
    assert visible_on_top(board, first) and place(second) < place(first) < place(third)
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier)
    assert texts(saved(window), "needs") == ["Introduktion", "Mentorer", "Handledning"]

    # into the other lane: the facet changes
    general = board.lanes["needs"]["general"]
    drag(board, center_of(board, second), board.mapFromScene(general.center()))
    assert {n.text: n.facet for n in saved(window).question("needs").notes}["Mentorer"] == "general"

    # onto another question's area: the note moves there, visible, in one undo step
    target = board.lanes["collaboration"]["regional"]
    drag(board, center_of(board, first), board.mapFromScene(target.center()))
    data = saved(window)
    assert texts(data, "needs") == ["Handledning", "Mentorer"]  # Mentorer went last, into the empty lane
    assert [(n.text, n.facet) for n in data.question("collaboration").notes] == [("Introduktion", "regional")]
    assert board.cards[first].question == "collaboration" and visible_on_top(board, first)

    meeting.capture.edit.setFocus()
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier)
    data = saved(window)
    assert texts(data, "needs") == ["Introduktion", "Handledning", "Mentorer"]
    assert not data.question("collaboration").notes
    assert board.cards[first].question == "needs" and visible_on_top(board, first)

    # let go between the areas: the card goes back, nothing is saved
    before = saved(window)
    gap = board.mapFromScene(QPointF(800, 12))
    drag(board, center_of(board, second), gap)
    assert saved(window) == before and visible_on_top(board, second)


def test_alt_shift_number_moves_the_selected_notes_from_board_and_outline(qtbot, window):
    meeting = window.session_view.meeting
    board = meeting.board
    capture(qtbot, meeting, "Fel fråga")
    capture(qtbot, meeting, "Också fel")
    ids = [n.id for n in saved(window).question("conditions").notes]
    mouse(board, QEvent.MouseButtonPress, center_of(board, ids[0]))
    mouse(board, QEvent.MouseButtonRelease, center_of(board, ids[0]), Qt.NoButton)
    assert board.selected_ids() == [ids[0]]
    press(qtbot, board, Qt.Key_2, Qt.AltModifier | Qt.ShiftModifier)
    data = saved(window)
    assert texts(data, "conditions") == ["Också fel"] and texts(data, "current_work") == ["Fel fråga"]

    press(qtbot, meeting.capture.edit, Qt.Key_L, Qt.ControlModifier)  # the outline
    outline = meeting.outline
    qtbot.waitUntil(outline.hasFocus)
    item = outline.item_of(ids[1])
    outline.scrollToItem(item)
    rect = outline.visualItemRect(item)
    qtbot.mouseClick(outline.viewport(), Qt.LeftButton, pos=rect.center())
    assert outline.selected_ids() == [ids[1]]
    press(qtbot, outline, Qt.Key_4, Qt.AltModifier | Qt.ShiftModifier)
    data = saved(window)
    assert texts(data, "conditions") == [] and texts(data, "collaboration") == ["Också fel"]
    press(qtbot, outline, Qt.Key_Z, Qt.ControlModifier)
    assert texts(saved(window), "conditions") == ["Också fel"]


def test_side_panel_by_keyboard_tab_leaves_fields_and_escape_clears_the_theme_field(qtbot, window):
    meeting = window.session_view.meeting
    edit, panel = meeting.capture.edit, meeting.panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    press(qtbot, edit, Qt.Key_M, Qt.ControlModifier)
    assert QApplication.focusWidget() is panel.minutes
    type_text(panel.minutes, "Oro för ekonomin")
    press(qtbot, panel.minutes, Qt.Key_Tab, Qt.ControlModifier)  # Ctrl+Tab: a tab character
    type_text(panel.minutes, "x")
    press(qtbot, panel.minutes, Qt.Key_Tab)  # Tab: out of the field, which saves it
    assert QApplication.focusWidget() is not panel.minutes
    assert saved(window).question("conditions").minutes == "Oro för ekonomin\tx"
    panel.minutes.setFocus()
    press(qtbot, panel.minutes, Qt.Key_Escape)
    assert QApplication.focusWidget() is edit
    press(qtbot, edit, Qt.Key_M, Qt.ControlModifier | Qt.ShiftModifier)
    assert QApplication.focusWidget() is panel.summary
    type_text(panel.summary, "Ekonomin oroar")
    press(qtbot, panel.summary, Qt.Key_Escape)
    assert QApplication.focusWidget() is edit
    assert saved(window).question("conditions").summary == "Ekonomin oroar"

    press(qtbot, edit, Qt.Key_G, Qt.ControlModifier)
    assert QApplication.focusWidget() is meeting.group_label
    type_text(meeting.group_label, "Gammalt tema")
    press(qtbot, meeting.group_label, Qt.Key_Escape)
    assert meeting.group_label.text() == "" and QApplication.focusWidget() is edit


def test_clicking_an_area_makes_it_active_and_a_long_note_ends_in_an_ellipsis(qtbot, window):
    meeting = window.session_view.meeting
    board = meeting.board
    from dialogkarta.ui import board_layout as geo

    needs = geo.area_rects(4)[2]
    qtbot.mouseClick(board.viewport(), Qt.LeftButton, pos=board.mapFromScene(needs.center()))
    assert meeting.active == "needs" and QApplication.focusWidget() is meeting.capture.edit
    long_text = "Mycket lång anteckning " * 90
    capture(qtbot, meeting, long_text)
    note = saved(window).question("needs").notes[0]
    card = board.cards[note.id]
    shown = card.text_item.toPlainText()
    assert shown.splitlines()[0].endswith("…") and len(shown) < len(long_text)
    assert card.toolTip().startswith(long_text.strip())


def test_pasting_several_lines_offers_one_note_per_line(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    meeting = window.session_view.meeting
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.Yes)
    QApplication.clipboard().setText("Rekrytering\n\nAvstånd #glesbygd\nHandledning\n")
    press(qtbot, meeting.capture.edit, Qt.Key_V, Qt.ControlModifier)
    assert asked and "3" in asked[0]
    data = saved(window)
    assert texts(data, "conditions") == ["Rekrytering", "Avstånd", "Handledning"]
    assert data.question("conditions").notes[1].keywords == ["glesbygd"]
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier)  # one undo step for the paste
    assert texts(saved(window), "conditions") == []


def test_secondary_windows_close_with_escape_and_ctrl_w_and_quit_ends_the_app(qtbot, window, monkeypatch):
    window.show_guide()
    guide = window.guide
    qtbot.waitExposed(guide)
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    press(qtbot, guide.browser, Qt.Key_Escape)
    assert not guide.isVisible()
    window.open_county()
    county = window.county
    qtbot.waitExposed(county)
    county.activateWindow()
    qtbot.waitUntil(county.isActiveWindow)
    press(qtbot, QApplication.focusWidget() or county, Qt.Key_W, Qt.ControlModifier)
    assert not county.isVisible()

    window.show_guide()
    qtbot.waitExposed(window.guide)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window.session_view.meeting.capture.edit, Qt.Key_Q, Qt.ControlModifier)
    assert quits and not window.guide.isVisible() and not window.isVisible()


def choose(qtbot, entry: str):
    """Once the menu is up, walk down to the entry by keyboard and press Enter."""

    def pick():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        titles = [a.text() for a in menu.actions() if not a.isSeparator()]
        for _ in range(next(i for i, t in enumerate(titles) if t.startswith(entry)) + 1):
            press(qtbot, menu, Qt.Key_Down)
        press(qtbot, menu, Qt.Key_Return)

    QTimer.singleShot(100, pick)


def right_click(board, point: QPoint) -> None:
    QApplication.sendEvent(board.viewport(),
                           QContextMenuEvent(QContextMenuEvent.Mouse, point, board.viewport().mapToGlobal(point)))


def test_themes_sit_together_under_their_label_rename_fold_and_dissolve(qtbot, window):
    meeting = window.session_view.meeting
    board = meeting.board
    for text in ("Lönefrågor", "Handledning", "Arbetsmiljö", "Mentorskap"):
        capture(qtbot, meeting, text)
    ids = [n.id for n in saved(window).question("conditions").notes]
    qtbot.mouseClick(board.viewport(), Qt.LeftButton, pos=center_of(board, ids[1]))
    qtbot.mouseClick(board.viewport(), Qt.LeftButton, Qt.ControlModifier, pos=center_of(board, ids[3]))
    assert sorted(board.selected_ids()) == sorted([ids[1], ids[3]])
    press(qtbot, board, Qt.Key_G, Qt.ControlModifier)
    type_text(meeting.group_label, "Stöd till nya")
    press(qtbot, meeting.group_label, Qt.Key_Return)
    data = saved(window)
    assert data.question("conditions").groups == ["Stöd till nya"]
    # the theme's cards sit together right under its label, before the notes without a theme
    [(question, label, row)] = board.theme_rows
    assert (question, label) == ("conditions", "Stöd till nya")
    members = [board.cards[ids[1]].pos(), board.cards[ids[3]].pos()]
    assert all(p.y() > row.bottom() and p.y() < board.cards[ids[0]].pos().y() for p in members)
    assert members[0].y() == members[1].y()

    # double-click on the label renames the theme
    label_point = board.mapFromScene(row.center())
    qtbot.mouseDClick(board.viewport(), Qt.LeftButton, pos=label_point)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Stöd till nya"
    type_text(editor, "Introduktion")
    press(qtbot, editor, Qt.Key_Return)
    assert saved(window).question("conditions").groups == ["Introduktion"]

    # right-click on the label: fold it (its cards give way to the label), unfold, dissolve
    choose(qtbot, "Fäll ihop")
    right_click(board, label_point)
    assert ids[1] not in board.cards and ids[3] not in board.cards and len(board.cards) == 2
    choose(qtbot, "Fäll ut")
    right_click(board, label_point)
    assert ids[1] in board.cards
    presenter = meeting.open_presenter()
    qtbot.addWidget(presenter)
    assert [(q, t) for q, t, _ in presenter.board.theme_rows] == [("conditions", "Introduktion")]
    presenter.close()
    choose(qtbot, "Lös upp")
    right_click(board, label_point)
    data = saved(window)
    assert data.question("conditions").groups == [] and all(n.group is None for n in data.question("conditions").notes)
    assert not board.theme_rows
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier)
    assert saved(window).question("conditions").groups == ["Introduktion"]


def test_presenter_keys_toggle_the_whole_map_and_change_the_question(qtbot, window):
    meeting = window.session_view.meeting
    presenter = meeting.open_presenter()
    qtbot.addWidget(presenter)
    qtbot.waitExposed(presenter)
    qtbot.waitUntil(presenter.isActiveWindow)  # opened with the keyboard's attention
    assert presenter.screen() is window.screen()  # one screen: the window's own
    board = presenter.board
    shown = lambda: board.mapToScene(board.viewport().rect()).boundingRect()  # noqa: E731
    assert shown().width() < board.sceneRect().width()  # the active question, large
    press(qtbot, presenter, Qt.Key_E)
    assert shown().contains(board.sceneRect().adjusted(5, 5, -5, -5))  # the whole map
    press(qtbot, presenter, Qt.Key_E)
    press(qtbot, presenter, Qt.Key_PageDown)
    assert meeting.active == "current_work" and board.active_question == "current_work"
    press(qtbot, presenter, Qt.Key_4)
    assert meeting.active == "collaboration" and presenter.isVisible()
    press(qtbot, presenter, Qt.Key_PageUp)
    assert meeting.active == "needs"
    press(qtbot, presenter, Qt.Key_Escape)
    assert not presenter.isVisible()


def test_votes_on_a_theme_from_its_label_menu_with_undo(qtbot, window):
    meeting = window.session_view.meeting
    board = meeting.board
    capture(qtbot, meeting, "Mentorer")
    note_id = saved(window).question("conditions").notes[0].id
    qtbot.mouseClick(board.viewport(), Qt.LeftButton, pos=center_of(board, note_id))
    press(qtbot, board, Qt.Key_G, Qt.ControlModifier)
    type_text(meeting.group_label, "Introduktion")
    press(qtbot, meeting.group_label, Qt.Key_Return)
    [(_, _, row)] = board.theme_rows
    for _ in range(2):
        choose(qtbot, "Ge temat en röst")
        right_click(board, board.mapFromScene(row.center()))
    data = saved(window).question("conditions")
    assert data.theme_votes == {"Introduktion": 2} and data.notes[0].votes == 0
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier)
    assert saved(window).question("conditions").theme_votes == {"Introduktion": 1}


def test_each_view_redraws_only_what_the_change_set_names(qtbot, window):
    meeting = window.session_view.meeting
    board, document = meeting.board, window.document
    seen = []
    document.applied.connect(seen.append)
    for text in ("Ett", "Två", "Tre"):
        capture(qtbot, meeting, text)
    assert [sorted(c.notes) for c in seen] == [[n.id] for n in saved(window).question("conditions").notes]
    cards = dict(board.cards)
    rebuilds = []
    original = board.rebuild
    board.rebuild = lambda: (rebuilds.append(True), original())

    # saving the minutes: a question field, nothing the board shows
    press(qtbot, meeting.capture.edit, Qt.Key_M, Qt.ControlModifier)
    type_text(meeting.panel.minutes, "Mycket om avstånd")
    press(qtbot, meeting.panel.minutes, Qt.Key_Escape)
    assert seen[-1].question_fields == {("conditions", "minutes")} and not seen[-1].note_content
    assert not rebuilds and board.cards == cards

    # one more note: one new card, the others untouched
    capture(qtbot, meeting, "Fyra")
    assert not rebuilds and len(board.cards) == 4 and all(board.cards[k] is v for k, v in cards.items())
    # undo: that card goes, the others stay
    press(qtbot, meeting.capture.edit, Qt.Key_Z, Qt.ControlModifier)
    assert not rebuilds and board.cards == cards and seen[-1].removed_notes


def test_the_presenter_goes_to_the_other_screen_when_there_is_one(qtbot, window, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from dialogkarta.ui.presenter_view import projector_screen

    own = window.screen()
    projector = object()  # a second screen, as QGuiApplication.screens() lists it
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [own, projector]))
    assert projector_screen(window) is projector
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [projector, own]))
    assert projector_screen(window) is projector
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [own]))
    assert projector_screen(window) is own
