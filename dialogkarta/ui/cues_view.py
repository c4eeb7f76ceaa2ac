"""Beside the board: the map's intro at the start of the meeting, and the active question's cues."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.document import SessionDocument


class CuesView(QWidget):
    """The facilitator prompts with the cues; the intro is read out when the meeting starts."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        template = document.template
        self.intro_toggle = QToolButton()
        self.intro_toggle.setText(self.tr("Inledning: %1").replace("%1", template.name))
        self.intro_toggle.setCheckable(True)
        self.intro_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.intro_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.intro = QLabel(" ".join(template.intro.split()))
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Kartans inledning"))
        self.intro.setStyleSheet("background: #F3F0E6; padding: 6px; border-radius: 4px")
        self.intro_toggle.toggled.connect(self._show_intro)
        self.cues_title = QLabel(self.tr("Stödord"))
        self.cues_title.setStyleSheet("font-weight: bold; color: #1F4E79")
        self.cues = QLabel()
        self.cues.setWordWrap(True)
        self.cues.setTextFormat(Qt.TextFormat.PlainText)
        self.cues.setAccessibleName(self.tr("Stödord för frågan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro_toggle)
        layout.addWidget(self.intro)
        layout.addWidget(self.cues_title)
        layout.addWidget(self.cues)
        # At the start of the meeting (nothing written yet) the intro is open; later it is one click away.
        self.intro_toggle.setChecked(document.data().note_count == 0 and bool(template.intro.strip()))
        self._show_intro(self.intro_toggle.isChecked())
        self.intro_toggle.setVisible(bool(template.intro.strip()))

    def _show_intro(self, shown: bool) -> None:
        self.intro.setVisible(shown)
        self.intro_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_question(self, key: str) -> None:
        question = self.document.template.question(key)
        self.cues.setText("\n".join(f"• {cue}" for cue in question.cues))
        self.cues_title.setVisible(bool(question.cues))
        self.cues.setVisible(bool(question.cues))
