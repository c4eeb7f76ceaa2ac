"""The presenter view on real X screens: F5 opens it on the projector, or on the window's one screen."""

from __future__ import annotations

import pytest

from dialogkarta import files
from tests.ui.real_window import LAPTOP, PROJECTOR, real_app, wait_for


def _presenter_by_f5(tmp_path, screens: tuple[str, ...]) -> tuple[dict, list[str]]:
    """Open a session in the real app, press F5 in its window; where the app and X say the presenter is."""
    session = tmp_path / "mala.dkarta"
    files.create_new(session, files.NewSession(county="Västerbottens län", municipalities=["Malå"],
                                               date="2026-03-14")).close()
    with real_app(tmp_path, session, *screens) as app:
        app.xdo("key", "F5")  # the presenter view's own key
        state = wait_for(lambda: (w := app.where()) and w["presenter"] and w, 20, "the presenter view")
        on_x = []  # which X screen holds a visible presenter window, as the X server says
        for number in range(len(screens)):
            on_x += [str(number)] * len(app.search("--screen", str(number), "--onlyvisible", "--name", "Presentat"))
        app.xdo("key", "Escape")
        wait_for(lambda: (w := app.where()) and w["presenter"] is None, 20, "Escape to close the presenter view")
        app.xdo("windowfocus", "--sync", app.window)
        app.xdo("key", "ctrl+q")
        app.process.wait(30)
    errors = app.stderr()
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
