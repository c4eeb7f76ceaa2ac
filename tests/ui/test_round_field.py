"""The round a session belongs to, set in the preparation (one field), inferred from the date when empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dialogkarta import files
from dialogkarta.app import build_window
from tests.ui.conftest import press, type_text


def test_the_round_is_typed_in_the_preparation_saved_and_undone(qtbot, settings, example_session):
    window = build_window(example_session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.session_view.setCurrentIndex(0)
    prep = window.session_view.preparation
    assert prep.round.text() == files.read_session(example_session).round == "Kommundialog 2026"
    assert prep.round.placeholderText() == "2025–26 (efter datum)"  # the operating year of 2026-02-10

    QTest.mouseClick(prep.round, Qt.LeftButton)
    QTest.keyClick(prep.round, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClick(prep.round, Qt.Key_Delete)
    type_text(prep.round, "Länsrunda våren 2026")
    press(qtbot, prep.round, Qt.Key_Return)
    assert files.read_session(example_session).round == "Länsrunda våren 2026"

    window.document.undo_stack.undo()
    assert files.read_session(example_session).round == "Kommundialog 2026"
    assert prep.round.text() == "Kommundialog 2026"
    window.close_session()
