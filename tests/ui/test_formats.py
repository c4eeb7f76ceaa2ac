"""Every format its own in the app: meeting shape, a form dropped on the window, talks, cues, the map editor."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox

from dialogkarta import files
from dialogkarta.maps import user_maps, user_maps_folder
from dialogkarta.report.response_form import write_response_form
from dialogkarta.ui.main_window import MainWindow
from dialogkarta.ui.session_view import STEP_MEETING
from tests.ui.conftest import press, type_text


def open_window(qtbot, settings, tmp_path, template="quality_network", municipalities=("Kiruna",)):
    path = tmp_path / "s.dkarta"
    files.create_new(path, files.NewSession("Norrbottens län", list(municipalities), "2026-05-05", template)).close()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_session(path, step=0)
    return window, path


def test_start_end_and_meeting_form_are_set_by_keyboard_and_the_agenda_follows(qtbot, settings, tmp_path):
    window, path = open_window(qtbot, settings, tmp_path)
    shape = window.session_view.preparation.shape
    shape.start.setFocus()
    shape.start.setSelectedSection(QDateTimeEdit.HourSection)
    qtbot.keyClicks(shape.start, "13")  # digits only: keyClicks is safe here
    press(qtbot, shape.start, Qt.Key_Return)
    assert files.read_session(path).start_time == "13:00"
    assert shape.agenda.text().startswith("13.00")
    qtbot.mouseClick(shape.has_end, Qt.LeftButton)
    shape.end.setFocus()
    shape.end.setSelectedSection(QDateTimeEdit.HourSection)
    qtbot.keyClicks(shape.end, "15")
    shape.end.setSelectedSection(QDateTimeEdit.MinuteSection)
    qtbot.keyClicks(shape.end, "00")
    press(qtbot, shape.end, Qt.Key_Return)
    data = files.read_session(path)
    assert (data.start_time, data.end_time) == ("13:00", "15:00")
    assert shape.agenda.text().rstrip().endswith("Slut 15.00")
    shape.form.setFocus()
    press(qtbot, shape.form, Qt.Key_Down)  # På plats -> Digitalt
    assert files.read_session(path).meeting_form == "digital"
    window.document.undo_stack.undo()
    assert files.read_session(path).meeting_form == "on_site"


def drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, event)
    return window.written_dialog


def test_a_filled_form_dropped_on_the_window_is_previewed_added_once_and_undone(qtbot, settings, tmp_path):
    window, path = open_window(qtbot, settings, tmp_path, municipalities=("Kiruna", "Gällivare"))
    form = write_response_form(window.document.data(), window.document.template, municipality="Gällivare",
                               output=tmp_path / "form.docx")
    document = Document(form)
    document.tables[1].cell(1, 0).paragraphs[0].text = "Utbildning i förbättringsmetoder"
    document.tables[3].cell(1, 0).paragraphs[0].text = "Gemensam uppföljning"
    document.save(form)

    dialog = drop(window, form)
    assert dialog.table.rowCount() == 2 and "2 nya svar" in dialog.summary.text()
    assert {dialog.table.item(r, 0).text() for r in range(2)} == {"Gällivare"}
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    data = files.read_session(path)
    assert {(k, n.text, n.municipality, n.channel) for k, n in data.all_notes()} == {
        ("knowledge", "Utbildning i förbättringsmetoder", "Gällivare", "sent_out"),
        ("other", "Gemensam uppföljning", "Gällivare", "sent_out")}

    again = drop(window, form)
    assert again.table.rowCount() == 0 and "2 finns redan" in again.summary.text()
    assert not again.buttons.button(QDialogButtonBox.Ok).isEnabled()
    again.reject()
    window.document.undo_stack.undo()
    assert files.read_session(path).note_count == 0


def test_one_to_one_talks_are_typed_in_their_own_window_and_stay_off_the_board(qtbot, settings, tmp_path):
    window, path = open_window(qtbot, settings, tmp_path, template="municipal_visit")
    dialog = window.edit_talks()
    type_text(dialog.role, "förvaltningschef")
    press(qtbot, dialog.role, Qt.Key_Return)
    type_text(dialog.entry, "Svårt att rekrytera #kompetensförsörjning")
    press(qtbot, dialog.entry, Qt.Key_Return)
    data = files.read_session(path)
    assert [t.role for t in data.talks] == ["förvaltningschef"]
    (key, note), = data.all_notes()
    assert (key, note.text, note.keywords, note.talk) == ("challenges", "Svårt att rekrytera",
                                                          ["kompetensförsörjning"], data.talks[0].id)
    assert note.id not in window.session_view.meeting.board.cards
    assert dialog.notes.count() == 1
    dialog.notes.setCurrentRow(0)
    dialog.notes.setFocus()
    press(qtbot, dialog.notes, Qt.Key_Delete)
    assert files.read_session(path).note_count == 0 and dialog.notes.count() == 0


def test_cues_and_the_maps_intro_are_beside_the_board(qtbot, settings, tmp_path):
    window, _ = open_window(qtbot, settings, tmp_path, template="kuf")
    window.session_view.setCurrentIndex(STEP_MEETING)
    meeting = window.session_view.meeting
    assert meeting.cues.intro.isVisible() and "KUF" in meeting.cues.intro.text()
    assert "avstånd och geografi" in meeting.cues.cues.text()
    qtbot.mouseClick(meeting.question_buttons.button(1), Qt.LeftButton)
    assert meeting.active == "current_work"
    assert "ledningsnivå, verksamhetsnivå, medarbetarnivå" in meeting.cues.cues.text()
    assert "avstånd och geografi" not in meeting.cues.cues.text()
    presenter = meeting.open_presenter()
    assert presenter.intro.isVisible() and "KUF" in presenter.intro.text()
    press(qtbot, presenter, Qt.Key_I)
    assert not presenter.intro.isVisible()
    presenter.close()


def test_map_editor_duplicates_edits_and_saves_a_user_map(qtbot, settings, tmp_path):
    window, _ = open_window(qtbot, settings, tmp_path)
    editor = window.edit_maps()
    editor.maps.setCurrentRow([editor.maps.item(i).data(Qt.UserRole) for i in range(editor.maps.count())].index("kuf"))
    assert not editor.label.isEnabled()  # a shipped map is duplicated first
    qtbot.mouseClick(editor.duplicate_button, Qt.LeftButton)
    assert editor.is_user_map() and editor.label.isEnabled()
    editor.label.selectAll()
    type_text(editor.label, "Våra förutsättningar")
    editor.questions.setCurrentRow(1)  # moving on keeps what was typed
    qtbot.mouseClick(editor.question_buttons[1], Qt.LeftButton)  # merge question 2 with 3
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    saved = user_maps()[editor.current.key]
    assert (user_maps_folder() / f"{saved.key}.json").exists()
    assert saved.questions[0].label == "Våra förutsättningar"
    assert saved.question_keys == ("conditions", "current_work", "collaboration")
    assert saved.extra["based_on"] == "kuf"


def test_the_preparation_writes_one_response_form_per_municipality(qtbot, settings, tmp_path, monkeypatch):
    window, _ = open_window(qtbot, settings, tmp_path, municipalities=("Kiruna", "Pajala"))
    folder = tmp_path / "utskick"
    folder.mkdir()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(folder))
    qtbot.mouseClick(window.session_view.form_button, Qt.LeftButton)
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["Svarsformulär Kiruna.docx", "Svarsformulär Pajala.docx"]
    text = "\n".join(p.text for p in Document(folder / "Svarsformulär Pajala.docx").paragraphs)
    assert "svar från Pajala" in text and "Annat som kan vara relevant att arbeta med i ett kvalitetsnätverk?" in text
