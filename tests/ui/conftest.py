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


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Empty the capture field of every open main window before pytest-qt closes the windows.

    A window closed with typed text in its capture field asks what to do with it (a modal box,
    see MainWindow.keep_typed_text); at teardown nobody answers and the run would wait for ever.
    The tests of that question answer it themselves before they end.
    """
    from dialogkarta.ui.main_window import MainWindow

    app = QApplication.instance()
    for widget in app.topLevelWidgets() if app is not None else []:
        if isinstance(widget, MainWindow) and widget.session_view is not None:
            widget.session_view.meeting.capture.edit.clear()
    return (yield)


MODAL_PATIENCE_S = 60  # far beyond any test's own answer to a box it opens


@pytest.fixture(autouse=True)
def no_box_left_waiting(qapp):
    """Turn a modal box nobody answers into a failure naming its text, instead of a run that hangs.

    A test that meets an unexpected error box (an export that failed, say) would otherwise wait
    in the box's own event loop for ever, and CI would only see its time run out.
    """
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    seen: dict[int, float] = {}
    left: list[str] = []

    def look() -> None:
        app = QApplication.instance()
        box = app.activeModalWidget() if app is not None else None
        if box is None:
            return
        first = seen.setdefault(id(box), time.monotonic())
        if time.monotonic() - first > MODAL_PATIENCE_S:
            text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
            left.append(f"{type(box).__name__}: {text}")
            if isinstance(box, QDialog):
                box.reject()
            else:
                box.close()

    timer = QTimer()
    timer.setInterval(2000)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    if left:
        pytest.fail(f"a modal box waited for an answer nobody gave: {left}", pytrace=False)


def documents_step(qtbot, session, folder, kind: str = "summary", extension: str = ".docx"):
    """The Dokument step of a session, set to write this kind and format into folder: (document, view)."""
    from dialogkarta.ui.document import SessionDocument
    from dialogkarta.ui.documents_view import DocumentsView

    document = SessionDocument.open(session)
    view = DocumentsView(document)
    qtbot.addWidget(view)
    view.folder.setText(str(folder))
    view.kind.setCurrentIndex(view.kind.findData(kind))
    view.format.setCurrentIndex(view.format.findData(extension))
    return document, view
