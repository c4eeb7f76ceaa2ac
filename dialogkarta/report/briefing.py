"""The briefing sent out before the meeting: what kind of meeting, why, who, when, the questions."""

from __future__ import annotations

from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import map_text, text
from dialogkarta.report.model import ReportModel
from dialogkarta.report.wording import clock, long_date


def meeting_hours(model: ReportModel) -> tuple[str, str]:
    """Return the meeting's start and end as the briefing prints them ("09.00", "12.00").

    The end is the session's own; without one it is where the agenda ends.
    """
    start = clock(model.start_time or "09:00")
    if model.end_time:
        return start, clock(model.end_time)
    if not model.agenda:
        return start, ""
    last = model.agenda[-1]
    hours, minutes = (int(part) for part in last.start.split("."))
    end = hours * 60 + minutes + last.minutes
    return start, f"{end // 60 % 24:02d}.{end % 60:02d}"


def _facts(model: ReportModel) -> tuple[tuple[str, str], ...]:
    t = lambda key: text(key, model.lang)  # noqa: E731
    start, end = meeting_hours(model)
    facts = ((t("cover.municipalities" if model.is_dialogue_day else "cover.municipality"), model.municipality_text),
             (t("cover.date"), long_date(model.date, model.lang)),
             (t("briefing.time"), f"{start}–{end}" if end else start),
             (t("cover.place"), model.place),
             (t("cover.facilitators"), ", ".join(model.facilitators)),
             (t("briefing.organiser"), model.unit.name.strip()),
             (t("briefing.contact"), model.unit.contact.strip()))
    return tuple((k, v) for k, v in facts if v)


def briefing_document(model: ReportModel) -> b.Document:
    """Return the briefing for participants: what kind of meeting, why, who, the agenda, the questions."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    unit = model.unit_name
    title = f"{map_text(model, 'briefing.title')}: {model.title}"
    doc = b.Document(title=title, header=model.title, lang=model.lang,
                     author=model.unit.name.strip() or ", ".join(model.facilitators))
    start, end = meeting_hours(model)
    what = model.texts.get("briefing.what_text")  # the map's own words, with the unit's own name in them
    what = what.replace("FoU-miljön", unit) if what else t("briefing.what_text.unit", unit=unit)
    doc.add(b.Heading(title, 1),
            b.Table(("", ""), _facts(model), (1, 3)),
            b.Heading(t("briefing.what"), 2),
            b.Paragraph(what, "lead"),
            b.Paragraph(t("briefing.kuf", hub=model.hub, hub_label=model.hub_label.lower() if model.lang == "sv" else model.hub_label)))
    if model.is_dialogue_day:
        doc.add(b.Paragraph(t("briefing.day", municipalities=_joined(model.municipalities, model.lang))))
    doc.add(b.Heading(t("briefing.purpose"), 2), b.Paragraph(model.unit.purpose.strip() or t("briefing.purpose_text", unit=unit)),
            b.Heading(t("briefing.invited"), 2), b.Paragraph(model.unit.invited.strip() or t("briefing.invited_text")),
            b.Heading(t("briefing.agenda"), 2),
            b.Table((t("agenda.time"), t("agenda.item"), t("agenda.minutes")),
                    tuple((a.start, a.label, str(a.minutes)) for a in model.agenda), (1, 5, 1)),
            b.Paragraph(t("briefing.hours", start=start, end=end) if end else t("agenda.start_note", start=start), "small"),
            b.Heading(t("briefing.questions"), 2), b.Paragraph(map_text(model, "briefing.prepare")))
    for q in model.questions:
        doc.add(b.Heading(f"{q.number}. {q.label}", 3), b.Paragraph(q.prompt))
        if q.cues:
            doc.add(b.Bullets(q.cues))
    if model.unit.contact.strip():
        doc.add(b.Paragraph(t("briefing.questions_contact", contact=model.unit.contact.strip(), unit=unit), "lead"))
    return doc


def _joined(names, lang: str) -> str:
    """Return "Sorsele, Malå och Åsele"."""
    names = list(names)
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {'och' if lang == 'sv' else 'and'} {names[-1]}"
