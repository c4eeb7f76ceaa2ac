"""Presenter mode: the board full screen for the projector, following the active question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dialogkarta.ui.board_view import BoardView


class PresenterView(QWidget):
    """No editing chrome, large text; Esc closes it."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("Presentatörsläge – %1").replace("%1", document.data().title))
        self.board = BoardView(document, presenter=True)
        self.board.setFrameShape(BoardView.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board)
        document.changed.connect(self.board.refresh)
        self.setStyleSheet("background: #FBFAF6")

    def follow(self, key: str) -> None:
        self.board.set_active_question(key)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Escape, Qt.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)
