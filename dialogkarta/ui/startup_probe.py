"""A test-only hook for the start-up benchmark: print when the main window is first painted, then quit.

Switched on by the environment variable DIALOGKARTA_STARTUP_PROBE=1 (read in app.py); it
does nothing otherwise. The line printed is `painted: <time.time()> <peak resident MB>`, so a
parent process can measure from before it started the program to the first painted window, and
how much memory the process had needed by then.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (0 where the platform cannot tell).

    On Linux from /proc (VmHWM): getrusage's ru_maxrss survives exec, so a program started by a
    big parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


class StartupProbe(QObject):
    """Watch one widget for its first paint event."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            print(f"painted: {time.time():.6f} {peak_mb():.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
