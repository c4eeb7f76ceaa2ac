"""The real app on a real X server (Xvfb), for the end-to-end tests that drive it with xdotool.

The app runs as its own process (`tests.ui.window_probe`, which writes where the cards, areas
and windows are to a probe file), so what is tested is what a person's keys and clicks reach.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LAPTOP, PROJECTOR = "1366x768x24", "1920x1080x24"
ROOT = Path(__file__).parents[2]


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll until the condition gives something true; fail naming what never came."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def start_xvfb(*screens: str) -> tuple[subprocess.Popen, str]:
    """An X server with these screens (one laptop screen unless told). Returns it and its display.

    Two X screens (:N.0 and :N.1) are two QScreens for Qt. Xvfb's +xinerama stacks its heads at
    0,0 and Qt sees one screen there: a laptop with a projector as a second X screen is the setup
    Qt tells apart.
    """
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is needed (installed by .ci/setup)"
    read, write = os.pipe()
    layout = [arg for number, geometry in enumerate(screens or (LAPTOP,)) for arg in ("-screen", str(number), geometry)]
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), *layout, "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as handle:
        number = handle.readline().strip()
    return server, f":{number}"


@dataclass
class RealApp:
    """The running app: its environment, its main window's X id, what it reports, what it printed."""

    process: subprocess.Popen
    env: dict[str, str]
    probe: Path
    log: Path
    window: str = ""

    def where(self) -> dict | None:
        """The app's last report of where things are on screen (None until it has written one)."""
        try:
            return json.loads(self.probe.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def xdo(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True)

    def search(self, *args: str) -> list[str]:
        return subprocess.run(["xdotool", "search", *args], env=self.env, capture_output=True, text=True).stdout.split()

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def real_app(tmp_path: Path, session: Path, *screens: str) -> Iterator[RealApp]:
    """Open the session in the real app on a new X server, focus its window; stop both afterwards."""
    server, display = start_xvfb(*screens)
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[General]\nworkspace={tmp_path}\nfirst_start_done=true\n", encoding="utf-8")
    probe, log = tmp_path / "probe.json", tmp_path / "stderr.txt"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", DIALOGKARTA_SETTINGS=str(settings),
               DIALOGKARTA_TEST_PROBE=str(probe), PYTHONPATH=str(ROOT))
    with log.open("w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "tests.ui.window_probe", str(session)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT)
    app = RealApp(process, env, probe, log)
    try:
        wait_for(app.where, 60, "the meeting")
        app.window = wait_for(lambda: app.search("--onlyvisible", "--name", session.name), 30, "the window")[0]
        app.xdo("windowfocus", "--sync", app.window)
        time.sleep(0.5)
        yield app
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        server.terminate()
        server.wait(10)
