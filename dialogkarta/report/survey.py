"""The follow-up survey form: the session's statements, 1–5 or "vet ej", role, municipality, comments.

A form the reader fills in on screen (Word content controls, PDF form fields) or on paper, with
where to send it and by when.
"""

from __future__ import annotations

from datetime import date, timedelta

from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import SURVEY_SCALE, map_text, text
from dialogkarta.report.model import ReportModel
from dialogkarta.report.wording import long_date


def deadline(model: ReportModel) -> str:
    """Return the answer's deadline: two weeks after the meeting."""
    try:
        day = date.fromisoformat(model.date) + timedelta(days=int(text("survey.deadline_days", model.lang)))
    except ValueError:
        return ""
    return long_date(day.isoformat(), model.lang)


def _return_line(model: ReportModel) -> str:
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    by = deadline(model)
    address = model.unit.return_address.strip()
    if address:
        return t("survey.return", address=address, deadline=by) if by else t("survey.return.no_deadline", address=address)
    return t("survey.return.facilitators", names=", ".join(model.facilitators) or model.unit_name, deadline=by)


def survey_document(model: ReportModel) -> b.Document:
    """Return the follow-up survey form on the meeting itself."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    title = f"{map_text(model, 'survey.title')}: {model.title}"
    doc = b.Document(title=title, header=model.title, lang=model.lang,
                     author=model.unit.name.strip() or ", ".join(model.facilitators))
    options = (*SURVEY_SCALE, t("survey.dont_know"))
    doc.add(b.Heading(title, 1),
            b.Paragraph(f"{model.municipality_text}, {long_date(model.date, model.lang)}"),
            b.Paragraph(t("survey.instructions.form")),
            b.Paragraph(_return_line(model), "lead"))
    for number, (key, statement) in enumerate(model.survey_items, 1):
        doc.add(b.FormChoice(key, f"{number}. {statement}", options, t("survey.choose")))
    doc.add(b.FormText("role", t("survey.role"), 1, t("survey.write_here")))
    if model.is_dialogue_day or model.scope:
        doc.add(b.FormChoice("municipality", t("survey.municipality"), tuple(model.day_municipalities), t("survey.choose")))
    else:
        doc.add(b.FormText("municipality", t("survey.municipality"), 1, t("survey.write_here")))
    doc.add(b.FormText("comment", t("survey.comment_prompt"), 5, t("survey.write_here")))
    return doc
