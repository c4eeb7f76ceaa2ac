"""A sticky note on the board."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QTextDocument
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from dialogkarta.model.values import NoteData
from dialogkarta.ui.board_layout import FONT_MIN

if TYPE_CHECKING:  # for the annotations only
    from typing import Any

    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

# Text shrinks to fit, but never below the board's legible floor (FONT_MIN); what still does not
# fit ends in "…" (the tooltip, the outline and the editor show all of it).


class NoteItem(QGraphicsRectItem):
    """One note: its text word-wrapped on a coloured card, keywords and votes below."""

    def __init__(self, note: NoteData, color: str, width: float, height: float, font_size: float, editable: bool = True,
                 under_theme: bool = False, floor: float = FONT_MIN) -> None:
        super().__init__(QRectF(0, 0, width, height))
        self.note_id = note.id
        self.question: str | None = None
        self.slot: tuple = (None, -1)  # ((question, lane), index) in the board's layout
        self.under_theme = under_theme
        # Drawn once into a pixmap: repainting a board of 500 cards then costs what blitting costs.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setBrush(QBrush(QColor(color)))
        self.setPen(QPen(QColor("#A89A5B"), 1))
        # No ItemClipsChildrenToShape: a clip per card made every repaint of a full board slow;
        # the text is cut short with "…" instead (see _fit).
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        if editable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)
        self.setAcceptHoverEvents(True)
        # The text is a document the card paints itself (not a child item): one cached pixmap per
        # card, and no wrapper of a child item for PySide to lose.
        self.text_item = QTextDocument()
        self.text_item.setDocumentMargin(2)
        self.text_item.setTextWidth(width - 2)
        self.font_size = font_size
        self.floor = floor  # the board's legible floor at its zoom
        self.set_note(note)

    def set_note(self, note: NoteData) -> None:
        self.note = note
        small = []
        if note.group and not self.under_theme:  # under its theme's label the name would repeat
            small.append(f"<i>{_escape(note.group)}</i>")
        if note.keywords:
            small.append(_escape(" ".join("#" + "_".join(k.split()) for k in note.keywords)))
        votes = "●" * min(note.votes, 8) + (f"+{note.votes - 8}" if note.votes > 8 else "")
        self._votes = f" <b style='color:#B3261E'>{votes}</b>" if votes else ""
        self._below, self._inline = "", ""
        if small or votes:
            self._below = (f"<div style='color:#5A4E12;font-size:90%'>{' · '.join(small)} "
                           f"<b style='color:#B3261E'>{votes}</b></div>")
        self.text_item.setHtml(self._html(note.text))
        self._fit()
        self.update()  # the cached pixmap shows the old text otherwise
        self.setToolTip(note.text + (f"\n{', '.join(note.keywords)}" if note.keywords else "")
                        + (f"\n{note.group}" if note.group else "") + (f"\n{note.municipality}" if note.municipality else ""))

    def _fit(self) -> None:
        """Shrink the text until it fits the card (a long note on a full board), down to a floor."""
        font = QFont()
        size = self.font_size
        font.setPointSizeF(size)
        self.text_item.setDefaultFont(font)
        room = self.rect().height() - 2
        floor = min(self.font_size, self.floor)
        for _ in range(2):  # the text's area grows with the square of its size: jump, then correct once
            height = self.text_item.size().height()
            if height <= room or size <= floor:
                break
            size = max(floor, size * 0.97 * (room / height) ** 0.5)
            font.setPointSizeF(size)
            self.text_item.setDefaultFont(font)
        if self.text_item.size().height() > room:
            self._shorten(room)

    def _html(self, text: str) -> str:
        return f"<div>{_escape(text)}{self._inline}</div>" + self._below

    def _shorten(self, room: float) -> None:
        """Make the note's own words fit: first without the keywords line, then cut, ending in "…"."""
        self._below, self._inline = "", self._votes  # keywords: in the tooltip, outline and documents
        self.text_item.setHtml(self._html(self.note.text))
        if self.text_item.size().height() <= room:
            return
        text = self.note.text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            self.text_item.setHtml(self._html(text[:middle].rstrip() + "…"))
            if self.text_item.size().height() <= room:
                low = middle
            else:
                high = middle - 1
        self.text_item.setHtml(self._html(text[:low].rstrip() + "…"))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        painter.save()
        painter.setClipRect(self.rect())
        self.text_item.drawContents(painter, self.rect())
        painter.restore()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(QPen(QColor("#1F4E79"), 3) if value else QPen(QColor("#A89A5B"), 1))
        return super().itemChange(change, value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
