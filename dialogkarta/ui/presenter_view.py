"""Presenter mode: the board full screen for the projector, following the active question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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

    def follow(self, key: str) -> None:
        self.board.set_active_question(key)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Escape, Qt.Key_F5):
            self.close()
        elif event.key() == Qt.Key_I:
            self.intro.setVisible(not self.intro.isVisible() and bool(self.intro.text()))
        else:
            super().keyPressEvent(event)
