"""Personal data found before an export: fix the text here, or continue deliberately.

Notes, a question's minutes and summary, and the session's preparation, contact talk and next
steps can be corrected in place; each correction is one undoable command, and the list is then
scanned again, so a fixed text leaves the list and a half-fixed one stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout,
)

from dialogkarta import privacy
from dialogkarta.ui.commands import EditNoteCommand, EditQuestionCommand, EditSessionCommand

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.commands.base import DocumentCommand
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from dialogkarta.model.values import SessionData
    from dialogkarta.privacy import Hit
    from dialogkarta.ui.document import SessionDocument

SESSION_FIELDS = ("preparation", "contact_talk", "next_steps")


class PersonalDataDialog(QDialog):
    """Lists each hit; the text holding it can be corrected in place (an undoable edit)."""

    def __init__(self, document: SessionDocument, hits: list, parent: QWidget | None = None, *, scan: Callable[[SessionData], list[Hit]] | None = None) -> None:
        super().__init__(parent)
        self.document = document
        # what to scan after a fix: by default everything; the Dokument step passes what its document carries
        self.scan = scan or privacy.scan_session
        self.setWindowTitle(self.tr("Möjliga personuppgifter"))
        self.labels = {q.key: q.label for q in document.template.questions}
        intro = QLabel(self.tr("Det här ser ut som personuppgifter. Ändra texten innan dokumentet skapas, "
                               "eller fortsätt om du är säker på att uppgifterna får lämna appen."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Träffar"))
        self._show(hits)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(140)
        self.editor.setAccessibleName(self.tr("Texten med träffen"))
        self.editor.setPlaceholderText(self.tr("Välj en träff för att ändra texten där den står"))
        fix = QPushButton(self.tr("Spara ändringen"))
        fix.clicked.connect(self.save_fix)
        self.list.currentItemChanged.connect(self._selected)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("Fortsätt ändå"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        # The safe choice is the default: a hurried Enter does not export personal data.
        self.continue_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.editor, fix, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def _show(self, hits: list) -> None:
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem(privacy.describe(hit, self.labels))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.list.addItem(item)

    def _text_of(self, hit: Hit) -> str | None:
        """Return the current text that holds the hit, or None if it cannot be edited here."""
        data = self.document.data()
        if hit.field == "note":
            return next((n.text for _, n in data.all_notes() if n.id == hit.note_id), None)
        if hit.field in ("minutes", "summary") and hit.question:
            return getattr(data.question(hit.question), hit.field)
        if hit.field in SESSION_FIELDS and isinstance(getattr(data, hit.field), str):
            return getattr(data, hit.field)
        return None  # keywords, themes, lists, survey answers: corrected where they are kept

    def _selected(self, item: QListWidgetItem | None) -> None:
        hit: Hit | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        current = self._text_of(hit) if hit else None
        self.editor.setEnabled(current is not None)
        self.editor.setPlainText(current or "")
        if current and hit and hit.match in current:  # long minutes: show and select the hit itself
            cursor = self.editor.textCursor()
            start = current.index(hit.match)
            cursor.setPosition(start)
            cursor.setPosition(start + len(hit.match), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    def save_fix(self) -> None:
        """Save the edited text as one undoable command, then scan the session again."""
        item = self.list.currentItem()
        hit = item.data(Qt.ItemDataRole.UserRole) if item else None
        value = self.editor.toPlainText().strip()
        if hit is None or self._text_of(hit) is None or (hit.field == "note" and not value):
            return
        command: DocumentCommand
        if hit.field == "note":
            command = EditNoteCommand(self.document, note_id=hit.note_id, changes={"text": value})
        elif hit.field in SESSION_FIELDS:
            command = EditSessionCommand(self.document, changes={hit.field: value})
        else:
            command = EditQuestionCommand(self.document, question=hit.question, changes={hit.field: value})
        self.document.push(command)
        row = self.list.currentRow()
        self._show(self.scan(self.document.data()))
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        else:  # every hit fixed: going on is now the safe choice
            self.continue_button.setText(self.tr("Fortsätt"))
            self.cancel_button.setDefault(False)
            self.continue_button.setDefault(True)
            self.continue_button.setFocus()
