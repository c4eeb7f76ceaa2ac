"""The capture field: always focused in the meeting; Enter adds a note to the active question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from dialogkarta.capture import current_token, parse_capture, token_for
from dialogkarta.ui.undo_actions import is_session_key

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QAbstractItemView

    from dialogkarta.templates import Question


class CaptureLineEdit(QLineEdit):
    """A line edit whose completer completes only the #token under the cursor."""

    lines_pasted = Signal(list)  # a paste of several non-empty lines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keyword_completer = QCompleter(self)
        self.keyword_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.keyword_completer.setWidget(self)
        self.keyword_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.keyword_completer.activated.connect(self.insert_completion)
        self.textEdited.connect(self._complete)

    def set_vocabulary(self, keywords: list[str]) -> None:
        self.keyword_completer.setModel(QStringListModel([token_for(k)[1:] for k in keywords], self))

    def _popup(self) -> QAbstractItemView:
        popup = self.keyword_completer.popup()
        assert popup is not None  # QCompleter makes its own list when none is set
        return popup

    def _complete(self, text: str) -> None:
        token = current_token(text, self.cursorPosition())
        if token is None or not token[1]:
            self._popup().hide()
            return
        self.keyword_completer.setCompletionPrefix(token[1])
        if self.keyword_completer.completionCount():
            self.keyword_completer.complete()
        else:
            self._popup().hide()

    def insert_completion(self, completion: str) -> None:
        text, cursor = self.text(), self.cursorPosition()
        token = current_token(text, cursor)
        if token is None:
            return
        start = token[0]
        replaced = text[:start] + "#" + completion + " " + text[cursor:]
        self.setText(replaced)
        self.setCursorPosition(start + len(completion) + 2)

    def event(self, event: QEvent) -> bool:
        # QLineEdit claims Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and Ctrl+E (end of line) for itself; here
        # they belong to the session: undo the last note, not the field's typing.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride and is_session_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_session_key(event):  # never the field's own undo history (Enter would make a duplicate)
            event.ignore()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            lines = [line.strip() for line in QGuiApplication.clipboard().text().splitlines() if line.strip()]
            if len(lines) > 1:
                self.lines_pasted.emit(lines)
                return
        popup = self._popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            index = popup.currentIndex()
            token = current_token(self.text(), self.cursorPosition())
            typed = token[1].casefold() if token else ""
            popup.hide()
            if index.isValid() and index.data().casefold() != typed:
                self.insert_completion(index.data())  # Enter takes the completion; the next Enter adds the note
                return
            if event.key() == Qt.Key.Key_Tab:
                return
        super().keyPressEvent(event)


class CaptureBar(QWidget):
    """Text, facet and municipality of the next note."""

    submitted = Signal(str, list, object, object)  # text, keywords, facet, municipality
    lines_submitted = Signal(list)  # [(text, keywords, facet, municipality)]: one note per pasted line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_typed = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question_label = QLabel()
        self.question_label.setStyleSheet("font-weight: bold; color: #1F4E79")
        self.edit = CaptureLineEdit()
        self.edit.setPlaceholderText(self.tr("Skriv en lapp och tryck Enter · #nyckelord · Alt+1…9 byter fråga · Ctrl+↑/↓ byter område"))
        self.edit.setAccessibleName(self.tr("Ny lapp"))
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.edit.setFont(font)
        self.facet = QComboBox()
        self.facet.setAccessibleName(self.tr("Område eller nivå för nya lappar"))
        self.facet.setToolTip(self.tr("Ctrl+↑/↓ eller Ctrl+1…6 byter"))
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Kommun för nya lappar"))
        layout.addWidget(self.question_label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.facet)
        layout.addWidget(self.municipality)
        self.edit.returnPressed.connect(self._submit)
        self.edit.lines_pasted.connect(self._pasted)
        self.vocabulary: list[str] = []
        for key, step in ((QKeySequence("Ctrl+Down"), 1), (QKeySequence("Ctrl+Up"), -1)):
            QShortcut(key, self.edit, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(lambda step=step: self.cycle_facet(step))
        for number in range(1, 7):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self.edit, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
                lambda n=number: self.facet.setCurrentIndex(n - 1) if n <= self.facet.count() else None)

    def set_question(self, number: int, question: Question) -> None:
        self.question_label.setText(f"{number}. {question.label}")
        current = self.facet.currentData()
        self.facet.clear()
        for facet in question.facets:
            self.facet.addItem(facet.label, facet.key)
        self.facet.setVisible(bool(question.facets))
        index = self.facet.findData(current)
        if index >= 0:
            self.facet.setCurrentIndex(index)

    def set_municipalities(self, municipalities: list[str]) -> None:
        current = self.municipality.currentText()
        self.municipality.clear()
        self.municipality.addItems(municipalities)
        if current in municipalities:
            self.municipality.setCurrentText(current)
        self.municipality.setVisible(len(municipalities) > 1)

    def set_vocabulary(self, keywords: list[str]) -> None:
        self.vocabulary = list(keywords)
        self.edit.set_vocabulary(keywords)

    def cycle_facet(self, step: int) -> None:
        if self.facet.count():
            self.facet.setCurrentIndex((self.facet.currentIndex() + step) % self.facet.count())

    def _submit(self) -> None:
        self.last_typed = self.edit.text()  # given back with restore_last() if the note could not be saved
        text, keywords = parse_capture(self.last_typed, self.vocabulary)
        text = text or ", ".join(keywords)  # a note of keywords only reads as its keywords
        if not text:
            return
        facet = self.facet.currentData() if self.facet.count() else None
        municipality = self.municipality.currentText() if self.municipality.count() > 1 else None
        self.edit.clear()
        self.submitted.emit(text, keywords, facet, municipality)

    def _pasted(self, lines: list[str]) -> None:
        """Several lines pasted: offer one note per line, or else paste them as one line."""
        answer = QMessageBox.question(
            self, self.tr("Klistra in"),
            self.tr("Du klistrar in %1 rader. Göra en lapp av varje rad?").replace("%1", str(len(lines))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.edit.insert(" ".join(lines))
            return
        facet = self.facet.currentData() if self.facet.count() else None
        municipality = self.municipality.currentText() if self.municipality.count() > 1 else None
        notes = []
        for line in lines:
            text, keywords = parse_capture(line, self.vocabulary)
            text = text or ", ".join(keywords)
            if text:
                notes.append((text, keywords, facet, municipality))
        self.lines_submitted.emit(notes)

    def restore_last(self) -> None:
        """Put the last typed line back in the field (its note was not saved), unless something new was typed."""
        if not self.edit.text():
            self.edit.setText(self.last_typed)
