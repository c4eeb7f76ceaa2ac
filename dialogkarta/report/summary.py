"""The summary for the participants: cover, the map, each question, keywords, next steps."""

from __future__ import annotations

from dialogkarta.model.values import CHANNEL_LABELS
from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import map_text, text
from dialogkarta.report.model import QuestionReport, ReportModel

WRITTEN_CHANNELS = ("sent_out", "written_after")


def _channel_counts(model: ReportModel) -> str:
    """Return "Svaren kom in så här: …" when some answers came in writing, else ""."""
    counts = {key: 0 for key in CHANNEL_LABELS}
    for q in model.questions:
        for note in q.notes:
            counts[note.channel or "meeting"] += 1
    if not any(counts[key] for key in WRITTEN_CHANNELS):
        return ""
    parts = ", ".join(f"{CHANNEL_LABELS[key].lower()} {count}" for key, count in counts.items() if count)
    return text("channels.counts", model.lang, counts=parts)


def cover(model: ReportModel, title_key: str) -> b.Cover:
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    many = len(model.municipalities) > 1
    facts = [
        (t("cover.municipalities" if many else "cover.municipality"), model.municipality_text),
        (t("cover.county"), model.county),
        (t("cover.date"), model.date),
        (t("cover.place"), model.place),
        (t("cover.facilitators"), ", ".join(model.facilitators)),
    ]
    if model.participants_by_role:
        roles = ", ".join(f"{role} ({count})" if count > 1 else role for role, count in model.participants_by_role)
        facts.append((t("cover.participants"), roles))
    if model.participant_names:
        facts.append(("", ", ".join(model.participant_names)))
    return b.Cover(f"{t(title_key)}: {model.title}", map_text(model, "summary.subtitle"), tuple((k, v) for k, v in facts if v))


def _example(value: str, limit: int = 160) -> str:
    """Shorten a note for a table of examples (the full text is in the base material)."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _note_line(note, model: ReportModel) -> str:
    line = note.text
    if note.votes:
        line += f" ({text('votes.one' if note.votes == 1 else 'votes', model.lang, count=note.votes)})"
    if len(model.municipalities) > 1 and note.municipality:
        line += f" – {note.municipality}"
    if note.channel in WRITTEN_CHANNELS:  # how it came in matters where answers were also written
        line += f" ({CHANNEL_LABELS[note.channel].lower()})"
    return line


def _question(model: ReportModel, q: QuestionReport) -> list:
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    out: list = [b.Heading(f"{q.number}. {q.label}", 1)]
    if q.prompt:
        out.append(b.Paragraph(q.prompt, "quote"))
    if q.summary.strip():
        out += [b.Heading(t("question.summary"), 2), b.Paragraph(q.summary)]
    if not q.notes:
        out.append(b.Paragraph(t("question.no_notes")))
    if q.is_needs:
        out.append(b.Heading(t("needs.heading"), 2))
        for facet in q.facets:
            out.append(b.Heading(f"{facet.label} ({len(facet.notes)})", 3))
            if facet.notes:
                out.append(b.Bullets(tuple(_note_line(n, model) for n in sorted(facet.notes, key=lambda n: -n.votes))))
        if q.groups:  # the themes, counted per area: which themes are own needs and which general
            rows = tuple((label, *(str(sum(1 for n in notes if n.facet == f.key)) for f in q.facets), str(len(notes)))
                         for label, notes in q.groups)
            out += [b.Heading(t("question.groups"), 2),
                    b.Table((t("column.group"), *(f.label for f in q.facets), t("total")), rows, (4, 1.4, 1.4, 1))]
    elif q.is_collaboration:
        out.append(b.Heading(t("collaboration.heading"), 2))
        rows = tuple(
            (f.label, str(len(f.notes)), "; ".join(_example(n.text) for n in f.notes[:4]) + (" …" if len(f.notes) > 4 else ""))
            for f in q.facets
        )
        out.append(b.Table((t("collaboration.level"), t("collaboration.count"), t("collaboration.examples")), rows, (2.7, 1, 6.3)))
        if not q.groups:  # no themes: every entry under its level, so nothing is only an example
            for facet in q.facets:
                if facet.notes:
                    out += [b.Heading(f"{facet.label} ({len(facet.notes)})", 3),
                            b.Bullets(tuple(_note_line(n, model) for n in facet.notes))]
    if q.groups and not q.is_needs:
        out.append(b.Heading(t("question.groups"), 2))
        for label, notes in q.groups:
            out.append(b.Heading(f"{label} ({len(notes)})", 3))
            out.append(b.Bullets(tuple(_note_line(n, model) for n in notes)))
        if q.ungrouped:
            out.append(b.Heading(t("question.ungrouped"), 3))
            out.append(b.Bullets(tuple(_note_line(n, model) for n in q.ungrouped)))
    elif q.notes and not q.is_needs and not q.is_collaboration:  # no themes: every note, its facet beside it
        facet_labels = {f.key: f.label for f in q.facets}
        out.append(b.Bullets(tuple(_note_line(n, model) + (f" [{facet_labels[n.facet]}]" if n.facet in facet_labels else "")
                                   for n in sorted(q.notes, key=lambda n: -n.votes))))
    return out


def talks_section(model: ReportModel) -> list:
    """Return the one-to-one talks, apart from the joint dialogue ("Enskilda samtal")."""
    out = [b.Heading(text("talks.heading", model.lang), 1), b.Paragraph(text("talks.lead", model.lang))]
    for talk in model.talks:
        where = f" – {talk.municipality}" if len(model.municipalities) > 1 and talk.municipality else ""
        out.append(b.Heading(f"{text('talks.with', model.lang, role=talk.role)}{where}", 2))
        if talk.summary.strip():
            out.append(b.Paragraph(talk.summary))
        for label, notes in talk.questions:
            out += [b.Heading(label, 3), b.Bullets(tuple(_note_line(n, model) for n in notes))]
    return out


def summary_document(model: ReportModel) -> b.Document:
    """Return the summary for the participants as blocks."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    doc = b.Document(title=f"{t('summary.title')}: {model.title}", header=f"{model.title} · {model.date}", lang=model.lang)
    doc.add(cover(model, "summary.title"), b.PageBreak(), b.TableOfContents(), b.PageBreak())
    doc.add(b.Heading(map_text(model, "intro.heading"), 1),
            b.Paragraph(map_text(model, "intro.text", hub=model.hub, hub_label=model.hub_label, count=len(model.questions))))
    if _channel_counts(model):
        doc.add(b.Paragraph(_channel_counts(model)))
    if model.participants_by_role:
        doc.add(b.Table((t("participants.role"), t("participants.count")),
                        tuple((role, str(count)) for role, count in model.participants_by_role), (4, 1)))
    for question in model.questions:
        doc.add(*_question(model, question))
    if model.talks:
        doc.add(*talks_section(model))
    if model.top_keywords:
        doc.add(b.Heading(t("keywords.heading"), 1),
                b.Table((t("keywords.keyword"), t("keywords.count")), tuple((k, str(n)) for k, n in model.top_keywords), (4, 1)))
    if model.survey:
        doc.add(b.Heading(t("survey.heading"), 1), b.Paragraph(t("survey.responses", count=model.survey.responses)),
                b.Table((t("survey.item"), t("survey.mean")),
                        tuple((label, "–" if mean is None else f"{mean:.1f}".replace(".", ",")) for label, mean, _ in model.survey.items), (5, 1)))
        if model.survey.comments:
            doc.add(b.Heading(t("survey.comments"), 2), b.Bullets(model.survey.comments))
    doc.add(b.Heading(t("next_steps.heading"), 1), b.Paragraph(model.next_steps.strip() or t("next_steps.none")))
    return doc
