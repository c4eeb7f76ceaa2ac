"""Material sent out before the meeting (the briefing) and after it (the follow-up survey form)."""

from __future__ import annotations

from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import SURVEY_ITEMS, map_text, text
from dialogkarta.report.model import ReportModel


def _facts(model: ReportModel) -> tuple[tuple[str, str], ...]:
    t = lambda key: text(key, model.lang)  # noqa: E731
    many = len(model.municipalities) > 1
    facts = ((t("cover.municipalities" if many else "cover.municipality"), model.municipality_text),
             (t("cover.date"), model.date), (t("cover.place"), model.place),
             (t("cover.facilitators"), ", ".join(model.facilitators)))
    return tuple((k, v) for k, v in facts if v)


def briefing_document(model: ReportModel) -> b.Document:
    """Return the briefing for participants: what kind of meeting, the agenda, the questions."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    doc = b.Document(title=f"{map_text(model, 'briefing.title')}: {model.title}", header=model.title, lang=model.lang)
    doc.add(b.Heading(f"{map_text(model, 'briefing.title')}: {model.title}", 1),
            b.Table(("", ""), _facts(model), (1, 3)),
            b.Heading(t("briefing.what"), 2), b.Paragraph(map_text(model, "briefing.what_text"), "lead"),
            b.Heading(t("briefing.agenda"), 2),
            b.Table((t("agenda.time"), t("agenda.item"), t("agenda.minutes")),
                    tuple((a.start, a.label, str(a.minutes)) for a in model.agenda), (1, 5, 1)),
            b.Paragraph(t("agenda.start_note", start=model.agenda[0].start if model.agenda else "09.00"), "small"),
            b.Heading(t("briefing.questions"), 2), b.Paragraph(map_text(model, "briefing.prepare")))
    for q in model.questions:
        doc.add(b.Heading(f"{q.number}. {q.label}", 3), b.Paragraph(q.prompt))
        if q.cues:
            doc.add(b.Bullets(q.cues))
    return doc


def survey_document(model: ReportModel) -> b.Document:
    """Return the follow-up survey form on the meeting itself."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    doc = b.Document(title=f"{map_text(model, 'survey.title')}: {model.title}", header=model.title, lang=model.lang)
    doc.add(b.Heading(f"{map_text(model, 'survey.title')}: {model.title}", 1),
            b.Paragraph(f"{model.municipality_text}, {model.date}"),
            b.Paragraph(t("survey.instructions")),
            b.Table((t("survey.item"), "1", "2", "3", "4", "5"),
                    tuple((t(f"survey.item.{key}"), "○", "○", "○", "○", "○") for key in SURVEY_ITEMS), (8, 1, 1, 1, 1, 1)),
            b.Paragraph(t("survey.comment_prompt")),
            b.Table(("",), (("\n\n\n\n\n",),), (1,)))
    return doc
