"""The one helper for background work: results, progress and errors arrive on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QWidget

from dialogkarta.errors import FileProblem
from dialogkarta.ui.background import BackgroundOp


def widgets(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent, QProgressBar(parent), QLabel(parent)


def test_result_and_progress_arrive_on_the_gui_thread_in_the_bar_and_the_label(qtbot):
    parent, bar, label = widgets(qtbot)
    gui, seen, worker = threading.get_ident(), [], []

    def work(progress):
        worker.append(threading.get_ident())
        for step in range(1, 4):
            progress(step, 3, f"steg {step}")
        return "klart"

    op = (BackgroundOp(parent, work).with_progress(bar, label)
          .on_progress(lambda done, total, what: seen.append((threading.get_ident(), done, total, what)))
          .success(lambda result: seen.append((threading.get_ident(), result))))
    assert op.run_in_background() is op and op.running and bar.maximum() == 0  # busy until the first report
    qtbot.waitUntil(lambda: not op.running)
    assert worker and worker[0] != gui
    assert seen == [(gui, 1, 3, "steg 1"), (gui, 2, 3, "steg 2"), (gui, 3, 3, "steg 3"), (gui, "klart")]
    assert (bar.value(), bar.maximum(), label.text()) == (3, 3, "steg 3")


def test_an_error_is_shown_once_naming_the_file_and_never_as_a_traceback(qtbot, monkeypatch):
    parent, bar, _ = widgets(qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: shown.append((p, title, text)))

    def broken(progress):
        progress(1, 2)
        raise FileProblem("filen är trasig", path="/tmp/x.dkarta")

    op = BackgroundOp(parent, broken, title="Kunde inte läsa").with_progress(bar).run_in_background()
    qtbot.waitUntil(lambda: not op.running)
    assert shown == [(parent, "Kunde inte läsa", "/tmp/x.dkarta: filen är trasig")] and bar.value() == 0

    op = BackgroundOp(parent, lambda progress: {}["saknas"], title="Fel").run_in_background()
    qtbot.waitUntil(lambda: not op.running)
    assert shown[-1][2].startswith("Ett oväntat fel inträffade (KeyError)") and "Traceback" not in shown[-1][2]
    handled = []
    op = BackgroundOp(parent, lambda progress: 1 / 0).failure(handled.append).run_in_background()
    qtbot.waitUntil(lambda: not op.running)
    assert len(shown) == 2 and isinstance(handled[0], ZeroDivisionError)


def test_a_cancelled_op_stops_at_its_next_report_and_reports_nothing(qtbot):
    parent, _, _ = widgets(qtbot)
    started, release, reached, results = threading.Event(), threading.Event(), [], []

    def slow(progress):
        started.set()
        release.wait(10)
        progress(1, 2)
        reached.append("after")  # not reached: progress raised Cancelled
        return "ignored"

    op = BackgroundOp(parent, slow).success(results.append).failure(results.append).run_in_background()
    assert started.wait(10)
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: not op.running)
    assert results == [] and reached == [] and op.cancelled


def test_nothing_is_delivered_to_a_widget_that_was_closed_meanwhile(qtbot):
    parent = QWidget()
    release, results = threading.Event(), []

    def work(progress):
        release.wait(10)
        return 1

    op = BackgroundOp(parent, work).success(results.append).run_in_background()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(parent))
    release.set()
    qtbot.waitUntil(lambda: not op.running)
    assert results == []
