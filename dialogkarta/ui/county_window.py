"""The county overview: merge sessions, read the keyword × municipality matrix, export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogkarta import catalogue
from dialogkarta.errors import DialogkartaError, PersonalDataFound
from dialogkarta.synthesis.keywords import CountyVocabulary, default_vocabulary_path, vocabulary_files
from dialogkarta.ui.background import BackgroundOp, show_error
from dialogkarta.ui.findings_view import FindingsView
from dialogkarta.ui.harmonise_dialog import HarmoniseDialog
from dialogkarta.ui.keyboard import close_keys
from dialogkarta.ui.keyword_matrix_model import KeywordMatrixModel

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from dialogkarta.synthesis.compare import QuestionComparison
    from dialogkarta.synthesis.run import SynthesisRun
    from dialogkarta.ui.background import Progress
    from dialogkarta.ui.settings import Settings


class CountyWindow(QWidget):
    loaded = Signal()
    exported = Signal(Path)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        close_keys(self)
        self.settings = settings
        self.setWindowTitle(self.tr("Länssammanställning"))
        self.setAcceptDrops(True)
        self.inputs: list[Path] = []
        self.run: SynthesisRun | None = None
        self.vocabulary = CountyVocabulary()
        self.loading: BackgroundOp | None = None  # the sessions being loaded and compared
        self.exporting: BackgroundOp | None = None
        add_files = QPushButton(self.tr("Lägg till filer…"))
        add_folder = QPushButton(self.tr("Lägg till mapp…"))
        vocabulary = QPushButton(self.tr("Länsvokabulär…"))
        self.harmonise_button = QPushButton(self.tr("Harmonisera nyckelord…"))
        self.export_buttons = []
        add_files.clicked.connect(self._pick_files)
        add_folder.clicked.connect(self._pick_folder)
        vocabulary.clicked.connect(self._pick_vocabulary)
        self.harmonise_button.clicked.connect(self.harmonise)
        top = QHBoxLayout()
        for button in (add_files, add_folder, vocabulary, self.harmonise_button):
            top.addWidget(button)
        for extension, label in ((".docx", "Word"), (".pdf", "PDF"), (".pptx", "PowerPoint"), (".xlsx", "Excel")):
            button = QPushButton(self.tr("Exportera %1").replace("%1", label))
            button.clicked.connect(lambda _=False, e=extension: self.export(e))
            top.addWidget(button)
            self.export_buttons.append(button)
        self.progress = QProgressBar()
        self.summary = QLabel(self.tr("Dra sessionsfiler (.dkarta, .json) eller en mapp hit, eller välj Lägg till."))
        self.summary.setWordWrap(True)
        self.question = QComboBox()
        self.question.setAccessibleName(self.tr("Fråga"))
        self.facet = QComboBox()
        self.facet.setAccessibleName(self.tr("Område eller nivå"))
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Kommun"))
        filters = QHBoxLayout()
        for label, combo in ((self.tr("Fråga"), self.question), (self.tr("Område/nivå"), self.facet), (self.tr("Kommun"), self.municipality)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.show_matrix)
        self.question.currentIndexChanged.connect(self._fill_facets)
        self.share = QSpinBox()
        self.share.setRange(10, 100)
        self.share.setSingleStep(10)
        self.share.setValue(50)
        self.share.setSuffix(" %")
        self.share.setAccessibleName(self.tr("Andel kommuner för ett gemensamt tema"))
        self.share.setToolTip(self.tr("Ett tema är gemensamt när minst så stor andel av kommunerna tagit upp det"))
        self.share.editingFinished.connect(self.reload)
        filters.addWidget(QLabel(self.tr("Gemensamt från")))
        filters.addWidget(self.share)
        self.model = KeywordMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setModel(self.model)
        self.matrix.setAccessibleName(self.tr("Nyckelord per kommun"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.clicked.connect(self.show_notes)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Lappar i vald cell"))
        self.notes.setWordWrap(True)
        self.findings = FindingsView(self.notes)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.matrix)
        splitter.addWidget(self.findings)
        splitter.setSizes([500, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._enable(False)
        self.resize(1300, 800)

    def _enable(self, ready: bool) -> None:
        for button in [*self.export_buttons, self.harmonise_button]:
            button.setEnabled(ready)

    # --- inputs -----------------------------------------------------------------------

    def _pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Välj sessioner"), "", self.tr("Sessioner (*.dkarta *.json)"))
        self.add_inputs([Path(p) for p in paths])

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp med sessioner"))
        if folder:
            self.add_inputs([Path(folder)])

    def _pick_vocabulary(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Länsvokabulär"), "", self.tr("Länsvokabulär (*.json)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            try:
                self.vocabulary = CountyVocabulary.load(path)
            except DialogkartaError as exc:
                QMessageBox.warning(self, self.tr("Länsvokabulär"), str(exc))
                return
            self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_inputs([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])

    def add_inputs(self, paths: list[Path]) -> BackgroundOp | None:
        new = [p for p in paths if p not in self.inputs]
        if not new:
            return None
        self.inputs += new
        found = vocabulary_files(new)
        if self.vocabulary.path is None and found:  # a county vocabulary kept in the folder is used
            try:
                self.vocabulary = CountyVocabulary.load(found[0])
            except DialogkartaError as exc:
                QMessageBox.warning(self, self.tr("Länsvokabulär"), str(exc))
        return self.reload()

    def reload(self) -> BackgroundOp | None:
        """Load and compare the sessions again on a worker thread; the matrix is filled when it is done."""
        if not self.inputs:
            return None
        inputs, vocabulary, min_share = list(self.inputs), self.vocabulary, self.share.value() / 100
        lang = self.settings.language if self.settings else catalogue.language()

        def load(progress: Progress) -> SynthesisRun:
            from dialogkarta.synthesis.run import prepare

            return prepare(inputs, skip_invalid=True, vocabulary=vocabulary, min_share=min_share, lang=lang,
                           progress=lambda done, total, path: progress(done, total, str(path)))

        self._enable(False)
        if self.loading is not None:
            self.loading.cancel()
        self.loading = (BackgroundOp(self, load, title=self.tr("Länssammanställning"))
                        .with_progress(self.progress).success(self._loaded).run_in_background())
        return self.loading

    def _loaded(self, run: SynthesisRun) -> None:
        self.run = run
        s = run.synthesis
        lines = [self.tr("%1 dialoger, %2 kommuner, %3 deltagare, %4 lappar.")
                 .replace("%1", str(len(s.sessions))).replace("%2", str(len(s.municipalities)))
                 .replace("%3", str(s.participant_count)).replace("%4", str(s.note_count))]
        if s.round:
            lines.append(self.tr("Omgång: %1").replace("%1", s.round) + (
                self.tr(" (jämförs med %1)").replace("%1", s.change.previous) if s.change else ""))
        lines += run.loaded.report_lines()
        lines += [self.tr("%1: inte med i jämförelsen (%2)").replace("%1", title).replace("%2", why) for title, why in s.excluded]
        if self.vocabulary.path:
            lines.append(self.tr("Länsvokabulär: %1").replace("%1", str(self.vocabulary.path)))
        if run.proposals:
            lines.append(self.tr("Obs! %1 förslag om att slå ihop nyckelord med olika stavning är inte avgjorda. Till dess "
                                 "räknas stavningarna som olika nyckelord, och inget av dem visas som särskilt för en kommun. "
                                 "Avgör dem under Harmonisera nyckelord….").replace("%1", str(len(run.proposals))))
        self.summary.setText("\n".join(lines))
        self.findings.show_synthesis(s)
        question, municipality, facet = self.question.currentData(), self.municipality.currentData(), self.facet.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        for q in s.questions:
            self.question.addItem(q.label, q.key)
        self.question.setCurrentIndex(max(0, self.question.findData(question)))
        self.question.blockSignals(False)
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("Alla kommuner"), None)
        for m in s.municipalities:
            self.municipality.addItem(m, m)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(municipality)))
        self.municipality.blockSignals(False)
        self._fill_facets(facet)
        self._enable(True)
        self.loaded.emit()

    # --- matrix -----------------------------------------------------------------------

    def _fill_facets(self, keep: str | None = None) -> None:
        if self.run is None:
            return
        q = self.current_question()
        self.facet.blockSignals(True)
        self.facet.clear()
        self.facet.addItem(self.tr("Alla"), None)
        for key in q.facet_keys:
            self.facet.addItem(q.facet_labels[key], key)
        self.facet.setCurrentIndex(max(0, self.facet.findData(keep)) if isinstance(keep, str) else 0)
        self.facet.blockSignals(False)
        self.show_matrix()

    def current_question(self) -> QuestionComparison:
        key = self.question.currentData()
        assert self.run is not None  # the matrix is shown only after a comparison
        return self.run.synthesis.question(key) if key else self.run.synthesis.questions[0]

    def _columns(self) -> list[str]:
        chosen = self.municipality.currentData()
        assert self.run is not None
        return [chosen] if chosen else self.run.synthesis.municipalities

    def show_matrix(self) -> None:
        if self.run is None:
            return
        self.model.show(self.current_question(), self._columns(), self.facet.currentData())
        self.notes.clear()

    def show_notes(self, index: QModelIndex) -> None:
        """List the notes behind a cell, with municipality and session date."""
        self.notes.clear()
        for ref in self.model.notes_at(index):
            self.notes.addItem(f"{ref.municipality} · {ref.session_date}: {ref.note.text}")

    # --- harmonise and export ----------------------------------------------------------

    def harmonise(self) -> None:
        if self.run is None:
            return
        target = self.vocabulary.path or default_vocabulary_path(
            [p if p.is_dir() else p.parent for p in self.inputs], self.run.synthesis.county)
        dialog = HarmoniseDialog(self.run.proposals, self.vocabulary, str(target), self)
        if dialog.exec():
            self.save_vocabulary(target)

    def save_vocabulary(self, target: Path | None) -> None:
        """Keep the decisions in the county vocabulary file, then compare again with them."""
        if target:
            try:
                self.vocabulary.save(target)
            except DialogkartaError as exc:
                QMessageBox.warning(self, self.tr("Länsvokabulär"), str(exc))
        self.reload()

    def personal_data_accepted(self, hits: list) -> bool:
        """The Dokument step's dialog, for (file, hit) pairs: Avbryt is the default, dismissed names are not asked."""
        from dialogkarta.ui.personal_data_dialog import PersonalDataDialog

        sessions = {s.path: s.data.id for s in self.run.loaded.sessions} if self.run else {}
        labels = {q.key: q.label for q in self.run.synthesis.template.questions} if self.run else {}
        self.personal_data_dialog = PersonalDataDialog(None, hits, self, sessions=sessions, labels=labels)
        if not self.personal_data_dialog.remaining(hits):
            return True
        return bool(self.personal_data_dialog.exec())

    def export(self, extension: str, target: Path | None = None, allow_personal_data: bool = False) -> BackgroundOp | None:
        """Write the county document on a worker thread (a national workbook takes seconds); `exported` says where."""
        if self.run is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Spara länssammanställning"),
                                                  f"lanssammanstallning{extension}", f"*{extension}")
            if not name:
                return None
            target = Path(name)
        run = self.run
        if not allow_personal_data and run.hits:  # asked before anything is written, names included
            if not self.personal_data_accepted(run.hits):
                return None
            allow_personal_data = True
        unit = self.settings.unit if self.settings else None  # read here: QSettings belongs to this thread

        def write(progress: Progress) -> Path:
            from dialogkarta.synthesis.run import write as write_synthesis

            return write_synthesis(run, target, allow_personal_data=allow_personal_data, unit=unit)

        def failed(error: BaseException) -> None:
            self._enable(True)
            if isinstance(error, PersonalDataFound):
                if self.personal_data_accepted(error.hits):
                    self.export(extension, target, allow_personal_data=True)
                return
            show_error(self, self.tr("Kunde inte skriva"), error)

        def done(path: Path) -> None:
            self._enable(True)
            self.summary.setText(self.tr("Sparad: %1").replace("%1", str(path)) + "\n" + self.summary.text())
            self.exported.emit(path)

        self._enable(False)
        self.exporting = (BackgroundOp(self, write, title=self.tr("Kunde inte skriva"))
                          .with_progress(self.progress).success(done).failure(failed).run_in_background())
        return self.exporting
