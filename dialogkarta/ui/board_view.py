"""The dialogue-map board: KUF in the centre, the question areas around it, notes as sticky notes."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem, QGraphicsView, QLineEdit, QMenu

from dialogkarta.model.changes import OpChanges
from dialogkarta.ui import board_layout as geo
from dialogkarta.ui.board_drop import drop_changes, question_at
from dialogkarta.ui.board_themes import HEADER as THEME_HEADER
from dialogkarta.ui.board_themes import block_layout, lane_blocks, page_of
from dialogkarta.ui.note_item import NoteItem

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable

    from PySide6.QtCore import QObject, QPoint, QRect
    from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QResizeEvent
    from PySide6.QtWidgets import QWidget

    from dialogkarta.model.values import NoteData
    from dialogkarta.templates import Question, Template
    from dialogkarta.ui.document import SessionDocument

ACCENT = QColor("#1F4E79")
CARD_Z = 5.0  # areas and lanes 0, cards above them, the hub (10) above all but a dragged card
DRAG_Z = 20.0
THEME_ROW = THEME_HEADER + 3  # a theme's label row and the gap below it
MUNICIPALITY_COLORS = ["#F6C26B", "#9FD3C7", "#C5B3E6", "#F4A6A6", "#A8C8F0", "#D9E58E"]


@dataclass
class LaneState:
    """What a drawn lane holds, so that one card can be added or taken away without a rebuild."""

    lane: QRectF
    usable: QRectF
    size: tuple[float, float, int]
    shown: int  # cards drawn (on this page)
    total: int  # notes in the lane
    first: int = 0  # index of the first note shown
    room: int = 0  # cards one page holds; 0: the lane is not paged
    line: QGraphicsTextItem | None = None  # a paged lane's "1–20 av 48" line
    # a paged lane with themes: its line counts the whole lane (first, end, total) as drawn
    # with `total` notes in the rest block; a card added or taken there moves end and total
    counted: tuple[int, int, int, int] | None = None


class BoardView(QGraphicsView):
    """Draws a session on the map; in presenter mode large and without editing."""

    edit_requested = Signal(str)  # note id (double-click or F2)
    edited = Signal(str, str)  # note id, new text (from the in-place editor)
    delete_requested = Signal(list)  # note ids
    dropped = Signal(dict, dict)  # one drag: {question: {"order", "facets"}}, {note id: (question, facet)}
    vote_requested = Signal(list, int)  # note ids, +1/-1
    group_requested = Signal()  # group the selected notes (asks for a label)
    ungroup_requested = Signal(list)  # note ids
    move_requested = Signal(list, str)  # note ids, the question they go to
    theme_renamed = Signal(str, str, str)  # question, old label, new label
    theme_fold_requested = Signal(str, str)  # question, theme
    theme_vote_requested = Signal(str, str, int)  # question, theme, +1/-1
    area_clicked = Signal(str)  # a click on a question's area, not on a card: it becomes active

    def __init__(self, document: SessionDocument, *, presenter: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.presenter = presenter
        self.active_question: str | None = None
        self.municipality_filter: str | None = None
        self.color_by_municipality = False
        self.zoom_active = presenter  # show only the active question's area, large
        self.cards: dict[str, NoteItem] = {}
        self.lanes: dict[str, dict[str | None, QRectF]] = {}
        self.pages: dict[tuple, int] = {}  # (question, lane) → the page a full lane shows
        self.page_counts: dict[tuple, int] = {}  # (question, lane) → how many pages a full lane has
        self.page_lines: dict[tuple, QGraphicsTextItem] = {}  # a full lane's "1–6 av 40" line: a click pages it
        self.reveal: tuple[str, str] | None = None  # (question, theme) the next rebuild turns to
        self._refitting = False
        self.zoom = 1.0  # cards are laid out this much larger than their design size (see geo.legible_zoom)
        self.setScene(QGraphicsScene(0, 0, geo.SCENE_WIDTH, geo.SCENE_HEIGHT, self))
        # Areas, lanes, labels and the hub change only on a rebuild or a new active question:
        # they live in a scene of their own, painted as the background and cached as a pixmap,
        # so that drawing one new card does not repaint the whole map (capture with 500 notes).
        self.map_scene = QGraphicsScene(0, 0, geo.SCENE_WIDTH, geo.SCENE_HEIGHT, self)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag if presenter else QGraphicsView.DragMode.RubberBandDrag)
        self.setBackgroundBrush(QBrush(QColor("#FBFAF6")))
        self.setAccessibleName(self.tr("Dialogkartan"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if not presenter else Qt.FocusPolicy.NoFocus)
        if presenter:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._press_positions: dict[str, QPointF] = {}
        self.rebuild()

    # --- drawing ---------------------------------------------------------------------

    def rebuild(self) -> None:
        """Draw everything anew from the session."""
        self.scene().clear()
        scene = self.map_scene  # the map itself: drawn as the view's cached background
        scene.clear()
        self.resetCachedContent()
        self.cards = {}
        self.page_lines = {}
        self.page_counts = {}
        self.zoom = geo.legible_zoom(self._fit_scale())
        zoom = self.zoom
        self.theme_rows: list[tuple[str, str, QRectF]] = []  # (question, theme, label row) for clicks
        self.lane_state: dict[tuple, LaneState] = {}
        self.area_items = {}
        data = self.document.data()
        template = self.document.template
        rects = geo.area_rects(len(template.questions))
        for number, (question, rect) in enumerate(zip(template.questions, rects), start=1):
            self.area_items[question.key] = scene.addRect(rect)
            self._style_area(question.key)
            title = self._text(f"{number}. {question.label}", 15, bold=True)
            title.setDefaultTextColor(ACCENT)
            title.setPos(rect.left() + 12, rect.top() + 6)
            if not self.presenter:
                shortcut = self._text(f"Alt+{number}", 9)
                shortcut.setDefaultTextColor(QColor("#6A7A8C"))
                shortcut.setPos(rect.right() - 60, rect.top() + 10)
            prompt = self._text(question.prompt, 8.5)
            prompt.setTextWidth(rect.width() - 24)
            prompt.setDefaultTextColor(QColor("#4A4A4A"))
            prompt.setPos(rect.left() + 12, rect.top() + 32)
            notes = data.joint_notes(data.question(question.key)) if question.key in {q.key for q in data.questions} else []
            if self.municipality_filter:
                notes = [n for n in notes if n.municipality == self.municipality_filter]
            counts: dict = {}
            for note in notes:
                lane_key = self._lane_key(note, question.facet_keys)
                counts[lane_key] = counts.get(lane_key, 0) + 1
            lanes = geo.lane_rects(rect, question.facet_keys, counts)
            self.lanes[question.key] = lanes
            for key, lane in lanes.items():
                if key is None:
                    continue
                facet = question.facet(key)
                if facet is None:
                    continue
                scene.addRect(lane, QPen(QColor("#C9D3DF"), 1, Qt.PenStyle.DashLine), QBrush(QColor(facet.color).lighter(125)))
                # a level's name must stay on one line in its band, beside the cards
                label = self._text(facet.label, 8.5 if len(question.facet_keys) > 3 else 9 * min(zoom, 1.5),
                                   bold=True)
                label.setDefaultTextColor(QColor("#3A4A5A"))
                label.setPos(lane.left() + 4, lane.top())
                if len(question.facet_keys) > 3:
                    label.setTextWidth(geo.BAND_LABEL - 8)
            themes = data.question(question.key).groups if question.key in {q.key for q in data.questions} else []
            for key, lane in lanes.items():
                lane_notes = [n for n in notes if self._lane_key(n, question.facet_keys) == key]
                band = len(question.facet_keys) > 3
                usable = geo.card_area(lane, max(20.0, 16.0 * zoom) if key is not None else 0.0, band)
                # a theme needs its label row and a row of cards; a thinner band pages plain cards
                if any(n.group for n in lane_notes) and usable.height() >= (THEME_ROW + geo.CARD_MIN[1]) * zoom:
                    self._themed_lane(question.key, key, lane, usable, lane_notes, themes)
                    continue
                size = geo.card_size(usable, len(lane_notes), zoom)
                font = geo.card_font(size, zoom)
                lane_notes = self._page(question.key, key, lane, usable, size, lane_notes)
                for index, note in enumerate(lane_notes):
                    item = self._card(note, question.key, size, font)
                    item.slot = ((question.key, key), index)
                    position = QPointF(note.x, note.y) if note.x is not None and note.y is not None else \
                        geo.card_position(usable, index, size)
                    item.setPos(position)
        self._hub(template)
        self.reveal = None
        self.fit()

    def _page(self, key: str, lane_key: str | None, lane: QRectF, usable: QRectF, size: tuple[float, float, int], notes: list) -> list:
        """The notes one page of a full lane shows, with a line saying which and how to page."""
        room = geo.capacity(usable, size)
        state = LaneState(lane, usable, size, shown=len(notes), total=len(notes))
        self.lane_state[(key, lane_key)] = state
        if len(notes) <= room:
            return notes
        pages = -(-len(notes) // room)
        page = max(0, min(self.pages.get((key, lane_key), 0), pages - 1))
        self.pages[(key, lane_key)] = page
        self.page_counts[(key, lane_key)] = pages
        state.first, state.room = page * room, room
        state.shown = min(len(notes), (page + 1) * room) - state.first
        state.line = self._page_line(key, lane_key)
        self._show_page_line(state)
        return notes[state.first:state.first + state.shown]

    def _page_line(self, key: str, lane_key: str | None) -> QGraphicsTextItem:
        line = self._text("", 8 * self.zoom, bold=True)
        # on the cards' scene, not the cached map: a note captured into a full lane changes
        # the line, and repainting the line alone keeps capture cheap
        self.map_scene.removeItem(line)
        self.scene().addItem(line)
        line.setDefaultTextColor(QColor("#B3261E"))
        line.setZValue(1)
        self.page_lines[(key, lane_key)] = line
        return line

    def page(self, step: int) -> None:
        """Show the next (step 1) or previous (step -1) page of the active question's full lanes."""
        lanes = [lane for lane in self.page_counts if lane[0] == self.active_question]
        for lane in lanes:
            self.pages[lane] = max(0, self.pages.get(lane, 0) + step)
        if lanes:
            self.rebuild()

    def page_lane(self, lane: tuple) -> None:
        """Show the next page of one full lane, after its last page its first (a click on its line)."""
        self.pages[lane] = (self.pages.get(lane, 0) + 1) % max(1, self.page_counts.get(lane, 1))
        self.rebuild()

    def page_line_at(self, point: QPoint) -> tuple | None:
        """The (question, lane) whose page line is under a viewport point."""
        scene_point = self.mapToScene(point)
        return next((lane for lane, line in self.page_lines.items()
                     if line.sceneBoundingRect().adjusted(-4, -4, 4, 4).contains(scene_point)), None)

    def _themed_lane(self, key: str, lane_key: str | None, lane: QRectF, usable: QRectF, notes: list, themes: list[str]) -> None:
        """A lane with themes: each theme's cards together under its label, paged by rows when full."""
        collapsed = {label for question, label in self.document.collapsed_themes if question == key}
        zoom = self.zoom
        blocks = lane_blocks(notes, themes)
        page = self.pages.get((key, lane_key), 0)
        if self.reveal and self.reveal[0] == key and any(label == self.reveal[1] for label, _ in blocks):
            page = page_of(usable, blocks, collapsed, self.reveal[1], zoom)  # a theme just made: its page
        layout = block_layout(usable, blocks, collapsed, page, zoom)
        size = layout.size
        self.pages[(key, lane_key)] = layout.page
        if layout.tail is not None:  # a new note without a theme goes after the others, in place while there is room
            top, placed = layout.tail
            rest = QRectF(usable.left(), top, usable.width(), max(0.0, usable.bottom() - top))
            self.lane_state[(key, lane_key)] = LaneState(lane, rest, size, shown=placed, total=placed,
                                                         room=geo.capacity(rest, size) if rest.height() >= size[1] else placed)
        if layout.pages > 1:
            self.page_counts[(key, lane_key)] = layout.pages
            line = self._page_line(key, lane_key)
            self._set_page_line(line, lane, usable, layout.first, layout.end, layout.total)
            state = self.lane_state.get((key, lane_key))
            if state is not None:  # captured notes land here in place: the line follows
                state.line, state.counted = line, (layout.first, layout.end, layout.total, state.total)
        font = geo.card_font(size, zoom)
        for label, rect, count in layout.labels:
            folded = label in collapsed
            self.map_scene.addRect(rect, QPen(ACCENT, 1), QBrush(QColor("#DCE6F2" if not folded else "#C9D6E6")))
            votes = self.document.data().question(key).theme_votes.get(label, 0)  # the theme's own
            text = f"{'▸' if folded else '▾'} {label} ({count})" + (f"  {'●' * min(votes, 8)}" if votes else "")
            text += f"+{votes - 8}" if votes > 8 else ""
            title = self._text(text, 9 * zoom, bold=True)
            title.setDefaultTextColor(ACCENT)
            title.setPos(rect.left() + 2, rect.top() - 2 * zoom)
            self.theme_rows.append((key, label, rect))
        # the notes without a theme, in their order on this page: the last can be undone in place
        unthemed: list[str] = [n.id for n in blocks[-1][1] if n.id in layout.places] if blocks and blocks[-1][0] is None else []
        slots = {note_id: index for index, note_id in enumerate(unthemed)}
        for note in notes:
            if note.id in layout.places:
                item = self._card(note, key, size, font, under_theme=True)
                item.setPos(QPointF(note.x, note.y) if note.x is not None and note.y is not None else layout.places[note.id])
                if note.id in slots:
                    item.slot = ((key, lane_key), slots[note.id])

    def theme_at(self, point: QPoint) -> tuple[str, str] | None:
        """The (question, theme) whose label row is under a viewport point."""
        scene_point = self.mapToScene(point)
        return next(((q, label) for q, label, rect in self.theme_rows if rect.contains(scene_point)), None)

    def _hub(self, template: Template) -> None:
        center = geo.hub_center()
        r = geo.HUB_RADIUS
        scene = self.map_scene
        hub = scene.addEllipse(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r), QPen(QColor("white"), 6), QBrush(ACCENT))
        hub.setZValue(10)
        size = 28
        name = self._text(template.hub, size, bold=True)
        while name.boundingRect().width() > 2 * r - 24 and size > 10:  # a map's hub may be a longer word than KUF
            self.scene().removeItem(name)
            size -= 2
            name = self._text(template.hub, size, bold=True)
        name.setDefaultTextColor(QColor("white"))
        name.setZValue(11)
        name.setPos(center.x() - name.boundingRect().width() / 2, center.y() - 46)
        label = self._text(template.hub_label, 7)
        label.setTextWidth(2 * r - 30)
        label.setDefaultTextColor(QColor("white"))
        label.document().setDefaultTextOption(label.document().defaultTextOption())
        label.setHtml(f"<div align='center'>{html.escape(template.hub_label)}</div>")  # a user map's text is text
        label.setZValue(11)
        label.setPos(center.x() - r + 15, center.y() + 2)

    @staticmethod
    def _lane_key(note: NoteData, facet_keys: tuple[str, ...]) -> str | None:
        if not facet_keys:
            return None
        return note.facet if note.facet in facet_keys else facet_keys[0]

    def _text(self, value: str, size: float, bold: bool = False) -> QGraphicsTextItem:
        item = QGraphicsTextItem()
        item.setPlainText(value)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        self.map_scene.addItem(item)
        return item

    def _color(self, note: NoteData, question: Question, municipalities: list[str]) -> str:
        if self.color_by_municipality and note.municipality in municipalities:
            return MUNICIPALITY_COLORS[municipalities.index(note.municipality) % len(MUNICIPALITY_COLORS)]
        if note.color:
            return note.color
        facet = question.facet(note.facet)
        return facet.color if facet else "#FFF3A0"

    def _add_in_place(self, key: str, note: NoteData) -> bool:
        """Put a new note at the next free place of its lane, if no card need shrink or move.

        A paged lane takes it in place when it shows its last page and that page has room.
        """
        question = self.document.template.question(key)
        state = self.lane_state.get((key, self._lane_key(note, question.facet_keys)))
        if state is None or note.x is not None:
            return False
        if state.room:
            if state.first + state.shown != state.total or state.shown >= state.room:
                return False
        elif geo.card_size(state.usable, state.shown + 1, self.zoom) != state.size:
            return False
        item = self._card(note, key, state.size, geo.card_font(state.size, self.zoom))
        item.setPos(geo.card_position(state.usable, state.shown, state.size))
        item.slot = ((key, self._lane_key(note, question.facet_keys)), state.shown)
        state.shown += 1
        state.total += 1
        self._show_page_line(state)
        return True

    def _show_page_line(self, state: LaneState) -> None:
        """Bring a paged lane's "21–25 av 48" line up to date."""
        if state.line is None:
            return
        if state.counted is not None:
            first, end, total, base = state.counted
            self._set_page_line(state.line, state.lane, state.usable, first, end + state.total - base,
                                total + state.total - base)
        else:
            self._set_page_line(state.line, state.lane, state.usable, state.first, state.first + state.shown, state.total)

    def _set_page_line(self, line: QGraphicsTextItem, lane: QRectF, usable: QRectF, first: int, end: int,
                       total: int) -> None:
        """Say which of a full lane's notes are shown: top right, or below a level's name in its band.

        The keys are named where the line has room; in a narrow lane (own/general at the whole
        map's zoom) the short form, which stays off the lane's name.
        """
        band = usable.left() - lane.left() >= geo.BAND_LABEL - 1
        short = self.tr("%1–%2 av %3")
        text = short if band else self.tr("%1–%2 av %3 · PgUp/PgDn bläddrar")
        for form in (text, short):
            line.setPlainText(form.replace("%1", str(first + 1)).replace("%2", str(end)).replace("%3", str(total)))
            if band or line.boundingRect().width() <= lane.width() * 0.6:
                break
        box = line.boundingRect()
        if band:
            line.setPos(lane.left() + 2, lane.bottom() - box.height() + 2)
        else:
            line.setPos(lane.right() - box.width() - 4, lane.top() - 4 * self.zoom + 2)

    def _card(self, note: NoteData, key: str, size: tuple[float, float, int], font: float, under_theme: bool = False) -> NoteItem:
        question = self.document.template.question(key)
        color = self._color(note, question, self.document.data().municipalities)
        item = NoteItem(note, color, size[0], size[1], font, editable=not self.presenter, under_theme=under_theme,
                        floor=geo.FONT_MIN * self.zoom)
        item.question = key
        item.setZValue(CARD_Z)  # above every area, so a card dragged onto another area stays visible
        self.scene().addItem(item)
        self.cards[note.id] = item
        return item

    def apply(self, changes: OpChanges) -> None:
        """Redraw what changed: a new or edited note in place, anything else by a rebuild."""
        if not (changes.note_content or changes.session_field_changed("municipalities")):
            return  # minutes, summary, participants, …: nothing the board shows
        only_notes = not (changes.everything or changes.questions or changes.groups or changes.session_fields)
        if only_notes and all(self._remove_card(note_id) for note_id in changes.removed_notes) and \
                all(self._update_card(note_id) for note_id in changes.notes):
            return
        selected = self.selected_ids()
        self.rebuild()
        for note_id in selected:
            if note_id in self.cards:
                self.cards[note_id].setSelected(True)

    def _remove_card(self, note_id: str) -> bool:
        """Take away the last card of its lane (an undone note) in place; False if others must move up."""
        item = self.cards.get(note_id)
        if item is None:
            return True
        lane, index = item.slot
        state = self.lane_state.get(lane)
        if state is None or index != state.shown - 1 or item.note.x is not None or (state.room and state.shown == 1):
            return False
        self.scene().removeItem(item)
        del self.cards[note_id]
        state.shown -= 1
        state.total -= 1
        self._show_page_line(state)
        return True

    def _update_card(self, note_id: str) -> bool:
        """Redraw one added or edited card where it is; False if the layout must be rebuilt."""
        found = next(((k, n) for k, n in self.document.data().all_notes() if n.id == note_id), None)
        if found is None:
            return False
        key, note = found
        if note.talk or (self.municipality_filter and note.municipality != self.municipality_filter):
            return note_id not in self.cards  # not drawn: a one-to-one talk's note, another municipality's
        item = self.cards.get(note_id)
        if item is None:  # a new note: its lane shows its last page, where the note is
            self.pages[(key, self._lane_key(note, self.document.template.question(key).facet_keys))] = 10 ** 6
            return self._add_in_place(key, note)
        if item.question != key or (note.x is None) != (item.note.x is None) or \
                (note.x is None and note.facet != item.note.facet):
            return False
        item.set_note(note)
        item.setBrush(QBrush(QColor(self._color(note, self.document.template.question(key),
                                                 self.document.data().municipalities))))
        if note.x is not None and note.y is not None:
            item.setPos(QPointF(note.x, note.y))
        return True

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        self.map_scene.render(painter, rect, rect)

    def _style_area(self, key: str) -> None:
        active = key == self.active_question
        self.area_items[key].setPen(QPen(ACCENT, 4 if active else 1.5))
        self.area_items[key].setBrush(QBrush(QColor("#EAF1FA" if active else "#F4F7FB")))

    def set_active_question(self, key: str) -> None:
        """Highlight the active area (and zoom to it in presenter mode)."""
        self.active_question = key
        for area in self.area_items:
            self._style_area(area)
        self.resetCachedContent()
        self.viewport().update()
        self.fit()

    def _fit_rect(self) -> QRectF:
        if self.zoom_active and self.active_question:
            index = self.document.template.question_keys.index(self.active_question)
            return geo.area_rects(len(self.document.template.questions))[index].adjusted(-10, -10, 10, 10)
        return self.scene().sceneRect()

    def _fit_scale(self) -> float:
        """The scale fitInView gives the shown rect in the viewport as it is now (it keeps a 2 px margin)."""
        rect, port = self._fit_rect(), self.viewport().rect()
        return min((port.width() - 4) / rect.width(), (port.height() - 4) / rect.height())

    def fit(self) -> None:
        """Fit the active area or the whole map; redraw larger or smaller cards if the scale asks for it."""
        # once per call: scroll bars that come and go with the fit must not redraw it in a loop
        if geo.legible_zoom(self._fit_scale()) != self.zoom and not self._refitting:
            self._refitting = True
            try:
                self.rebuild()  # it fits when done
            finally:
                self._refitting = False
            return
        self.fitInView(self._fit_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def set_zoom_active(self, on: bool) -> None:
        """Zoom to the active question (on) or show the whole map (off)."""
        self.zoom_active = on or self.presenter
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    # --- interaction -----------------------------------------------------------------

    def start_edit(self, note_id: str) -> QLineEdit | None:
        """Open an in-place editor over the note; Enter saves, Esc cancels."""
        item = self.cards.get(note_id)
        if item is None or self.presenter:
            return None
        return self._inline_editor(item.sceneBoundingRect(), item.note.text, self.tr("Ändra lappens text"),
                                   lambda text: self.edited.emit(note_id, text))

    def start_rename(self, question: str, label: str) -> QLineEdit | None:
        """Open an in-place editor over a theme's label; Enter renames the theme."""
        rect = next((r for q, t, r in self.theme_rows if (q, t) == (question, label)), None)
        if rect is None or self.presenter:
            return None
        return self._inline_editor(rect, label, self.tr("Temats namn"),
                                   lambda text: self.theme_renamed.emit(question, label, text))

    def _inline_editor(self, scene_rect: QRectF, text: str, name: str, save: Callable[[str], None]) -> QLineEdit:
        editor = QLineEdit(text, self.viewport())
        editor.setAccessibleName(name)
        rect = self.mapFromScene(scene_rect).boundingRect()
        editor.setGeometry(rect.left(), rect.top(), max(rect.width(), 260), max(28, min(rect.height(), 40)))
        editor.selectAll()

        def finish(keep: bool) -> None:
            if editor.property("done"):
                return
            editor.setProperty("done", True)
            new = editor.text().strip()
            editor.deleteLater()
            if keep and new and new != text:
                save(new)

        editor.returnPressed.connect(lambda: finish(True))
        editor.editingFinished.connect(lambda: finish(True))
        editor.installEventFilter(self)
        self._editor_finish = finish
        editor.show()
        editor.setFocus()
        self.editor = editor
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape \
                and isinstance(watched, QLineEdit):
            self._editor_finish(False)
            return True
        return super().eventFilter(watched, event)

    def selected_ids(self) -> list[str]:
        return [item.note_id for item in self.scene().selectedItems() if isinstance(item, NoteItem)]

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._note_at(event.position().toPoint())
        if item is not None and not self.presenter:
            self.edit_requested.emit(item.note_id)
            return
        theme = self.theme_at(event.position().toPoint())
        if theme is not None and not self.presenter:
            self.start_rename(*theme)
            return
        super().mouseDoubleClickEvent(event)

    def _note_at(self, point: QPoint) -> NoteItem | None:
        found = self.cards_at(point)
        return found[0] if found else None

    def cards_at(self, point: QPoint) -> list[NoteItem]:
        """The cards under a viewport point, topmost first.

        Looked up among our own cards rather than through QGraphicsView.items(): that returns
        fresh wrappers of the lanes and labels, which crash PySide's garbage collection once
        a rebuild has deleted them.
        """
        scene_point = self.mapToScene(point)
        hits = [card for card in self.cards.values() if card.isVisible() and card.sceneBoundingRect().contains(scene_point)]
        order = {id(card): index for index, card in enumerate(self.cards.values())}
        return sorted(hits, key=lambda card: (-card.zValue(), -order[id(card)]))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._note_at(event.position().toPoint()) is None:
            lane = self.page_line_at(event.position().toPoint())
            if lane is not None:  # a full lane's "1–6 av 40": its next page
                self.page_lane(lane)
                return
        if not self.presenter and event.button() == Qt.MouseButton.LeftButton and self._note_at(event.position().toPoint()) is None:
            key = question_at(self.mapToScene(event.position().toPoint()), self.document.template.question_keys)
            if key is not None and key != self.active_question:
                self.area_clicked.emit(key)
        super().mousePressEvent(event)
        self._press_positions = {i.note_id: i.pos() for i in self.scene().selectedItems() if isinstance(i, NoteItem)}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        for note_id in self._press_positions:  # the dragged cards ride above all others
            if note_id in self.cards:
                self.cards[note_id].setZValue(DRAG_Z)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        for note_id in self._press_positions:
            if note_id in self.cards:
                self.cards[note_id].setZValue(CARD_Z)
        moves, transfers = drop_changes(self, self._press_positions)
        self._press_positions = {}
        if moves or transfers:
            self.dropped.emit(moves, transfers)

    def context_menu(self, note_id: str) -> QMenu:
        """The menu for a note (it becomes the selection unless it is already selected)."""
        item = self.cards[note_id]
        if not item.isSelected():
            self.scene().clearSelection()
            item.setSelected(True)
        ids = self.selected_ids()
        menu = QMenu(self)
        menu.addAction(self.tr("Ändra text (F2)"), lambda: self.edit_requested.emit(note_id))
        menu.addAction(self.tr("Ge en röst (+)"), lambda: self.vote_requested.emit(ids, 1))
        menu.addAction(self.tr("Ta bort en röst (-)"), lambda: self.vote_requested.emit(ids, -1))
        menu.addSeparator()
        menu.addAction(self.tr("Gruppera under tema… (Ctrl+G)"), self.group_requested.emit)
        ungroup = menu.addAction(self.tr("Ta bort ur tema (Ctrl+Shift+G)"), lambda: self.ungroup_requested.emit(ids))
        ungroup.setEnabled(any(self.cards[i].note.group for i in ids))
        move = menu.addMenu(self.tr("Flytta till fråga"))
        for number, question in enumerate(self.document.template.questions, start=1):
            action = move.addAction(f"{number}. {question.label}\tAlt+Shift+{number}",
                                    partial(self.move_requested.emit, ids, question.key))
            action.setEnabled(question.key != item.question)
        menu.addSeparator()
        menu.addAction(self.tr("Ta bort (Delete)"), lambda: self.delete_requested.emit(ids))
        return menu

    def theme_menu(self, question: str, label: str) -> QMenu:
        """Rename, fold, select or dissolve a theme."""
        menu = QMenu(self)
        menu.addAction(self.tr("Byt namn på temat (dubbelklick)"), lambda: self.start_rename(question, label))
        folded = (question, label) in self.document.collapsed_themes
        menu.addAction(self.tr("Fäll ut temat") if folded else self.tr("Fäll ihop temat"),
                       lambda: self.theme_fold_requested.emit(question, label))
        menu.addAction(self.tr("Markera temats lappar"), lambda: self.select_theme(question, label))
        menu.addAction(self.tr("Ge temat en röst"), lambda: self.theme_vote_requested.emit(question, label, 1))
        menu.addAction(self.tr("Ta bort en röst från temat"), lambda: self.theme_vote_requested.emit(question, label, -1))
        menu.addSeparator()
        menu.addAction(self.tr("Lös upp temat"), lambda: self.ungroup_requested.emit(self._members(question, label)))
        return menu

    def _members(self, question: str, label: str) -> list[str]:
        return [n.id for n in self.document.data().question(question).notes if n.group == label]

    def select_theme(self, question: str, label: str) -> None:
        self.scene().clearSelection()
        for note_id in self._members(question, label):
            if note_id in self.cards:
                self.cards[note_id].setSelected(True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._note_at(event.pos())
        theme = self.theme_at(event.pos()) if item is None else None
        if theme is not None and not self.presenter:
            self.theme_menu(*theme).exec(event.globalPos())
            return
        if item is None or self.presenter:
            return super().contextMenuEvent(event)
        self.context_menu(item.note_id).exec(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = self.selected_ids()
        if ids and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(ids)
        elif ids and event.key() == Qt.Key.Key_F2:
            self.edit_requested.emit(ids[0])
        elif event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and not event.modifiers():
            self.page(1 if event.key() == Qt.Key.Key_PageDown else -1)
        elif ids and event.text() in ("+", "-"):
            self.vote_requested.emit(ids, 1 if event.text() == "+" else -1)
        else:
            super().keyPressEvent(event)
