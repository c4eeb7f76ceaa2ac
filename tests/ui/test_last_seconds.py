"""The last seconds: minutes typed without a pause are saved while typing goes on, text left in the
capture field is not thrown away on Quit, and a double-click on the start screen opens once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogkarta import files
from dialogkarta.app import build_window
from dialogkarta.ui.question_panel import SAVE_DELAY_MS
from tests.ui.conftest import type_text
from tests.ui.test_app_shell import find_row, show

TEXT = "Rekryteringen tar tid och avstånden är långa, så kollegialt stöd betyder mycket för de nya. " * 2


@pytest.mark.parametrize("field", ["minutes", "summary"])
def test_minutes_typed_without_a_pause_are_in_the_file_while_typing_goes_on(qtbot, settings, example_session, field):
    window = build_window(example_session, settings)
    show(qtbot, window)
    edit = window.session_view.meeting.panel.edit_of(field)
    QTest.mouseClick(edit.viewport(), Qt.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    QTest.keyClick(edit, Qt.Key_End, Qt.ControlModifier)
    key = window.document.data().questions[0].key
    full = edit.toPlainText() + TEXT
    step_ms = SAVE_DELAY_MS // 5  # a fast typist: never a pause as long as the save delay
    for char in TEXT:
        type_text(edit, char)
        qtbot.wait(step_ms)
    # still typing, no pause yet: what the file holds trails the field by at most about the delay
    saved = getattr(files.read_session(example_session).question(key), field)
    assert full.startswith(saved)
    assert len(full) - len(saved) <= 3 * SAVE_DELAY_MS // step_ms, (len(full), len(saved))
    window.close()
    assert getattr(files.read_session(example_session).question(key), field) == full


def _answer(key, seen, tries=200):
    """Press the key in the next message box, as soon as it is up (events may run before it opens)."""
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries > 0:
                _answer(key, seen, tries - 1)
            return
        seen.append(box.text())
        QTest.keyClick(box, key)

    QTimer.singleShot(20, answer)


def test_quitting_with_text_in_the_capture_field_asks_and_enter_keeps_it_as_a_note(qtbot, settings, example_session):
    window = build_window(example_session, settings)
    show(qtbot, window)
    capture = window.session_view.meeting.capture.edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture)
    type_text(capture, "Sista tanken före avslut")
    seen = []
    # Escape: the window stays, the text too
    _answer(Qt.Key_Escape, seen)
    QTest.keyClick(capture, Qt.Key_Q, Qt.ControlModifier)
    assert window.isVisible() and window.document is not None and capture.text() == "Sista tanken före avslut"
    assert "Sista tanken före avslut" in seen[0]
    # Enter takes the default: the text becomes a note, then the app closes
    # A window manager gives the window back its activation when the box goes; offscreen Qt does not
    QApplication.setActiveWindow(window)
    capture.setFocus()
    _answer(Qt.Key_Return, seen)
    QTest.keyClick(capture, Qt.Key_Q, Qt.ControlModifier)
    assert not window.isVisible()
    texts = [n.text for _, n in files.read_session(example_session).all_notes()]
    assert "Sista tanken före avslut" in texts


def _double_click(widget, point) -> None:
    """What a person's double-click delivers: press, release, then the double-click press and its release."""
    QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, point)
    QTest.mouseDClick(widget, Qt.LeftButton, Qt.NoModifier, point)


def test_a_double_click_on_the_start_screen_opens_the_session_once(qtbot, settings, monkeypatch, example_paths):
    settings.workspace.mkdir(parents=True, exist_ok=True)
    files.import_json(example_paths[0], settings.workspace / "dialog.dkarta")
    opened = []
    from dialogkarta.ui.document import SessionDocument  # imported by the window where it opens a session

    real_open = SessionDocument.open
    monkeypatch.setattr(SessionDocument, "open",
                        lambda path, parent=None: opened.append(path) or real_open(path, parent))
    window = build_window(None, settings)
    show(qtbot, window)
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    table = window.start.table
    row = find_row(table, files.read_session(settings.workspace / "dialog.dkarta").title)
    table.scrollToItem(table.item(row, 0))  # the examples are listed too: the row may be below the fold
    rect = table.visualItemRect(table.item(row, 0))
    _double_click(table.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.document is not None)
    qtbot.wait(200)
    assert len(opened) == 1, opened
    # and the next session opens normally afterwards
    window.close_session()
    _double_click(table.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.document is not None)
    assert len(opened) == 2
    window.close_session()
