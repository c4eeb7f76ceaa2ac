"""The About dialog: name, version, what the program is for, and the licences of what it bundles."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from dialogkarta import __version__
from dialogkarta.paths import FONTS, ICONS

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

# The libraries the desktop bundle carries (distribution names), the ones that matter first.
BUNDLED = (
    "PySide6-Essentials", "SQLModel", "SQLAlchemy", "alembic", "python-docx", "reportlab", "python-pptx",
    "openpyxl", "rapidfuzz", "pydantic", "lxml", "Pillow", "XlsxWriter",
)
# PySide6 offers LGPL-3.0 or GPL; Dialogkarta uses it under the LGPL (dynamically linked, replaceable).
CHOSEN = {"PySide6-Essentials": "LGPL-3.0"}


def licence_of(distribution: str) -> tuple[str, str]:
    """Return (version, licence) of an installed distribution, from its metadata."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return "", ""
    version = meta["Version"] or ""
    if distribution in CHOSEN:
        return version, CHOSEN[distribution]
    expression = meta.json.get("license_expression")
    if expression:
        return version, str(expression)
    text = str(meta.json.get("license") or "").strip()
    if text and "\n" not in text and len(text) <= 40:
        return version, text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return version, classifier.split("::")[-1].strip()
    return version, text.split("\n")[0][:40]


def licence_rows() -> list[tuple[str, str, str]]:
    """Return (name, version, licence) for every bundled library, Python and the font."""
    rows = [(name, *licence_of(name)) for name in BUNDLED]
    rows = [row for row in rows if row[1]]
    rows.append(("Python", platform.python_version(), "PSF-2.0"))
    if (FONTS / "DejaVu-LICENSE.txt").exists():
        rows.append(("DejaVu Sans (typsnitt)", "", "Bitstream Vera-licensen (fri)"))
    return rows


class AboutDialog(QDialog):
    """Om Dialogkarta."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Dialogkarta"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(ICONS / "dialogkarta-256.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(f"<h2>Dialogkarta</h2><p>{self.tr('Version')} {__version__}</p>")
        head.addWidget(self.title, 1)
        layout.addLayout(head)

        self.description = QLabel(self.tr(
            "Dialogkarta hjälper FoU-miljöer att planera, leda och dokumentera strukturerade kommundialoger: "
            "dialogkartan på skärmen under mötet, anteckningar med #nyckelord, dokument efteråt och en "
            "sammanställning för hela länet. Allt sparas i en fil per dialog på din egen dator."))
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        licence = QLabel(self.tr("Dialogkarta är fri programvara under GPL-3.0 eller senare. "
                                 "Programmet innehåller dessa bibliotek, med sina licenser:"))
        licence.setWordWrap(True)
        layout.addWidget(licence)

        self.libraries = QTreeWidget()
        self.libraries.setHeaderLabels([self.tr("Bibliotek"), self.tr("Version"), self.tr("Licens")])
        self.libraries.setRootIsDecorated(False)
        for row in licence_rows():
            self.libraries.addTopLevelItem(QTreeWidgetItem(list(row)))
        for column in range(3):
            self.libraries.resizeColumnToContents(column)
        layout.addWidget(self.libraries, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
