"""The meeting in a real window under Xvfb, driven by xdotool as a person would: the gestures end to end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialogkarta import files, ops
from dialogkarta.store import open_session_file
from tests.ui.test_kill_during_capture import _start_xvfb, _wait_for


def _read(path: Path):
    return files.read_session(path)


def _xdo(env, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True)


@pytest.mark.slow
def test_double_click_right_click_drag_to_another_question_and_undo_keys_in_a_real_window(tmp_path):
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is needed (installed by .ci/setup)"
    session = tmp_path / "mala.dkarta"
    files.create_new(session, files.NewSession(county="Västerbottens län", municipalities=["Malå"],
                                               date="2026-03-14")).close()
    with open_session_file(session) as file:
        ops.add_note(file.db, question="conditions", text="Langa avstand")
        ops.add_note(file.db, question="conditions", text="Fel fraga")
    probe = tmp_path / "probe.json"
    server, display = _start_xvfb()
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[General]\nworkspace={tmp_path}\nfirst_start_done=true\n", encoding="utf-8")
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

        _wait_for(lambda: (w := where()) and len(w["cards"]) == 2, 60, "the board")
        window = _wait_for(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "mala.dkarta"],
                                                  env=env, capture_output=True, text=True).stdout.split(), 30,
                           "the window")[0]
        _xdo(env, "windowfocus", "--sync", window)
        time.sleep(0.5)

        # double-click a card: the editor opens with its text selected; typing replaces it
        x, y = where()["cards"]["Langa avstand"]
        _xdo(env, "mousemove", "--sync", str(x), str(y))
        _xdo(env, "click", "--repeat", "2", "--delay", "60", "1")
        time.sleep(0.5)
        _xdo(env, "type", "--delay", "20", "Langa avstand till stod")
        _xdo(env, "key", "Return")
        _wait_for(lambda: "Langa avstand till stod" in [n.text for n in _read(session).question("conditions").notes],
                  20, "the edited text in the file")

        # right-click it: the note menu; the second entry gives a vote
        _wait_for(lambda: "Langa avstand till stod" in where()["cards"], 10, "the edited card")
        x, y = where()["cards"]["Langa avstand till stod"]
        _xdo(env, "mousemove", "--sync", str(x), str(y))
        _xdo(env, "click", "3")
        time.sleep(0.7)
        _xdo(env, "key", "Down", "Down", "Return")
        _wait_for(lambda: _read(session).question("conditions").notes[0].votes == 1, 20, "the vote in the file")

        # drag the other card onto the fourth question's area: it moves there
        x, y = where()["cards"]["Fel fraga"]
        tx, ty = where()["areas"]["collaboration"]
        _xdo(env, "mousemove", "--sync", str(x), str(y))
        _xdo(env, "mousedown", "1")
        for step in range(1, 11):
            _xdo(env, "mousemove", "--sync", str(x + (tx - x) * step // 10), str(y + (ty - y) * step // 10))
            time.sleep(0.03)
        _xdo(env, "mouseup", "1")
        _wait_for(lambda: [n.text for n in _read(session).question("collaboration").notes] == ["Fel fraga"], 20,
                  "the note in the other question")

        # in the capture field: a note, Ctrl+Z takes it away, Ctrl+Shift+Z brings it back
        cx, cy = where()["capture"]
        _xdo(env, "mousemove", "--sync", str(cx), str(cy))
        _xdo(env, "click", "1")
        _xdo(env, "type", "--delay", "20", "Ny lapp")
        _xdo(env, "key", "Return")
        texts = lambda: [n.text for n in _read(session).question("conditions").notes]  # noqa: E731
        _wait_for(lambda: texts() == ["Langa avstand till stod", "Ny lapp"], 20, "the new note")
        _xdo(env, "key", "ctrl+z")
        _wait_for(lambda: texts() == ["Langa avstand till stod"], 20, "Ctrl+Z to undo the note")
        _xdo(env, "key", "ctrl+shift+z")
        _wait_for(lambda: texts() == ["Langa avstand till stod", "Ny lapp"], 20, "Ctrl+Shift+Z to redo it")
        _xdo(env, "key", "ctrl+z")
        _xdo(env, "key", "ctrl+z")  # and the drag, from the same field
        _wait_for(lambda: texts() == ["Langa avstand till stod", "Fel fraga"], 20, "Ctrl+Z to undo the drag")

        _xdo(env, "key", "ctrl+q")
        app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
        server.terminate()
        server.wait(10)
    errors = log.read_text(encoding="utf-8", errors="replace")
    assert app.returncode == 0
    assert "Traceback" not in errors and "Error" not in errors and "Ambiguous" not in errors, errors
