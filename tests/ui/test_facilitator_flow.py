"""The whole facilitator flow through the real widgets, checked in the session file afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dialogkarta import files
from dialogkarta.ui.main_window import MainWindow
from dialogkarta.ui.new_session_dialog import NewSessionDialog
from tests.conftest import EXAMPLES
from tests.ui.conftest import press, type_text


def capture(qtbot, window, text: str) -> None:
    edit = window.session_view.meeting.capture.edit
    type_text(edit, text)
    press(qtbot, edit, Qt.Key_Return)


def note_by_text(data, text):
    return next(n for _, n in data.all_notes() if n.text == text)


def test_first_start_shows_the_examples(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.start.loading and not settings.workspace.exists()  # written after the first paint
    window.show()
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    assert window.start.table.rowCount() == len(EXAMPLES)
    assert window.start.guide.isVisibleTo(window)
    titles = {window.start.table.item(r, 0).text() for r in range(len(EXAMPLES))}
    assert "Kommundialog Storuman" in titles


def test_plan_prepare_capture_edit_group_vote_undo_and_check_the_file(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    with qtbot.waitActive(window):
        pass
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)  # the first start's examples are written

    dialog = NewSessionDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.county.setCurrentText("Västerbottens län")
    dialog.check("Storuman")
    dialog.check("Sorsele")
    dialog.place.setText("Kommunhuset, Storuman")
    dialog.facilitators.setText("Karin Holmqvist, Jonas Öberg")
    dialog.accept()
    assert dialog.created and dialog.created.exists()
    assert window.open_session(dialog.created, step=0)
    path = dialog.created

    prep = window.session_view.preparation
    prep.role.setCurrentText("socialchef")
    type_text(prep.area, "IFO")
    press(qtbot, prep.area, Qt.Key_Return)
    prep.role.setCurrentText("FoU-ombud")
    prep.municipality.setCurrentText("Sorsele")
    type_text(prep.area, "Äldreomsorg")
    press(qtbot, prep.area, Qt.Key_Return)
    assert prep.participants.rowCount() == 2
    type_text(prep.preparation, "Liten kommun, långa avstånd")
    prep.flush()

    window.session_view.setCurrentIndex(1)
    meeting = window.session_view.meeting
    assert QApplication.focusWidget() is meeting.capture.edit
    capture(qtbot, window, "Långa avstånd till specialister #geografiska_avstånd")
    press(qtbot, meeting.capture.edit, Qt.Key_2, Qt.AltModifier)
    assert meeting.active == "current_work"
    capture(qtbot, window, "Brukarråd inom LSS #brukarmedverkan")
    press(qtbot, meeting.capture.edit, Qt.Key_3, Qt.AltModifier)
    assert meeting.capture.facet.currentData() == "own"
    capture(qtbot, window, "Introduktion för nyanställda #kompetensförsörjning")
    press(qtbot, meeting.capture.edit, Qt.Key_Down, Qt.ControlModifier)
    assert meeting.capture.facet.currentData() == "general"
    assert meeting.capture.municipality.currentText() == "Sorsele"  # the first of the day's municipalities
    meeting.capture.municipality.setCurrentText("Storuman")
    capture(qtbot, window, "Gemensam rekryteringsstrategi #Kompetensförsörjning #ny_socialtjänstlag")
    press(qtbot, meeting.capture.edit, Qt.Key_4, Qt.AltModifier)
    meeting.capture.facet.setCurrentIndex(meeting.capture.facet.findData("local"))
    capture(qtbot, window, "Skolan och socialtjänsten 👍")
    meeting.capture.facet.setCurrentIndex(meeting.capture.facet.findData("regional"))
    capture(qtbot, window, "FoU-nätverket i länet")

    data = files.read_session(path)
    assert [len(q.notes) for q in data.questions] == [1, 1, 2, 2]
    first = note_by_text(data, "Långa avstånd till specialister")
    assert first.keywords == ["geografiska avstånd"]
    general = note_by_text(data, "Gemensam rekryteringsstrategi")
    assert (general.facet, general.municipality, general.keywords) == ("general", "Storuman", ["kompetensförsörjning", "ny socialtjänstlag"])
    assert note_by_text(data, "Introduktion för nyanställda").municipality == "Sorsele"
    assert data.municipalities == ["Sorsele", "Storuman"]
    assert [n.facet for n in data.question("collaboration").notes] == ["local", "regional"]

    # edit in place on the board
    board = meeting.board
    editor = board.start_edit(first.id)
    editor.selectAll()
    type_text(editor, "Långa avstånd till barnpsykiatrin")
    press(qtbot, editor, Qt.Key_Return)
    assert note_by_text(files.read_session(path), "Långa avstånd till barnpsykiatrin").id == first.id

    # group two needs and vote on one
    needs = files.read_session(path).question("needs").notes
    for note in needs:
        board.cards[note.id].setSelected(True)
    meeting.group_label.setText("Rekrytera och behålla")
    press(qtbot, meeting.group_label, Qt.Key_Return)
    assert {n.group for n in files.read_session(path).question("needs").notes} == {"Rekrytera och behålla"}
    board.scene().clearSelection()
    board.cards[needs[0].id].setSelected(True)
    board.setFocus()
    type_text(board, "++")
    assert note_by_text(files.read_session(path), needs[0].text).votes == 2

    # delete, undo, redo
    board.scene().clearSelection()
    board.cards[needs[1].id].setSelected(True)
    press(qtbot, board, Qt.Key_Delete)
    assert len(files.read_session(path).question("needs").notes) == 1
    window.undo_action.trigger()
    restored = note_by_text(files.read_session(path), needs[1].text)
    assert (restored.id, restored.group, restored.keywords) == (needs[1].id, "Rekrytera och behålla", needs[1].keywords)
    window.redo_action.trigger()
    assert len(files.read_session(path).question("needs").notes) == 1
    window.undo_action.trigger()
    assert "Sparad" in window.save_state.text()

    # the outline shows the same, and edits there reach the board
    press(qtbot, meeting.capture.edit, Qt.Key_L, Qt.ControlModifier)
    assert meeting.stack.currentWidget() is meeting.outline
    item = meeting.outline.item_of(general.id)
    item.setText(0, "Gemensam rekryteringsstrategi i länet")
    assert board.cards[general.id].note.text == "Gemensam rekryteringsstrategi i länet"
    meeting.outline.setCurrentItem(meeting.outline.item_of(general.id))
    press(qtbot, meeting.outline, Qt.Key_Left, Qt.ControlModifier)
    assert note_by_text(files.read_session(path), "Gemensam rekryteringsstrategi i länet").facet == "own"
    press(qtbot, meeting.outline, Qt.Key_B, Qt.ControlModifier)
    assert meeting.stack.currentWidget() is board

    # minutes and summary
    panel = meeting.panel
    type_text(panel.minutes, "Många pratade om samverkan med skolan.")
    panel.flush()
    window.close_session()

    data = files.read_session(path)
    assert data.participants[1].role == "FoU-ombud" and data.participants[1].municipality == "Sorsele"
    assert data.preparation == "Liten kommun, långa avstånd"
    assert data.question("collaboration").minutes == "Många pratade om samverkan med skolan."
    assert data.note_count == 6


def test_presenter_follows_the_active_question(qtbot, settings, example_session):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_session(example_session)
    meeting = window.session_view.meeting
    presenter = meeting.open_presenter()
    qtbot.addWidget(presenter)
    meeting.set_active_question("needs")
    assert presenter.board.active_question == "needs"
    from PySide6.QtWidgets import QGraphicsItem

    assert presenter.board.cards and all(
        not item.flags() & QGraphicsItem.ItemIsMovable for item in presenter.board.cards.values())
    assert "Alt+1" not in [i.toPlainText() for i in presenter.board.scene().items() if hasattr(i, "toPlainText")]
    window.close_session()


def test_a_bad_file_gives_a_message_and_opens_nothing(qtbot, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "trasig.dkarta"
    bad.write_text("inte en session")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not window.open_session(bad)
    assert str(bad) in shown[0] and window.document is None
    assert bad.read_text() == "inte en session"
