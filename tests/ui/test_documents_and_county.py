"""The Dokument step, driven through its widgets (the county window: test_county_window.py)."""

from __future__ import annotations

from docx import Document
from openpyxl import load_workbook

from dialogkarta import files, ops
from dialogkarta.store import open_session_file
from dialogkarta.ui.document import SessionDocument
from dialogkarta.ui.documents_view import DocumentsView
from tests.ui.conftest import documents_step


def test_documents_step_writes_the_summary_in_the_background(qtbot, example_session, tmp_path):
    document, view = documents_step(qtbot, example_session, tmp_path, "summary", ".docx")
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        view.make()
    path = blocker.args[0]
    assert view.progress.value() == 100 and view.open_file.isEnabled()
    text = "\n".join(p.text for p in Document(path).paragraphs)
    assert document.data().title in text
    document.close()


def test_personal_data_is_shown_and_can_be_fixed_before_writing(qtbot, example_session, tmp_path):
    with open_session_file(example_session) as file:
        note = ops.add_note(file.db, question="needs", text="Ring Kalle 811218-9876", facet="own")
    document, view = documents_step(qtbot, example_session, tmp_path, "material", ".xlsx")
    seen = []

    def fix_then_continue(dialog):
        seen.append(dialog.list.item(0).text())
        dialog.list.setCurrentRow(0)
        dialog.editor.setPlainText("Ring handläggaren")
        dialog.save_fix()
        seen.append(dialog.list.count())
        return True

    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        view.make(confirm_personal_data=fix_then_continue)
    assert "811218-9876" in seen[0] and "Behov av KUF" in seen[0] and seen[1] == 0
    texts = [c.value for row in load_workbook(blocker.args[0]).active.iter_rows() for c in row]
    assert "Ring handläggaren" in texts and not any("811218" in str(t) for t in texts)
    assert any(n.id == note.id and n.text == "Ring handläggaren" for _, n in files.read_session(example_session).all_notes())
    document.close()


def test_refusing_personal_data_writes_nothing(qtbot, example_session, tmp_path):
    with open_session_file(example_session) as file:
        ops.add_note(file.db, question="needs", text="kalle@example.se", facet="own")
    document = SessionDocument.open(example_session)
    view = DocumentsView(document)
    qtbot.addWidget(view)
    view.folder.setText(str(tmp_path / "ut"))
    assert view.make(confirm_personal_data=lambda dialog: False) is None
    assert not (tmp_path / "ut").exists()
    document.close()


def test_survey_answers_are_recorded_and_removed(qtbot, example_session):
    document = SessionDocument.open(example_session)
    view = DocumentsView(document)
    qtbot.addWidget(view)
    earlier = files.read_session(example_session).survey  # the example's own answers
    view.ratings["purpose"].setValue(4)
    view.comment.setText("Bra samtal")
    view.add_response()
    assert files.read_session(example_session).survey[-1]["ratings"] == {"purpose": 4}
    assert view.responses.count() == len(earlier) + 1
    new = view.responses.item(len(earlier))
    assert new.text() == "– · 4 · – · – · – · –   Bra samtal"
    assert "Syftet med mötet var tydligt: 4" in new.toolTip()
    view.responses.setCurrentRow(len(earlier))
    view.remove_response()
    assert files.read_session(example_session).survey == earlier
    document.undo_stack.undo()
    assert files.read_session(example_session).survey[-1]["comment"] == "Bra samtal"
    document.close()



def test_personal_data_in_minutes_and_next_steps_is_fixed_in_the_dialog_and_undoable(qtbot, example_session):
    from dialogkarta import privacy
    from dialogkarta.ui.personal_data_dialog import PersonalDataDialog

    with open_session_file(example_session) as file:
        minutes = files.read_session(example_session).question("conditions").minutes
        ops.update_question(file.db, question="conditions", changes={"minutes": minutes + "\nKalle nås på 070-123 45 67 och kalle@example.se"})
        ops.update_session(file.db, changes={"next_steps": "Skicka till kalle@example.se"})
    document = SessionDocument.open(example_session)
    dialog = PersonalDataDialog(document, privacy.scan_session(document.data()))
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(rows) == 3 and any("Förutsättningar, löpande anteckningar" in r for r in rows) and any("nästa steg" in r for r in rows)
    minutes_row = next(i for i, r in enumerate(rows) if "070-123 45 67" in r)
    dialog.list.setCurrentRow(minutes_row)
    assert dialog.editor.isEnabled() and dialog.editor.toPlainText().startswith(minutes)
    assert dialog.editor.textCursor().selectedText() == "070-123 45 67", "the hit is selected in the long minutes"
    dialog.editor.setPlainText(minutes + "\nKalle nås via växeln och kalle@example.se")  # the e-mail is still there
    dialog.save_fix()
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(rows) == 2 and not any("070-123" in r for r in rows)
    assert document.data().question("conditions").minutes.endswith("via växeln och kalle@example.se")
    dialog.list.setCurrentRow(next(i for i, r in enumerate(rows) if "nästa steg" in r))
    dialog.editor.setPlainText("Skicka till kommunens registrator")
    dialog.save_fix()
    assert dialog.list.count() == 1 and document.data().next_steps == "Skicka till kommunens registrator"
    document.undo_stack.undo()
    assert document.data().next_steps == "Skicka till kalle@example.se"
    assert files.read_session(example_session).question("conditions").minutes.endswith("via växeln och kalle@example.se")
    document.close()


def test_a_dialogue_days_summary_is_made_for_the_municipality_chosen_with_the_keyboard(qtbot, tmp_path, example_paths, settings):
    from PySide6.QtCore import Qt

    source = tmp_path / "day.dkarta"
    files.import_json(next(p for p in example_paths if "sorsele" in p.name), source)
    document = SessionDocument.open(source)
    view = DocumentsView(document)
    qtbot.addWidget(view)
    view.show()
    view.folder.setText(str(tmp_path))
    view.kind.setCurrentIndex(view.kind.findData("summary"))
    view.format.setCurrentIndex(view.format.findData(".docx"))
    view.municipality.setFocus()
    for _ in range(2):  # Hela dialogdagen → Sorsele → Malå
        qtbot.keyClick(view.municipality, Qt.Key_Down)
    assert view.municipality.currentText() == "Malå"
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(view.create_button, Qt.LeftButton)
    path = blocker.args[0]
    assert path.endswith("-sammanfattning-malå.docx")
    text = "\n".join(p.text for p in Document(path).paragraphs)
    data = files.read_session(source)
    assert all(n.text in text for _, n in data.all_notes() if n.municipality == "Malå")
    assert "– Sorsele" not in text and "– Åsele" not in text
    view.kind.setCurrentIndex(view.kind.findData("briefing"))
    assert not view.municipality.isEnabled()  # a briefing is for the whole day
    document.close()


def test_the_units_name_typed_in_the_settings_reaches_the_briefing(qtbot, settings, example_session, tmp_path):
    from PySide6.QtCore import Qt

    from dialogkarta.ui.settings_dialog import SettingsDialog
    from tests.ui.conftest import type_text

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.unit_fields["name"]
    field.setFocus()
    type_text(field, "FoU Socialtjänst Västerbotten")
    contact = dialog.unit_fields["contact"]
    contact.setFocus()
    type_text(contact, "Karin Holmqvist, 090-123 45")
    qtbot.keyClick(contact, Qt.Key_Return)  # Enter accepts the dialog
    assert settings.unit.name == "FoU Socialtjänst Västerbotten"
    document, view = documents_step(qtbot, example_session, tmp_path, "briefing", ".docx")
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(view.create_button, Qt.LeftButton)
    text = "\n".join(p.text for p in Document(blocker.args[0]).paragraphs)
    assert "FoU Socialtjänst Västerbotten" in text and "Karin Holmqvist, 090-123 45" in text
    document.close()


def test_the_facilitator_edits_the_survey_statements_and_the_form_and_answers_follow(qtbot, tmp_path, example_session, settings):
    from PySide6.QtCore import Qt

    from tests.ui.conftest import type_text

    document = SessionDocument.open(example_session)
    view = DocumentsView(document)
    qtbot.addWidget(view)
    view.show()
    lines = view.items_edit.toPlainText().splitlines()
    assert lines[0] == "Informationen före mötet hjälpte mig att förstå vad det var för möte" and len(lines) == 6
    view.items_edit.setFocus()
    cursor = view.items_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    view.items_edit.setTextCursor(cursor)
    qtbot.keyClick(view.items_edit, Qt.Key_Return)
    type_text(view.items_edit, "Vi fick tid att tänka efter före mötet")
    qtbot.mouseClick(view.save_items, Qt.LeftButton)
    items = files.read_session(example_session).survey_items
    assert items[-1] == {"key": "item1", "text": "Vi fick tid att tänka efter före mötet"}
    assert items[0]["key"] == "advance_info"  # a statement kept keeps its key and its answers
    assert list(view.ratings)[-1] == "item1"
    document.undo_stack.undo()
    assert files.read_session(example_session).survey_items == [] and "item1" not in view.ratings
    document.undo_stack.redo()
    view.ratings["item1"].setValue(5)
    view.add_response()
    assert files.read_session(example_session).survey[-1]["ratings"] == {"item1": 5}  # after the example's own answers
    view.kind.setCurrentIndex(view.kind.findData("survey"))
    view.format.setCurrentIndex(view.format.findData(".docx"))
    view.folder.setText(str(tmp_path))
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(view.create_button, Qt.LeftButton)
    text = "\n".join(p.text for p in Document(blocker.args[0]).paragraphs)
    assert "7. Vi fick tid att tänka efter före mötet" in text
def _answer_next_box(press_key=None, click_text=None, seen=None):
    """Answer the next modal box with a real key press or a click on a button with that text."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def answer():
        box = QApplication.activeModalWidget()
        if seen is not None:
            seen.append(box.text())
        if press_key is not None:
            QTest.keyClick(box, press_key)
        else:
            button = next(b for b in box.buttons() if b.text() == click_text)
            QTest.mouseClick(button, Qt.LeftButton)

    QTimer.singleShot(0, answer)


def test_an_existing_document_is_kept_unless_the_facilitator_chooses_to_replace_it(qtbot, example_session, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    document, view = documents_step(qtbot, example_session, tmp_path, "summary", ".docx")
    edited = view.output_path()
    edited.write_bytes(b"handredigerad")
    seen = []
    # Enter takes the default: a new name beside it
    _answer_next_box(press_key=Qt.Key_Return, seen=seen)
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        QTest.mouseClick(view.create_button, Qt.LeftButton)
    assert str(edited) in seen[0] and edited.read_bytes() == b"handredigerad"
    assert blocker.args[0].endswith(" (2).docx")
    assert document.data().title in "\n".join(p.text for p in Document(blocker.args[0]).paragraphs)
    # Escape cancels: nothing is written
    _answer_next_box(press_key=Qt.Key_Escape)
    QTest.mouseClick(view.create_button, Qt.LeftButton)
    assert edited.read_bytes() == b"handredigerad" and not (tmp_path / f"{edited.stem} (3).docx").exists()
    assert "Avbrutet" in view.status.text()
    # only an explicit choice replaces it
    _answer_next_box(click_text="Skriv över")
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        QTest.mouseClick(view.create_button, Qt.LeftButton)
    assert blocker.args[0] == str(edited) and edited.read_bytes() != b"handredigerad"
    document.close()
