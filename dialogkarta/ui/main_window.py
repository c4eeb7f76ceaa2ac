"""The main window: the start screen, or the open session with its steps; menus and save state."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget

from dialogkarta.errors import DialogkartaError
from dialogkarta.paths import EXAMPLE_SESSIONS
from dialogkarta.ui.settings import Settings
from dialogkarta.ui.start_view import StartView
from dialogkarta.ui.steps import STEP_MEETING
from dialogkarta.ui.undo_actions import undo_actions

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMenu

    from dialogkarta.ui.document import SessionDocument
    from dialogkarta.ui.map_editor_dialog import MapEditorDialog
    from dialogkarta.ui.session_view import SessionView
    from dialogkarta.ui.talks_dialog import TalksDialog
    from dialogkarta.ui.written_input_dialog import WrittenInputDialog

# The session views, dialogs and `files` import the data layer (SQLAlchemy, SQLModel, alembic):
# they are imported where they are first used, so the start screen paints before they load.


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.document: SessionDocument | None = None
        self.session_view: SessionView | None = None
        self.stack = QStackedWidget()
        self.start = StartView(self.settings)
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.save_state = QLabel()
        self.statusBar().addPermanentWidget(self.save_state)
        self.start.open_requested.connect(self.open_session)
        self.start.new_requested.connect(self.new_session)
        self.start.browse_requested.connect(self.browse)
        self.start.import_requested.connect(self.import_json)
        self.start.folder_requested.connect(self.choose_folder)
        self.start.synthesis_requested.connect(self.open_county)
        self._menus()
        self.first_start()
        self.show_start()
        self.resize(1366, 768)
        self.setAcceptDrops(True)  # a returned response form dropped on the window is read in

    # --- menus -----------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: Callable[..., object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self._action(file_menu, self.tr("Ny session…"), self.new_session, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("Öppna…"), self.browse, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("Importera JSON…"), self.import_json)
        self.export_action = self._action(file_menu, self.tr("Exportera JSON…"), self.export_json)
        self.written_action = self._action(file_menu, self.tr("Läs in svar eller skriftliga reflektioner…"),
                                           self.choose_written_input)
        file_menu.addSeparator()
        self.write_copy_action = self._action(file_menu, self.tr("Skriv en &kopia till kollega…"), self.write_copy)
        self.merge_copy_action = self._action(file_menu, self.tr("Slå &ihop med en annan kopia…"), self.merge_copy)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Länssammanställning…"), self.open_county)
        file_menu.addSeparator()
        # explicit keys: the platform's standard Quit is empty on Windows and Close is Ctrl+F4 there
        self.close_action = self._action(file_menu, self.tr("Stäng sessionen"),
                                         lambda: self.keep_typed_text() and self.close_session(), "Ctrl+W")
        self._action(file_menu, self.tr("Avsluta"), self.quit, "Ctrl+Q")
        self.edit_menu = self.menuBar().addMenu(self.tr("&Redigera"))
        self.view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        # F5 itself is the meeting view's shortcut (a second one here would make it ambiguous)
        self.presenter_action = self._action(self.view_menu, self.tr("Presentatörsläge") + "\tF5", self.open_presenter)
        self.view_menu.addSeparator()
        self.step_actions = [
            self._action(self.view_menu, text, lambda checked=False, i=index: self.show_step(i))
            for index, text in enumerate((self.tr("1. Förberedelse"), self.tr("2. Möte"), self.tr("3. Dokument")))]
        # not Ctrl+Alt+digit: that is AltGr on Swedish keyboards (@, £, $)
        self.step_actions.append(self._action(self.view_menu, self.tr("Nästa steg"), lambda: self.next_step(1), "Ctrl+PgDown"))
        self.step_actions.append(self._action(self.view_menu, self.tr("Föregående steg"), lambda: self.next_step(-1), "Ctrl+PgUp"))
        self.keywords_action = self._action(self.edit_menu, self.tr("Nyckelord…"), self.edit_keywords)
        self.talks_action = self._action(self.edit_menu, self.tr("Enskilda samtal…"), self.edit_talks, "Ctrl+Shift+T")
        self.maps_action = self._action(self.edit_menu, self.tr("Dialogkartor…"), self.edit_maps)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Inställningar…"), self.edit_settings, QKeySequence.StandardKey.Preferences)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._action(help_menu, self.tr("Användarguide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("Om Dialogkarta"), self.show_about)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

    def _session_actions(self, enabled: bool) -> None:
        for action in (self.export_action, self.written_action, self.talks_action, self.write_copy_action,
                       self.merge_copy_action, self.close_action, self.presenter_action, self.keywords_action,
                       *self.step_actions):
            action.setEnabled(enabled)

    # --- start ------------------------------------------------------------------------

    def first_start(self) -> None:
        """On the first start the example sessions go into the workspace folder."""
        first = not self.settings.first_start_done
        if first:  # written on a worker thread after the first paint, then listed
            self.start.write_examples_first(sorted(EXAMPLE_SESSIONS.glob("*.json")))
            self.settings.mark_first_start_done()
        self.start.show_guide(first)

    def show_start(self) -> None:
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle(self.tr("Dialogkarta"))
        self.save_state.clear()  # "Sparad" belongs to an open session
        self._session_actions(False)

    # --- sessions ---------------------------------------------------------------------

    def open_session(self, path: Path, step: int = STEP_MEETING) -> bool:
        if self.document is not None and Path(path) == self.document.path:
            return True  # a double-click also activates: the second request finds the file open already
        from dialogkarta.ui.document import SessionDocument
        from dialogkarta.ui.session_view import SessionView

        self.close_session()
        try:
            document = SessionDocument.open(path, self)
        except DialogkartaError as exc:
            QMessageBox.warning(self, self.tr("Kan inte öppna"), str(exc))
            return False
        self.document = document
        self.session_view = SessionView(document)
        self.stack.addWidget(self.session_view)
        self.stack.setCurrentWidget(self.session_view)
        document.saved.connect(self._saved)
        document.failed.connect(self._failed)
        document.file_lost.connect(self._file_lost)
        document.changed.connect(lambda what, ids: what == "session" and self._title())
        undo, redo = undo_actions(document, self, undo_text=self.tr("Ångra"), redo_text=self.tr("Gör om"))
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.insertAction(self.keywords_action, undo)
        self.edit_menu.insertAction(self.keywords_action, redo)
        self.settings.add_recent(Path(path))
        self._title()
        self._session_actions(True)
        self.save_state.setText(self.tr("Sparad"))
        self.session_view.setCurrentIndex(step)
        self.session_view.meeting.set_active_question(document.template.questions[0].key)
        if document.readonly:
            self.statusBar().showMessage(self.tr("Filen är skrivskyddad: ändringar kan inte sparas."))
        for notice in document.file.notices:  # e.g. a crash journal that was not the file's own, set aside
            QMessageBox.warning(self, self.tr("Observera"), f"{document.path}: {notice}")
        return True

    def _failed(self, message: str) -> None:
        self.save_state.setText(self.tr("Inte sparad"))  # never "Sparad" after a failed save
        QMessageBox.critical(self, self.tr("Kunde inte spara"), message)

    def _file_lost(self, message: str) -> None:
        from dialogkarta.ui.save_elsewhere import offer_save_elsewhere

        self.save_state.setText(self.tr("Inte sparad"))
        if getattr(self, "_rescuing", False):
            return  # closing flushes pending edits into the lost file too: one question is enough
        self._rescuing = True
        assert self.document is not None  # only an open session's file can be lost
        try:
            target = offer_save_elsewhere(self, self.document, message)
            if target is not None:
                self.open_session(target)
        finally:
            self._rescuing = False

    def _title(self) -> None:
        if self.document:
            self.setWindowTitle(f"{self.document.data().title} – {self.document.path.name} – Dialogkarta")

    def _saved(self) -> None:
        self.save_state.setText(self.tr("Sparad %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    def close_session(self) -> None:
        if self.document is None or self.session_view is None:
            return
        self.session_view.flush()
        for action in (self.undo_action, self.redo_action):
            if action is not None:
                self.edit_menu.removeAction(action)
        if self.session_view.meeting.presenter is not None:
            self.session_view.meeting.presenter.close()
        self.stack.removeWidget(self.session_view)
        self.session_view.deleteLater()
        self.document.close()
        self.document = self.session_view = None
        self.show_start()

    def quit(self) -> None:
        """End the app, also when the guide or the county window is open."""
        for name in ("guide", "county"):
            if getattr(self, name, None) is not None:
                getattr(self, name).close()
        if self.close():
            QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keep_typed_text():
            event.ignore()
            return
        self.close_session()
        super().closeEvent(event)

    def keep_typed_text(self) -> bool:
        """Ask about text typed in the capture field but not yet entered; False if the user cancels."""
        if self.session_view is None or self.document is None or self.document.readonly:
            return True
        capture = self.session_view.meeting.capture
        typed = capture.edit.text().strip()
        if not typed:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Text som inte är sparad"),
                          self.tr("Inmatningsfältet innehåller text som inte har blivit en lapp:\n«%1»").replace("%1", typed),
                          parent=self)
        keep = box.addButton(self.tr("Spara som lapp"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Släng texten"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # a hurried Enter keeps what was typed
        box.setEscapeButton(cancel)
        keep.setFocus()
        box.exec()
        if box.clickedButton() is cancel:
            return False
        if box.clickedButton() is keep:
            capture.edit.returnPressed.emit()  # the same path as Enter in the field
        return True

    def new_session(self) -> None:
        from dialogkarta.ui.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(self.settings, self)
        if dialog.exec() and dialog.created:
            self.open_session(dialog.created, step=0)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Öppna session"), str(self.settings.workspace),
                                              self.tr("Dialogkarta-sessioner (*.dkarta)"))
        if path:
            self.open_session(Path(path))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Välj arbetsmapp"), str(self.settings.workspace))
        if folder:
            self.settings.workspace = Path(folder)
            self.show_start()

    def import_json(self) -> None:
        source, _ = QFileDialog.getOpenFileName(self, self.tr("Importera session"), "", self.tr("JSON (*.json)"))
        if source:
            self.import_file(Path(source))

    def import_file(self, source: Path) -> Path | None:
        from dialogkarta import files

        target = self.settings.workspace / (source.stem + ".dkarta")
        try:
            self.settings.workspace.mkdir(parents=True, exist_ok=True)
            files.import_json(source, target)
        except (DialogkartaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Kan inte importera"), str(exc))
            return None
        self.open_session(target)
        return target

    def export_json(self) -> None:
        from dialogkarta import interchange

        if self.document is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera JSON"), str(self.document.path.with_suffix(".json")),
                                                self.tr("JSON (*.json)"))
        if target and self._personal_data_checked():
            try:
                interchange.write_json(self.document.data(), target)
            except DialogkartaError as exc:
                QMessageBox.warning(self, self.tr("Kan inte exportera"), str(exc))

    # --- written input (response forms, reflections) --------------------------------

    def _dropped_file(self, event: QDropEvent) -> Path | None:
        from dialogkarta.ui.written_input_dialog import READABLE

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if self.document is None or len(paths) != 1 or paths[0].suffix.lower() not in READABLE:
            return None
        return paths[0]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.read_written_input(path)
        else:
            super().dropEvent(event)

    def choose_written_input(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Läs in svar"), str(self.settings.workspace),
                                              self.tr("Svarsformulär och texter (*.docx *.txt *.md)"))
        if path:
            self.read_written_input(Path(path))

    def read_written_input(self, path: Path) -> WrittenInputDialog | None:
        """Preview a returned form or written reflections; add them to the session if accepted."""
        from dialogkarta.ui.written_input_dialog import WrittenInputDialog

        if self.document is None or self.session_view is None:
            return None
        self.session_view.flush()
        self.written_dialog = WrittenInputDialog(self.document, path, self)
        self.written_dialog.open()
        return self.written_dialog
    def _personal_data_checked(self) -> bool:
        """The same check and dialog as the Dokument step; JSON carries every text of the session."""
        from dialogkarta.report.export import personal_data_hits
        from dialogkarta.ui.name_dismissals import NameDismissals
        from dialogkarta.ui.personal_data_dialog import PersonalDataDialog

        assert self.document is not None  # asked only while a session is open
        data = self.document.data()
        hits = NameDismissals(self.settings).remaining(personal_data_hits(data, "json"), lambda entry: data.id)
        if not hits:
            return True
        dialog = PersonalDataDialog(self.document, hits, self, scan=lambda data: personal_data_hits(data, "json"))
        return bool(dialog.exec())

    def write_copy(self) -> None:
        from dialogkarta.ui.copies_actions import CopiesActions

        if self.document is not None and self.session_view is not None:
            self.session_view.flush()
            CopiesActions(self).write_copy(self.document)

    def merge_copy(self) -> None:
        from dialogkarta.ui.copies_actions import CopiesActions

        if self.document is not None and self.session_view is not None:
            self.session_view.flush()
            CopiesActions(self).merge_copy(self.document)

    def show_step(self, index: int) -> None:
        if self.session_view:
            self.session_view.setCurrentIndex(index)

    def next_step(self, step: int) -> None:
        if self.session_view:
            self.show_step((self.session_view.currentIndex() + step) % self.session_view.count())

    def open_presenter(self) -> None:
        if self.session_view:
            self.session_view.meeting.open_presenter()

    def edit_keywords(self) -> None:
        from dialogkarta.ui.keywords_dialog import KeywordsDialog

        if self.document:
            KeywordsDialog(self.document, self).exec()

    def edit_talks(self) -> TalksDialog | None:
        from dialogkarta.ui.talks_dialog import TalksDialog

        if self.document:
            self.talks_dialog = TalksDialog(self.document, self)
            self.talks_dialog.show()
            return self.talks_dialog
        return None

    def edit_maps(self) -> MapEditorDialog:
        from dialogkarta.ui.map_editor_dialog import MapEditorDialog

        self.map_editor = MapEditorDialog(self)
        self.map_editor.show()
        return self.map_editor

    def edit_settings(self) -> None:
        from dialogkarta.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.settings, self).exec() and self.document is None:
            self.show_start()

    def show_guide(self) -> None:
        from dialogkarta.ui.guide_view import GuideView

        self.guide = GuideView(self.settings.language)
        self.guide.show()

    def show_about(self) -> None:
        from dialogkarta.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def open_county(self) -> None:
        from dialogkarta.ui.county_window import CountyWindow

        self.county = CountyWindow(self.settings)
        self.county.show()
