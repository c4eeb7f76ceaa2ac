"""The start screen: the sessions in the workspace folder, recent files, new, open, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogkarta.ui.background import BackgroundOp, show_error
from dialogkarta.ui.language import dynamic
from dialogkarta.ui.session_list_loader import SessionListLoader

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtGui import QPaintEvent

    from dialogkarta.ui.background import Progress
    from dialogkarta.ui.session_list_loader import ListedSession
    from dialogkarta.ui.settings import Settings

STATUS = {"planned": "Planerad", "prepared": "Förberedd", "held": "Genomförd", "summarised": "Sammanfattad"}


class StartView(QWidget):
    open_requested = Signal(Path)
    new_requested = Signal()
    browse_requested = Signal()
    import_requested = Signal()
    folder_requested = Signal()
    synthesis_requested = Signal()
    loaded = Signal()  # every file in the workspace folder has been read

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Dialogkarta"))
        title.setStyleSheet("font-size: 24pt; font-weight: bold; color: #1F4E79")
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, signal, tip in ((self.tr("Ny session…"), self.new_requested, "Ctrl+N"),
                                  (self.tr("Öppna fil…"), self.browse_requested, "Ctrl+O"),
                                  (self.tr("Importera JSON…"), self.import_requested, ""),
                                  (self.tr("Byt mapp…"), self.folder_requested, ""),
                                  (self.tr("Länssammanställning…"), self.synthesis_requested, "")):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Kommun"), self.tr("Datum"), self.tr("Status"), self.tr("Lappar")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Sessioner i arbetsmappen"))
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Senast öppnade"))
        self.recent.setMaximumHeight(120)
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        self.guide = QLabel()
        self.guide.setWordWrap(True)
        self.guide.setStyleSheet("background: #EAF1FA; padding: 8px; border-radius: 4px")
        layout.addWidget(title)
        layout.addWidget(self.guide)
        layout.addLayout(buttons)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Senast öppnade")))
        layout.addWidget(self.recent)
        self.problems: list[str] = []
        self.pending: list[Path] | None = None  # files to read once the screen has been painted
        self.examples: list[Path] | None = None  # example sessions to write first (the first start)
        self.painted = False
        self.loader = SessionListLoader(self)
        self.loader.row_ready.connect(self._row)
        self.loader.finished.connect(self.loaded.emit)

    def show_guide(self, first_start: bool) -> None:
        self.guide.setText(self.tr(
            "Välkommen! Här nedan finns exempelsessioner från en påhittad runda kommundialoger. "
            "Dubbelklicka på en för att se dialogkartan. Skapa en egen med Ny session (Ctrl+N). "
            "Under mötet skriver du i fältet längst ned och trycker Enter; #ord blir nyckelord och "
            "Alt+1…4 byter fråga. Allt sparas direkt.") if first_start else "")
        self.guide.setVisible(first_start)

    def refresh(self) -> None:
        folder = self.settings.workspace
        self.folder_label.setText(self.tr("Arbetsmapp: %1").replace("%1", str(folder)))
        self.table.setRowCount(0)
        self.problems = []
        paths = sorted(folder.glob("*.dkarta")) if folder.is_dir() else []
        self.table.setRowCount(len(paths))
        for row, path in enumerate(paths):  # the file names at once, the contents as they are read
            item = QTableWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setForeground(QBrush(QColor("#777777")))
            self.table.setItem(row, 0, item)
        self.pending = paths
        if self.painted:
            self._load_pending()
        self.recent.clear()
        for path in self.settings.recent:
            if path.exists():
                entry = QListWidgetItem(f"{path.name} – {path.parent}")
                entry.setData(Qt.ItemDataRole.UserRole, str(path))
                self.recent.addItem(entry)

    def write_examples_first(self, sources: list[Path]) -> None:
        """On the first start: write the example sessions into the workspace (after the first paint), then list."""
        self.examples = list(sources)

    @property
    def loading(self) -> bool:
        """Examples are still to be written, or files are waiting to be read (until the first paint) or being read."""
        return self.examples is not None or self.pending is not None or self.loader.busy

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self.painted:  # the first paint is on screen: now the files (and the data layer) may load
            self.painted = True
            QTimer.singleShot(0, self._load_pending)

    def _load_pending(self) -> None:
        if self.examples is not None:
            self._write_examples()
        elif self.pending is not None:
            self.loader.load(self.pending)
            self.pending = None

    def _write_examples(self) -> None:
        workspace, sources = self.settings.workspace, self.examples or []

        def write(progress: Progress) -> None:
            from dialogkarta import files

            files.write_examples(workspace, sources)

        def listed(_: object = None) -> None:
            self.examples = None
            self.refresh()

        def failed(error: BaseException) -> None:
            listed()
            show_error(self, self.tr("Exempelsessionerna"), error)

        BackgroundOp(self, write).success(listed).failure(failed).run_in_background()

    def _row(self, row: int, session: ListedSession) -> None:
        """Fill one row when its file has been read; a file that cannot be read says why."""
        path = str(session.path)
        if session.problem:
            self.problems.append(f"{session.path}: {session.problem}")
            values = [self.tr("%1 kan inte läsas: %2").replace("%1", session.path.name).replace("%2", session.problem),
                      "", "", self.tr("Oläslig"), ""]
        else:
            values = [session.title, ", ".join(session.municipalities), session.date,
                      dynamic(STATUS.get(session.status, session.status)), str(session.note_count)]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path if not session.problem else f"{path}\n{session.problem}")
            if session.problem:
                item.setForeground(QBrush(QColor("#B00020")))
            if column == 4:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _activated(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
