"""A test-only hook for the start-up benchmark: print when the main window is first painted, then quit.

Switched on by the environment variable DIALOGKARTA_STARTUP_PROBE=1 (read in app.py); it
does nothing otherwise. The line printed is `painted: <time.time()>`, so a parent process can
measure from before it started the program to the first painted window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class StartupProbe(QObject):
    """Watch one widget for its first paint event."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if not self._done and event.type() == QEvent.Paint:
            self._done = True
            print(f"painted: {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
