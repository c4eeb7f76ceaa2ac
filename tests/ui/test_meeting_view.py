"""The meeting view on its own: capture, board, outline, panel and presenter, checked in the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from dialogkarta import files
from dialogkarta.ui.document import SessionDocument
from dialogkarta.ui.meeting_view import MeetingView
from tests.ui.conftest import press, type_text


def _open(qtbot, path, municipalities):
    document = SessionDocument.open(path)
    view = MeetingView(document)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return document, view


@pytest.fixture
def meeting(qtbot, tmp_path):
    path = tmp_path / "lycksele.dkarta"
    files.create_new(path, files.NewSession(county="Västerbottens län", municipalities=["Lycksele"],
                                            date="2026-03-03")).close()
    document, view = _open(qtbot, path, ["Lycksele"])
    document.seen_path = path
    yield view
    view.flush()
    document.close()


def saved(view):
    return files.read_session(view.document.path)


def capture(qtbot, view, text: str) -> None:
    type_text(view.capture.edit, text)
    press(qtbot, view.capture.edit, Qt.Key_Return)


def note_named(data, text):
    return next(n for _, n in data.all_notes() if n.text == text)


def test_capture_in_every_question_with_facets_and_swedish_keywords(qtbot, meeting):
    view = meeting
    assert QApplication.focusWidget() is view.capture.edit and view.active == "conditions"
    capture(qtbot, view, "Långa avstånd i glesbygden #glesbygd #Äldreomsorg_på_distans")
    press(qtbot, view.capture.edit, Qt.Key_2, Qt.AltModifier)
    capture(qtbot, view, "Brukarråd 👍 #brukarmedverkan")
    press(qtbot, view.capture.edit, Qt.Key_3, Qt.AltModifier)
    press(qtbot, view.capture.edit, Qt.Key_2, Qt.ControlModifier)  # Ctrl+2: the second facet
    assert view.capture.facet.currentData() == "general"
    capture(qtbot, view, "Gemensam introduktion #GLESBYGD")  # the spelling already used wins
    press(qtbot, view.capture.edit, Qt.Key_4, Qt.AltModifier)
    press(qtbot, view.capture.edit, Qt.Key_Down, Qt.ControlModifier)
    press(qtbot, view.capture.edit, Qt.Key_Down, Qt.ControlModifier)
    assert view.capture.facet.currentData() == "intermunicipal"
    capture(qtbot, view, "Jour med grannkommunerna #samverkan_över_gränser")
    assert view.active == "collaboration"

    data = saved(view)
    assert [[(n.text, n.facet, n.keywords) for n in q.notes] for q in data.questions] == [
        [("Långa avstånd i glesbygden", None, ["glesbygd", "Äldreomsorg på distans"])],
        [("Brukarråd 👍", None, ["brukarmedverkan"])],
        [("Gemensam introduktion", "general", ["glesbygd"])],
        [("Jour med grannkommunerna", "intermunicipal", ["samverkan över gränser"])],
    ]
    # every note is drawn in the lane of its facet
    board = view.board
    for _, note in data.all_notes():
        item = board.cards[note.id]
        key = note.facet
        if key:
            lane = board.lanes[item.question][key]
            assert lane.contains(item.sceneBoundingRect().center())


def test_keyword_completion_takes_the_vocabulary_spelling(qtbot, meeting):
    view = meeting
    capture(qtbot, view, "Första #kompetensförsörjning")
    type_text(view.capture.edit, "Andra #kompetensf")
    popup = view.capture.edit.keyword_completer.popup()
    assert popup.isVisible()
    popup.setCurrentIndex(view.capture.edit.keyword_completer.completionModel().index(0, 0))
    press(qtbot, view.capture.edit, Qt.Key_Return)  # takes the completion
    assert view.capture.edit.text() == "Andra #kompetensförsörjning "
    press(qtbot, view.capture.edit, Qt.Key_Return)  # adds the note
    assert note_named(saved(view), "Andra").keywords == ["kompetensförsörjning"]


def test_board_edit_in_place_vote_group_ungroup_delete_and_undo(qtbot, meeting):
    view, board = meeting, meeting.board
    press(qtbot, view.capture.edit, Qt.Key_3, Qt.AltModifier)
    for text in ("Handledning", "Metodstöd", "Tid för reflektion"):
        capture(qtbot, view, text)
    ids = [n.id for n in saved(view).question("needs").notes]

    board.scene().clearSelection()
    board.cards[ids[0]].setSelected(True)
    board.setFocus()
    press(qtbot, board, Qt.Key_F2)
    editor = board.editor
    editor.selectAll()
    type_text(editor, "Handledning för nya socionomer – ökad trygghet")
    press(qtbot, editor, Qt.Key_Return)
    assert saved(view).question("needs").notes[0].text == "Handledning för nya socionomer – ökad trygghet"
    assert board.cards[ids[0]].note.text.startswith("Handledning för nya")

    board.scene().clearSelection()
    board.cards[ids[1]].setSelected(True)
    board.setFocus()
    type_text(board, "+++-")
    menu = board.context_menu(ids[1])
    next(a for a in menu.actions() if a.text().startswith("Ge en röst")).trigger()
    assert [n.votes for n in saved(view).question("needs").notes] == [0, 3, 0]

    board.scene().clearSelection()
    for note_id in ids[1:]:
        board.cards[note_id].setSelected(True)
    press(qtbot, board, Qt.Key_G, Qt.ControlModifier)
    assert QApplication.focusWidget() is view.group_label
    type_text(view.group_label, "Stöd i vardagen")
    press(qtbot, view.group_label, Qt.Key_Return)
    data = saved(view).question("needs")
    assert data.groups == ["Stöd i vardagen"] and [n.group for n in data.notes] == [None, "Stöd i vardagen", "Stöd i vardagen"]
    assert ("needs", "Stöd i vardagen") in [(q, t) for q, t, _ in board.theme_rows]  # its label on the board

    board.scene().clearSelection()
    board.cards[ids[2]].setSelected(True)
    board.setFocus()
    press(qtbot, board, Qt.Key_G, Qt.ControlModifier | Qt.ShiftModifier)
    assert [n.group for n in saved(view).question("needs").notes] == [None, "Stöd i vardagen", None]

    board.scene().clearSelection()
    board.cards[ids[0]].setSelected(True)
    board.setFocus()
    press(qtbot, board, Qt.Key_Delete)
    assert [n.id for n in saved(view).question("needs").notes] == ids[1:]
    assert ids[0] not in board.cards

    stack = view.document.undo_stack
    stack.undo()  # delete
    stack.undo()  # ungroup
    assert [n.group for n in saved(view).question("needs").notes] == [None, "Stöd i vardagen", "Stöd i vardagen"]
    assert ids[0] in board.cards
    stack.undo()  # group
    stack.undo()  # vote from the menu
    assert [n.votes for n in saved(view).question("needs").notes] == [0, 2, 0]
    assert saved(view).question("needs").groups == []
    stack.redo()
    stack.redo()
    data = saved(view).question("needs")
    assert [n.votes for n in data.notes] == [0, 3, 0] and data.groups == ["Stöd i vardagen"]


def _mouse(view, kind, point: QPoint, buttons) -> None:
    button = Qt.LeftButton if kind != QEvent.MouseMove else Qt.NoButton
    event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), button, buttons, Qt.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_dragging_a_note_into_another_level_changes_its_facet(qtbot, meeting):
    view, board = meeting, meeting.board
    press(qtbot, view.capture.edit, Qt.Key_4, Qt.AltModifier)
    capture(qtbot, view, "Samverkan med polisen")
    note = saved(view).question("collaboration").notes[0]
    assert note.facet == "internal"
    item = board.cards[note.id]
    start = board.mapFromScene(item.sceneBoundingRect().center())
    target_lane = board.lanes["collaboration"]["regional"]
    end = board.mapFromScene(QPointF(target_lane.center().x(), target_lane.center().y()))
    _mouse(board, QEvent.MouseButtonPress, start, Qt.LeftButton)
    for step in range(1, 6):
        _mouse(board, QEvent.MouseMove, start + (end - start) * step / 5, Qt.LeftButton)
    _mouse(board, QEvent.MouseButtonRelease, end, Qt.NoButton)
    moved = saved(view).question("collaboration").notes[0]
    assert moved.facet == "regional" and moved.x is None  # a place in the lane's order, not a free spot
    assert target_lane.contains(board.cards[note.id].sceneBoundingRect().center())
    view.document.undo_stack.undo()
    back = saved(view).question("collaboration").notes[0]
    assert (back.facet, back.x) == ("internal", None)


def test_outline_and_board_stay_in_sync_both_ways(qtbot, meeting):
    view, board, outline = meeting, meeting.board, meeting.outline
    press(qtbot, view.capture.edit, Qt.Key_3, Qt.AltModifier)
    capture(qtbot, view, "Kollegialt stöd")
    capture(qtbot, view, "Tid för reflektion")
    first, second = (n.id for n in saved(view).question("needs").notes)
    board.scene().clearSelection()
    board.cards[first].setSelected(True)
    view.group_label.setText("Arbetsmiljö")
    press(qtbot, view.group_label, Qt.Key_Return)

    press(qtbot, view.capture.edit, Qt.Key_L, Qt.ControlModifier)
    assert view.stack.currentWidget() is outline
    assert QApplication.focusWidget() is outline
    item = outline.item_of(second)
    assert item.parent().text(0).startswith("Eget område")  # question → facet → note
    assert outline.item_of(first).parent().text(0).startswith("Tema: Arbetsmiljö")
    assert outline.accessibleName() and outline.item_of(first).data(0, Qt.AccessibleTextRole) == "Kollegialt stöd"

    # outline → board: F2 edit, Ctrl+→ facet, Ctrl+↓ theme, + vote
    outline.setCurrentItem(item)
    press(qtbot, outline, Qt.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Tid för reflektion och återhämtning")
    press(qtbot, editor, Qt.Key_Return)  # the item delegate commits on a queued call
    qtbot.waitUntil(lambda: board.cards[second].note.text == "Tid för reflektion och återhämtning")
    assert QApplication.focusWidget() is outline  # keyboard work in the outline goes on there
    outline.setCurrentItem(outline.item_of(second))
    press(qtbot, outline, Qt.Key_Right, Qt.ControlModifier)
    assert board.cards[second].note.facet == "general"
    lane = board.lanes["needs"]["general"]
    assert lane.contains(board.cards[second].sceneBoundingRect().center())
    outline.setCurrentItem(outline.item_of(second))
    press(qtbot, outline, Qt.Key_Down, Qt.ControlModifier)
    assert board.cards[second].note.group == "Arbetsmiljö"
    outline.setCurrentItem(outline.item_of(second))
    type_text(outline, "+")
    assert board.cards[second].note.votes == 1
    data = saved(view).question("needs")
    note = next(n for n in data.notes if n.id == second)
    assert (note.text, note.facet, note.group, note.votes) == (
        "Tid för reflektion och återhämtning", "general", "Arbetsmiljö", 1)

    # board → outline: a note captured and one deleted on the board show in the outline
    press(qtbot, outline, Qt.Key_B, Qt.ControlModifier)
    assert view.stack.currentWidget() is board
    capture(qtbot, view, "Ny lapp från tavlan")
    board.scene().clearSelection()
    board.cards[first].setSelected(True)
    board.setFocus()
    press(qtbot, board, Qt.Key_Delete)
    view.show_view(1)
    texts = [i.text(0) for i in outline.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive) if i.data(0, Qt.UserRole + 1)]
    assert texts == ["Ny lapp från tavlan", "Tid för reflektion och återhämtning"]  # own area first
    menu = outline.context_menu(outline.item_of(second))
    assert [a.text() for a in menu.actions()][:2] == ["Flytta till område", "Flytta till tema"]


def test_minutes_merge_into_one_undo_step_and_the_timer_is_saved(qtbot, meeting):
    view, panel = meeting, meeting.panel
    press(qtbot, view.capture.edit, Qt.Key_2, Qt.AltModifier)
    panel.minutes.setFocus()
    type_text(panel.minutes, "Många ")
    panel.save_text("minutes")
    type_text(panel.minutes, "pratade om skolan.")
    panel.save_text("minutes")
    assert saved(view).question("current_work").minutes == "Många pratade om skolan."
    assert view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert saved(view).question("current_work").minutes == ""
    assert panel.minutes.toPlainText() == ""

    panel.toggle_timer()
    assert panel.ticker.isActive()
    for _ in range(35 * 60 + 5):
        panel._tick()
    assert "35:05 av 35 min" in panel.clock.text() and "#B3261E" in panel.clock.styleSheet()
    panel.toggle_timer()
    assert saved(view).question("current_work").elapsed_seconds == 35 * 60 + 5
    press(qtbot, view.capture.edit, Qt.Key_1, Qt.AltModifier)
    assert panel.clock.text().startswith("0:00") and "#B3261E" not in panel.clock.styleSheet()


def test_dialogue_day_municipality_selector_and_filter(qtbot, tmp_path):
    path = tmp_path / "dag.dkarta"
    files.create_new(path, files.NewSession(county="Västerbottens län", municipalities=["Sorsele", "Malå", "Åsele"],
                                            date="2026-04-14")).close()
    document, view = _open(qtbot, path, None)
    try:
        assert view.capture.municipality.isVisible() and view.filter.isVisible()
        for name in ("Sorsele", "Malå", "Åsele"):
            view.capture.municipality.setCurrentText(name)
            capture(qtbot, view, f"Lapp från {name}")
        assert [(n.text, n.municipality) for n in saved(view).question("conditions").notes] == [
            ("Lapp från Sorsele", "Sorsele"), ("Lapp från Malå", "Malå"), ("Lapp från Åsele", "Åsele")]
        view.filter.setCurrentIndex(view.filter.findData("Malå"))
        assert [i.note.text for i in view.board.cards.values()] == ["Lapp från Malå"]
        view.filter.setCurrentIndex(0)
        view.color_by.setChecked(True)
        colours = {i.brush().color().name() for i in view.board.cards.values()}
        assert len(colours) == 3
    finally:
        view.flush()
        document.close()


def test_presenter_follows_and_closes_with_escape(qtbot, meeting):
    view = meeting
    capture(qtbot, view, "Syns på projektorn")
    presenter = view.open_presenter()
    qtbot.addWidget(presenter)
    qtbot.waitExposed(presenter)
    assert presenter.isFullScreen()
    assert [i.note.text for i in presenter.board.cards.values()] == ["Syns på projektorn"]
    press(qtbot, view.capture.edit, Qt.Key_4, Qt.AltModifier)
    assert presenter.board.active_question == "collaboration"
    area = presenter.board.area_items["collaboration"].rect()
    shown = presenter.board.mapToScene(presenter.board.viewport().rect()).boundingRect()
    assert shown.contains(area.center()) and shown.width() < presenter.board.sceneRect().width() * 0.75
    capture(qtbot, view, "Ny medan projektorn visar")
    assert "Ny medan projektorn visar" in [i.note.text for i in presenter.board.cards.values()]
    press(qtbot, presenter, Qt.Key_Escape)
    qtbot.waitUntil(lambda: view.presenter is None)


def test_ctrl_e_zooms_the_board_to_the_active_question(qtbot, meeting):
    view, board = meeting, meeting.board
    whole = board.mapToScene(board.viewport().rect()).boundingRect()
    assert whole.contains(board.sceneRect().center()) and whole.width() >= board.sceneRect().width() * 0.99
    press(qtbot, view.capture.edit, Qt.Key_3, Qt.AltModifier)
    press(qtbot, view.capture.edit, Qt.Key_E, Qt.ControlModifier)
    assert view.zoom.isChecked()
    area = board.area_items["needs"].rect()
    shown = board.mapToScene(board.viewport().rect()).boundingRect()
    assert shown.contains(area.center()) and shown.width() < board.sceneRect().width() * 0.75
    press(qtbot, view.capture.edit, Qt.Key_1, Qt.AltModifier)  # follows the active question
    shown = board.mapToScene(board.viewport().rect()).boundingRect()
    assert shown.contains(board.area_items["conditions"].rect().center())
    assert not shown.contains(area.center())
    press(qtbot, view.capture.edit, Qt.Key_E, Qt.ControlModifier)
    assert board.mapToScene(board.viewport().rect()).boundingRect().width() >= board.sceneRect().width() * 0.99
