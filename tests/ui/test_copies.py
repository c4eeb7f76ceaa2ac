"""Two laptops in the app: write a copy for a colleague, merge it back, undo the merge; through the menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dialogkarta import files, ops
from dialogkarta.app import build_window
from dialogkarta.store import open_session_file
from tests.ui.conftest import press
from tests.ui.test_app_shell import show


def _menu_item(qtbot, window, mnemonic) -> None:
    """Alt+A opens Arkiv on the focused widget; the item's underlined letter chooses it."""
    press(qtbot, QApplication.focusWidget() or window, Qt.Key_A, Qt.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    press(qtbot, QApplication.activePopupWidget(), mnemonic)


def test_write_a_copy_for_a_colleague_then_merge_it_back_and_undo(qtbot, settings, example_session, tmp_path,
                                                                   monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(("warning", args[2])))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(("critical", args[2])))
    window = build_window(example_session, settings)
    show(qtbot, window)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / "till-bertil.dkarta"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(copy), ""))
    _menu_item(qtbot, window, Qt.Key_K)  # Skriv en &kopia till kollega…
    qtbot.waitUntil(lambda: copy.exists())
    assert files.read_session(copy).id == files.read_session(example_session).id
    assert "Slå ihop med en annan kopia" in shown[-1]

    # Bertil works in his copy on his laptop (here: another folder), then hands it back.
    with open_session_file(copy) as file:
        for i in range(2):
            ops.add_note(file.db, question="needs", text=f"Bertils lapp {i}", facet="own")
        ops.update_question(file.db, question="needs", changes={"summary": "Bertils summering"})
    before = files.read_session(example_session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(copy), ""))
    _menu_item(qtbot, window, Qt.Key_I)  # Slå &ihop med en annan kopia…
    qtbot.waitUntil(lambda: files.read_session(example_session).note_count == before.note_count + 2)
    merged = files.read_session(example_session)
    assert merged.question("needs").summary == "Bertils summering"
    assert "till-bertil.dkarta: 2 anteckningar fanns bara här" in shown[-1]
    assert "Ångra (Ctrl+Z)" in shown[-1]
    assert window.document.data().note_count == before.note_count + 2  # the views see it too

    # One undo step takes the merge back (Ctrl+Z on the board; the capture field keeps its own text undo).
    board = window.session_view.meeting.board
    board.setFocus()
    qtbot.waitUntil(board.hasFocus)
    press(qtbot, board, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: files.read_session(example_session).note_count == before.note_count)
    assert files.read_session(example_session).question("needs").summary == before.question("needs").summary

    # Merging a different session is refused with one sentence naming the file; nothing changes.
    other = tmp_path / "annan.dkarta"
    files.create_new(other, files.NewSession(county="Norrbottens län", municipalities=["Kiruna"],
                                             date="2026-05-01")).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(other), ""))
    _menu_item(qtbot, window, Qt.Key_I)
    qtbot.waitUntil(lambda: shown and shown[-1][0] == "warning")
    assert str(other) in shown[-1][1] and "annan session" in shown[-1][1]
    assert files.read_session(example_session).note_count == before.note_count
    window.close_session()
