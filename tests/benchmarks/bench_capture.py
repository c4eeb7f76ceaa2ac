"""Capture with 500 notes on the board: Enter → committed and drawn, against committing alone.

Also, on the same board: a debounced save of the running minutes (the GUI thread's whole work,
against the write alone), undoing a note (Ctrl+Z → removed and drawn), and the time to open a
500-note session into the meeting view, against loading it without GUI.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run() -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from dialogkarta import files, ops
    from dialogkarta.store import open_session_file
    from dialogkarta.store.queries import load_session
    from dialogkarta.ui.document import SessionDocument
    from dialogkarta.ui.meeting_view import MeetingView
    from tests.benchmarks.generate import session

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        gui_file, plain_file = folder / "gui.dkarta", folder / "plain.dkarta"
        data = session(0, 500)
        data.municipalities = ["Storuman"]
        files.write_session_file(data, gui_file)
        files.write_session_file(data, plain_file)

        load_times, open_times = [], []
        for _ in range(3):
            start = time.perf_counter()
            with open_session_file(plain_file, readonly=True) as file:
                load_session(file.db)
            load_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            document = SessionDocument.open(gui_file)
            view = MeetingView(document)
            view.resize(1366, 768)
            view.show()
            app.processEvents()
            open_times.append(time.perf_counter() - start)
            view.deleteLater()
            app.processEvents()
            document.close()

        document = SessionDocument.open(gui_file)
        view = MeetingView(document)
        view.resize(1366, 768)
        view.show()
        app.processEvents()
        edit = view.capture.edit
        gui_times, plain_times = [], []
        with open_session_file(plain_file) as plain:
            for i in range(30):
                edit.setText(f"Ny lapp {i} om kompetensförsörjning")
                start = time.perf_counter()
                QTest.keyClick(edit, Qt.Key_Return)
                app.processEvents()
                view.board.viewport().repaint()
                gui_times.append(time.perf_counter() - start)
                assert f"Ny lapp {i} om kompetensförsörjning" in {c.note.text for c in view.board.cards.values()}
                start = time.perf_counter()
                ops.add_note(plain.db, question="conditions", text=f"Ny lapp {i} om kompetensförsörjning")
                plain_times.append(time.perf_counter() - start)
            minutes_gui, minutes_plain, undo_times = [], [], []
            panel = view.panel
            for i in range(30):
                panel.minutes.setPlainText(f"Löpande anteckningar, stycke {i}: " + "det som sägs i rummet " * 20)
                start = time.perf_counter()
                panel.pending["minutes"].timeout.emit()  # what the debounce timer does when typing stops
                app.processEvents()  # and whatever it makes the views draw
                minutes_gui.append(time.perf_counter() - start)
                assert document.data().question(view.active).minutes.endswith("rummet ")
                start = time.perf_counter()
                ops.update_question(plain.db, question="conditions", changes={"minutes": f"Stycke {i} " + "ord " * 60})
                minutes_plain.append(time.perf_counter() - start)
            document.undo()  # the minutes (typing merged into one step): not what is measured
            app.processEvents()
            for _ in range(20):
                last = document.data().question(view.active).notes[-1].id
                start = time.perf_counter()
                document.undo()  # the last captured note
                app.processEvents()
                view.board.viewport().repaint()
                undo_times.append(time.perf_counter() - start)
                # gone (a full lane may now show its previous page, with more cards than before)
                assert last not in view.board.cards and last not in {n.id for _, n in document.data().all_notes()}
        view.deleteLater()
        app.processEvents()
        document.close()
    gui, plain = statistics.median(gui_times), statistics.median(plain_times)
    minutes, write = statistics.median(minutes_gui), statistics.median(minutes_plain)
    return {
        "minutes_save_ms": minutes * 1000,
        "minutes_write_ms": write * 1000,
        "minutes_save_ratio": minutes / write,
        "undo_ms": statistics.median(undo_times) * 1000,
        "capture_gui_ms": gui * 1000,
        "capture_commit_ms": plain * 1000,
        "capture_ratio": gui / plain,
        "open_500_seconds": statistics.median(open_times),
        "open_ratio": statistics.median(open_times) / statistics.median(load_times),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
