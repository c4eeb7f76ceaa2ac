"""Plan a new session: county, one or more municipalities, date, place, facilitators, map."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from dialogkarta import defaults, files
from dialogkarta.errors import DialogkartaError
from dialogkarta.maps import all_maps

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

    from dialogkarta.ui.settings import Settings


def file_name(date: str, municipalities: list[str]) -> str:
    """A file name from the date and the municipalities, without characters file systems dislike."""
    slug = "-".join(municipalities).lower()
    slug = slug.translate(str.maketrans("åäöéü", "aaoeu"))
    slug = re.sub(r"[^a-z0-9-]+", "-", slug).strip("-") or "session"
    return f"{date}-{slug[:60]}.dkarta"


class NewSessionDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.created: Path | None = None
        self.setWindowTitle(self.tr("Ny session"))
        self.county = QComboBox()
        self.county.setEditable(True)
        self.county.addItems([c.name for c in defaults.counties()])
        self.county.setCurrentText(settings.default_county)
        self.municipalities = QListWidget()
        self.municipalities.setAccessibleName(self.tr("Kommuner"))
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Annan kommun: skriv och tryck Enter"))
        self.other.returnPressed.connect(self.add_other)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit()
        self.facilitators = QLineEdit(settings.facilitator)
        self.facilitators.setPlaceholderText(self.tr("Namn, åtskilda med komma"))
        self.template = QComboBox()
        for key, template in all_maps().items():  # the shipped maps, then the user's own
            self.template.addItem(template.name, key)
        form = QFormLayout()
        form.addRow(self.tr("Län"), self.county)
        form.addRow(self.tr("Kommun(er)"), self.municipalities)
        form.addRow("", self.other)
        form.addRow(self.tr("Datum"), self.date)
        form.addRow(self.tr("Plats"), self.place)
        form.addRow(self.tr("Samtalsledare"), self.facilitators)
        form.addRow(self.tr("Dialogkarta"), self.template)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.county.currentTextChanged.connect(self.fill_municipalities)
        self.fill_municipalities(self.county.currentText())
        self.resize(520, 560)

    def fill_municipalities(self, county: str) -> None:
        self.municipalities.clear()
        for c in defaults.counties():
            if c.name == county:
                for m in c.municipalities:
                    self._add(m.name, False)

    def _add(self, name: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.municipalities.addItem(item)

    def add_other(self) -> None:
        name = " ".join(self.other.text().split())
        if name:
            self._add(name, True)
            self.other.clear()

    def chosen(self) -> list[str]:
        items = [self.municipalities.item(i) for i in range(self.municipalities.count())]
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def check(self, name: str) -> None:
        for i in range(self.municipalities.count()):
            if self.municipalities.item(i).text() == name:
                self.municipalities.item(i).setCheckState(Qt.CheckState.Checked)

    def accept(self) -> None:
        municipalities = self.chosen()
        if not municipalities:
            QMessageBox.information(self, self.tr("Ny session"), self.tr("Välj minst en kommun."))
            return
        date = self.date.date().toString("yyyy-MM-dd")
        folder = self.settings.workspace
        target = folder / file_name(date, municipalities)
        counter = 2
        while target.exists():
            target = folder / file_name(date, municipalities).replace(".dkarta", f"-{counter}.dkarta")
            counter += 1
        facilitators = [f.strip() for f in self.facilitators.text().split(",") if f.strip()]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            files.create_new(target, files.NewSession(
                county=self.county.currentText().strip(), municipalities=municipalities, date=date,
                template=self.template.currentData(), place=self.place.text().strip(), facilitators=facilitators,
            )).close()
        except (DialogkartaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Kan inte skapa sessionen"), str(exc))
            return
        self.settings.default_county = self.county.currentText().strip()
        if facilitators:
            self.settings.facilitator = ", ".join(facilitators)
        self.created = target
        super().accept()
