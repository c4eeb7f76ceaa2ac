"""Composition root of the GUI (minimal until the facilitation app lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run(path: Path | None = None) -> int:
    """Start the GUI, optionally on a session file; return the exit status."""
    from PySide6.QtWidgets import QApplication

    from dialogkarta.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow()
    if path is not None:
        window.open_session(path)
    window.show()
    return app.exec()
