"""Run the real app, and keep writing where its cards, areas and capture field are on the screen.

Test-only launcher for the end-to-end test under Xvfb: xdotool needs screen coordinates of
things only the app knows. The app itself is unchanged; the probe only reads its widgets.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _dump(window, target: Path) -> None:
    if window.session_view is None:
        return
    meeting = window.session_view.meeting
    board = meeting.board

    def screen(point) -> list[int]:
        where = board.viewport().mapToGlobal(board.mapFromScene(point))
        return [where.x(), where.y()]

    from PySide6.QtGui import QGuiApplication

    from dialogkarta.ui import board_layout as geo

    keys = board.document.template.question_keys
    edit = meeting.capture.edit
    center = edit.mapToGlobal(edit.rect().center())
    state = {
        "cards": {card.note.text: screen(card.sceneBoundingRect().center()) for card in board.cards.values()},
        "areas": {key: screen(rect.center()) for key, rect in zip(keys, geo.area_rects(len(keys)))},
        "capture": [center.x(), center.y()],
        "screens": [[s.name(), *s.geometry().getRect()] for s in QGuiApplication.screens()],
        "window_screen": QGuiApplication.screens().index(window.screen()),
        "presenter": None,
    }
    presenter = meeting.presenter
    if presenter is not None and presenter.isVisible():
        state["presenter"] = {"screen": QGuiApplication.screens().index(presenter.screen()),
                              "size": [presenter.width(), presenter.height()], "active": presenter.isActiveWindow()}
    partial = target.with_suffix(".part")
    partial.write_text(json.dumps(state), encoding="utf-8")
    partial.replace(target)


def main() -> int:
    from PySide6.QtCore import QTimer

    import dialogkarta.app as app_module

    target = Path(os.environ["DIALOGKARTA_TEST_PROBE"])
    build = app_module.build_window

    def build_and_watch(path=None, settings=None):
        window = build(path, settings)
        timer = QTimer(window, interval=200)
        timer.timeout.connect(lambda: _dump(window, target))
        timer.start()
        return window

    app_module.build_window = build_and_watch
    return app_module.run(Path(sys.argv[1]))


if __name__ == "__main__":
    sys.exit(main())
