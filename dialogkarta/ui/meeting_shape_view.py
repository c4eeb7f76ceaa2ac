"""The meeting's shape in the preparation: start, end, meeting form, and the agenda's times."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QTimeEdit

from dialogkarta.agenda import agenda, end_of
from dialogkarta.ui.commands import EditSessionCommand
from dialogkarta.ui.language import dynamic

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

    from dialogkarta.ui.document import SessionDocument

MEETING_FORM_LABELS = {"on_site": "På plats", "digital": "Digitalt", "written": "Endast skriftligt"}


class MeetingShapeView(QGroupBox):
    """Each change is one undo step; the agenda below follows at once (also after undo)."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mötet"))
        self.document = document
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Starttid"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("Sluttid"))
        self.has_end = QCheckBox(self.tr("Fast sluttid"))
        self.has_end.setToolTip(self.tr("Med fast sluttid fördelas frågornas minuter så att mötet slutar då."))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Mötesform"))
        for key, label in MEETING_FORM_LABELS.items():
            self.form.addItem(dynamic(label), key)  # tr() cannot see a variable: the "Dynamic" context
        self.agenda = QLabel()
        self.agenda.setWordWrap(True)
        self.agenda.setAccessibleName(self.tr("Dagordningens tider"))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addWidget(self.has_end)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Tid"), times)
        layout.addRow(self.tr("Mötesform"), self.form)
        layout.addRow(self.tr("Dagordning"), self.agenda)
        self.start.editingFinished.connect(self._save)
        self.end.editingFinished.connect(self._save)
        self.has_end.toggled.connect(lambda _: self._save())
        self.form.activated.connect(lambda _: self._save())
        document.changed.connect(lambda what, ids: what in ("session", "question", None) and self.refresh())
        self.refresh()

    def _values(self) -> dict:
        return {"start_time": self.start.time().toString("HH:mm"),
                "end_time": self.end.time().toString("HH:mm") if self.has_end.isChecked() else "",
                "meeting_form": self.form.currentData()}

    def _save(self) -> None:
        data = self.document.data()
        changes = {k: v for k, v in self._values().items() if v != getattr(data, k)}
        if changes:
            self.document.push(EditSessionCommand(self.document, changes=changes))

    def refresh(self) -> None:
        data, template = self.document.data(), self.document.template
        widgets = (self.start, self.end, self.has_end, self.form)
        for widget in widgets:
            widget.blockSignals(True)
        self.start.setTime(QTime.fromString(data.start_time or "09:00", "HH:mm"))
        self.has_end.setChecked(bool(data.end_time))
        self.end.setEnabled(bool(data.end_time))
        self.end.setTime(QTime.fromString(data.end_time or end_of(data, template).replace(".", ":"), "HH:mm"))
        self.form.setCurrentIndex(max(0, self.form.findData(data.meeting_form)))
        for widget in widgets:
            widget.blockSignals(False)
        labels = {q.key: f"{n}. {q.label}" for n, q in enumerate(template.questions, start=1)}
        kinds = {"intro": self.tr("Inledning"), "break": self.tr("Paus"), "closing": self.tr("Avslutning")}
        lines = [f"{slot.start}  {labels.get(slot.key, slot.key) if slot.kind == 'question' else kinds[slot.kind]}"
                 f" ({slot.minutes} min)" for slot in agenda(data, template)]
        self.agenda.setText("\n".join(lines + [self.tr("Slut %1").replace("%1", end_of(data, template))]))
