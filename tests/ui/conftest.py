"""GUI fixtures: settings in a temporary ini file, a workspace folder, typing helpers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("DIALOGKARTA_SETTINGS", str(tmp_path / "settings.ini"))
    from dialogkarta.ui.settings import Settings

    result = Settings()
    result.workspace = tmp_path / "arbetsmapp"
    return result


def type_text(widget, text: str) -> None:
    """Type text as key events (qtbot.keyClicks aborts on å, ä, ö)."""
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, char))


def press(qtbot, widget, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)
