"""The GUI on a session file that another window or process has open: a warning, no session."""

from __future__ import annotations

import os
import signal
import textwrap

import pytest

from dialogkarta.ui import main_window as main_window_module
from dialogkarta.ui.main_window import MainWindow
from tests.child_process import start_script

HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from dialogkarta.store import open_session_file
    file = open_session_file(sys.argv[1])
    print("holding", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(main_window_module.QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    return shown


def _window(qtbot, settings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


def test_file_open_in_another_process_is_refused_with_a_warning(qtbot, settings, example_session, warnings):
    holder = start_script(HOLD_OPEN, example_session)
    try:
        assert holder.stdout.readline().strip() == "holding"
        window = _window(qtbot, settings)
        assert window.open_session(example_session) is False
        assert window.document is None
        assert len(warnings) == 1
        assert str(example_session) in warnings[0][1] and "används redan" in warnings[0][1]
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert window.open_session(example_session) is True  # the killed holder's lock is gone
    window.close_session()


def test_second_window_in_the_same_process_is_refused(qtbot, settings, example_session, warnings):
    first, second = _window(qtbot, settings), _window(qtbot, settings)
    assert first.open_session(example_session) is True
    assert second.open_session(example_session) is False
    assert "används redan" in warnings[-1][1]
    first.close_session()
    assert second.open_session(example_session) is True
    second.close_session()
