"""Presenter mode: the board full screen for the projector, following the active question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dialogkarta.ui.board_view import BoardView

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtGui import QKeyEvent

    from dialogkarta.ui.document import SessionDocument


def projector_screen(beside: QWidget | None) -> QScreen:
    """The second screen when there is one (the projector), else the screen of `beside`."""
    own = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
    others = [screen for screen in QGuiApplication.screens() if screen is not own]
    return others[0] if others else own


class PresenterView(QWidget):
    """No editing chrome, large text. Keys: E shows the active question or the whole map,
    PgDown/PgUp (or →/←) and 1…9 change the question, Esc or F5 close it."""

    question_requested = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.setWindowTitle(self.tr("Presentatörsläge – %1").replace("%1", document.data().title))
        self.board = BoardView(document, presenter=True)
        self.board.setFrameShape(BoardView.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The map's intro, read out at the start: shown until the first note, then on key I.
        self.intro = QLabel(" ".join(document.template.intro.split()))
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Kartans inledning"))
        self.intro.setStyleSheet("font-size: 20pt; color: #1F4E79; padding: 18px 40px")
        self.intro.setVisible(bool(document.template.intro.strip()) and document.data().note_count == 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.board)
        document.applied.connect(self.board.apply)
        self.setStyleSheet("background: #FBFAF6")

    def show_on(self, beside: QWidget | None) -> None:
        """Full screen on the projector, never over the facilitator's own window if there is another screen."""
        screen = projector_screen(beside)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()  # its keys (question, whole map) work at once

    def follow(self, key: str) -> None:
        self.board.set_active_question(key)

    def toggle_map(self) -> None:
        """The active question large, or the whole map."""
        self.board.zoom_active = not self.board.zoom_active
        self.board.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = self.document.template.question_keys
        index = keys.index(self.board.active_question) if self.board.active_question in keys else 0
        text = event.text()
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif event.key() == Qt.Key.Key_I:
            self.intro.setVisible(not self.intro.isVisible() and bool(self.intro.text()))
        elif event.key() == Qt.Key.Key_E:
            self.toggle_map()
        elif event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
            self.question_requested.emit(keys[(index + 1) % len(keys)])
        elif event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.question_requested.emit(keys[(index - 1) % len(keys)])
        elif text.isdigit() and 1 <= int(text) <= len(keys):
            self.question_requested.emit(keys[int(text) - 1])
        else:
            super().keyPressEvent(event)
