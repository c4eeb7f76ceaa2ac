"""One open session: the steps Förberedelse, Möte and Dokument."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

from dialogkarta.ui.documents_view import DocumentsView
from dialogkarta.ui.meeting_view import MeetingView
from dialogkarta.ui.preparation_view import PreparationView
from dialogkarta.ui.steps import STEP_DOCUMENTS, STEP_MEETING, STEP_PREPARE

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

    from dialogkarta.ui.document import SessionDocument

__all__ = ["STEP_DOCUMENTS", "STEP_MEETING", "STEP_PREPARE", "SessionView"]


class SessionView(QTabWidget):
    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.preparation = PreparationView(document)
        self.meeting = MeetingView(document)
        self.documents = DocumentsView(document)
        self.addTab(self.preparation, self.tr("1. Förberedelse"))
        self.addTab(self.meeting, self.tr("2. Möte"))
        self.addTab(self.documents, self.tr("3. Dokument"))
        self.preparation.add_send_out_action(self.tr("Tom dialogkarta"), lambda: self.make_document("blank_map"))
        self.preparation.add_send_out_action(self.tr("Information inför mötet"), lambda: self.make_document("briefing"))
        self.form_button = self.preparation.add_send_out_action(self.tr("Svarsformulär"), self.make_forms)
        self.currentChanged.connect(self._step_changed)

    def make_document(self, kind: str) -> None:
        self.setCurrentIndex(STEP_DOCUMENTS)
        self.documents.kind.setCurrentIndex(self.documents.kind.findData(kind))
        self.documents.make()

    def make_forms(self, folder: str | None = None) -> list:
        """Write one response form per municipality into a folder the user picks; return the files."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from dialogkarta.errors import DialogkartaError
        from dialogkarta.report.response_form import write_response_form

        data = self.document.data()
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Mapp för svarsformulären"),
                                                            str(self.document.path.parent))
        if not folder:
            return []
        written = []
        try:
            for municipality in data.municipalities:
                target = Path(folder) / f"Svarsformulär {municipality}.docx"
                written.append(write_response_form(data, self.document.template, municipality=municipality, output=target))
        except DialogkartaError as exc:
            QMessageBox.warning(self, self.tr("Svarsformulär"), str(exc))
            return written
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("%1 svarsformulär skrivna i %2").replace("%1", str(len(written))).replace("%2", str(folder)), 8000)
        return written

    def _step_changed(self, index: int) -> None:
        self.flush()
        if index == STEP_MEETING:
            self.meeting.capture.edit.setFocus()

    def flush(self) -> None:
        self.preparation.flush()
        self.meeting.flush()
