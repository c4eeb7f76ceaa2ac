"""A note longer than an Excel cell holds is shortened in the workbooks, never written whole.

Excel takes at most 32 767 characters in a cell and "repairs" (empties) a file with more; the
whole text stays in the Word and PDF documents.
"""

from __future__ import annotations

import dataclasses

from openpyxl import load_workbook

from dialogkarta.report.export import export_session
from dialogkarta.report.xmltext import CELL_MAX
from dialogkarta.synthesis.run import prepare, write
from tests.report.conftest import generated_session
from tests.synthesis.generated import county_round, save_all

LONG = "Bemanningen räcker inte. " * 2_000  # 50 000 characters


def _with_long_note(data):
    index = next(i for i, q in enumerate(data.questions) if q.notes)
    question = data.questions[index]
    notes = [dataclasses.replace(question.notes[0], text=LONG), *question.notes[1:]]
    questions = list(data.questions)
    questions[index] = dataclasses.replace(question, notes=notes)
    return dataclasses.replace(data, questions=questions)


def _longest(workbook) -> list[str]:
    return [c.value for sheet in workbook for row in sheet.iter_rows() for c in row
            if isinstance(c.value, str) and len(c.value) > 1_000]


def test_the_base_material_workbook_shortens_a_note_beyond_a_cell(tmp_path, kuf):
    data = _with_long_note(generated_session(3))
    cells = _longest(load_workbook(export_session(data, kuf, kind="material", output=tmp_path / "m.xlsx")))
    assert cells and all(len(v) <= CELL_MAX for v in cells)
    assert any(v.endswith("…") and v.startswith(LONG[:100]) for v in cells)


def test_the_county_workbook_shortens_a_note_beyond_a_cell(tmp_path):
    sessions = county_round()
    sessions[0] = _with_long_note(sessions[0])
    folder = tmp_path / "round"
    folder.mkdir()
    save_all(folder, sessions)
    out = write(prepare([folder], accept_proposals=True), tmp_path / "county.xlsx")
    cells = _longest(load_workbook(out))
    assert cells and all(len(v) <= CELL_MAX for v in cells)
    assert any(v.endswith("…") and v.startswith(LONG[:100]) for v in cells)
