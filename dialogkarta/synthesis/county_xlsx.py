"""The county workbook for further analysis (openpyxl)."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dialogkarta.report.xmltext import clean
from dialogkarta.synthesis.compare import Synthesis
from dialogkarta.synthesis.texts import t

HEADER_FILL = PatternFill("solid", fgColor="DCE6F2")


def _header(sheet, values: list[str]) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    sheet.freeze_panes = "A2"


def write_county_xlsx(synthesis: Synthesis, output) -> None:
    """Write the sheets Nyckelord, Anteckningar, Samverkansnivåer, Behov and Dialoger.

    The sheet Nyckelord and its column names are a contract and stay Swedish in every language.
    """
    LANG = synthesis.lang  # noqa: N806
    workbook = Workbook(write_only=False)
    keywords = workbook.active
    keywords.title = "Nyckelord"
    _header(keywords, ["Fråga", "Nyckelord", *synthesis.municipalities, "Antal kommuner"])
    for q in synthesis.questions:
        for theme in q.themes:
            keywords.append([q.label, clean(theme.keyword), *[theme.counts.get(m, 0) for m in synthesis.municipalities],
                             theme.municipality_count])
    keywords.column_dimensions["A"].width = 22
    keywords.column_dimensions["B"].width = 32
    keywords.auto_filter.ref = keywords.dimensions

    notes = workbook.create_sheet(t("sheet.notes", LANG))
    _header(notes, [t("question", LANG), t("facet", LANG), t("keywords", LANG), t("group", LANG), t("municipality", LANG), t("session_date", LANG), t("text", LANG)])
    labels = {q.key: q for q in synthesis.questions}
    for ref in synthesis.all_notes():
        q = labels[ref.question]
        notes.append([q.label, q.facet_labels.get(ref.note.facet, ref.note.facet or ""),
                      clean("; ".join(ref.note.keywords)), clean(ref.note.group or ""), ref.municipality,
                      ref.session_date, clean(ref.note.text)])
    for column, width in zip("ABCDEFG", (22, 18, 34, 24, 14, 14, 90)):
        notes.column_dimensions[column].width = width
    notes.auto_filter.ref = notes.dimensions

    for sheet_key, facet_keys_of in (("sheet.levels", "collaboration"), ("sheet.needs", "needs")):
        question = next((q for q in synthesis.questions if q.key == facet_keys_of), None)
        if question is None or not question.facet_keys:
            continue
        sheet = workbook.create_sheet(t(sheet_key))
        _header(sheet, [t("municipality", LANG), *[question.facet_labels[k] for k in question.facet_keys]])
        for m in [*synthesis.municipalities, ""]:
            row = question.facets.get(m, {})
            sheet.append([m or t("county", LANG), *[row.get(k, 0) for k in question.facet_keys]])
        sheet.column_dimensions["A"].width = 18

    sessions = workbook.create_sheet(t("sheet.sessions", LANG))
    _header(sessions, [t("session", LANG), t("date", LANG), t("municipalities", LANG), t("participants", LANG), t("notes", LANG)])
    for data in synthesis.sessions:
        sessions.append([clean(data.title), data.date, ", ".join(data.municipalities), len(data.participants), data.note_count])
    sessions.column_dimensions["A"].width = 40
    for sheet in workbook.worksheets:
        for column in range(3, sheet.max_column + 1):
            if sheet is keywords:
                keywords.column_dimensions[get_column_letter(column)].width = 11
        for cell in sheet[1]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(output)
