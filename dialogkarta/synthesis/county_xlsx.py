"""The county workbook for further analysis (openpyxl)."""

from __future__ import annotations

from collections.abc import Mapping

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dialogkarta.model.question_kind import COLLABORATION, NEEDS
from dialogkarta.report.xmltext import cell_text
from dialogkarta.synthesis.compare import Synthesis
from dialogkarta.synthesis.county_xlsx_material import add_material_sheets
from dialogkarta.synthesis.texts import t

HEADER_FILL = PatternFill("solid", fgColor="DCE6F2")
HEADER_FONT = Font(bold=True)
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")


def _sheet(workbook, title: str, header: list[str], widths: Mapping[int, float], rows: int):
    """A streamed sheet with a styled, frozen, filtered header row (set up before any row is written)."""
    sheet = workbook.create_sheet(title)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{rows + 1}"
    cells = []
    for value in header:
        cell = WriteOnlyCell(sheet, value)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        cells.append(cell)
    sheet.append(cells)
    return sheet


def write_county_xlsx(synthesis: Synthesis, output) -> None:
    """Write the sheets Nyckelord, Lappar, Samverkansnivåer, Behov and Dialoger, then the material sheets.

    The sheet Nyckelord and its column names are a contract and stay Swedish in every language.
    The workbook is streamed (write-only). A keyword not raised in a municipality counts 0 notes,
    written as 0: the sheet is for further analysis (sums, pivots), where a blank is ambiguous.
    """
    LANG = synthesis.lang  # noqa: N806
    workbook = Workbook(write_only=True)
    places = synthesis.municipalities
    widths = {1: 22, 2: 32, **{c: 11 for c in range(3, len(places) + 4)}}
    keywords = _sheet(workbook, "Nyckelord", ["Fråga", "Nyckelord", *places, "Antal kommuner"], widths,
                      sum(len(q.themes) for q in synthesis.questions))
    for q in synthesis.questions:
        for theme in q.themes:
            counts = theme.counts
            keywords.append([q.label, cell_text(theme.keyword), *[counts.get(m, 0) for m in places], theme.municipality_count])

    refs = synthesis.all_notes()
    notes = _sheet(workbook, t("sheet.notes", LANG),
                   [t("question", LANG), t("facet", LANG), t("keywords", LANG), t("group", LANG), t("municipality", LANG),
                    t("session_date", LANG), t("text", LANG)],
                   dict(zip(range(1, 8), (22, 18, 34, 24, 14, 14, 90))), len(refs))
    labels = {q.key: q for q in synthesis.questions}
    for ref in refs:
        q = labels[ref.question]
        notes.append([q.label, q.facet_labels.get(ref.note.facet or "", ref.note.facet or ""),
                      cell_text("; ".join(ref.note.keywords)), cell_text(ref.note.group or ""), ref.municipality,
                      ref.session_date, cell_text(ref.note.text)])

    for sheet_key, kind in (("sheet.levels", COLLABORATION), ("sheet.needs", NEEDS)):
        question = next((q for q in synthesis.questions if q.kind == kind), None)
        if question is None:
            continue
        sheet = _sheet(workbook, t(sheet_key, LANG),
                       [t("municipality", LANG), *[question.facet_labels[k] for k in question.facet_keys]],
                       {1: 18, **{c: 14 for c in range(2, len(question.facet_keys) + 2)}}, len(places) + 1)
        for m in [*places, ""]:
            row = question.facets.get(m, {})
            sheet.append([m or t("county", LANG), *[row.get(k, 0) for k in question.facet_keys]])

    sessions = _sheet(workbook, t("sheet.sessions", LANG),
                      [t("session", LANG), t("date", LANG), t("municipalities", LANG), t("participants", LANG), t("notes", LANG)],
                      {1: 40, 2: 12, 3: 30, 4: 12, 5: 14}, len(synthesis.sessions))
    for data in synthesis.sessions:
        sessions.append([cell_text(data.title), data.date, ", ".join(data.municipalities), len(data.participants), data.note_count])
    add_material_sheets(workbook, synthesis, _sheet)
    workbook.save(output)
