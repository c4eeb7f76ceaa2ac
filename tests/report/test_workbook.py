"""The base material's workbook is fit for analysis: one row per note, real numbers and dates, tables."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from dialogkarta.report.export import export_session
from tests.report.conftest import generated_session


def test_one_row_per_note_with_its_id_numbers_as_numbers_and_dates_as_dates(tmp_path, umea, kuf):
    workbook = load_workbook(export_session(umea, kuf, kind="material", output=tmp_path / "m.xlsx"))
    assert workbook.sheetnames == ["Lappar", "Nyckelord", "Texter", "Summor", "Teman"]
    for sheet in workbook:  # an Excel table (ListObject) per sheet
        assert len(sheet.tables) == 1, sheet.title
    notes = workbook["Lappar"]
    header = [c.value for c in notes[1]]
    assert header == ["Id", "Nr", "Fråga", "Område/nivå", "Tema", "Nyckelord", "Röster", "Kommun", "Skapad", "Text", "Enskilt samtal"]
    rows = list(notes.iter_rows(min_row=2))
    assert len(rows) == umea.note_count  # 133 notes, 133 rows: a pivot counts each note once
    assert [r[0].value for r in rows] == [n.id for _, n in umea.all_notes()]
    votes = {r[0].value: r[6] for r in rows}
    assert all(cell.data_type == "n" and isinstance(cell.value, int) for cell in votes.values())
    assert sum(c.value for c in votes.values()) == sum(n.votes for _, n in umea.all_notes())
    created = [r[8] for r in rows if r[8].value is not None]
    assert created and all(isinstance(c.value, datetime) and c.is_date for c in created)
    assert all(isinstance(r[1].value, int) for r in rows)
    table = next(iter(notes.tables.values()))
    assert table.ref == f"A1:K{umea.note_count + 1}"


def test_keywords_texts_and_totals_have_their_own_sheets(tmp_path, kuf):
    data = generated_session(14)
    data.question("needs").notes[1].keywords = ["k1", "extra", "K1 "]
    workbook = load_workbook(export_session(data, kuf, kind="material", output=tmp_path / "m.xlsx"))
    pairs = [tuple(c.value for c in row) for row in workbook["Nyckelord"].iter_rows(min_row=2)]
    assert ("needs-1", 3, "Behov av KUF", "k1") in pairs and ("needs-1", 3, "Behov av KUF", "extra") in pairs
    assert sum(1 for p in pairs if p[0] == "needs-1") == 2  # the same keyword twice counts once
    assert len(pairs) == sum(len({" ".join(k.casefold().split()) for k in n.keywords}) for _, n in data.all_notes())
    texts = [tuple(c.value for c in row) for row in workbook["Texter"].iter_rows(min_row=2)]
    assert (1, "Förutsättningar", "Summering", "Summering av conditions") in texts
    assert (1, "Förutsättningar", "Löpande anteckningar", "Anteckningar om conditions.") in texts
    assert texts[-1][2:] == ("Nästa steg", "Vi ses i höst.")
    assert not any(v == "Summering av conditions" for row in workbook["Lappar"].iter_rows() for v in (c.value for c in row))
    totals = workbook["Summor"]
    table = next(iter(totals.tables.values()))
    assert table.totalsRowCount == 1 and table.ref == "A1:D6" and table.autoFilter.ref == "A1:D5"
    last = [c.value for c in totals[6]]
    assert last == ["Totalt", 56, sum(n.votes for _, n in data.all_notes()), sum(1 for _, n in data.all_notes() if not n.keywords)]
    assert [c.value for c in totals[4]][:2] == ["3. Behov av KUF", 14]
