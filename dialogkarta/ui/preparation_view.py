"""Preparation: the mapping of the municipality, the talk with the R&D contacts, participants, agenda."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogkarta import defaults, ops
from dialogkarta.synthesis.rounds import round_of
from dialogkarta.ui.commands import (
    AddParticipantCommand,
    EditQuestionCommand,
    EditSessionCommand,
    RemoveParticipantCommand,
)
from dialogkarta.ui.keyboard import tab_leaves
from dialogkarta.ui.language import dynamic
from dialogkarta.ui.meeting_shape_view import MeetingShapeView
from dialogkarta.ui.question_panel import SAVE_DELAY_MS
from dialogkarta.ui.start_view import STATUS

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable

    from dialogkarta.model.values import SessionData
    from dialogkarta.ui.document import SessionDocument

PLANNED_SESSION_MINUTES = 180  # a kommundialog is planned as three hours


class PreparationView(QWidget):
    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.preparation = QPlainTextEdit()
        self.preparation.setAccessibleName(self.tr("Förberedande kartläggning"))
        self.preparation.setPlaceholderText(self.tr("Storlek, organisation, pågående projekt, tidigare kontakter …"))
        self.contact_talk = QPlainTextEdit()
        self.contact_talk.setAccessibleName(self.tr("Samtal med FoU-ombud"))
        self.next_steps = QPlainTextEdit()
        for text_field in (self.preparation, self.contact_talk, self.next_steps):
            tab_leaves(text_field)
        self.next_steps.setAccessibleName(self.tr("Nästa steg"))
        self.timers = {}
        for field, edit in (("preparation", self.preparation), ("contact_talk", self.contact_talk), ("next_steps", self.next_steps)):
            timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
            timer.timeout.connect(lambda f=field, e=edit: self._save(f, e))
            # not restarted by each key: saved within SAVE_DELAY_MS also while typing goes on
            edit.textChanged.connect(lambda timer=timer: timer.isActive() or timer.start())
            self.timers[field] = (timer, edit)
        texts = QGroupBox(self.tr("Förberedelse"))
        form = QFormLayout(texts)
        form.addRow(self.tr("Kartläggning av kommunen"), self.preparation)
        # a plain label: a form's own label would take the '&' of "R&D" as a shortcut and show "RD"
        form.addRow(QLabel(self.tr("Samtal med FoU-ombuden")), self.contact_talk)
        form.addRow(self.tr("Nästa steg (avslutning)"), self.next_steps)

        people = QGroupBox(self.tr("Deltagare"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(defaults.roles())
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        cast(QLineEdit, self.role.lineEdit()).returnPressed.connect(self.add_participant)  # pick a role, Enter: added at once
        self.role.setAccessibleName(self.tr("Roll"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("Verksamhet, t.ex. IFO"))
        self.area.setAccessibleName(self.tr("Verksamhet"))
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Kommun"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Namn (frivilligt)"))
        self.name.setAccessibleName(self.tr("Namn"))
        add = QPushButton(self.tr("Lägg till"))
        add.clicked.connect(self.add_participant)
        self.area.returnPressed.connect(self.add_participant)
        self.name.returnPressed.connect(self.add_participant)
        row = QHBoxLayout()
        for widget in (self.role, self.area, self.municipality, self.name, add):
            row.addWidget(widget)
        self.participants = QTableWidget(0, 4)
        self.participants.setHorizontalHeaderLabels([self.tr("Roll"), self.tr("Verksamhet"), self.tr("Kommun"), self.tr("Namn")])
        self.participants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.participants.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.participants.setAccessibleName(self.tr("Deltagarlista"))
        remove = QPushButton(self.tr("Ta bort markerad"))
        remove.clicked.connect(self.remove_selected)
        people_layout = QVBoxLayout(people)
        people_layout.addLayout(row)
        people_layout.addWidget(self.participants)
        people_layout.addWidget(remove)

        about = QGroupBox(self.tr("Sessionen"))
        about_form = QFormLayout(about)
        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit()
        self.facilitators = QLineEdit()
        self.facilitators.setPlaceholderText(self.tr("Namn, åtskilda med komma"))
        self.round = QLineEdit()  # the round of dialogues it belongs to; empty: inferred from the date
        self.status = QComboBox()
        for key, text in STATUS.items():
            self.status.addItem(dynamic(text), key)
        for label, control in ((self.tr("Titel"), self.title), (self.tr("Datum"), self.date), (self.tr("Plats"), self.place),
                               (self.tr("Samtalsledare"), self.facilitators), (self.tr("Omgång"), self.round),
                               (self.tr("Status"), self.status)):
            control.setAccessibleName(label)
            about_form.addRow(label, control)
        for line in (self.title, self.place, self.facilitators, self.round):
            line.editingFinished.connect(self._save_about)
        self.date.editingFinished.connect(self._save_about)
        self.status.activated.connect(lambda index: self._save_about())

        agenda = QGroupBox(self.tr("Dagordning: planerade minuter per fråga"))
        self.agenda = QFormLayout(agenda)
        self.minutes: dict[str, QSpinBox] = {}
        for number, question in enumerate(document.template.questions, start=1):
            spin = QSpinBox()
            spin.setRange(0, 240)
            spin.setSuffix(" min")
            spin.setAccessibleName(question.label)
            spin.editingFinished.connect(lambda k=question.key, s=spin: self._planned(k, s.value()))
            self.minutes[question.key] = spin
            self.agenda.addRow(f"{number}. {question.label}", spin)
        self.total = QLabel()
        self.agenda.addRow(self.tr("Totalt med inledning, paus och avslutning"), self.total)
        self.send_out = QHBoxLayout()
        self.send_out.addWidget(QLabel(self.tr("Skicka ut i förväg:")))
        agenda_box = QVBoxLayout()
        agenda_box.addWidget(about)
        self.shape = MeetingShapeView(document)  # start, end, meeting form; the agenda's times follow
        agenda_box.addWidget(self.shape)
        agenda_box.addWidget(agenda)
        agenda_box.addLayout(self.send_out)
        agenda_box.addStretch(1)

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(texts, 2)
        left.addWidget(people, 3)
        layout.addLayout(left, 3)
        layout.addLayout(agenda_box, 2)
        document.changed.connect(self.refresh)
        self.refresh("session", None)

    def add_send_out_action(self, text: str, callback: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(callback)
        self.send_out.addWidget(button)
        return button

    def _save(self, field: str, edit: QPlainTextEdit) -> None:
        if getattr(self.document.data(), field) != edit.toPlainText():
            self.document.push(EditSessionCommand(self.document, changes={field: edit.toPlainText()}))

    def _about(self) -> dict:
        facilitators = [f.strip() for f in self.facilitators.text().split(",") if f.strip()]
        return {"title": self.title.text().strip(), "date": self.date.date().toString("yyyy-MM-dd"),
                "place": self.place.text().strip(), "facilitators": facilitators, "status": self.status.currentData(),
                "round": " ".join(self.round.text().split())}

    def _save_about(self) -> None:
        """Save the metadata fields that differ from the file (one undo step per change)."""
        data = self.document.data()
        changes = {k: v for k, v in self._about().items() if v != getattr(data, k) and (k != "title" or v)}
        if changes:
            self.document.push(EditSessionCommand(self.document, changes=changes))

    def flush(self) -> None:
        for field, (timer, edit) in self.timers.items():
            if timer.isActive():
                timer.stop()
                self._save(field, edit)

    def _planned(self, key: str, value: int) -> None:
        if self.document.data().question(key).planned_minutes != value:
            self.document.push(EditQuestionCommand(self.document, question=key, changes={"planned_minutes": value}))

    def add_participant(self) -> None:
        role = self.role.currentText().strip()
        if not role:
            return
        self.document.push(AddParticipantCommand(
            self.document, role=role, area=self.area.text().strip(),
            municipality=self.municipality.currentText() or None, name=self.name.text().strip() or None))
        self.area.clear()
        self.name.clear()
        self.role.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.participants.selectedItems()}, reverse=True)
        ids = ops.participant_ids(self.document.db)
        for row in rows:
            self.document.push(RemoveParticipantCommand(self.document, participant_id=ids[row]))

    def refresh(self, what: str, ids: object) -> None:
        data = self.document.data()
        if what in ("session", None):
            for field, (timer, edit) in self.timers.items():
                if not timer.isActive() and edit.toPlainText() != getattr(data, field):
                    edit.blockSignals(True)
                    edit.setPlainText(getattr(data, field))
                    edit.blockSignals(False)
            self.municipality.clear()
            self.municipality.addItems(data.municipalities)
            self._show_about(data)
        if what in ("session", "participants", None):
            self.participants.setRowCount(0)
            for p in data.participants:
                row = self.participants.rowCount()
                self.participants.insertRow(row)
                for column, value in enumerate((p.role, p.area, p.municipality or "", p.name or "")):
                    self.participants.setItem(row, column, QTableWidgetItem(value))
        if what in ("session", "question", None):
            template = self.document.template
            total = template.intro_minutes + template.break_minutes + template.closing_minutes
            for q in data.questions:
                planned = q.planned_minutes or template.question(q.key).planned_minutes
                if q.key in self.minutes and self.minutes[q.key].value() != planned:
                    self.minutes[q.key].setValue(planned)  # also after undo/redo while the box has focus
                total += planned
            text = self.tr("%1 min (%2 h %3 min)").replace("%1", str(total)).replace("%2", str(total // 60)).replace("%3", str(total % 60))
            if total > PLANNED_SESSION_MINUTES + 10:
                text += self.tr(" – längre än de vanliga tre timmarna")
            self.total.setText(text)
            self.total.setStyleSheet("color: #B00020" if total > PLANNED_SESSION_MINUTES + 10 else "")

    def _show_about(self, data: SessionData) -> None:
        for edit, value in ((self.title, data.title), (self.place, data.place), (self.facilitators, ", ".join(data.facilitators)),
                            (self.round, data.round)):
            if edit.text() != value:
                edit.setText(value)
        self.round.setPlaceholderText(self.tr("%1 (efter datum)").replace("%1", round_of(replace(data, round=""))))
        date = QDate.fromString(data.date, "yyyy-MM-dd")
        if date.isValid() and date != self.date.date():
            self.date.setDate(date)
        index = self.status.findData(data.status)
        if index < 0:
            self.status.addItem(data.status, data.status)
            index = self.status.count() - 1
        self.status.setCurrentIndex(index)
