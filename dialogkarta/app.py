"""Composition root of the GUI: QApplication, the Swedish interface, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # for the annotations only: PySide6 and the window are imported where used
    from PySide6.QtWidgets import QApplication

    from dialogkarta.ui.main_window import MainWindow
    from dialogkarta.ui.settings import Settings


def application() -> QApplication:
    """The QApplication with its names (for QSettings), the chosen language (Swedish unless the
    settings say English), Qt's own texts in it, and the icon."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from dialogkarta.paths import ICONS

    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv)
    app.setOrganizationName("Dialogkarta")
    app.setApplicationName("Dialogkarta")
    if app.property("dialogkarta_translated") is None:
        from dialogkarta.ui.language import LOCALES, install_language
        from dialogkarta.ui.settings import Settings

        language = Settings().language
        QLocale.setDefault(LOCALES.get(language, LOCALES["sv"]))
        install_language(app, language)
        app.setProperty("dialogkarta_translated", True)
    icon = ICONS / "dialogkarta.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(path: Path | None = None, settings: Settings | None = None) -> MainWindow:
    """The main window as run() shows it: on the start screen, or in the meeting of `path`.

    A file that cannot be opened gives a message box and leaves the start screen.
    """
    from dialogkarta.ui.main_window import MainWindow

    window = MainWindow(settings)
    if path is not None:
        window.open_session(Path(path))
    return window


def run(path: Path | None = None) -> int:
    """Start the GUI, optionally on a session file (opened in the meeting); return the exit status."""
    from PySide6.QtCore import QEvent

    app = application()
    window = build_window(path)
    if os.environ.get("DIALOGKARTA_STARTUP_PROBE"):  # test-only: the start-up benchmark
        from dialogkarta.ui.startup_probe import StartupProbe

        StartupProbe(window)
    window.show()
    if window.session_view is not None:  # `dialogkarta open FILE`: typing goes straight into the capture field
        window.activateWindow()
        window.session_view.meeting.capture.edit.setFocus()
    status = app.exec()
    # Delete the widgets while Qt still runs: left to the interpreter's final garbage
    # collection, PySide6 can abort on the board's items.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return status
