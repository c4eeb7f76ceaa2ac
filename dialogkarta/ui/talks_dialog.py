"""The one-to-one talks of a municipal visit: by role, each with its notes and keywords."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from dialogkarta import defaults
from dialogkarta.capture import parse_capture
from dialogkarta.ui.commands import AddNoteCommand, AddTalkCommand, DeleteNotesCommand, EditTalkCommand

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from dialogkarta.ui.document import SessionDocument

TALK_ROLE = Qt.ItemDataRole.UserRole


class TalksDialog(QDialog):
    """Left the talks, right the chosen talk's notes; type a note and press Enter (#ord = keyword)."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Enskilda samtal"))
        self.resize(900, 520)
        self.role = QLineEdit()  # a role, not a name; completed from the usual roles
        self.role.setCompleter(QCompleter(["kommunchef", *defaults.roles()], self))
        self.role.setPlaceholderText(self.tr("Roll, t.ex. kommunchef"))
        self.role.setAccessibleName(self.tr("Roll för nytt samtal"))
        self.role.returnPressed.connect(self.add_talk)
        add = QPushButton(self.tr("Nytt samtal"))
        add.setAutoDefault(False)  # Enter belongs to the field being typed in, not to this button
        add.clicked.connect(self.add_talk)
        self.talks = QListWidget()
        self.talks.setAccessibleName(self.tr("Samtal"))
        self.talks.currentItemChanged.connect(lambda *_: self.show_talk())
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Kort om samtalet"))
        self.summary.setPlaceholderText(self.tr("Kort om samtalet (när, hur länge)"))
        self.summary.editingFinished.connect(self.save_summary)
        self.question = QComboBox()
        self.question.setAccessibleName(self.tr("Fråga"))
        for number, q in enumerate(document.template.questions, start=1):
            self.question.addItem(f"{number}. {q.label}", q.key)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("Ny anteckning i samtalet"))
        self.entry.setPlaceholderText(self.tr("Skriv och tryck Enter; #ord blir nyckelord"))
        self.entry.returnPressed.connect(self.add_note)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Samtalets anteckningar"))
        self.notes.setToolTip(self.tr("Delete tar bort markerad anteckning"))
        self.notes.installEventFilter(self)  # Delete on the list removes the selected note
        left = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.role, 1)
        row.addWidget(add)
        left.addLayout(row)
        left.addWidget(self.talks, 1)
        right = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Om samtalet"), self.summary)
        form.addRow(self.tr("Fråga"), self.question)
        form.addRow(self.tr("Anteckning"), self.entry)
        right.addLayout(form)
        right.addWidget(self.notes, 1)
        right.addWidget(QLabel(self.tr("Samtalen redovisas för sig i dokumenten (”Enskilda samtal”).")))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        document.changed.connect(lambda what, ids: what in ("talks", "notes", "session", None) and self.refresh())
        self.refresh()

    def current_talk(self) -> str | None:
        item = self.talks.currentItem()
        return item.data(TALK_ROLE) if item else None

    def refresh(self) -> None:
        current = self.current_talk()
        data = self.document.data()
        self.talks.blockSignals(True)
        self.talks.clear()
        for talk in data.talks:
            count = sum(1 for _, n in data.all_notes() if n.talk == talk.id)
            item = QListWidgetItem(f"{talk.role} ({count})")
            item.setData(TALK_ROLE, talk.id)
            self.talks.addItem(item)
            if talk.id == current or current is None:
                self.talks.setCurrentItem(item)
        self.talks.blockSignals(False)
        self.show_talk()

    def show_talk(self) -> None:
        talk_id = self.current_talk()
        data = self.document.data()
        talk = next((t for t in data.talks if t.id == talk_id), None)
        for widget in (self.summary, self.question, self.entry):
            widget.setEnabled(talk is not None)
        if not self.summary.hasFocus():
            self.summary.setText(talk.summary if talk else "")
        labels = {q.key: q.label for q in self.document.template.questions}
        self.notes.clear()
        for key, note in data.all_notes():
            if talk and note.talk == talk.id:
                keywords = f"  [{', '.join(note.keywords)}]" if note.keywords else ""
                item = QListWidgetItem(f"{labels.get(key, key)}: {note.text}{keywords}")
                item.setData(TALK_ROLE, note.id)
                self.notes.addItem(item)

    def add_talk(self) -> None:
        role = self.role.text().strip()
        if not role:
            return
        municipalities = self.document.data().municipalities
        command = AddTalkCommand(self.document, role=role, municipality=municipalities[0] if len(municipalities) == 1 else None)
        if self.document.push(command):
            for index in range(self.talks.count()):
                if self.talks.item(index).data(TALK_ROLE) == command.talk_id:
                    self.talks.setCurrentRow(index)
            self.role.clear()
            self.entry.setFocus()

    def save_summary(self) -> None:
        talk_id = self.current_talk()
        talk = next((t for t in self.document.data().talks if t.id == talk_id), None)
        if talk_id and talk and talk.summary != self.summary.text():
            self.document.push(EditTalkCommand(self.document, talk_id=talk_id, changes={"summary": self.summary.text()}))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def delete_selected(self) -> None:
        ids = [item.data(TALK_ROLE) for item in self.notes.selectedItems()]
        if ids:
            self.document.push(DeleteNotesCommand(self.document, note_ids=ids))

    def add_note(self) -> None:
        talk_id = self.current_talk()
        text, keywords = parse_capture(self.entry.text(), self.document.data().vocabulary)
        if not talk_id or not text:
            return
        talk = next(t for t in self.document.data().talks if t.id == talk_id)
        if self.document.push(AddNoteCommand(self.document, question=self.question.currentData(), text=text,
                                             keywords=keywords, municipality=talk.municipality, talk=talk_id)):
            self.entry.clear()
