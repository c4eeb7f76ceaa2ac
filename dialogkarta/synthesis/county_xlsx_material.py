"""The county workbook's sheets beyond the keyword matrix: particulars, the municipalities' own
material (summaries, minutes, next steps, survey), change since the last round, size and findings."""

from __future__ import annotations

from collections.abc import Callable

from dialogkarta.report.xmltext import cell_text
from dialogkarta.synthesis.compare import Synthesis
from dialogkarta.synthesis.county_sections import statements
from dialogkarta.synthesis.size import theme_shares
from dialogkarta.synthesis.texts import t


def add_material_sheets(workbook, s: Synthesis, sheet: Callable) -> None:
    """Append the sheets; sheet(workbook, title, header, widths, rows) makes a styled, streamed sheet."""
    lang = s.lang
    labels = {q.key: q for q in s.questions}
    refs = [r for q in s.questions for r in q.particular_notes]
    particular = sheet(workbook, t("sheet.particular", lang),
                       [t("municipality", lang), t("question", lang), t("facet", lang), t("keywords", lang), t("text", lang)],
                       {1: 14, 2: 22, 3: 18, 4: 30, 5: 90}, len(refs))
    for ref in sorted(refs, key=lambda r: r.municipality):
        q = labels[ref.question]
        particular.append([ref.municipality, q.label, q.facet_labels.get(ref.note.facet or "", ref.note.facet or ""),
                           cell_text("; ".join(ref.note.keywords)), cell_text(ref.note.text)])

    rows = [(d, x) for d in s.sessions for x in d.questions if x.key in labels and (x.summary.strip() or x.minutes.strip())]
    summaries = sheet(workbook, t("sheet.summaries", lang),
                      [t("session", lang), t("date", lang), t("municipalities", lang), t("question", lang),
                       t("summary_text", lang), t("minutes", lang)], {1: 30, 2: 12, 3: 20, 4: 22, 5: 70, 6: 90}, len(rows))
    for d, x in rows:
        summaries.append([cell_text(d.title), d.date, ", ".join(d.municipalities), labels[x.key].label, cell_text(x.summary), cell_text(x.minutes)])

    steps = [d for d in s.sessions if d.next_steps.strip()]
    next_steps = sheet(workbook, t("sheet.next_steps", lang), [t("session", lang), t("date", lang), t("municipalities", lang),
                                                                t("appendix.next_steps", lang)], {1: 30, 2: 12, 3: 20, 4: 100}, len(steps))
    for d in steps:
        next_steps.append([cell_text(d.title), d.date, ", ".join(d.municipalities), cell_text(d.next_steps)])

    answers = [(d, r) for d in s.sessions for r in d.survey]
    items = statements(s)
    survey = sheet(workbook, t("sheet.survey", lang), [t("session", lang), t("municipalities", lang),
                                                        *items.values(), t("comment", lang)],
                   {1: 30, 2: 20, **{c: 16 for c in range(3, 3 + len(items))}, 3 + len(items): 60}, len(answers))
    for d, r in answers:
        ratings = r.get("ratings", {}) if isinstance(r.get("ratings"), dict) else {}
        survey.append([cell_text(d.title), ", ".join(d.municipalities), *[ratings.get(k) for k in items],
                       cell_text(str(r.get("comment") or ""))])

    change = s.change
    if change is not None and change.changes:
        sheet_change = sheet(workbook, t("sheet.change", lang),
                             [t("municipality", lang), t("question", lang), t("change.kept", lang), t("change.new", lang),
                              t("change.gone", lang)], {1: 14, 2: 22, 3: 50, 4: 50, 5: 40}, len(change.changes))
        for c in change.changes:
            sheet_change.append([c.municipality, c.question, ", ".join(c.kept), ", ".join(c.new), ", ".join(c.gone)])

    if s.size_classes:
        classes = list(s.size_classes)
        themes = [(q, th) for q in s.questions for th in q.themes]
        size = sheet(workbook, t("sheet.size", lang), [t("question", lang), t("keyword", lang),
                                                        *[f"Andel kommuner {c}" for c in classes]],
                     {1: 22, 2: 32, **{c: 16 for c in range(3, 3 + len(classes))}}, len(themes))
        for q, th in themes:
            shares = theme_shares(s, th)
            size.append([q.label, cell_text(th.keyword), *[round(shares[c][0] / shares[c][1], 3) if shares[c][1] else 0 for c in classes]])

    found = sheet(workbook, t("findings", lang), [t("findings", lang)], {1: 120}, len(s.findings))
    for sentence in s.findings:
        found.append([cell_text(sentence)])
