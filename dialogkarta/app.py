"""Composition root of the GUI: QApplication, the Swedish interface, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run(path: Path | None = None) -> int:
    """Start the GUI, optionally on a session file (opened in the meeting); return the exit status."""
    from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QTranslator
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from dialogkarta.paths import ICONS
    from dialogkarta.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Dialogkarta")
    app.setApplicationName("Dialogkarta")
    QLocale.setDefault(QLocale(QLocale.Swedish, QLocale.Sweden))
    qt_texts = QTranslator(app)  # Qt's own buttons and dialogs (Avbryt, Ja, Nej …) in Swedish
    if qt_texts.load(QLocale(QLocale.Swedish, QLocale.Sweden), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_texts)
    icon = ICONS / "dialogkarta.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow()
    if path is not None:
        window.open_session(path)
    if os.environ.get("DIALOGKARTA_STARTUP_PROBE"):  # test-only: the start-up benchmark
        from dialogkarta.ui.startup_probe import StartupProbe

        StartupProbe(window)
    window.show()
    status = app.exec()
    # Delete the widgets while Qt still runs: left to the interpreter's final garbage
    # collection, PySide6 can abort on the board's items.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    return status
