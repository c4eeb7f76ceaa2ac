"""The outline of a session: question → facet → theme → note, for keyboard-only work."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem

from dialogkarta.model.changes import OpChanges

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QShowEvent
    from PySide6.QtWidgets import QWidget

    from dialogkarta.model.values import NoteData
    from dialogkarta.ui.document import SessionDocument

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2


class OutlineView(QTreeWidget):
    """F2 edits a note, Delete removes it, Ctrl+←/→ moves it to the previous/next facet,
    Ctrl+↑/↓ to the previous/next theme of its question, + and - vote."""

    edited = Signal(str, str)  # note id, new text
    delete_requested = Signal(list)
    facet_requested = Signal(str, str)  # note id, facet key
    group_move_requested = Signal(str, str, object)  # note id, question key, theme label or None
    vote_requested = Signal(list, int)  # note ids, +1/-1
    move_requested = Signal(list, str)  # note ids, the question they go to

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setHeaderLabels([self.tr("Fråga, område, tema och lappar"), self.tr("Nyckelord"), self.tr("Röster")])
        self.setAccessibleName(self.tr("Översikt över sessionen"))
        self.setAccessibleDescription(self.tr(
            "F2 ändrar, Delete tar bort, Ctrl+vänster/höger byter område, Ctrl+upp/ned byter tema, + och - röstar"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setColumnWidth(0, 520)
        self.itemChanged.connect(self._changed)
        self._filling = False
        self._dirty = False
        self.rebuild()

    # --- building --------------------------------------------------------------------

    def rebuild(self) -> None:
        tops = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        expanded = {self._key(top) for top in tops if top is not None and top.isExpanded()}
        selected = self.selected_ids()
        self._filling = True
        self.clear()
        data = self.document.data()
        for number, question in enumerate(self.document.template.questions, start=1):
            notes = data.joint_notes(data.question(question.key))  # talks are kept apart
            top = QTreeWidgetItem([f"{number}. {question.label}", "", str(len(notes))])
            top.setData(0, QUESTION_ROLE, question.key)
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("Fråga %1, %2 lappar").replace("%1", question.label).replace("%2", str(len(notes))))
            self.addTopLevelItem(top)
            if question.facets:
                branches = [(f.label, [n for n in notes if n.facet == f.key]) for f in question.facets]
                rest = [n for n in notes if n.facet not in question.facet_keys]
                if rest:
                    branches.append((self.tr("Utan område"), rest))
                for label, members in branches:
                    branch = self._branch(top, label, len(members), question.key)
                    self._add_themes(branch, members, question.key, selected)
            else:
                self._add_themes(top, notes, question.key, selected)
            top.setExpanded(not expanded or question.key in expanded)
        self._filling = False

    def _branch(self, parent: QTreeWidgetItem, label: str, count: int, key: str) -> QTreeWidgetItem:
        branch = QTreeWidgetItem([f"{label} ({count})"])
        branch.setData(0, QUESTION_ROLE, key)
        branch.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{label}, {count}")
        parent.addChild(branch)
        branch.setExpanded(True)
        return branch

    def _add_themes(self, parent: QTreeWidgetItem, notes: list[NoteData], key: str, selected: list[str]) -> None:
        """Notes under their theme; notes without a theme directly under the parent."""
        themes = list(dict.fromkeys(n.group for n in notes if n.group))
        for theme in themes:
            members = [n for n in notes if n.group == theme]
            branch = self._branch(parent, self.tr("Tema: %1").replace("%1", theme), len(members), key)
            for note in members:
                self._note(branch, note, key, selected)
        for note in notes:
            if not note.group:
                self._note(parent, note, key, selected)

    def _note(self, parent: QTreeWidgetItem, note: NoteData, key: str, selected: list[str]) -> None:
        item = QTreeWidgetItem([note.text, ", ".join(note.keywords), str(note.votes or "")])
        item.setData(0, NOTE_ROLE, note.id)
        item.setData(0, QUESTION_ROLE, key)
        spoken = note.text + (", " + self.tr("%1 röster").replace("%1", str(note.votes)) if note.votes else "")
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        parent.addChild(item)
        if note.id in selected:
            item.setSelected(True)

    @staticmethod
    def _key(item: QTreeWidgetItem | None) -> str | None:
        return item.data(0, QUESTION_ROLE) if item else None

    # --- lookups ---------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return [i.data(0, NOTE_ROLE) for i in self.selectedItems() if i.data(0, NOTE_ROLE)]

    def item_of(self, note_id: str) -> QTreeWidgetItem | None:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, NOTE_ROLE) == note_id:
                return item
        return None

    def _note_data(self, item: QTreeWidgetItem) -> NoteData:
        key = item.data(0, QUESTION_ROLE)
        return next(n for n in self.document.data().question(key).notes if n.id == item.data(0, NOTE_ROLE))

    # --- changes ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self._dirty = False
            self.rebuild()
        super().showEvent(event)

    def apply(self, changes: OpChanges) -> None:
        """Rebuild when notes or themes changed (later, when shown, if hidden)."""
        if not changes.note_content:
            return
        if not self.isVisible():
            self._dirty = True  # rebuilt when shown: capture on the board stays fast
            return
        if self.state() == QAbstractItemView.State.EditingState:
            # a change committed by our own editor: rebuild once the editor has closed
            QTimer.singleShot(0, lambda: self.apply(changes))
            return
        focused = self.hasFocus()
        current_item = self.currentItem()
        current = current_item.data(0, NOTE_ROLE) if current_item else None
        self.rebuild()
        if current and (item := self.item_of(current)):
            self.setCurrentItem(item)
        if focused:
            self.setFocus()

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or not item.data(0, NOTE_ROLE):
            return
        self.edited.emit(item.data(0, NOTE_ROLE), item.text(0))

    def move_facet(self, item: QTreeWidgetItem, step: int) -> None:
        question = self.document.template.question(item.data(0, QUESTION_ROLE))
        if question.facets:
            note = self._note_data(item)
            keys = question.facet_keys
            index = keys.index(note.facet) if note.facet in keys else 0
            self.facet_requested.emit(note.id, keys[(index + step) % len(keys)])

    def move_theme(self, item: QTreeWidgetItem, step: int) -> None:
        key = item.data(0, QUESTION_ROLE)
        themes = [None] + list(self.document.data().question(key).groups)
        if len(themes) > 1:
            note = self._note_data(item)
            index = themes.index(note.group) if note.group in themes else 0
            self.group_move_requested.emit(note.id, key, themes[(index + step) % len(themes)])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = self.selected_ids()
        item = self.currentItem()
        is_note = item is not None and bool(item.data(0, NOTE_ROLE))
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ids and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(ids)
        elif item is not None and is_note and control and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_facet(item, 1 if event.key() == Qt.Key.Key_Right else -1)
        elif item is not None and is_note and control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_theme(item, 1 if event.key() == Qt.Key.Key_Down else -1)
        elif ids and event.text() in ("+", "-") and self.state() != QAbstractItemView.State.EditingState:
            self.vote_requested.emit(ids, 1 if event.text() == "+" else -1)
        else:
            super().keyPressEvent(event)

    def context_menu(self, item: QTreeWidgetItem) -> QMenu:
        """Move a note to another facet or theme, vote, delete: the mouse-free actions, also by mouse."""
        menu = QMenu(self)
        ids = self.selected_ids() or [item.data(0, NOTE_ROLE)]
        key = item.data(0, QUESTION_ROLE)
        note = self._note_data(item)
        question = self.document.template.question(key)
        if question.facets:
            facets = menu.addMenu(self.tr("Flytta till område"))
            for facet in question.facets:
                action = facets.addAction(facet.label, partial(self.facet_requested.emit, note.id, facet.key))
                action.setEnabled(facet.key != note.facet)
        groups = self.document.data().question(key).groups
        themes = menu.addMenu(self.tr("Flytta till tema"))
        for theme in [None] + list(groups):
            action = themes.addAction(theme or self.tr("Utan tema"),
                                      partial(self.group_move_requested.emit, note.id, key, theme))
            action.setEnabled(theme != note.group)
        move = menu.addMenu(self.tr("Flytta till fråga"))
        for number, other in enumerate(self.document.template.questions, start=1):
            action = move.addAction(f"{number}. {other.label}\tAlt+Shift+{number}",
                                    partial(self.move_requested.emit, ids, other.key))
            action.setEnabled(other.key != key)
        menu.addAction(self.tr("Ge en röst (+)"), lambda: self.vote_requested.emit(ids, 1))
        menu.addAction(self.tr("Ta bort en röst (-)"), lambda: self.vote_requested.emit(ids, -1))
        menu.addAction(self.tr("Ta bort (Delete)"), lambda: self.delete_requested.emit(ids))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if item is None or not item.data(0, NOTE_ROLE):
            return super().contextMenuEvent(event)
        self.context_menu(item).exec(event.globalPos())
