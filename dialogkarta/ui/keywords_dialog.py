"""The session's keywords: the vocabulary offered for #completion; rename and merge across notes."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from dialogkarta.ui.commands import MergeKeywordsCommand, SetVocabularyCommand
from dialogkarta.ui.keyboard import close_keys

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

    from dialogkarta.ui.document import SessionDocument


class KeywordsDialog(QDialog):
    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        close_keys(self)
        self.document = document
        self.setWindowTitle(self.tr("Nyckelord"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Sessionens nyckelord"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Nyckelord"))
        self.name.setPlaceholderText(self.tr("Nytt namn, eller ett nyckelord att lägga till"))
        add = QPushButton(self.tr("Lägg till"))
        merge = QPushButton(self.tr("Byt namn / slå ihop markerade"))
        remove = QPushButton(self.tr("Ta bort ur listan"))
        add.clicked.connect(self.add)
        merge.clicked.connect(self.merge)
        remove.clicked.connect(self.remove)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)
        help_text = QLabel(self.tr("Markera ett eller flera nyckelord, skriv det nya namnet och välj Byt namn / slå ihop. "
                                   "Alla lappar ändras; Ctrl+Z ångrar."))
        help_text.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (add, merge, remove):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        for part in (help_text, self.list, self.name):
            layout.addWidget(part)
        layout.addLayout(row)
        layout.addWidget(close)
        document.changed.connect(lambda what, ids: self.refresh())
        self.refresh()
        self.resize(480, 560)

    def refresh(self) -> None:
        data = self.document.data()
        counts = Counter(k for _, n in data.all_notes() for k in n.keywords)
        keywords = list(dict.fromkeys(data.vocabulary + sorted(counts)))
        self.list.clear()
        for keyword in keywords:
            item = QListWidgetItem(f"{keyword} ({counts.get(keyword, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, keyword)
            self.list.addItem(item)

    def selected(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        vocabulary = self.document.data().vocabulary
        if name and name not in vocabulary:
            self.document.push(SetVocabularyCommand(self.document, keywords=vocabulary + [name]))
        self.name.clear()

    def merge(self) -> None:
        target = " ".join(self.name.text().split())
        sources = self.selected()
        if target and sources:
            self.document.push(MergeKeywordsCommand(self.document, sources=sources, target=target))
            self.name.clear()

    def remove(self) -> None:
        chosen = set(self.selected())
        vocabulary = self.document.data().vocabulary
        if chosen & set(vocabulary):
            self.document.push(SetVocabularyCommand(self.document, keywords=[k for k in vocabulary if k not in chosen]))
