"""The app shell: `dialogkarta open FILE`, the start screen's list, menus and the save state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogkarta import files
from dialogkarta.app import application, build_window
from dialogkarta.ui.session_view import STEP_MEETING
from tests.ui.conftest import press, type_text


def show(qtbot, window) -> None:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)


def test_open_file_shows_the_meeting_with_the_capture_field_focused_on_the_first_question(
        qtbot, settings, example_session):
    app = application()
    assert (app.organizationName(), app.applicationName()) == ("Dialogkarta", "Dialogkarta")
    window = build_window(example_session, settings)
    show(qtbot, window)
    meeting = window.session_view.meeting
    first = window.document.template.questions[0].key
    assert window.session_view.currentIndex() == STEP_MEETING
    assert meeting.active == first
    qtbot.waitUntil(lambda: QApplication.focusWidget() is meeting.capture.edit)
    title = files.read_session(example_session).title
    assert window.windowTitle().startswith(title) and window.windowTitle().endswith("Dialogkarta")

    # typing straight away lands a note in the first question, and the status bar says so
    before = len(files.read_session(example_session).question(first).notes)
    type_text(meeting.capture.edit, "Första lappen från öppna-kommandot")
    press(qtbot, meeting.capture.edit, Qt.Key_Return)
    notes = files.read_session(example_session).question(first).notes
    assert len(notes) == before + 1 and notes[-1].text == "Första lappen från öppna-kommandot"
    assert window.save_state.text().startswith("Sparad ") and ":" in window.save_state.text()
    window.close_session()
    assert settings.recent[0] == example_session


def test_open_file_on_a_corrupt_file_names_it_and_falls_back_to_the_start_screen(qtbot, settings, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "trasig.dkarta"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x17" * 600)
    window = build_window(bad, settings)
    show(qtbot, window)
    assert len(shown) == 1 and str(bad) in shown[0]
    assert window.document is None and window.stack.currentWidget() is window.start
    assert bad.read_bytes() == b"SQLite format 3\x00" + b"\x17" * 600
