"""The Dokument step: make the documents of a session, with the personal-data check and progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialogkarta import catalogue, ops
from dialogkarta.maps import session_template
from dialogkarta.output_files import free_name
from dialogkarta.report.export import KINDS, personal_data_hits
from dialogkarta.ui.background import BackgroundOp, error_text, show_error
from dialogkarta.ui.commands import AddSurveyResponseCommand, RemoveSurveyResponseCommand
from dialogkarta.ui.commands.session import EditSessionCommand
from dialogkarta.ui.language import dynamic
from dialogkarta.ui.name_dismissals import NameDismissals
from dialogkarta.ui.personal_data_dialog import PersonalDataDialog
from dialogkarta.ui.settings import Settings

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable

    from PySide6.QtWidgets import QAbstractButton

    from dialogkarta.model.values import SessionData
    from dialogkarta.privacy import Hit
    from dialogkarta.ui.background import Progress
    from dialogkarta.ui.document import SessionDocument

SCOPED_KINDS = ("summary", "material", "slides")  # the documents one municipality of a day can have of its own
DOCUMENTS = [
    ("summary", "Sammanfattning för deltagarna"),
    ("material", "Nyckelordssorterat underlag"),
    ("slides", "Presentation av resultaten"),
    ("map", "Dialogkarta med lapparna"),
    ("blank_map", "Tom dialogkarta att skicka ut"),
    ("briefing", "Information inför mötet"),
    ("survey", "Uppföljningsenkät"),
    ("json", "Sessionen som JSON"),
]


class DocumentsView(QWidget):
    finished = Signal(str)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.last_path: Path | None = None
        self.kind = QComboBox()
        for key, label in DOCUMENTS:
            self.kind.addItem(dynamic(label), key)
        self.kind.setAccessibleName(self.tr("Dokument"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.municipality = QComboBox()  # a dialogue day's documents for one of its municipalities
        self.municipality.setAccessibleName(self.tr("Kommun"))
        self.municipality.addItem(self.tr("Hela dialogdagen"), "")
        for name in document.data().municipalities:
            self.municipality.addItem(name, name)
        self.paper_size = QComboBox()
        self.paper_size.addItem("A3", "a3")
        self.paper_size.addItem("A4", "a4")
        self.folder = QLineEdit(str(document.path.parent))
        self.folder.setAccessibleName(self.tr("Mapp"))
        browse = QPushButton(self.tr("Välj mapp…"))
        browse.clicked.connect(self._browse)
        self.create_button = QPushButton(self.tr("Skapa dokument"))
        self.create_button.clicked.connect(lambda: self.make())
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_file = QPushButton(self.tr("Öppna filen"))
        self.open_folder = QPushButton(self.tr("Öppna mappen"))
        self.open_file.clicked.connect(lambda: self.last_path and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path))))
        self.open_folder.clicked.connect(lambda: self.last_path and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent))))
        for button in (self.open_file, self.open_folder):
            button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Dokument"), self.kind)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Kommun"), self.municipality)
        form.addRow(self.tr("Pappersformat (karta)"), self.paper_size)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Mapp"), folder_row)
        box = QGroupBox(self.tr("Skapa dokument"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.create_button)
        box_layout.addWidget(self.progress)
        box_layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.open_file)
        row.addWidget(self.open_folder)
        box_layout.addLayout(row)
        box_layout.addStretch(1)  # keep the controls together at the top
        layout = QHBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addWidget(self._survey_box(), 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        document.changed.connect(lambda what, ids: what == "survey" and self._show_survey())

    # --- documents -------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.format.clear()
        for extension in KINDS["map" if kind == "blank_map" else kind]:
            self.format.addItem(extension.lstrip(".").upper(), extension)
        self.paper_size.setEnabled(kind in ("map", "blank_map"))
        self.municipality.setEnabled(self.municipality.count() > 2 and kind in SCOPED_KINDS)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp för dokumenten"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def output_path(self) -> Path:
        kind = self.kind.currentData()
        name = {"summary": "sammanfattning", "material": "underlag", "slides": "presentation", "map": "dialogkarta",
                "blank_map": "tom-dialogkarta", "briefing": "information", "survey": "enkat", "json": "session"}[kind]
        municipality = self.chosen_municipality()
        suffix = f"-{municipality.lower().replace(' ', '-')}" if municipality else ""
        return Path(self.folder.text()) / f"{self.document.path.stem}-{name}{suffix}{self.format.currentData()}"

    def chosen_municipality(self) -> str:
        """The municipality the document is for, or "" for the whole session."""
        return self.municipality.currentData() if self.municipality.isEnabled() else ""

    def make(self, *, confirm_personal_data: Callable[[PersonalDataDialog], object] | None = None) -> BackgroundOp | None:
        """Check for personal data, then write the chosen document in the background."""
        kind = self.kind.currentData()
        blank = kind == "blank_map"
        kind = "map" if blank else kind
        data = self.document.data()
        municipality = self.chosen_municipality()

        def scan(current: SessionData) -> list[Hit]:  # only what the document carries: one municipality's notes if it is for one
            from dialogkarta.report.scope import one_municipality

            return personal_data_hits(one_municipality(current, municipality) if municipality else current, kind, blank=blank)

        hits = NameDismissals().remaining(scan(data), lambda entry: data.id)  # a dismissed name is not asked again
        if hits:
            dialog = PersonalDataDialog(self.document, hits, self, scan=scan)
            accepted = confirm_personal_data(dialog) if confirm_personal_data else dialog.exec()
            if not accepted:
                self.status.setText(self.tr("Avbrutet: inget dokument skapades."))
                return None
            data = self.document.data()
        chosen = self.output_path()
        output = self._replace_or_beside(chosen) if chosen.exists() else chosen
        if output is None:
            self.status.setText(self.tr("Avbrutet: inget dokument skapades."))
            return None
        settings = Settings()
        options = dict(kind=kind, output=output, blank=blank, size=self.paper_size.currentData(),
                       lang=settings.language, municipality=municipality or None, unit=settings.unit)
        template = session_template(data)  # the canonical map: the document's language is `lang`

        def write(progress: Progress) -> Path:  # on a worker thread, from the snapshot `data`
            from dialogkarta.report.export import export_session

            return export_session(data, template, allow_personal_data=True,
                                  progress=lambda percent, what: progress(percent, 100, what), **options)

        self.create_button.setEnabled(False)
        return (BackgroundOp(self, write, title=self.tr("Dokumentet kunde inte skapas"))
                .with_progress(self.progress, self.status).success(self._done).failure(self._failed)
                .run_in_background())

    def _replace_or_beside(self, output: Path) -> Path | None:
        """Ask before replacing a document that may have been edited by hand; the default keeps it."""
        beside = free_name(output)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Filen finns redan"),
                          self.tr("%1 finns redan; den kan vara redigerad för hand.").replace("%1", str(output)),
                          parent=self)
        keep = box.addButton(self.tr("Spara bredvid som «%1»").replace("%1", beside.name), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Skriv över"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        choices: dict[QAbstractButton, Path] = {keep: beside, replace: output}
        return choices.get(box.clickedButton())

    def _done(self, path: Path) -> None:
        self.last_path = Path(path)
        self.create_button.setEnabled(True)
        self.status.setText(self.tr("Klart: %1").replace("%1", str(path)))
        for button in (self.open_file, self.open_folder):
            button.setEnabled(True)
        self.finished.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.status.setText(error_text(error))
        show_error(self, self.tr("Dokumentet kunde inte skapas"), error)

    # --- follow-up survey ------------------------------------------------------------

    def _survey_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Uppföljningsenkäten"))
        form = QFormLayout(box)
        self.items_edit = QPlainTextEdit()  # the session's own statements, one per line
        self.items_edit.setAccessibleName(self.tr("Enkätens påståenden, ett per rad"))
        self.items_edit.setMaximumHeight(120)
        form.addRow(QLabel(self.tr("Enkätens påståenden (ett per rad; svaren 1–5 eller Vet ej)")))
        form.addRow(self.items_edit)
        self.save_items = QPushButton(self.tr("Spara påståendena"))
        self.save_items.clicked.connect(self.save_survey_items)
        form.addRow(self.save_items)
        self.ratings_box = QWidget()
        self.ratings_form = QFormLayout(self.ratings_box)
        self.ratings_form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(self.tr("Registrera ett svar (0 = inget svar eller Vet ej)")))
        form.addRow(self.ratings_box)
        self.ratings: dict[str, QSpinBox] = {}
        self.comment = QLineEdit()
        self.comment.setAccessibleName(self.tr("Kommentar"))
        form.addRow(self.tr("Kommentar"), self.comment)
        add = QPushButton(self.tr("Spara svaret"))
        add.clicked.connect(self.add_response)
        form.addRow(add)
        self.responses = QListWidget()
        self.responses.setAccessibleName(self.tr("Inkomna svar"))
        form.addRow(self.responses)
        remove = QPushButton(self.tr("Ta bort markerat svar"))
        remove.clicked.connect(self.remove_response)
        form.addRow(remove)
        self._show_items()
        self._show_survey()
        self.document.changed.connect(lambda what, ids: what == "session" and self._show_items())
        return box

    def survey_items(self) -> tuple[tuple[str, str], ...]:
        """The session's statements as (key, text), its own or the default set."""
        from dialogkarta.report.model import survey_items

        return survey_items(self.document.data(), catalogue.language())  # the interface's language

    def _show_items(self) -> None:
        items = self.survey_items()
        if not self.items_edit.hasFocus():
            self.items_edit.setPlainText("\n".join(text for _, text in items))
        while self.ratings_form.rowCount():
            self.ratings_form.removeRow(0)
        self.ratings = {}
        for key, label in items:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("–"))
            spin.setAccessibleName(label)
            self.ratings[key] = spin
            self.ratings_form.addRow(QLabel(label, wordWrap=True), spin)

    def save_survey_items(self) -> None:
        """Store the statements as typed; a statement kept keeps its answers."""
        from dialogkarta.model.values import survey_items_from_texts

        items = survey_items_from_texts(self.items_edit.toPlainText().splitlines(), list(self.survey_items()))
        if items:
            self.document.push(EditSessionCommand(self.document, changes={"survey_items": items}))
        self._show_items()

    def add_response(self) -> None:
        ratings = {k: s.value() for k, s in self.ratings.items() if s.value()}
        if not ratings and not self.comment.text().strip():
            return
        self.document.push(AddSurveyResponseCommand(self.document, ratings=ratings, comment=self.comment.text().strip()))
        for spin in self.ratings.values():
            spin.setValue(0)
        self.comment.clear()

    def remove_response(self) -> None:
        row = self.responses.currentRow()
        ids = ops.survey_ids(self.document.db)
        if 0 <= row < len(ids):
            self.document.push(RemoveSurveyResponseCommand(self.document, response_id=ids[row]))

    def _show_survey(self) -> None:
        self.responses.clear()
        items = self.survey_items()
        for response in self.document.data().survey:
            given = response.get("ratings", {})
            # the ratings in the form's order, '–' where an item was left out; the labels in the tooltip
            ratings = " · ".join(str(given.get(key, "–")) for key, _ in items)
            self.responses.addItem(f"{ratings}   {response.get('comment', '')}".rstrip())
            self.responses.item(self.responses.count() - 1).setToolTip("\n".join(
                f"{label}: {given.get(key, '–')}" for key, label in items))
