"""The meeting in a real window under Xvfb, driven by xdotool as a person would: the gestures end to end."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dialogkarta import files, ops
from dialogkarta.store import open_session_file
from tests.ui.real_window import real_app, wait_for


def _read(path: Path):
    return files.read_session(path)


@pytest.mark.slow
def test_double_click_right_click_drag_to_another_question_and_undo_keys_in_a_real_window(tmp_path):
    session = tmp_path / "mala.dkarta"
    files.create_new(session, files.NewSession(county="Västerbottens län", municipalities=["Malå"],
                                               date="2026-03-14")).close()
    with open_session_file(session) as file:
        ops.add_note(file.db, question="conditions", text="Langa avstand")
        ops.add_note(file.db, question="conditions", text="Fel fraga")
    with real_app(tmp_path, session) as app:
        where = app.where
        wait_for(lambda: (w := where()) and len(w["cards"]) == 2, 60, "the board")

        # double-click a card: the editor opens with its text selected; typing replaces it
        x, y = where()["cards"]["Langa avstand"]
        app.xdo("mousemove", "--sync", str(x), str(y))
        app.xdo("click", "--repeat", "2", "--delay", "60", "1")
        time.sleep(0.5)
        app.xdo("type", "--delay", "20", "Langa avstand till stod")
        app.xdo("key", "Return")
        wait_for(lambda: "Langa avstand till stod" in [n.text for n in _read(session).question("conditions").notes],
                  20, "the edited text in the file")

        # right-click it: the note menu; the second entry gives a vote
        wait_for(lambda: "Langa avstand till stod" in where()["cards"], 10, "the edited card")
        x, y = where()["cards"]["Langa avstand till stod"]
        app.xdo("mousemove", "--sync", str(x), str(y))
        app.xdo("click", "3")
        time.sleep(0.7)
        app.xdo("key", "Down", "Down", "Return")
        wait_for(lambda: _read(session).question("conditions").notes[0].votes == 1, 20, "the vote in the file")

        # drag the other card onto the fourth question's area: it moves there
        x, y = where()["cards"]["Fel fraga"]
        tx, ty = where()["areas"]["collaboration"]
        app.xdo("mousemove", "--sync", str(x), str(y))
        app.xdo("mousedown", "1")
        for step in range(1, 11):
            app.xdo("mousemove", "--sync", str(x + (tx - x) * step // 10), str(y + (ty - y) * step // 10))
            time.sleep(0.03)
        app.xdo("mouseup", "1")
        wait_for(lambda: [n.text for n in _read(session).question("collaboration").notes] == ["Fel fraga"], 20,
                  "the note in the other question")

        # in the capture field: a note, Ctrl+Z takes it away, Ctrl+Shift+Z brings it back
        cx, cy = where()["capture"]
        app.xdo("mousemove", "--sync", str(cx), str(cy))
        app.xdo("click", "1")
        app.xdo("type", "--delay", "20", "Ny lapp")
        app.xdo("key", "Return")
        texts = lambda: [n.text for n in _read(session).question("conditions").notes]  # noqa: E731
        wait_for(lambda: texts() == ["Langa avstand till stod", "Ny lapp"], 20, "the new note")
        app.xdo("key", "ctrl+z")
        wait_for(lambda: texts() == ["Langa avstand till stod"], 20, "Ctrl+Z to undo the note")
        app.xdo("key", "ctrl+shift+z")
        wait_for(lambda: texts() == ["Langa avstand till stod", "Ny lapp"], 20, "Ctrl+Shift+Z to redo it")
        app.xdo("key", "ctrl+z")
        app.xdo("key", "ctrl+z")  # and the drag, from the same field
        wait_for(lambda: texts() == ["Langa avstand till stod", "Fel fraga"], 20, "Ctrl+Z to undo the drag")

        app.xdo("key", "ctrl+q")
        app.process.wait(30)
    errors = app.stderr()
    assert app.process.returncode == 0
    assert "Traceback" not in errors and "Error" not in errors and "Ambiguous" not in errors, errors
