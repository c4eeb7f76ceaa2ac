"""Composition root of the GUI: QApplication, the Swedish interface, the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run(path: Path | None = None) -> int:
    """Start the GUI, optionally on a session file (opened in the meeting); return the exit status."""
    from PySide6.QtCore import QEvent, QLocale
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from dialogkarta.paths import ICONS
    from dialogkarta.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Dialogkarta")
    app.setApplicationName("Dialogkarta")
    QLocale.setDefault(QLocale(QLocale.Swedish, QLocale.Sweden))
    icon = ICONS / "dialogkarta.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow()
    if path is not None:
        window.open_session(path)
    window.show()
    status = app.exec()
    # Delete the widgets while Qt still runs: left to the interpreter's final garbage
    # collection, PySide6 can abort on the board's items.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    return status
