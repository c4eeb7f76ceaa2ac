"""The outline of a session: question → facet or group → note, for keyboard-only work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

NOTE_ROLE = Qt.UserRole + 1
QUESTION_ROLE = Qt.UserRole + 2


class OutlineView(QTreeWidget):
    """F2 edits a note, Delete removes, Ctrl+←/→ moves a note to the previous/next facet."""

    edited = Signal(str, str)  # note id, new text
    delete_requested = Signal(list)
    facet_requested = Signal(str, str)  # note id, facet key

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setHeaderLabels([self.tr("Fråga, område, tema och lappar"), self.tr("Nyckelord"), self.tr("Röster")])
        self.setAccessibleName(self.tr("Översikt över sessionen"))
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
        self.setColumnWidth(0, 520)
        self.itemChanged.connect(self._changed)
        self._filling = False
        self._dirty = False
        self.rebuild()

    def rebuild(self) -> None:
        expanded = {self._key(self.topLevelItem(i)) for i in range(self.topLevelItemCount()) if self.topLevelItem(i).isExpanded()}
        selected = self.selected_ids()
        self._filling = True
        self.clear()
        data = self.document.data()
        for number, question in enumerate(self.document.template.questions, start=1):
            notes = data.question(question.key).notes
            top = QTreeWidgetItem([f"{number}. {question.label}", "", str(len(notes))])
            top.setData(0, QUESTION_ROLE, question.key)
            top.setData(0, Qt.AccessibleTextRole, self.tr("Fråga %1, %2 lappar").replace("%1", question.label).replace("%2", str(len(notes))))
            self.addTopLevelItem(top)
            if question.facets:
                branches = [(f.label, [n for n in notes if n.facet == f.key]) for f in question.facets]
                rest = [n for n in notes if n.facet not in question.facet_keys]
                if rest:
                    branches.append((self.tr("Utan område"), rest))
            else:
                groups = list(dict.fromkeys(n.group for n in notes if n.group))
                branches = [(g, [n for n in notes if n.group == g]) for g in groups]
                loose = [n for n in notes if not n.group]
                if loose:
                    branches.append((self.tr("Utan tema"), loose))
            for label, members in branches:
                branch = QTreeWidgetItem([f"{label} ({len(members)})"])
                branch.setData(0, QUESTION_ROLE, question.key)
                top.addChild(branch)
                for note in members:
                    item = QTreeWidgetItem([note.text, ", ".join(note.keywords), str(note.votes or "")])
                    item.setData(0, NOTE_ROLE, note.id)
                    item.setData(0, QUESTION_ROLE, question.key)
                    item.setData(0, Qt.AccessibleTextRole, note.text)
                    item.setFlags(item.flags() | Qt.ItemIsEditable)
                    branch.addChild(item)
                    if note.id in selected:
                        item.setSelected(True)
                branch.setExpanded(True)
            top.setExpanded(not expanded or question.key in expanded)
        self._filling = False

    @staticmethod
    def _key(item) -> str | None:
        return item.data(0, QUESTION_ROLE) if item else None

    def selected_ids(self) -> list[str]:
        return [i.data(0, NOTE_ROLE) for i in self.selectedItems() if i.data(0, NOTE_ROLE)]

    def item_of(self, note_id: str) -> QTreeWidgetItem | None:
        for item in self.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive):
            if item.data(0, NOTE_ROLE) == note_id:
                return item
        return None

    def showEvent(self, event) -> None:
        if self._dirty:
            self._dirty = False
            self.rebuild()
        super().showEvent(event)

    def refresh(self, what: str, ids) -> None:
        if what in ("notes", "groups", "vocabulary", "session", "question") and not self.isVisible():
            self._dirty = True  # rebuilt when shown: capture on the board stays fast
            return
        if what in ("notes", "groups", "vocabulary", "session", "question"):
            current = self.currentItem().data(0, NOTE_ROLE) if self.currentItem() else None
            self.rebuild()
            if current and (item := self.item_of(current)):
                self.setCurrentItem(item)

    def _changed(self, item, column: int) -> None:
        if self._filling or column != 0 or not item.data(0, NOTE_ROLE):
            return
        self.edited.emit(item.data(0, NOTE_ROLE), item.text(0))

    def keyPressEvent(self, event) -> None:
        ids = self.selected_ids()
        item = self.currentItem()
        if ids and event.key() == Qt.Key_Delete:
            self.delete_requested.emit(ids)
            return
        if item is not None and item.data(0, NOTE_ROLE) and event.modifiers() & Qt.ControlModifier \
                and event.key() in (Qt.Key_Left, Qt.Key_Right):
            question = self.document.template.question(item.data(0, QUESTION_ROLE))
            if question.facets:
                note = next(n for n in self.document.data().question(question.key).notes if n.id == item.data(0, NOTE_ROLE))
                keys = question.facet_keys
                index = keys.index(note.facet) if note.facet in keys else 0
                step = 1 if event.key() == Qt.Key_Right else -1
                self.facet_requested.emit(note.id, keys[(index + step) % len(keys)])
                return
        super().keyPressEvent(event)
