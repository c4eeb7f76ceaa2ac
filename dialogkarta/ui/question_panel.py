"""Beside the board: the active question's prompt, timer, running minutes and summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from dialogkarta.model.changes import OpChanges
from dialogkarta.ui.commands import EditQuestionTextCommand
from dialogkarta.ui.keyboard import tab_leaves

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable

    from PySide6.QtGui import QFocusEvent

    from dialogkarta.ui.document import SessionDocument

# At most this long between typing and saving, also while typing goes on without a pause (the
# timer is not restarted by each key): a crash loses at most the last quarter second.
SAVE_DELAY_MS = 250


class QuestionPanel(QWidget):
    """Minutes and summary are saved within SAVE_DELAY_MS of typing (also while it goes on), and when focus leaves."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.key: str | None = None
        self.running = False
        self.elapsed = 0
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1F4E79")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        timer_row = QHBoxLayout()
        self.clock = QLabel()
        self.clock.setAccessibleName(self.tr("Tid för frågan"))
        self.clock.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.start_button = QPushButton(self.tr("Starta tid"))
        self.start_button.setToolTip(self.tr("Ctrl+T"))
        self.start_button.clicked.connect(self.toggle_timer)
        timer_row.addWidget(self.clock, 1)
        timer_row.addWidget(self.start_button)
        self.minutes = QPlainTextEdit()
        self.minutes.setAccessibleName(self.tr("Löpande anteckningar"))
        self.minutes.setPlaceholderText(self.tr("Löpande anteckningar: så mycket som möjligt av det som sägs"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summering"))
        self.summary.setPlaceholderText(self.tr("Summering: det som hamnade på tavlan"))
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addLayout(timer_row)
        layout.addWidget(QLabel(self.tr("Löpande anteckningar")))
        layout.addWidget(self.minutes, 3)
        layout.addWidget(QLabel(self.tr("Summering")))
        layout.addWidget(self.summary, 1)
        self.pending: dict[str, QTimer] = {}
        for field, edit in (("minutes", self.minutes), ("summary", self.summary)):
            timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
            timer.timeout.connect(lambda field=field: self.save_text(field))
            edit.textChanged.connect(lambda timer=timer: timer.isActive() or timer.start())
            edit.focusOutEvent = self._flush_on_focus_out(edit, field)  # type: ignore[method-assign]  # Qt's virtual, per object
            tab_leaves(edit)
            self.pending[field] = timer
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(self._tick)

    def _flush_on_focus_out(self, edit: QPlainTextEdit, field: str) -> Callable[[QFocusEvent], None]:
        original = edit.focusOutEvent

        def handler(event: QFocusEvent) -> None:
            self.save_text(field)
            original(event)

        return handler

    def edit_of(self, field: str) -> QPlainTextEdit:
        return self.minutes if field == "minutes" else self.summary

    def save_text(self, field: str) -> None:
        """Save minutes or summary now if they differ from the file."""
        self.pending[field].stop()
        if self.key is None:
            return
        value = self.edit_of(field).toPlainText()
        if value != getattr(self.document.data().question(self.key), field):
            self.document.push(EditQuestionTextCommand(self.document, question=self.key, field=field, value=value))

    def flush(self) -> None:
        for field in self.pending:
            self.save_text(field)
        self._store_elapsed()

    def show_question(self, number: int, key: str) -> None:
        self.flush()
        self.key = key
        question = self.document.template.question(key)
        data = self.document.data().question(key)
        self.title.setText(f"{number}. {question.label}")
        self.prompt.setText(question.prompt)
        for field in ("minutes", "summary"):
            edit = self.edit_of(field)
            if edit.toPlainText() != getattr(data, field):
                edit.blockSignals(True)
                edit.setPlainText(getattr(data, field))
                edit.blockSignals(False)
        self.elapsed = data.elapsed_seconds
        self._show_clock()

    def apply(self, changes: OpChanges) -> None:
        """Show texts changed elsewhere (undo, outline) without disturbing typing."""
        if self.key is None or not changes.question_field_changed(self.key):
            return
        data = self.document.data().question(self.key)
        for field in ("minutes", "summary"):
            edit = self.edit_of(field)
            if not self.pending[field].isActive() and edit.toPlainText() != getattr(data, field):
                edit.blockSignals(True)
                edit.setPlainText(getattr(data, field))
                edit.blockSignals(False)
        if not self.running:
            self.elapsed = data.elapsed_seconds
        self._show_clock()

    # --- timer -----------------------------------------------------------------------

    def planned_seconds(self) -> int:
        assert self.key is not None  # the timer runs for the shown question
        data = self.document.data().question(self.key)
        planned = data.planned_minutes or self.document.template.question(self.key).planned_minutes
        return planned * 60

    def toggle_timer(self) -> None:
        self.running = not self.running
        if self.running:
            self.ticker.start()
        else:
            self.ticker.stop()
            self._store_elapsed()
        self.start_button.setText(self.tr("Pausa tid") if self.running else self.tr("Starta tid"))

    def _tick(self) -> None:
        self.elapsed += 1
        self._show_clock()
        if self.elapsed % 30 == 0:
            self._store_elapsed()

    def _store_elapsed(self) -> None:
        if self.key is None:
            return
        if self.document.data().question(self.key).elapsed_seconds != self.elapsed:
            from dialogkarta import ops  # elapsed time is not an undoable edit

            ops.update_question(self.document.db, question=self.key, changes={"elapsed_seconds": self.elapsed})
            self.document.notify(ops.last_changes(self.document.db))

    def _show_clock(self) -> None:
        if self.key is None:
            return
        planned = self.planned_seconds()
        used = f"{self.elapsed // 60}:{self.elapsed % 60:02d}"
        self.clock.setText(self.tr("%1 av %2 min").replace("%1", used).replace("%2", str(planned // 60)))
        self.clock.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {'#B3261E' if self.elapsed > planned else '#1B5E20'}")
