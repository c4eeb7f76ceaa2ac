"""In the app: the open file is deleted, moved or replaced; the next Enter says so and saves the session elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dialogkarta import files
from dialogkarta.app import build_window
from tests.faults.conftest import digest
from tests.store.test_file_guard import SCENARIOS
from tests.ui.conftest import press, type_text
from tests.ui.test_app_shell import show


@pytest.mark.parametrize("scenario", list(SCENARIOS), ids=[s.__name__.strip("_") for s in SCENARIOS])
def test_a_file_taken_away_is_named_and_the_session_saved_elsewhere(qtbot, settings, tmp_path, example_session,
                                                                    example_paths, monkeypatch, scenario):
    other = tmp_path / "annan.dkarta"
    files.import_json(next(p for p in example_paths if "bjurholm" in p.name), other)
    rescued = tmp_path / "räddad.dkarta"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(rescued), ""))
    window = build_window(example_session, settings)
    show(qtbot, window)
    capture = window.session_view.meeting.capture.edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture)
    type_text(capture, "Skriven före bytet")
    press(qtbot, capture, Qt.Key_Return)
    assert window.save_state.text().startswith("Sparad")
    kept = files.read_session(example_session)

    scenario(example_session, other)
    at_path = digest(example_session) if example_session.exists() else None
    shown = []

    def answer() -> None:  # the box is modal: read it and press Enter, which must mean "Spara som…"
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        assert window.save_state.text() == "Inte sparad"
        QTest.keyClick(box, Qt.Key_Return)

    QTimer.singleShot(0, answer)
    type_text(capture, "Skriven efter bytet")
    press(qtbot, capture, Qt.Key_Return)
    assert len(shown) == 1 and SCENARIOS[scenario] in shown[0] and str(example_session) in shown[0], shown
    assert "skrivskydd" not in shown[0]
    # nothing went into what lies at the path now, and the session went to the new file, which is open
    assert (digest(example_session) if example_session.exists() else None) == at_path
    saved = files.read_session(rescued)
    assert saved.id == kept.id and saved.note_count == kept.note_count
    assert "Skriven före bytet" in [n.text for _, n in saved.all_notes()]
    assert window.document is not None and window.document.path == rescued
    window.close_session()
