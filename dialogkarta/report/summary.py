"""The summary for the participants: I korthet on the first page, the questions in detail, an appendix.

Each note appears once: needs under own area or general, collaboration under its level, the
other questions under their themes. The participant list appears once, in "Om dialogen".
"""

from __future__ import annotations

from collections import Counter

from dialogkarta.model.values import CHANNEL_LABELS
from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import map_text, text
from dialogkarta.report.model import QuestionReport, ReportModel
from dialogkarta.report.wording import long_date, number_word

WRITTEN_CHANNELS = ("sent_out", "written_after")

BRIEF_SUMMARY_LIMIT = 520  # characters of a question's summary on the I korthet page (four fit on one page)
BRIEF_TOP_NEEDS = 3
BRIEF_NOTE_LIMIT = 400  # characters of a most-voted need in the I korthet table; the whole note is in its question


def cover(model: ReportModel, title_key: str) -> b.Cover:
    """Return the cover of a long document (the base material): title and the facts of the meeting."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    facts = [
        (t("cover.municipalities" if model.is_dialogue_day else "cover.municipality"), model.municipality_text),
        (t("cover.county"), model.county),
        (t("cover.date"), long_date(model.date, model.lang)),
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
    """Shorten a text at a word boundary for an overview (the full text is further on or in the base material)."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    sentence_end = cut.rfind(". ")
    if sentence_end > limit // 2:  # end on a whole sentence when one ends late enough
        return cut[: sentence_end + 1] + " …"
    return cut.rsplit(" ", 1)[0].rstrip(",;:–") + " …"


def _note_line(note, model: ReportModel, extra: str = "") -> str:
    """The note's text, its votes, extra (its theme or area) and, on a dialogue day, its municipality last."""
    line = note.text
    if note.votes:
        line += f" ({text('votes.one' if note.votes == 1 else 'votes', model.lang, count=note.votes)})"
    line += extra
    if note.channel in WRITTEN_CHANNELS:  # how it came in matters where answers were also written
        line += f" ({CHANNEL_LABELS[note.channel].lower()})"
    if model.is_dialogue_day and note.municipality:
        line += f" – {note.municipality}"
    return line


def _theme(note, level_label: str) -> str:
    """The note's theme in brackets, unless the theme only repeats the level (a theme called "Regionalt")."""
    if not note.group or note.group.casefold().strip() == level_label.casefold():
        return ""
    return f" [{note.group}]"


def _by_votes(notes) -> list:
    return sorted(notes, key=lambda n: -n.votes)


def _brief(model: ReportModel) -> list:
    """The I korthet page: the summaries, the most-voted needs, collaboration by level, the next steps."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    out: list = [b.Heading(t("summary.brief"), 1)]
    for q in model.questions:
        if q.summary.strip():
            out.append(b.Paragraph(_example(q.summary, BRIEF_SUMMARY_LIMIT), label=f"{q.label}:"))
    needs = model.needs
    if needs is not None and needs.notes:
        out.append(b.Heading(t("summary.brief.needs"), 2))
        columns = [[_example(_note_line(n, model), BRIEF_NOTE_LIMIT) for n in _by_votes(f.notes)[:BRIEF_TOP_NEEDS] if n.votes]
                   for f in needs.facets]
        if any(columns):
            rows = tuple(tuple(col[i] if i < len(col) else "" for col in columns) for i in range(max(map(len, columns))))
            out.append(b.Table(tuple(f"{f.label} ({len(f.notes)})" for f in needs.facets), rows))
        else:
            out.append(b.Paragraph(t("summary.brief.no_needs")))
    themes = sorted(((q.theme_votes_of(label), q, label) for q in model.questions for label, _ in q.groups
                     if q.theme_votes_of(label)), key=lambda v: (-v[0], v[1].number))[:BRIEF_TOP_NEEDS]
    if themes:  # the themes the room voted for, across the questions
        out += [b.Heading(t("summary.brief.themes"), 2),
                b.Bullets(tuple(f"{label} ({q.theme_votes_said(label, model.lang)}) – {q.label}" for _, q, label in themes))]
    collaboration = model.collaboration
    if collaboration is not None and collaboration.notes:
        out += [b.Heading(t("summary.brief.levels"), 2),  # one row of counts under the levels: the profile at a glance
                b.Table(tuple(f.label for f in collaboration.facets), (tuple(str(len(f.notes)) for f in collaboration.facets),),
                        tuple(max(1.0, len(f.label) / 10) for f in collaboration.facets), compact=True)]
    out += [b.Heading(t("next_steps.heading"), 2), b.Paragraph(model.next_steps.strip() or t("next_steps.none"))]
    return out


def _participants(model: ReportModel) -> b.Table | None:
    t = lambda key: text(key, model.lang)  # noqa: E731
    if not model.participants:
        return None
    if model.is_dialogue_day:  # which municipality each came from, in the day's order
        order = {m: i for i, m in enumerate(model.municipalities)}
        counts = Counter((p.municipality or "", p.role) for p in model.participants)
        rows = sorted(counts.items(), key=lambda kv: (order.get(kv[0][0], len(order)), kv[0][1]))
        return b.Table((t("column.municipality"), t("participants.role"), t("participants.count")),
                       tuple((m, role, str(n)) for (m, role), n in rows), (2, 4, 1))
    return b.Table((t("participants.role"), t("participants.count")),
                   tuple((role, str(count)) for role, count in model.participants_by_role), (4, 1))


def _question(model: ReportModel, q: QuestionReport) -> list:
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    out: list = [b.Heading(f"{q.number}. {q.label}", 1)]
    if q.prompt:
        out.append(b.Paragraph(q.prompt, "quote"))
    if q.summary.strip() and _example(q.summary, BRIEF_SUMMARY_LIMIT) != " ".join(q.summary.split()):
        out += [b.Heading(t("question.summary"), 2), b.Paragraph(q.summary)]  # shortened on the first page
    if not q.notes:
        out.append(b.Paragraph(t("question.no_notes")))
    if q.is_needs or q.is_collaboration:  # each note under its area or level; the themes as counts
        if q.notes:
            out.append(b.Heading(t("needs.heading" if q.is_needs else "collaboration.heading"), 2))
        for facet in q.facets:
            if facet.notes:
                ordered = _by_votes(facet.notes) if q.is_needs else facet.notes
                out += [b.Heading(f"{facet.label} ({len(facet.notes)})", 3),
                        b.Bullets(tuple(_note_line(n, model, _theme(n, facet.label) if q.is_collaboration else "")
                                        for n in ordered))]
        if q.is_needs and q.groups:  # which themes are own needs and which general (and the room's votes on each)
            voted = bool(q.theme_votes)
            rows = tuple((label, *(str(sum(1 for n in notes if n.facet == f.key)) for f in q.facets), str(len(notes)),
                          *((str(q.theme_votes_of(label)),) if voted else ()))
                         for label, notes in q.groups)
            out += [b.Heading(t("question.groups"), 2),
                    b.Table((t("column.group"), *(f.label for f in q.facets), t("total"),
                             *((t("column.theme_votes"),) if voted else ())), rows,
                            (4, 1.4, 1.4, 1, 1.2) if voted else (4, 1.4, 1.4, 1))]
    elif q.groups:
        out.append(b.Heading(t("question.groups"), 2))
        for label, notes in q.groups:
            out += [b.Heading(f"{label} ({len(notes)}){q.theme_votes_said(label, model.lang, ' – ')}", 3),
                    b.Bullets(tuple(_note_line(n, model) for n in notes))]
        if q.ungrouped:
            out += [b.Heading(t("question.ungrouped"), 3), b.Bullets(tuple(_note_line(n, model) for n in q.ungrouped))]
    elif q.notes:  # no themes: every note, its facet beside it
        facet_labels = {f.key: f.label for f in q.facets}
        out.append(b.Bullets(tuple(_note_line(n, model, f" [{facet_labels[n.facet]}]" if n.facet in facet_labels else "")
                                   for n in _by_votes(q.notes))))
    return out


def _channel_counts(model: ReportModel) -> str:
    """Return "Så kom svaren in (antal): …" when some answers came in writing, else ""."""
    counts = {key: 0 for key in CHANNEL_LABELS}
    for q in model.questions:
        for note in q.notes:
            counts[note.channel or "meeting"] += 1
    if not any(counts[key] for key in WRITTEN_CHANNELS):
        return ""
    parts = ", ".join(f"{CHANNEL_LABELS[key].lower()} {count}" for key, count in counts.items() if count)
    return text("channels.counts", model.lang, counts=parts)


def talks_section(model: ReportModel) -> list:
    """Return the one-to-one talks, apart from the joint dialogue ("Enskilda samtal")."""
    out: list = [b.Heading(text("talks.heading", model.lang), 1), b.Paragraph(text("talks.lead", model.lang))]
    for talk in model.talks:
        where = f" – {talk.municipality}" if model.is_dialogue_day and talk.municipality else ""
        out.append(b.Heading(f"{text('talks.with', model.lang, role=talk.role)}{where}", 2))
        if talk.summary.strip():
            out.append(b.Paragraph(talk.summary))
        for label, notes in talk.questions:
            out += [b.Heading(label, 3), b.Bullets(tuple(_note_line(n, model) for n in notes))]
    return out


def _appendix(model: ReportModel) -> list:
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    if not model.top_keywords and not model.survey:
        return []
    out: list = [b.Heading(t("summary.appendix"), 1), b.Paragraph(t("summary.appendix_intro"), "small")]
    if model.top_keywords:
        out += [b.Heading(t("keywords.heading"), 2),
                b.Table((t("keywords.keyword"), t("keywords.count")), tuple((k, str(n)) for k, n in model.top_keywords), (4, 1))]
    if model.survey:
        out += [b.Heading(t("survey.heading"), 2), b.Paragraph(t("survey.responses", count=model.survey.responses)),
                b.Table((t("survey.item"), t("survey.mean")),
                        tuple((label, "–" if mean is None else f"{mean:.1f}".replace(".", ","))
                              for label, mean, _ in model.survey.items), (5, 1))]
        if model.survey.comments:
            out += [b.Heading(t("survey.comments"), 3), b.Bullets(model.survey.comments)]
    return out


def summary_document(model: ReportModel) -> b.Document:
    """Return the summary for the participants as blocks."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    title = f"{t('summary.title')}: {model.title}" + (f" – {model.scope}" if model.scope else "")
    doc = b.Document(title=title, header=f"{model.title}{' – ' + model.scope if model.scope else ''} · {model.date}",
                     lang=model.lang, author=model.author, subject=t("summary.subtitle"))
    facts = " · ".join(v for v in (model.municipality_text, long_date(model.date, model.lang), model.place) if v)
    doc.add(b.Heading(title, 0), b.Paragraph(facts, "lead"))
    if model.facilitators:
        doc.add(b.Paragraph(t("summary.facilitated_by", names=", ".join(model.facilitators)), "small"))
    if model.scope:
        doc.add(b.Paragraph(t("summary.for_municipality", municipality=model.scope,
                              all=", ".join(model.day_municipalities)), "small"))
    doc.add(*_brief(model), b.PageBreak())
    # the map's own words; the count as a word ("fyra frågeområden"), as a reader writes it
    doc.add(b.Heading(map_text(model, "intro.heading"), 1),
            b.Paragraph(map_text(model, "intro.text", hub=model.hub, hub_label=model.hub_label,
                                 count=number_word(len(model.questions), model.lang))))
    if _channel_counts(model):
        doc.add(b.Paragraph(_channel_counts(model)))
    participants = _participants(model)
    if participants is not None:
        doc.add(b.Heading(t("participants.heading"), 2), participants)
    for question in model.questions:
        doc.add(*_question(model, question))
    if model.talks:
        doc.add(*talks_section(model))
    appendix = _appendix(model)
    if appendix:  # kept together: a short appendix moves whole rather than leaving three lines on a last page
        doc.add(b.Keep(tuple(appendix)))
    return doc
