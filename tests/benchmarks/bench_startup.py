"""Start-up time: from starting the process to the main window's first paint.

The real app (`python -m dialogkarta`, with the test-only DIALOGKARTA_STARTUP_PROBE hook in
app.py) against a bare PySide6 window measured the same way in the same run, offscreen.
startup_ratio = median(app) / median(bare window), over RUNS alternating runs each.
startup_peak_mb is the app's peak resident memory at its first paint (median, VmHWM from /proc:
getrusage's ru_maxrss would carry this benchmark's own peak over the exec), beside the bare
window's (startup_bare_window_peak_mb), measured the same way.
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
                peak = next(int(line.split()[1]) / 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:"))
                print(f"painted: {time.time():.6f} {peak:.1f}", flush=True)
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


def _time_to_paint(command: list[str], home: Path) -> tuple[float, float]:
    """Seconds from start to the first paint, and the peak resident MB at that paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIALOGKARTA_STARTUP_PROBE": "1", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "PYTHONPATH": str(ROOT),
           "DIALOGKARTA_SETTINGS": str(home / "settings.ini")}
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    painted = [line for line in result.stdout.splitlines() if line.startswith("painted: ")]
    if result.returncode != 0 or not painted:
        raise RuntimeError(f"{command[-1]}: no paint (exit {result.returncode}): {result.stderr.strip()[-300:]}")
    _, when, peak = painted[0].split()
    return float(when) - started, float(peak)


def run() -> dict[str, float]:
    from dialogkarta import files

    app_times, bare_times, open_times, app_peaks, bare_peaks = [], [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        session = home / "umea.dkarta"
        files.import_json(sorted((ROOT / "sessions").glob("*.json"))[0], session)  # 133 notes
        bare = [sys.executable, "-c", BARE_WINDOW]
        app = [sys.executable, "-m", "dialogkarta"]
        opened = [*app, "open", str(session)]
        for command in (bare, app, opened):  # warm the file cache for all three
            _time_to_paint(command, home)
        for _ in range(RUNS):
            for times, peaks, command in ((bare_times, bare_peaks, bare), (app_times, app_peaks, app),
                                          (open_times, [], opened)):
                seconds, peak = _time_to_paint(command, home)
                times.append(seconds)
                peaks.append(peak)
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    return {"startup_app_seconds": app_s, "startup_bare_window_seconds": bare_s, "startup_ratio": app_s / bare_s,
            "startup_open_133_notes_seconds": statistics.median(open_times),
            "startup_peak_mb": statistics.median(app_peaks), "startup_bare_window_peak_mb": statistics.median(bare_peaks)}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
