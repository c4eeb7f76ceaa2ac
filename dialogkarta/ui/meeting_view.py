"""The meeting: the board (or the outline), the capture field and the question panel."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialogkarta.model.changes import OpChanges
from dialogkarta.model.keywords import keyword_key
from dialogkarta.ui.board_view import BoardView
from dialogkarta.ui.capture_bar import CaptureBar
from dialogkarta.ui.commands import (
    AddNoteCommand,
    DeleteNotesCommand,
    EditNoteCommand,
    FoldThemeCommand,
    GroupNotesCommand,
    MoveToQuestionCommand,
    RenameGroupCommand,
    ReorderNotesCommand,
    UngroupCommand,
    VoteCommand,
    VoteThemeCommand,
)
from dialogkarta.ui.cues_view import CuesView
from dialogkarta.ui.outline_view import OutlineView
from dialogkarta.ui.presenter_view import PresenterView
from dialogkarta.ui.question_panel import QuestionPanel

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.document import SessionDocument


class MeetingView(QWidget):
    active_question_changed = Signal(str)
    board: BoardView  # made further down in __init__ than the zoom button that uses it

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.presenter: PresenterView | None = None
        template = document.template
        self.active = template.questions[0].key

        bar = QHBoxLayout()
        self.question_buttons = QButtonGroup(self)
        for number, question in enumerate(template.questions, start=1):
            button = QPushButton(f"{number}. {question.label}")
            button.setCheckable(True)
            button.setToolTip(f"Alt+{number}")
            button.setAccessibleName(question.label)
            self.question_buttons.addButton(button, number - 1)
            bar.addWidget(button)
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda k=question.key: self.set_active_question(k))
            QShortcut(QKeySequence(f"Alt+Shift+{number}"), self,
                      lambda k=question.key: self.move_to_question(self.selected_ids(), k))
        self.question_buttons.idClicked.connect(lambda i: self.set_active_question(template.questions[i].key))
        bar.addStretch(1)
        self.view_toggle = QPushButton(self.tr("Översikt"))
        self.view_toggle.setToolTip(self.tr("Växla mellan tavla (Ctrl+B) och översikt (Ctrl+L)"))
        self.view_toggle.clicked.connect(self.toggle_view)
        bar.addWidget(self.view_toggle)
        self.zoom = QPushButton(self.tr("Förstora frågan"))
        self.zoom.setCheckable(True)
        self.zoom.setToolTip(self.tr("Visa bara den aktiva frågan, stort (Ctrl+E)"))
        self.zoom.toggled.connect(lambda on: self.board.set_zoom_active(on))
        bar.addWidget(self.zoom)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Visa kommun"))
        self.color_by = QCheckBox(self.tr("Färg per kommun"))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.color_by.toggled.connect(self._filter_changed)
        bar.addWidget(self.filter)
        bar.addWidget(self.color_by)
        bar.addWidget(QLabel(self.tr("Tema:")))
        self.group_label = QLineEdit()
        self.group_label.setPlaceholderText(self.tr("Ctrl+G: gruppera markerade"))
        self.group_label.setAccessibleName(self.tr("Tema för markerade lappar"))
        self.group_label.returnPressed.connect(self.group_selected)
        bar.addWidget(self.group_label)
        presenter = QPushButton(self.tr("Presentatörsläge (F5)"))
        presenter.clicked.connect(self.open_presenter)
        bar.addWidget(presenter)

        self.board = BoardView(document)
        self.outline = OutlineView(document)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.outline)
        self.panel = QuestionPanel(document)
        self.cues = CuesView(document)  # the map's intro and the active question's cues, for the facilitator
        cast(QVBoxLayout, self.panel.layout()).insertWidget(2, self.cues)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 320])
        self.capture = CaptureBar()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.capture)

        self.capture.submitted.connect(self.add_note)
        self.board.edit_requested.connect(self.board.start_edit)
        self.board.edited.connect(self.edit_note_text)
        self.outline.edited.connect(self.edit_note_text)
        self.board.delete_requested.connect(self.delete_notes)
        self.outline.delete_requested.connect(self.delete_notes)
        self.board.dropped.connect(self.drop_notes)
        self.board.move_requested.connect(self.move_to_question)
        self.outline.move_requested.connect(self.move_to_question)
        self.board.vote_requested.connect(self.vote)
        self.board.group_requested.connect(self.ask_group_label)
        self.board.ungroup_requested.connect(self.ungroup)
        self.outline.vote_requested.connect(self.vote)
        self.outline.group_move_requested.connect(self.move_to_group)
        self.outline.facet_requested.connect(
            lambda note_id, facet: document.push(EditNoteCommand(document, note_id=note_id, changes={"facet": facet})))
        document.applied.connect(self._applied)
        # the side panel by keyboard: Ctrl+M the running minutes, Ctrl+Shift+M the summary, Esc back
        QShortcut(QKeySequence("Ctrl+M"), self, lambda: self.panel.minutes.setFocus())
        QShortcut(QKeySequence("Ctrl+Shift+M"), self, lambda: self.panel.summary.setFocus())
        for field in (self.panel.minutes, self.panel.summary, self.group_label):
            QShortcut(QKeySequence(Qt.Key.Key_Escape), field, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
                lambda field=field: self.back_to_capture(field))
        self.board.area_clicked.connect(self.set_active_question)
        self.board.theme_renamed.connect(
            lambda key, old, new: document.push(RenameGroupCommand(document, question=key, label=old, new_label=new)))
        self.board.theme_fold_requested.connect(self.fold_theme)
        self.board.theme_vote_requested.connect(
            lambda key, label, step: document.push(VoteThemeCommand(document, question=key, label=label, step=step)))
        self.capture.lines_submitted.connect(self.add_notes)
        for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):  # a full area's pages, while capturing
            QShortcut(QKeySequence(key), self.capture.edit, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
                lambda step=step: self.board.page(step))
        QShortcut(QKeySequence("Ctrl+G"), self, self.ask_group_label)
        QShortcut(QKeySequence("Ctrl+Shift+G"), self, lambda: self.ungroup(self.selected_ids()))
        QShortcut(QKeySequence("Ctrl+B"), self, lambda: self.show_view(0))
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.show_view(1))
        QShortcut(QKeySequence("Ctrl+E"), self, self.zoom.toggle)
        QShortcut(QKeySequence("F5"), self, lambda: self.open_presenter())
        QShortcut(QKeySequence("Ctrl+T"), self, lambda: self.panel.toggle_timer())
        QShortcut(QKeySequence("Ctrl++"), self, lambda: self.vote(self.selected_ids(), 1))
        QShortcut(QKeySequence("Ctrl+-"), self, lambda: self.vote(self.selected_ids(), -1))
        self._applied(OpChanges(everything=True), initial=True)
        self.set_active_question(self.active)

    # --- state -----------------------------------------------------------------------

    def set_active_question(self, key: str) -> None:
        keys = self.document.template.question_keys
        self.active = key
        number = keys.index(key) + 1
        self.question_buttons.button(number - 1).setChecked(True)
        self.capture.set_question(number, self.document.template.question(key))
        self.panel.show_question(number, key)
        self.cues.show_question(key)
        self.board.set_active_question(key)
        if self.presenter is not None:
            self.presenter.follow(key)
        self.capture.edit.setFocus()
        self.active_question_changed.emit(key)

    def _applied(self, changes: OpChanges, initial: bool = False) -> None:
        if changes.session_field_changed("municipalities") or changes.vocabulary:
            data = self.document.data()
            self.capture.set_municipalities(data.municipalities)
            vocabulary = list(dict.fromkeys(data.vocabulary + [k for _, n in data.all_notes() for k in n.keywords]))
            self.capture.set_vocabulary(vocabulary)
            current = self.filter.currentData()
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.addItem(self.tr("Alla kommuner"), None)
            for m in data.municipalities:
                self.filter.addItem(m, m)
            self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
            self.filter.blockSignals(False)
            several = len(data.municipalities) > 1
            self.filter.setVisible(several)
            self.color_by.setVisible(several)
        if initial:  # the views were just built from the same data
            return
        self.board.apply(changes)
        self.outline.apply(changes)
        self.panel.apply(changes)

    def _filter_changed(self) -> None:
        self.board.municipality_filter = self.filter.currentData()
        self.board.color_by_municipality = self.color_by.isChecked()
        self.board.rebuild()

    def selected_ids(self) -> list[str]:
        return self.board.selected_ids() if self.stack.currentIndex() == 0 else self.outline.selected_ids()

    def show_view(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.view_toggle.setText(self.tr("Tavla") if index == 1 else self.tr("Översikt"))
        (self.outline if index == 1 else self.capture.edit).setFocus()

    def toggle_view(self) -> None:
        self.show_view(1 - self.stack.currentIndex())

    # --- actions (each one undo command) ---------------------------------------------

    def add_note(self, text: str, keywords: list, facet: str | None, municipality: str | None) -> None:
        if self.document.push(AddNoteCommand(self.document, question=self.active, text=text, facet=facet,
                                             keywords=keywords, municipality=municipality)):
            known = {keyword_key(k) for k in self.capture.vocabulary}
            fresh = [k for k in keywords if keyword_key(k) not in known]
            if fresh:  # a keyword used once is completed, and its spelling kept, from now on
                self.capture.set_vocabulary(self.capture.vocabulary + fresh)
        else:  # not saved (full disk, …): the typed text stays in the field, nothing is lost
            self.capture.restore_last()

    def fold_theme(self, question: str, label: str) -> None:
        """Fold a theme to its label (or unfold it), on the board and on the projector alike; kept in the file."""
        folded = (question, label) not in self.document.collapsed_themes
        self.document.push(FoldThemeCommand(self.document, question=question, label=label, folded=folded))

    def back_to_capture(self, field: QWidget) -> None:
        """Escape: back to the capture field; the Tema field forgets what was typed in it."""
        if field is self.group_label:
            self.group_label.clear()
        self.capture.edit.setFocus()

    def add_notes(self, notes: list) -> None:
        """Several pasted lines, one note each, in one undo step."""
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Klistra in lappar"))
        for text, keywords, facet, municipality in notes:
            self.add_note(text, keywords, facet, municipality)
        stack.endMacro()

    def edit_note_text(self, note_id: str, text: str) -> None:
        self.document.push(EditNoteCommand(self.document, note_id=note_id, changes={"text": text}))
        if self.stack.currentIndex() == 0:  # the board: back to capturing; the outline keeps its focus
            self.capture.edit.setFocus()

    def drop_notes(self, orders: dict, transfers: dict) -> None:
        """One drag on the board: a new order (and lane) within an area, notes dropped on another question."""
        targets: dict[tuple, list[str]] = {}
        for note_id, target in transfers.items():
            targets.setdefault(target, []).append(note_id)
        steps = len(orders) + len(targets)
        stack = self.document.undo_stack
        if steps > 1:  # one drag, one undo step
            stack.beginMacro(self.tr("Flytta lappar"))
        for question, change in orders.items():
            self.document.push(ReorderNotesCommand(self.document, question=question, order=change["order"],
                                                   facets=change["facets"]))
        for (question, facet), note_ids in targets.items():
            self.document.push(MoveToQuestionCommand(self.document, note_ids=note_ids, question=question, facet=facet))
        if steps > 1:
            stack.endMacro()

    def move_to_question(self, note_ids: list, key: str) -> None:
        """Alt+Shift+number or the note menu: the selected notes go to another question."""
        notes = [n.id for k, n in self.document.data().all_notes() if n.id in set(note_ids) and k != key]
        if notes:
            facet = self.document.template.question(key).facet_keys[:1]
            self.document.push(MoveToQuestionCommand(self.document, note_ids=notes, question=key,
                                                     facet=facet[0] if facet else None))

    def delete_notes(self, note_ids: list) -> None:
        self.document.push(DeleteNotesCommand(self.document, note_ids=note_ids))

    def vote(self, note_ids: list, step: int) -> None:
        if note_ids:
            self.document.push(VoteCommand(self.document, note_ids=list(note_ids), step=step))

    def ask_group_label(self) -> None:
        """Ctrl+G: the label field takes the focus; Enter groups the selected notes under it."""
        self.group_label.setFocus()
        self.group_label.selectAll()

    def ungroup(self, note_ids: list) -> None:
        grouped = [n.id for _, n in self.document.data().all_notes() if n.id in set(note_ids) and n.group]
        if grouped:
            self.document.push(UngroupCommand(self.document, note_ids=grouped))

    def move_to_group(self, note_id: str, question: str, label: str | None) -> None:
        """From the outline: put one note under another theme of its question (None: no theme)."""
        if label is None:
            self.ungroup([note_id])
        else:
            self.document.push(GroupNotesCommand(self.document, question=question, label=label, note_ids=[note_id]))

    def group_selected(self) -> None:
        label = self.group_label.text().strip()
        ids = self.selected_ids()
        if not label or not ids:
            return
        by_question: dict[str, list[str]] = {}
        for key, note in self.document.data().all_notes():
            if note.id in ids:
                by_question.setdefault(key, []).append(note.id)
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Gruppera"))
        for key, note_ids in by_question.items():
            self.board.reveal = (key, label)  # a full lane turns to the page where the theme stands
            self.document.push(GroupNotesCommand(self.document, question=key, label=label, note_ids=note_ids))
        stack.endMacro()
        self.group_label.clear()
        self.capture.edit.setFocus()

    def open_presenter(self) -> PresenterView:
        if self.presenter is None:
            self.presenter = PresenterView(self.document)
            self.presenter.destroyed.connect(lambda: setattr(self, "presenter", None))
            self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.presenter.question_requested.connect(self.set_active_question)
        self.presenter.follow(self.active)
        self.presenter.show_on(self.window())
        return self.presenter

    def flush(self) -> None:
        """Save what is being typed in the panel (before closing)."""
        self.panel.flush()
