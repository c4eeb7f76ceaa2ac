"""The app's one way in: SessionDocument.open refuses a bad file with the project's error, and lets go of it."""

from __future__ import annotations

import pytest

from dialogkarta.errors import DialogkartaError, FileLocked
from dialogkarta.store.lock import EditLock
from dialogkarta.ui.document import SessionDocument
from tests import crafted


@pytest.mark.parametrize("kind", ["empty_session_table", "missing_table", "newer_revision", "trigger"])
def test_bad_file_gives_the_same_named_error_twice_and_stays_unlocked(qtbot, tmp_path, example_paths, kind):
    path = crafted.ALL[kind](tmp_path, example_paths[0])
    messages = []
    for _attempt in range(2):
        with pytest.raises(DialogkartaError) as info:
            SessionDocument.open(path)
        assert not isinstance(info.value, FileLocked)
        assert str(path) in str(info.value)
        messages.append(str(info.value))
    assert messages[0] == messages[1]
    assert "används redan" not in messages[1]
    EditLock.acquire(path).release()  # the failed opens left no lock behind


def test_good_file_opens_loaded_and_locked(qtbot, example_session):
    document = SessionDocument.open(example_session)
    try:
        assert document.data().title
        with pytest.raises(FileLocked):
            SessionDocument.open(example_session)
    finally:
        document.close()
    EditLock.acquire(example_session).release()


def test_start_screen_enter_on_a_crafted_file_gives_the_same_message_twice(qtbot, settings, example_paths, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from dialogkarta.app import build_window
    from tests.ui.conftest import press
    from tests.ui.test_app_shell import find_row, show

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = build_window(None, settings)
    show(qtbot, window)
    path = crafted.trigger(settings.workspace, example_paths[0])
    window.show_start()
    qtbot.waitUntil(lambda: not window.start.loader.busy)
    table = window.start.table
    for _attempt in range(2):
        table.setCurrentCell(find_row(table, path.name), 0)
        table.setFocus()
        press(qtbot, table, Qt.Key_Return)
    assert len(shown) == 2 and shown[0] == shown[1]
    assert str(path) in shown[0] and "trigger" in shown[0] and "används redan" not in shown[0]
    assert window.document is None and window.stack.currentWidget() is window.start
    EditLock.acquire(path).release()
