"""The base material as a workbook fit for analysis (openpyxl).

One row per note with its id (votes as numbers, times as dates), the note–keyword pairs on their
own sheet so that a pivot never counts a note twice, the texts (summaries, minutes, next steps) on
theirs, and the totals per question on a sheet whose total row lies outside the table's filter.
Every sheet is an Excel table (ListObject), so sorting, filtering and pivots work at once.
"""

from __future__ import annotations

from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

from dialogkarta.report.catalogue import text
from dialogkarta.report.model import ReportModel, distinct_keywords
from dialogkarta.report.xmltext import cell_text, clean

DATE_FORMAT = "yyyy-mm-dd hh:mm"
STYLE = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)


def _when(value: str | None) -> datetime | None:
    """A note's creation time as a date the spreadsheet can sort and group; None if it has none."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None


def _facet(question, key: str | None) -> str:
    return next((f.label for f in question.facets if f.key == key), key or "")


def _sheet(workbook: Workbook, title: str, name: str, header: list[str], rows: list[list], widths: list[int],
           totals: list | None = None):
    """Add a sheet holding one Excel table (and a total row below the table's filter, if given)."""
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for row in rows:
        sheet.append([cell_text(v) if isinstance(v, str) else v for v in row])
    last = max(len(rows), 1) + 1  # a table needs one body row, even an empty one
    ref = f"A1:{get_column_letter(len(header))}{last}"
    table = Table(displayName=name, ref=ref, tableStyleInfo=STYLE)
    if totals is not None:  # part of the table, so Excel knows it, but outside the filtered range
        sheet.append(totals)
        table.ref = f"A1:{get_column_letter(len(header))}{last + 1}"
        table.totalsRowCount = 1
        table._initialise_columns()
        table.tableColumns[0].totalsRowLabel = str(totals[0])
        table.autoFilter.ref = ref
        for cell in sheet[last + 1]:
            cell.font = Font(bold=True)
    sheet.add_table(table)
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    return sheet


def write_material_xlsx(model: ReportModel, output) -> None:
    """Write the base material as a workbook: Lappar, Nyckelord, Texter and Summor, each an Excel table."""
    t = lambda key: text(key, model.lang)  # noqa: E731
    workbook = Workbook()
    workbook.remove(workbook.active)
    notes, pairs, texts, totals = [], [], [], []
    for q in model.questions:
        for n in q.notes:
            keywords = distinct_keywords(n.keywords)
            notes.append([n.id, q.number, q.label, _facet(q, n.facet), n.group or "", "; ".join(keywords),
                          int(n.votes or 0), n.municipality or "", _when(n.created), n.text, ""])
            pairs += [[n.id, q.number, q.label, keyword] for keyword in keywords]
        for kind, value in (("kind.summary", q.summary), ("kind.minutes", q.minutes)):
            if value.strip():
                texts.append([q.number, q.label, t(kind), value])
        totals.append([f"{q.number}. {q.label}", len(q.notes), sum(int(n.votes or 0) for n in q.notes),
                       sum(1 for n in q.notes if not n.keywords)])
    numbers = {q.label: q.number for q in model.questions}
    for talk in model.talks:  # one-to-one talks: rows of their own kind, apart from the joint dialogue
        source = text("talks.with", model.lang, role=talk.role)
        for label, talk_notes in talk.questions:
            for n in talk_notes:
                keywords = distinct_keywords(n.keywords)
                notes.append([n.id, numbers.get(label), label, "", "", "; ".join(keywords), int(n.votes or 0),
                              n.municipality or talk.municipality, _when(n.created), n.text, source])
                pairs += [[n.id, numbers.get(label), label, keyword] for keyword in keywords]
    if model.next_steps.strip():
        texts.append([None, "", t("kind.next_steps"), model.next_steps])
    sheet = _sheet(workbook, t("xlsx.notes"), "Lappar",
                   [t("column.id"), t("column.number"), t("column.question"), t("column.facet"), t("column.group"),
                    t("column.keywords"), t("column.votes"), t("column.municipality"), t("column.created"), t("column.text"),
                    t("column.talk")],
                   notes, [38, 6, 22, 18, 24, 30, 8, 14, 17, 80, 24])
    for row in sheet.iter_rows(min_row=2, max_row=len(notes) + 1):
        row[8].number_format = DATE_FORMAT
        row[9].alignment = Alignment(wrap_text=True, vertical="top")
    _sheet(workbook, t("xlsx.keywords"), "Nyckelord", [t("column.id"), t("column.number"), t("column.question"),
                                                       t("column.keyword")], pairs, [38, 6, 22, 30])
    sheet = _sheet(workbook, t("xlsx.texts"), "Texter", [t("column.number"), t("column.question"), t("column.kind"),
                                                         t("column.text")], texts, [6, 22, 20, 100])
    for row in sheet.iter_rows(min_row=2, max_row=len(texts) + 1):
        row[3].alignment = Alignment(wrap_text=True, vertical="top")
    _sheet(workbook, t("xlsx.totals"), "Summor",
           [t("column.question"), t("xlsx.note_count"), t("column.votes"), t("xlsx.without_keyword")], totals,
           [30, 14, 10, 16],
           totals=[t("total"), sum(r[1] for r in totals), sum(r[2] for r in totals), sum(r[3] for r in totals)])
    themes = [[f"{q.number}. {q.label}", label, len(notes), q.theme_votes_of(label), sum(int(n.votes or 0) for n in notes)]
              for q in model.questions for label, notes in q.groups]
    _sheet(workbook, t("xlsx.themes"), "Teman", [t("column.question"), t("column.group"), t("xlsx.note_count"),
                                                 t("column.theme_votes"), t("column.note_votes")], themes, [30, 30, 14, 16, 18])
    workbook.properties.title = clean(f"{t('material.title')}: {model.title}")
    workbook.properties.creator = clean(model.author) or "Dialogkarta"
    workbook.properties.language = "sv-SE" if model.lang == "sv" else "en-GB"
    workbook.save(output)
