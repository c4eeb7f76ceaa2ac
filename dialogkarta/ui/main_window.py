"""The main window (minimal: shows an opened session's questions and notes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox, QTreeWidget, QTreeWidgetItem

from dialogkarta import files
from dialogkarta.errors import DialogkartaError
from dialogkarta.templates import load_template


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Dialogkarta"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Fråga / anteckning")])
        self.setCentralWidget(self.tree)
        self.resize(1000, 700)

    def open_session(self, path: Path) -> None:
        try:
            data = files.read_session(path)
        except DialogkartaError as exc:
            QMessageBox.warning(self, self.tr("Kan inte öppna"), str(exc))
            return
        template = load_template(data.template)
        self.setWindowTitle(f"{data.title} – Dialogkarta")
        self.tree.clear()
        for question in data.questions:
            item = QTreeWidgetItem([template.question(question.key).label])
            for note in question.notes:
                item.addChild(QTreeWidgetItem([note.text]))
            self.tree.addTopLevelItem(item)
