"""Settings: workspace folder, default county, facilitator name, interface language, the unit's texts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from dialogkarta import defaults

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

    from dialogkarta.ui.settings import Settings

LANGUAGES = (("sv", "Svenska"), ("en", "English"))
UNIT_LABELS = (  # the unit's own texts in the documents (report.unit.UnitSettings)
    ("name", "FoU-miljöns namn"), ("contact", "Kontaktperson (namn, e-post, telefon)"),
    ("purpose", "Syftet med dialogerna"), ("invited", "Vilka som bjuds in"),
    ("return_address", "Svarsadress för enkäten"), ("slide_template", "Egen mall för presentationer (.pptx)"),
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Inställningar"))
        self.workspace = QLineEdit(str(settings.workspace))
        self.workspace.setAccessibleName(self.tr("Arbetsmapp"))
        browse = QPushButton(self.tr("Välj…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.workspace, 1)
        row.addWidget(browse)
        self.county = QComboBox()
        self.county.setEditable(True)
        self.county.addItems([c.name for c in defaults.counties()])
        self.county.setCurrentText(settings.default_county)
        self.county.setAccessibleName(self.tr("Förvalt län"))
        self.facilitator = QLineEdit(settings.facilitator)
        self.facilitator.setAccessibleName(self.tr("Samtalsledare"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Språk"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form = QFormLayout()
        form.addRow(self.tr("Arbetsmapp"), row)
        form.addRow(self.tr("Förvalt län"), self.county)
        form.addRow(self.tr("Samtalsledare (du)"), self.facilitator)
        form.addRow(self.tr("Språk"), self.language)
        unit = settings.unit
        self.unit_fields: dict[str, QLineEdit] = {}
        for key, label in UNIT_LABELS:
            field = QLineEdit(getattr(unit, key))
            field.setAccessibleName(self.tr(label))
            self.unit_fields[key] = field
            form.addRow(self.tr(label), field)
        note = QLabel(self.tr("Språket gäller gränssnittet och dokumenten; ett byte gäller från nästa start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Välj arbetsmapp"), self.workspace.text())
        if folder:
            self.workspace.setText(folder)

    def accept(self) -> None:
        self.settings.workspace = Path(self.workspace.text().strip())
        self.settings.default_county = self.county.currentText().strip()
        self.settings.facilitator = self.facilitator.text().strip()
        self.settings.language = self.language.currentData()
        self.settings.set_unit(**{key: field.text().strip() for key, field in self.unit_fields.items()})
        super().accept()
