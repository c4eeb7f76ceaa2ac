"""Personal data found before an export: fix the notes here, or continue deliberately."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)

from dialogkarta import privacy
from dialogkarta.ui.commands import EditNoteCommand


class PersonalDataDialog(QDialog):
    """Lists each hit; a note can be corrected in place (an undoable edit)."""

    def __init__(self, document, hits: list, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Möjliga personuppgifter"))
        labels = {q.key: q.label for q in document.template.questions}
        intro = QLabel(self.tr("Det här ser ut som personuppgifter. Ändra anteckningarna innan dokumentet skapas, "
                               "eller fortsätt om du är säker på att uppgifterna får lämna appen."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Träffar"))
        for hit in hits:
            item = QListWidgetItem(privacy.describe(hit, labels))
            item.setData(Qt.UserRole, hit.note_id)
            self.list.addItem(item)
        self.editor = QLineEdit()
        self.editor.setAccessibleName(self.tr("Lappens text"))
        self.editor.setPlaceholderText(self.tr("Välj en träff i en lapp för att ändra texten"))
        fix = QPushButton(self.tr("Spara ändringen"))
        fix.clicked.connect(self.save_fix)
        self.editor.returnPressed.connect(self.save_fix)
        self.list.currentItemChanged.connect(self._selected)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("Fortsätt ändå"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.editor, fix, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def _note(self, note_id):
        return next((n for _, n in self.document.data().all_notes() if n.id == note_id), None)

    def _selected(self, item) -> None:
        note = self._note(item.data(Qt.UserRole)) if item else None
        self.editor.setEnabled(note is not None)
        self.editor.setText(note.text if note else "")

    def save_fix(self) -> None:
        item = self.list.currentItem()
        note = self._note(item.data(Qt.UserRole)) if item else None
        if note is None or not self.editor.text().strip():
            return
        self.document.push(EditNoteCommand(self.document, note_id=note.id, changes={"text": self.editor.text().strip()}))
        if not privacy.scan_text(self.editor.text()):
            self.list.takeItem(self.list.row(item))
