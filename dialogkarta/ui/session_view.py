"""One open session: the steps Förberedelse, Möte and Dokument."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from dialogkarta.ui.documents_view import DocumentsView
from dialogkarta.ui.meeting_view import MeetingView
from dialogkarta.ui.preparation_view import PreparationView

STEP_PREPARE, STEP_MEETING, STEP_DOCUMENTS = range(3)


class SessionView(QTabWidget):
    def __init__(self, document, parent=None) -> None:
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
        self.currentChanged.connect(self._step_changed)

    def make_document(self, kind: str) -> None:
        self.setCurrentIndex(STEP_DOCUMENTS)
        self.documents.kind.setCurrentIndex(self.documents.kind.findData(kind))
        self.documents.make()

    def _step_changed(self, index: int) -> None:
        self.flush()
        if index == STEP_MEETING:
            self.meeting.capture.edit.setFocus()

    def flush(self) -> None:
        self.preparation.flush()
        self.meeting.flush()
