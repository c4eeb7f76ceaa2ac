"""Read a returned response form or written reflections into the open session, after a preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from dialogkarta import ops
from dialogkarta.errors import DialogkartaError
from dialogkarta.model.values import CHANNEL_LABELS, CHANNELS
from dialogkarta.ui.commands import AddWrittenAnswersCommand
from dialogkarta.written_input import form_meta, read_written

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

    from dialogkarta.ui.document import SessionDocument

READABLE = (".docx", ".txt", ".md")


class WrittenInputDialog(QDialog):
    """Shows what will be added (municipality, channel, question, text); nothing is added twice."""

    def __init__(self, document: SessionDocument, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.path = document, Path(path)
        self.answers: list[ops.WrittenAnswer] = []
        self.setWindowTitle(self.tr("Läs in skriftliga svar – %1").replace("%1", self.path.name))
        self.resize(820, 480)
        data = document.data()
        self.is_form = self._is_form()
        self.municipality = QComboBox()
        self.municipality.addItems(data.municipalities)
        self.municipality.setAccessibleName(self.tr("Kommun"))
        self.municipality.setEnabled(not self.is_form)  # a form knows its municipality
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Kanal"))
        for key in CHANNELS:
            self.channel.addItem(self.tr(CHANNEL_LABELS[key]), key)
        self.channel.setCurrentIndex(self.channel.findData("sent_out" if self.is_form else "written_after"))
        self.question = QComboBox()
        self.question.setAccessibleName(self.tr("Fråga för text utan frågerubrik"))
        for number, question in enumerate(document.template.questions, start=1):
            self.question.addItem(f"{number}. {question.label}", question.key)
        self.question.setEnabled(not self.is_form)
        form = QFormLayout()
        form.addRow(self.tr("Kommun"), self.municipality)
        form.addRow(self.tr("Kanal"), self.channel)
        form.addRow(self.tr("Text utan frågerubrik hamnar under"), self.question)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kommun"), self.tr("Fråga"), self.tr("Text")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Det som läggs till"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lägg till"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Fil: %1").replace("%1", str(self.path))))
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        for combo in (self.municipality, self.channel, self.question):
            combo.currentIndexChanged.connect(self.preview)
        self.problem: str | None = None
        self.preview()

    def _is_form(self) -> bool:
        if self.path.suffix.lower() != ".docx":
            return False
        try:
            from docx import Document

            return form_meta(Document(str(self.path))) is not None
        except Exception:  # noqa: BLE001 - an unreadable file is reported by the preview
            return False

    def preview(self) -> None:
        """Read the file again with the chosen settings and list what is new."""
        try:
            answers = read_written(self.path, self.document.data(), municipality=self.municipality.currentText() or None,
                                   channel=self.channel.currentData(), question=self.question.currentData())
            self.problem = None
        except DialogkartaError as exc:
            answers, self.problem = [], str(exc)
        self.answers = ops.new_written_answers(self.document.db, answers)
        labels = {q.key: q.label for q in self.document.template.questions}
        self.table.setRowCount(0)
        for answer in self.answers:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, value in enumerate((answer.municipality, labels.get(answer.question, answer.question), answer.text)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        known = len(answers) - len(self.answers)
        if self.problem:
            text = self.problem
        else:
            text = self.tr("%1 nya svar läggs till.").replace("%1", str(len(self.answers)))
            if known:
                text += " " + self.tr("%1 finns redan i sessionen och läggs inte till igen.").replace("%1", str(known))
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.answers))

    def accept(self) -> None:
        if self.answers:
            self.document.push(AddWrittenAnswersCommand(self.document, answers=self.answers))
        super().accept()
