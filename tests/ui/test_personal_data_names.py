"""The personal-data dialog through real input: possible names apart, dismissed for the session; the county
window asks with the same dialog as the Dokument step, Avbryt as the default."""

from __future__ import annotations

import dataclasses

from docx import Document
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dialogkarta import interchange, ops
from dialogkarta.model.values import NoteData
from dialogkarta.store import open_session_file
from dialogkarta.ui.name_dismissals import NameDismissals
from dialogkarta.ui.personal_data_dialog import PersonalDataDialog
from tests.ui.conftest import documents_step
from tests.ui.test_county_window import loaded_window

NAME_NOTE = "Vi ringde Kerstin Lindqvist om hemtjänsten"


def rows(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def click_item(widget, row: int) -> None:
    QTest.mouseClick(widget.viewport(), Qt.LeftButton, pos=widget.visualItemRect(widget.item(row)).center())


def test_a_name_is_shown_apart_and_a_hurried_enter_writes_nothing(qtbot, settings, example_session, tmp_path):
    with open_session_file(example_session) as file:
        ops.add_note(file.db, question="needs", text=NAME_NOTE, facet="own")
    document, view = documents_step(qtbot, example_session, tmp_path)
    seen = []

    def hurried_enter(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append((rows(dialog.list), rows(dialog.names), dialog.list.isVisible(), dialog.names.isVisible()))
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key_Return)
        return dialog.result()

    assert view.make(confirm_personal_data=hurried_enter) is None
    hits, names, hits_shown, names_shown = seen[0]
    assert hits == [] and not hits_shown and names_shown
    assert names == ["möjligt namn «Kerstin Lindqvist» i Behov av KUF, anteckning"]
    assert not list(tmp_path.glob("*.docx"))
    document.close()


def test_a_dismissed_name_is_not_asked_again_for_the_session(qtbot, settings, example_session, tmp_path):
    with open_session_file(example_session) as file:
        ops.add_note(file.db, question="needs", text=NAME_NOTE, facet="own")
        ops.add_note(file.db, question="needs", text="Ring 811218-9876", facet="own")
    document, view = documents_step(qtbot, example_session, tmp_path)
    asked = []

    def dismiss_then_continue(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        asked.append(rows(dialog.names))
        click_item(dialog.names, 0)
        QTest.mouseClick(dialog.dismiss_button, Qt.LeftButton)
        asked.append((rows(dialog.names), dialog.names.isVisible(), rows(dialog.list)))
        # the personnummer is still there: Avbryt stays the default, going on is a deliberate click
        assert dialog.cancel_button.isDefault() and not dialog.continue_button.isDefault()
        QTest.mouseClick(dialog.continue_button, Qt.LeftButton)
        return dialog.result()

    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        view.make(confirm_personal_data=dismiss_then_continue)
    assert asked[0] == ["möjligt namn «Kerstin Lindqvist» i Behov av KUF, anteckning"]
    names_left, names_shown, hits = asked[1]
    assert names_left == [] and not names_shown and len(hits) == 1 and "811218-9876" in hits[0]
    assert NAME_NOTE in "\n".join(p.text for p in Document(blocker.args[0]).paragraphs)
    session_id = document.data().id
    assert NameDismissals(settings).names(session_id) == {"Kerstin Lindqvist"}
    # the personnummer is fixed: the remembered name alone asks nothing, the document is written unasked
    note = next(n for _, n in document.data().all_notes() if "811218" in n.text)
    document.close()
    with open_session_file(example_session) as file:
        ops.update_note(file.db, note_id=note.id, changes={"text": "Ring växeln"})
    (tmp_path / "igen").mkdir()
    document, view = documents_step(qtbot, example_session, tmp_path / "igen")
    with qtbot.waitSignal(view.finished, timeout=30_000):
        view.make(confirm_personal_data=lambda dialog: asked.append("asked again") or False)
    assert "asked again" not in asked
    # another session with the same name is asked about it: the dismissal belongs to its session
    assert NameDismissals(settings).names("en annan session") == set()
    document.close()


def _round_with_personal_data(folder):
    from tests.synthesis.generated import county_round, save_all

    sessions = county_round()
    first = sessions[0]
    needs = first.question("needs")
    planted = [NoteData(id="pnr", text="Ring 811218-9876", facet="own"),
               NoteData(id="namn", text=NAME_NOTE, facet="own")]
    questions = [dataclasses.replace(q, notes=[*q.notes, *planted]) if q is needs else q for q in first.questions]
    sessions[0] = dataclasses.replace(first, questions=questions)
    return save_all(folder, sessions, kind="json")


def drive_dialog_when_shown(qtbot, steps) -> list:
    """Run steps(dialog) on the county window's modal dialog as soon as it is shown (exec() blocks)."""
    done = []

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonalDataDialog):
            QTimer.singleShot(20, look)
            return
        done.append(steps(dialog))

    QTimer.singleShot(0, look)
    return done


def test_the_county_window_asks_with_the_same_dialog_and_enter_cancels(qtbot, settings, tmp_path):
    folder = tmp_path / "round"
    folder.mkdir()
    paths = _round_with_personal_data(folder)
    window = loaded_window(qtbot, [folder])
    window.show()
    target = tmp_path / "lan.docx"

    def look_and_press_enter(dialog):
        qtbot.waitExposed(dialog)
        seen = (rows(dialog.list), rows(dialog.names), dialog.editor.isVisible(), dialog.cancel_button.isDefault())
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key_Return)
        return seen

    seen = drive_dialog_when_shown(qtbot, look_and_press_enter)
    assert window.export(".docx", target=target) is None
    hits, names, editor_shown, cancel_default = seen[0]
    assert hits == [f"{paths[0].name}: personnummer «811218-9876» i Behov av KUF, anteckning"]
    assert names == [f"{paths[0].name}: möjligt namn «Kerstin Lindqvist» i Behov av KUF, anteckning"]
    assert cancel_default and not editor_shown  # corrected in the session itself, not here
    assert not target.exists()

    def dismiss_and_continue(dialog):
        qtbot.waitExposed(dialog)
        click_item(dialog.names, 0)
        QTest.mouseClick(dialog.dismiss_button, Qt.LeftButton)
        QTest.mouseClick(dialog.continue_button, Qt.LeftButton)
        return rows(dialog.names)

    seen = drive_dialog_when_shown(qtbot, dismiss_and_continue)
    with qtbot.waitSignal(window.exported, timeout=60_000) as blocker:
        window.export(".docx", target=target)
    assert seen == [[]] and blocker.args[0] == target and target.exists()
    session_id = interchange.loads(paths[0].read_text(encoding="utf-8")).id
    assert NameDismissals(settings).names(session_id) == {"Kerstin Lindqvist"}
    # asked again for the personnummer only: the dismissed name is not listed
    seen = drive_dialog_when_shown(qtbot, look_and_press_enter)
    assert window.export(".docx", target=tmp_path / "igen.docx") is None
    assert seen[0][1] == [] and len(seen[0][0]) == 1
