"""The map editor: duplicate a shipped map, then change its texts, questions, cues, facets and minutes.

A user map is saved as JSON in the settings folder (maps.user_maps_folder). A session made with it
carries its own copy, so deleting or changing the map later never changes an existing session.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from dialogkarta import maps
from dialogkarta.errors import DialogkartaError
from dialogkarta.templates import Template, available_templates

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class MapEditorDialog(QDialog):
    """Shipped maps are shown read-only; Duplicera makes an editable copy; Spara writes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dialogkartor"))
        self.resize(1280, 720)
        self.current: Template | None = None
        self.question_key: str | None = None
        self.maps = QListWidget()
        self.maps.setAccessibleName(self.tr("Kartor"))
        self.maps.setMinimumWidth(280)
        self.maps.currentItemChanged.connect(lambda *_: self.select_map())
        self.duplicate_button = QPushButton(self.tr("Duplicera"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(self.tr("Ta bort"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("Spara"))
        self.save_button.clicked.connect(self.save)
        self.name, self.hub, self.hub_label = QLineEdit(), QLineEdit(), QLineEdit()
        self.intro = QPlainTextEdit()
        self.intro_minutes, self.break_minutes, self.closing_minutes = QSpinBox(), QSpinBox(), QSpinBox()
        # The map's own words in the documents (Template.texts): a copy of KUF reworded for another
        # meeting must not keep telling participants about KUF.
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {"summary.subtitle": QLineEdit(), "briefing.what_text": QPlainTextEdit(),
                      "briefing.prepare": QPlainTextEdit()}
        for edit in self.texts.values():
            if isinstance(edit, QPlainTextEdit):
                edit.setMaximumHeight(70)
        self.intro.setMaximumHeight(110)
        about = QGroupBox(self.tr("Kartan"))
        about_form = QFormLayout(about)
        for label, widget in ((self.tr("Titel"), self.name), (self.tr("Nav (kort)"), self.hub),
                              (self.tr("Nav (utskrivet)"), self.hub_label), (self.tr("Inledning"), self.intro),
                              (self.tr("Inledning, min"), self.intro_minutes), (self.tr("Paus, min"), self.break_minutes),
                              (self.tr("Avslutning, min"), self.closing_minutes),
                              (self.tr("Undertitel i dokumenten"), self.texts["summary.subtitle"]),
                              (self.tr("Inbjudan: vad är det för möte?"), self.texts["briefing.what_text"]),
                              (self.tr("Inbjudan: att förbereda"), self.texts["briefing.prepare"])):
            widget.setAccessibleName(label)
            about_form.addRow(label, widget)
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Frågor"))
        self.questions.currentItemChanged.connect(lambda current, previous: self.select_question(previous))
        self.label, self.prompt = QLineEdit(), QPlainTextEdit()
        self.cues, self.facets = QPlainTextEdit(), QPlainTextEdit()
        self.facet_label = QLineEdit()
        self.minutes = QSpinBox()
        for spin in (self.minutes, self.intro_minutes, self.break_minutes, self.closing_minutes):
            spin.setRange(0, 240)
            spin.setSuffix(" min")
        question = QGroupBox(self.tr("Frågan"))
        question_form = QFormLayout(question)
        for label, widget in ((self.tr("Rubrik"), self.label), (self.tr("Fråga (ordagrant)"), self.prompt),
                              (self.tr("Stödord, ett per rad"), self.cues), (self.tr("Indelning heter"), self.facet_label),
                              (self.tr("Områden/nivåer, en per rad"), self.facets), (self.tr("Planerad tid"), self.minutes)):
            widget.setAccessibleName(label)
            question_form.addRow(label, widget)
        remove = QPushButton(self.tr("Ta bort frågan"))
        remove.clicked.connect(self.remove_question)
        merge = QPushButton(self.tr("Slå ihop med nästa"))
        merge.clicked.connect(self.merge_with_next)
        self.question_buttons = (remove, merge)
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.maps, 1)
        for button in (self.duplicate_button, self.delete_button, self.save_button):
            left.addWidget(button)
        middle = QVBoxLayout()
        middle.addWidget(about)
        middle.addWidget(self.questions, 1)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addWidget(merge)
        middle.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(question, 1)
        right.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(middle, 3)
        layout.addLayout(right, 3)
        self.fill_maps()

    # --- which map ---------------------------------------------------------------------

    def fill_maps(self, select: str | None = None) -> None:
        self.maps.blockSignals(True)
        self.maps.clear()
        shipped = available_templates()
        for key, template in maps.all_maps().items():
            suffix = self.tr(" (medföljer)") if key in shipped else ""
            item = QListWidgetItem(template.name + suffix)
            item.setData(KEY_ROLE, key)
            self.maps.addItem(item)
            if key == select:
                self.maps.setCurrentItem(item)
        self.maps.blockSignals(False)
        if self.maps.currentItem() is None and self.maps.count():
            self.maps.setCurrentRow(0)
        self.select_map()

    def is_user_map(self) -> bool:
        return self.current is not None and self.current.key not in available_templates()

    def select_map(self) -> None:
        item = self.maps.currentItem()
        self.current = maps.all_maps().get(item.data(KEY_ROLE)) if item else None
        self.question_key = None
        self.show_map()

    def show_map(self) -> None:
        template, editable = self.current, self.is_user_map()
        if template is None:
            return
        for edit, value in ((self.name, template.name), (self.hub, template.hub), (self.hub_label, template.hub_label)):
            edit.setText(value)
        self.intro.setPlainText(" ".join(template.intro.split()))
        for spin, minutes in ((self.intro_minutes, template.intro_minutes), (self.break_minutes, template.break_minutes),
                              (self.closing_minutes, template.closing_minutes)):
            spin.setValue(minutes)
        texts = template.texts()
        for key, field in self.texts.items():
            (field.setText if isinstance(field, QLineEdit) else field.setPlainText)(texts.get(key, ""))
        for widget in (*self.texts.values(), self.name, self.hub, self.hub_label, self.intro, self.intro_minutes, self.break_minutes,
                       self.closing_minutes, self.label, self.prompt, self.cues, self.facets, self.facet_label,
                       self.minutes, self.save_button, self.delete_button, *self.question_buttons):
            widget.setEnabled(editable)
        self.status.setText("" if editable else self.tr("En medföljande karta ändras inte: duplicera den först."))
        self.fill_questions()

    def fill_questions(self) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        assert self.current is not None  # the editing controls act on the selected map
        for number, question in enumerate(self.current.questions, start=1):
            item = QListWidgetItem(f"{number}. {question.label}")
            item.setData(KEY_ROLE, question.key)
            self.questions.addItem(item)
            if question.key == self.question_key:
                self.questions.setCurrentItem(item)
        self.questions.blockSignals(False)
        if self.questions.currentItem() is None and self.questions.count():
            self.questions.setCurrentRow(0)
        self.select_question(None)

    def select_question(self, previous: QListWidgetItem | None) -> None:
        if previous is not None:
            self.take_question(previous.data(KEY_ROLE))
        item = self.questions.currentItem()
        self.question_key = item.data(KEY_ROLE) if item else None
        if self.question_key is None:
            return
        assert self.current is not None  # the editing controls act on the selected map
        question = self.current.question(self.question_key)
        self.label.setText(question.label)
        self.prompt.setPlainText(question.prompt)
        self.cues.setPlainText("\n".join(question.cues))
        self.facet_label.setText(question.facet_label)
        self.facets.setPlainText("\n".join(f.label for f in question.facets))
        self.minutes.setValue(question.planned_minutes)

    # --- editing -------------------------------------------------------------------------

    def take_question(self, key: str | None) -> None:
        """Put the question fields into the working copy of the map."""
        if not self.is_user_map() or key is None:
            return
        assert self.current is not None  # the editing controls act on the selected map
        if key not in self.current.question_keys:
            return
        old = self.current.question(key)
        new = replace(old, label=self.label.text().strip() or old.label, prompt=self.prompt.toPlainText().strip(),
                      cues=tuple(_lines(self.cues)), facet_label=self.facet_label.text().strip(),
                      facets=maps.facets_from_labels(old, _lines(self.facets)), planned_minutes=self.minutes.value())
        if (new.label, new.prompt, new.cues) != (old.label, old.prompt, old.cues):
            new = replace(new, translations={})  # reworded: the old English no longer says the same
        self.current = replace(self.current, questions=tuple(new if q.key == key else q for q in self.current.questions))

    def take_fields(self) -> Template:
        self.take_question(self.question_key)
        assert self.current is not None  # the editing controls act on the selected map
        self.current = replace(self.current, name=self.name.text().strip() or self.current.name, hub=self.hub.text().strip(),
                               hub_label=self.hub_label.text().strip(), intro=self.intro.toPlainText().strip(),
                               intro_minutes=self.intro_minutes.value(), break_minutes=self.break_minutes.value(),
                               closing_minutes=self.closing_minutes.value())
        texts = dict(self.current.extra.get("texts") or {})
        for key, edit in self.texts.items():
            value = (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
            if value:
                texts[key] = value
            else:
                texts.pop(key, None)
        self.current = replace(self.current, extra={**self.current.extra, "texts": texts})
        return self.current

    def duplicate(self) -> Template | None:
        if self.current is None:
            return None
        if self.is_user_map():
            self.take_fields()
        copy = maps.duplicate_map(self.current)
        if not self._write(copy):
            return None
        self.fill_maps(select=copy.key)
        return copy

    def save(self) -> bool:
        if not self.is_user_map():
            return False
        template = self.take_fields()
        if self._write(template):
            self.fill_maps(select=template.key)
            self.status.setText(self.tr("Sparad. Nya sessioner kan använda kartan; befintliga behåller sin egen."))
            return True
        return False

    def _write(self, template: Template) -> bool:
        try:
            maps.save_user_map(template)
            return True
        except DialogkartaError as exc:
            QMessageBox.warning(self, self.tr("Kartan kunde inte sparas"), str(exc))
            return False

    def delete(self) -> None:
        if not self.is_user_map():
            return
        assert self.current is not None  # the editing controls act on the selected map
        path = maps.user_maps_folder() / f"{self.current.key}{maps.USER_MAP_SUFFIX}"
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Kartan kunde inte tas bort"), f"{path}: {exc.strerror}")
            return
        self.fill_maps()

    def remove_question(self) -> None:
        if not self.is_user_map() or self.question_key is None:
            return
        self.take_question(self.question_key)
        assert self.current is not None  # the editing controls act on the selected map
        try:
            self.current = maps.remove_question(self.current, key=self.question_key)
        except DialogkartaError as exc:
            self.status.setText(str(exc))
            return
        self.question_key = None
        self.fill_questions()

    def merge_with_next(self) -> None:
        if not self.is_user_map() or self.question_key is None:
            return
        self.take_question(self.question_key)
        assert self.current is not None  # the editing controls act on the selected map
        keys = self.current.question_keys
        index = keys.index(self.question_key)
        if index + 1 >= len(keys):
            self.status.setText(self.tr("Den sista frågan har ingen nästa att slås ihop med."))
            return
        self.current = maps.merge_questions(self.current, first=keys[index], second=keys[index + 1])
        self.fill_questions()
