"""Personal data found before an export: fix the text here, or continue deliberately.

Notes, a question's minutes and summary, and the session's preparation, contact talk and next
steps can be corrected in place; each correction is one undoable command, and the list is then
scanned again, so a fixed text leaves the list and a half-fixed one stays. Possible names are a
warning apart from the rest, under "Möjliga namn": one the facilitator says is no person's is
dismissed for the session and not asked again (ui/name_dismissals.py). The county window uses the
same dialog for the hits of many files, listed with their file; they are corrected in the sessions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from dialogkarta import privacy
from dialogkarta.ui.commands import EditNoteCommand, EditQuestionCommand, EditSessionCommand
from dialogkarta.ui.name_dismissals import Entry, NameDismissals, hit_of

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QWidget

    from dialogkarta.model.values import SessionData
    from dialogkarta.privacy import Hit
    from dialogkarta.ui.commands.base import DocumentCommand
    from dialogkarta.ui.document import SessionDocument

SESSION_FIELDS = ("preparation", "contact_talk", "next_steps")


class PersonalDataDialog(QDialog):
    """Lists each hit; the text holding it can be corrected in place (an undoable edit)."""

    def __init__(self, document: SessionDocument | None, hits: Sequence[Entry], parent: QWidget | None = None, *,
                 scan: Callable[[SessionData], list[Hit]] | None = None, sessions: dict[Path, str] | None = None, dismissals: NameDismissals | None = None,
                 labels: dict[str, str] | None = None) -> None:
        """document None: the county window's hits, (file, hit) pairs; sessions maps each file to its session id
        and labels each question key to its label."""
        super().__init__(parent)
        self.document = document
        # what to scan after a fix: by default everything; the Dokument step passes what its document carries
        self.scan = scan or privacy.scan_session
        self.sessions = sessions or {}
        self.dismissals = dismissals or NameDismissals()
        self.setWindowTitle(self.tr("Möjliga personuppgifter"))
        self.labels = {q.key: q.label for q in document.template.questions} if document else (labels or {})
        intro = QLabel(self.tr("Det här ser ut som personuppgifter. Ändra texten innan dokumentet skapas, "
                               "eller fortsätt om du är säker på att uppgifterna får lämna appen.") if document else
                       self.tr("Det här ser ut som personuppgifter i sessionerna. Ändra texten i sessionen och läs in "
                               "den igen, eller fortsätt om du är säker på att uppgifterna får lämna appen."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Träffar"))
        self.names_label = QLabel(self.tr("Möjliga namn (avfärda ett namn som inte är en person, så frågas det "
                                          "inte igen för den här sessionen)"))
        self.names_label.setWordWrap(True)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Möjliga namn"))
        self.names_label.setBuddy(self.names)
        self.dismiss_button = QPushButton(self.tr("Inte ett namn"))
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.dismiss_name)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(140)
        self.editor.setAccessibleName(self.tr("Texten med träffen"))
        self.editor.setPlaceholderText(self.tr("Välj en träff för att ändra texten där den står"))
        fix = QPushButton(self.tr("Spara ändringen"))
        fix.setAutoDefault(False)
        fix.clicked.connect(self.save_fix)
        self.list.currentItemChanged.connect(self._selected)
        self.names.currentItemChanged.connect(self._selected)
        self.current_list = self.list
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("Fortsätt ändå"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        # The safe choice is the default: a hurried Enter does not export personal data.
        self.continue_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.names_label, self.names, self.dismiss_button, self.editor, fix, buttons):
            layout.addWidget(widget)
        if document is None:  # the county window: corrected in the sessions themselves
            self.editor.hide()
            fix.hide()
        self._show(hits)
        self.resize(640, 520)

    def session_of(self, entry: Entry) -> str:
        if isinstance(entry, tuple) or self.document is None:
            path = entry[0] if isinstance(entry, tuple) else Path()
            return self.sessions.get(path, str(path))
        return self.document.data().id

    def remaining(self, entries: Sequence[Entry]) -> list[Entry]:
        """Every hit still to ask about: names dismissed for their session are not."""
        return self.dismissals.remaining(entries, self.session_of)

    def _show(self, hits: Sequence[Entry]) -> None:
        self.list.clear()
        self.names.clear()
        for entry in self.remaining(hits):
            hit = hit_of(entry)
            line = privacy.describe(hit, self.labels)
            item = QListWidgetItem(f"{entry[0].name}: {line}" if isinstance(entry, tuple) else line)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            (self.names if hit.warning else self.list).addItem(item)
        for widget in (self.names_label, self.names, self.dismiss_button):
            widget.setVisible(self.names.count() > 0)
        self.list.setVisible(self.list.count() > 0 or self.names.count() == 0)
        if not self.list.count() and not self.names.count():
            self._all_done()

    def _all_done(self) -> None:
        """Every hit fixed or dismissed: going on is now the safe choice."""
        self.continue_button.setText(self.tr("Fortsätt"))
        self.cancel_button.setDefault(False)
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def dismiss_name(self) -> None:
        """The chosen name is no person's: not asked again for its session."""
        item = self.names.currentItem()
        if item is None:
            return
        entry = item.data(Qt.ItemDataRole.UserRole)
        self.dismissals.dismiss(self.session_of(entry), hit_of(entry).match)
        row = self.names.row(item)
        self.names.takeItem(row)
        if self.names.count():
            self.names.setCurrentRow(min(row, self.names.count() - 1))
            self.names.setFocus()
        else:
            for widget in (self.names_label, self.names, self.dismiss_button):
                widget.hide()
            self.list.show()
            if not self.list.count():
                self._all_done()

    def _text_of(self, hit: object) -> str | None:
        """Return the current text that holds the hit, or None if it cannot be edited here."""
        if self.document is None or not isinstance(hit, privacy.Hit):
            return None
        data = self.document.data()
        if hit.field == "note":
            return next((n.text for _, n in data.all_notes() if n.id == hit.note_id), None)
        if hit.field in ("minutes", "summary") and hit.question:
            return getattr(data.question(hit.question), hit.field)
        if hit.field in SESSION_FIELDS and isinstance(getattr(data, hit.field), str):
            return getattr(data, hit.field)
        return None  # keywords, themes, lists, survey answers: corrected where they are kept

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.current_list = item.listWidget()
        hit = item.data(Qt.ItemDataRole.UserRole) if item else None
        current = self._text_of(hit) if hit else None
        self.editor.setEnabled(current is not None)
        self.editor.setPlainText(current or "")
        if current and isinstance(hit, privacy.Hit) and hit.match in current:  # long minutes: show and select the hit itself
            cursor = self.editor.textCursor()
            start = current.index(hit.match)
            cursor.setPosition(start)
            cursor.setPosition(start + len(hit.match), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    def save_fix(self) -> None:
        """Save the edited text as one undoable command, then scan the session again."""
        item = self.current_list.currentItem()
        hit = item.data(Qt.ItemDataRole.UserRole) if item else None
        value = self.editor.toPlainText().strip()
        if self.document is None or not isinstance(hit, privacy.Hit) or self._text_of(hit) is None or (
                hit.field == "note" and not value):
            return
        command: DocumentCommand
        if hit.field == "note" and hit.note_id is not None:
            command = EditNoteCommand(self.document, note_id=hit.note_id, changes={"text": value})
        elif hit.field in SESSION_FIELDS:
            command = EditSessionCommand(self.document, changes={hit.field: value})
        elif hit.question is not None:
            command = EditQuestionCommand(self.document, question=hit.question, changes={hit.field: value})
        else:
            return
        self.document.push(command)
        shown = self.current_list
        row = shown.currentRow()
        self._show(self.scan(self.document.data()))
        if shown.count():
            shown.setCurrentRow(min(row, shown.count() - 1))
