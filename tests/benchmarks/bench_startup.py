"""Start-up time: from starting the process to the main window's first paint.

The real app (`python -m dialogkarta`, with the test-only DIALOGKARTA_STARTUP_PROBE hook in
app.py) against a bare PySide6 window measured the same way in the same run, offscreen.
startup_ratio = median(app) / median(bare window), over RUNS alternating runs each.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5

BARE_WINDOW = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Probe(QObject):
        done = False
        def eventFilter(self, watched, event):
            if not self.done and event.type() == QEvent.Paint:
                self.done = True
                print(f"painted: {time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1100, 750)
    probe = Probe(window)
    window.installEventFilter(probe)
    window.show()
    app.exec()
    """
)


def _time_to_paint(command: list[str], home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIALOGKARTA_STARTUP_PROBE": "1", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "PYTHONPATH": str(ROOT)}
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    painted = [line for line in result.stdout.splitlines() if line.startswith("painted: ")]
    if result.returncode != 0 or not painted:
        raise RuntimeError(f"{command[-1]}: no paint (exit {result.returncode}): {result.stderr.strip()[-300:]}")
    return float(painted[0].split()[1]) - started


def run() -> dict[str, float]:
    app_times, bare_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        _time_to_paint([sys.executable, "-c", BARE_WINDOW], home)  # warm the file cache for both
        _time_to_paint([sys.executable, "-m", "dialogkarta"], home)
        for _ in range(RUNS):
            bare_times.append(_time_to_paint([sys.executable, "-c", BARE_WINDOW], home))
            app_times.append(_time_to_paint([sys.executable, "-m", "dialogkarta"], home))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    return {"startup_app_seconds": app, "startup_bare_window_seconds": bare, "startup_ratio": app / bare}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
