"""The county window: load in the background, read the matrix, filter, harmonise, export."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from dialogkarta.ui.county_window import CountyWindow
from dialogkarta.ui.harmonise_dialog import HarmoniseDialog
from tests.synthesis.generated import MUNICIPALITIES


def loaded_window(qtbot, inputs) -> CountyWindow:
    window = CountyWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.add_inputs(list(inputs))
    return window


def matrix(window) -> dict[str, dict[str, int]]:
    model = window.model
    header = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    return {model.headerData(r, Qt.Vertical): {header[c]: model.index(r, c).data(Qt.UserRole) for c in range(model.columnCount())}
            for r in range(model.rowCount())}


def cell(window, keyword: str, municipality: str):
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.headerData(r, Qt.Vertical) == keyword)
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == municipality)
    return model.index(row, column)


def test_matrix_with_heat_colours_and_the_notes_of_a_clicked_cell(qtbot, round_folder):
    window = loaded_window(qtbot, [round_folder])
    assert window.progress.value() == window.progress.maximum() == 6
    assert "6 dialoger, 6 kommuner, 12 deltagare" in window.summary.text()
    assert "1 förslag om att slå ihop nyckelord" in window.summary.text()
    window.question.setCurrentIndex(window.question.findData("needs"))
    shown = matrix(window)
    assert shown["rennäring"] == {**{m: 2 if m == "Kiruna" else 0 for m in MUNICIPALITIES}, "Antal kommuner": 1}
    assert shown["kompetensförsörjning"]["Antal kommuner"] == 5 and shown["kompetensforsorjning"]["Kalix"] == 1
    kiruna = cell(window, "rennäring", "Kiruna")
    assert kiruna.data(Qt.BackgroundRole) is not None and cell(window, "rennäring", "Boden").data(Qt.BackgroundRole) is None
    window.matrix.show()
    rect = window.matrix.visualRect(kiruna)
    qtbot.mouseClick(window.matrix.viewport(), Qt.LeftButton, pos=rect.center())
    texts = [window.notes.item(i).text() for i in range(window.notes.count())]
    assert texts == ["Kiruna · 2026-03-04: Stadsflytten och socialtjänsten (Kiruna)",
                     "Kiruna · 2026-03-04: Renskötande familjer (Kiruna)"]


def test_filters_by_question_facet_and_municipality(qtbot, round_folder):
    window = loaded_window(qtbot, [round_folder])
    window.question.setCurrentIndex(window.question.findData("collaboration"))
    assert matrix(window)["nätverk"]["Piteå"] == 6
    window.facet.setCurrentIndex(window.facet.findData("national"))
    assert set(matrix(window)) == {"nätverk"} and matrix(window)["nätverk"]["Piteå"] == 6
    assert matrix(window)["nätverk"]["Arjeplog"] == 0
    window.facet.setCurrentIndex(window.facet.findData("local"))
    assert matrix(window)["barn och unga"]["Antal kommuner"] == 6
    window.municipality.setCurrentIndex(window.municipality.findData("Boden"))
    assert matrix(window) == {"nätverk": {"Boden": 2, "Antal kommuner": 1}, "barn och unga": {"Boden": 1, "Antal kommuner": 1}}
    window.show_notes(cell(window, "nätverk", "Boden"))
    assert window.notes.count() == 2


def test_harmonising_saves_the_county_vocabulary_and_the_next_window_uses_it(qtbot, round_folder, tmp_path):
    window = loaded_window(qtbot, [round_folder])
    target = round_folder / "norrbottens-län.dkvocab.json"
    dialog = HarmoniseDialog(window.run.proposals, window.vocabulary, target, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "kompetensforsorjning" in dialog.list.item(0).text()
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        window.save_vocabulary(target)
    assert json.loads(target.read_text(encoding="utf-8"))["merges"] == {"kompetensforsorjning": "kompetensförsörjning"}
    window.question.setCurrentIndex(window.question.findData("needs"))
    assert matrix(window)["kompetensförsörjning"]["Antal kommuner"] == 6 and "kompetensforsorjning" not in matrix(window)
    assert window.run.proposals == []

    again = loaded_window(qtbot, [round_folder])  # a new window finds the vocabulary in the folder
    assert again.vocabulary.path == target and again.run.proposals == []
    assert str(target) in again.summary.text() and "6 dialoger" in again.summary.text()


def test_unchecked_proposals_are_kept_apart(qtbot, round_folder):
    window = loaded_window(qtbot, [round_folder])
    dialog = HarmoniseDialog(window.run.proposals, window.vocabulary, None, window)
    qtbot.addWidget(dialog)
    dialog.list.item(0).setCheckState(Qt.Unchecked)
    dialog.accept()
    assert window.vocabulary.merges == {} and window.vocabulary.rejected == {frozenset({"kompetensforsorjning", "kompetensförsörjning"})}


def test_export_from_the_window_and_a_bad_file_is_listed(qtbot, round_folder, tmp_path):
    (round_folder / "trasig.json").write_text("{inte json", encoding="utf-8")
    window = loaded_window(qtbot, [round_folder])
    assert f"{round_folder / 'trasig.json'}: överhoppad" in window.summary.text()
    turns = []
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: turns.append(window.exporting.running))
    timer.start()
    with qtbot.waitSignal(window.exported, timeout=60_000) as blocker:
        op = window.export(".xlsx", target=tmp_path / "lan.xlsx")
        # the workbook is written on a worker thread: the buttons wait, the event loop does not
        assert op.running and not window.export_buttons[0].isEnabled()
    timer.stop()
    assert turns.count(True) >= 1  # the event loop had turns while the workbook was written
    out = blocker.args[0]
    assert out == tmp_path / "lan.xlsx" and window.export_buttons[0].isEnabled()
    assert (window.progress.value(), window.progress.maximum()) == (1, 1)
    header = [c.value for c in load_workbook(out)["Nyckelord"][1]]
    assert header[:2] == ["Fråga", "Nyckelord"] and header[-1] == "Antal kommuner" and len(header) == 9


def test_export_failure_is_shown_on_the_gui_thread(qtbot, round_folder, tmp_path, monkeypatch):
    """Personal data: the Dokument step's dialog, tests/ui/test_personal_data_names.py."""
    from PySide6.QtWidgets import QMessageBox

    window = loaded_window(qtbot, [round_folder])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    blocked = tmp_path / "fil"
    blocked.write_text("en fil, inte en mapp")
    op = window.export(".docx", target=blocked / "lan.docx")
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    assert len(warnings) == 1 and warnings[0][1].startswith(f"{blocked}: ") and "Traceback" not in warnings[0][1]
    assert window.export_buttons[0].isEnabled() and window.progress.value() == 0


def test_particulars_are_shown_and_the_findings_edited_in_the_window_reach_the_report(qtbot, round_folder, tmp_path):
    from docx import Document
    from PySide6.QtTest import QTest

    from tests.ui.conftest import type_text

    window = loaded_window(qtbot, [round_folder])
    window.show()
    qtbot.waitExposed(window)
    # spelling variants are still undecided, and the window says what that means
    assert "inte avgjorda" in window.summary.text() and "inget av dem visas som särskilt" in window.summary.text()
    tabs = window.findings
    generated = window.run.synthesis.findings
    assert generated and tabs.editor.toPlainText() == "\n".join(generated)
    assert "Renskötande familjer (Kiruna)" in tabs.particular.toPlainText()
    assert "Kiruna" in tabs.particular.toPlainText() and "Skolan i" not in tabs.particular.toPlainText()

    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(2).center())
    assert tabs.currentIndex() == 2
    QTest.mouseClick(tabs.editor.viewport(), Qt.LeftButton)
    QTest.keyClick(tabs.editor, Qt.Key_A, Qt.ControlModifier)
    type_text(tabs.editor, "Kiruna sticker ut: rennäringen och stadsflytten.")
    assert window.run.synthesis.findings == ["Kiruna sticker ut: rennäringen och stadsflytten."]

    with qtbot.waitSignal(window.exported, timeout=60_000) as blocker:
        window.export(".docx", target=tmp_path / "county.docx")
    out = blocker.args[0]
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "Kiruna sticker ut: rennäringen och stadsflytten." in text
    assert generated[0] not in text
