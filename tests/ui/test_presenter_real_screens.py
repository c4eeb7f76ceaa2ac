"""The presenter view on real X screens: F5 opens it on the projector, or on the window's one screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialogkarta import files
from tests.ui.test_kill_during_capture import _wait_for

LAPTOP, PROJECTOR = "1366x768x24", "1920x1080x24"


def _xvfb(*screens: str):
    """An X server with these screens. Two X screens (:N.0 and :N.1) are two QScreens for Qt.

    Xvfb's +xinerama stacks its heads at 0,0 and Qt sees one screen there (checked below):
    a laptop with a projector as a second X screen is the setup Qt tells apart.
    """
    read, write = os.pipe()
    layout = [arg for number, geometry in enumerate(screens) for arg in ("-screen", str(number), geometry)]
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), *layout, "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as handle:
        number = handle.readline().strip()
    return server, f":{number}"


def _presenter_by_f5(tmp_path, screens: tuple[str, ...]) -> tuple[dict, list[str]]:
    """Open a session in the real app, press F5 in its window; where the app and X say the presenter is."""
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is needed (installed by .ci/setup)"
    session = tmp_path / "mala.dkarta"
    files.create_new(session, files.NewSession(county="Västerbottens län", municipalities=["Malå"],
                                               date="2026-03-14")).close()
    probe = tmp_path / "probe.json"
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[General]\nworkspace={tmp_path}\nfirst_start_done=true\n", encoding="utf-8")
    server, display = _xvfb(*screens)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", DIALOGKARTA_SETTINGS=str(settings),
               DIALOGKARTA_TEST_PROBE=str(probe), PYTHONPATH=str(Path(__file__).parents[2]))
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:
        app = subprocess.Popen([sys.executable, "-m", "tests.ui.window_probe", str(session)], env=env,
                               stdout=subprocess.DEVNULL, stderr=stderr, cwd=Path(__file__).parents[2])
    try:
        def where():
            try:
                return json.loads(probe.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None

        _wait_for(where, 60, "the meeting")
        window = _wait_for(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "mala.dkarta"],
                                                  env=env, capture_output=True, text=True).stdout.split(), 30,
                           "the window")[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "F5"], env=env, check=True)  # the presenter view's own key
        state = _wait_for(lambda: (w := where()) and w["presenter"] and w, 20, "the presenter view")
        on_x = []  # which X screen holds a visible presenter window, as the X server says
        for number in range(len(screens)):
            found = subprocess.run(["xdotool", "search", "--screen", str(number), "--onlyvisible", "--name",
                                    "Presentat"], env=env, capture_output=True, text=True).stdout.split()
            on_x += [str(number)] * len(found)
        subprocess.run(["xdotool", "key", "Escape"], env=env, check=True)
        _wait_for(lambda: (w := where()) and w["presenter"] is None, 20, "Escape to close the presenter view")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
        app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
        server.terminate()
        server.wait(10)
    errors = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in errors, errors
    return state, on_x


@pytest.mark.slow
def test_with_a_projector_f5_opens_the_presenter_view_on_the_other_screen(tmp_path):
    state, on_x = _presenter_by_f5(tmp_path, (LAPTOP, PROJECTOR))
    assert [s[3:] for s in state["screens"]] == [[1366, 768], [1920, 1080]]  # Qt sees both screens
    assert state["window_screen"] == 0
    assert state["presenter"]["screen"] == 1 and state["presenter"]["size"] == [1920, 1080]  # full screen there
    assert on_x == ["1"]  # and the X server has it on the projector, not over the facilitator's window


@pytest.mark.slow
def test_with_one_screen_f5_opens_the_presenter_view_on_it(tmp_path):
    state, on_x = _presenter_by_f5(tmp_path, (LAPTOP,))
    assert len(state["screens"]) == 1
    assert state["presenter"]["screen"] == state["window_screen"] == 0
    assert state["presenter"]["size"] == [1366, 768] and on_x == ["0"]
