"""The keyword × municipality matrix of one question as a Qt table model, with heat-map colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogkarta.synthesis.compare import NoteRef, QuestionComparison, Theme
from dialogkarta.synthesis.county_report import heat

if TYPE_CHECKING:  # for the annotations only
    from typing import Any

    from PySide6.QtCore import QObject, QPersistentModelIndex


class KeywordMatrixModel(QAbstractTableModel):
    """Rows are themes, columns the municipalities shown and last the number of municipalities."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.themes: list[Theme] = []
        self.columns: list[str] = []
        self.counts: list[list[int]] = []
        self.facet: str | None = None
        self.top = 0

    def show(self, question: QuestionComparison | None, columns: list[str], facet: str | None) -> None:
        """Show the question's themes that have notes in the columns and facet chosen."""
        self.beginResetModel()
        self.columns, self.facet = list(columns), facet
        themes, counts = [], []
        for theme in question.themes if question else []:
            row = [len(self.refs(theme, m)) for m in self.columns]
            if any(row):
                themes.append(theme)
                counts.append(row)
        self.themes, self.counts = themes, counts
        self.top = max((v for row in counts for v in row), default=0)
        self.endResetModel()

    def refs(self, theme: Theme, municipality: str | None) -> list[NoteRef]:
        """The theme's notes in the municipality (None: every municipality shown) and facet chosen."""
        return [r for r in theme.notes
                if (r.municipality == municipality if municipality else r.municipality in self.columns)
                and (self.facet is None or r.note.facet == self.facet)]

    def notes_at(self, index: QModelIndex) -> list[NoteRef]:
        """The notes behind a cell (the last column: all the row's notes)."""
        if not index.isValid():
            return []
        theme = self.themes[index.row()]
        municipality = self.columns[index.column()] if index.column() < len(self.columns) else None
        return self.refs(theme, municipality)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.themes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns) + 1

    def value(self, row: int, column: int) -> int:
        counts = self.counts[row]
        return counts[column] if column < len(counts) else sum(1 for v in counts if v)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.value(index.row(), index.column())
        in_matrix = index.column() < len(self.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if value else ""
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and in_matrix:
            color = heat(value, self.top)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and in_matrix and value:
            return self.tr("%1 i %2: %3 anteckningar").replace("%1", self.themes[index.row()].keyword) \
                .replace("%2", self.columns[index.column()]).replace("%3", str(value))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.themes[section].keyword if section < len(self.themes) else None
        return self.columns[section] if section < len(self.columns) else self.tr("Antal kommuner")
