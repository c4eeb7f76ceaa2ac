"""The keyword-sorted base material: every note and all minutes, by keyword within each question."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import text
from dialogkarta.report.model import ReportModel, distinct_keywords, keyword_key
from dialogkarta.report.summary import cover, talks_section
from dialogkarta.report.xmltext import clean, lines, sort_key


def _facet_label(question, key: str | None) -> str:
    return next((f.label for f in question.facets if f.key == key), key or "")


def _line(question, note, model: ReportModel) -> str:
    details: dict[str, str] = {}  # a theme named like the level ("Inom verksamheten") is said once
    for detail in (_facet_label(question, note.facet), note.group or "", note.municipality if model.is_dialogue_day else ""):
        if detail.strip():
            details.setdefault(detail.strip().casefold(), detail.strip())
    return note.text + (f" ({'; '.join(details.values())})" if details else "")


def material_document(model: ReportModel) -> b.Document:
    """Return the base material as blocks (Word)."""
    t = lambda key, **v: text(key, model.lang, **v)  # noqa: E731
    doc = b.Document(title=f"{t('material.title')}: {model.title}", header=f"{model.title} · {t('material.title')}", lang=model.lang)
    doc.add(cover(model, "material.title"), b.Paragraph(t("material.intro"), "lead"), b.PageBreak(), b.TableOfContents(), b.PageBreak())
    for q in model.questions:
        doc.add(b.Heading(f"{q.number}. {q.label}", 1))
        if q.prompt:
            doc.add(b.Paragraph(q.prompt, "quote"))
        for number, group in enumerate(q.by_keyword):
            doc.add(b.Heading(f"{group.keyword} ({len(group.notes)})", 2, anchor=_anchor(q, number)),
                    b.Bullets(tuple(_line(q, n, model) for n in group.notes)))
        if q.without_keyword:
            doc.add(b.Heading(f"{t('keywords.none')} ({len(q.without_keyword)})", 2),
                    b.Bullets(tuple(_line(q, n, model) for n in q.without_keyword)))
        if q.summary.strip():
            doc.add(b.Heading(t("question.summary"), 2), b.Paragraph(q.summary))
        if q.minutes.strip():
            doc.add(b.Heading(t("question.minutes"), 2), *[b.Paragraph(p) for p in lines(q.minutes)])
    if model.talks:  # everything said, the one-to-one talks too, apart from the joint dialogue
        doc.add(*talks_section(model))
    if model.next_steps.strip():
        doc.add(b.Heading(t("next_steps.heading"), 1), *[b.Paragraph(p) for p in lines(model.next_steps)])
    doc.add(b.PageBreak(), b.Heading(t("keywords.index"), 1))
    index: dict[str, list[tuple[str, str]]] = {}
    spelling: dict[str, str] = {}
    for q in model.questions:
        for number, group in enumerate(q.by_keyword):
            key = keyword_key(group.keyword)
            spelling.setdefault(key, group.keyword)
            index.setdefault(key, []).append((f"{q.number}. {q.label} ({len(group.notes)})", _anchor(q, number)))
    rows = tuple((spelling[k], tuple(index[k])) for k in sorted(index, key=sort_key))
    doc.add(b.PageIndex((t("keywords.keyword"), t("column.question")), rows, t("page.short")))
    return doc


def _anchor(question, number: int) -> str:
    """The bookmark of a keyword's heading under a question (Word bookmark names: letters, digits, _)."""
    return f"kw_{question.number}_{number}"


def material_rows(model: ReportModel) -> Iterator[list[str]]:
    """Yield the base material as table rows: header first, then one row per note (by its first keyword), then the texts."""
    t = lambda key: text(key, model.lang)  # noqa: E731
    yield [t("column.id"), t("column.question"), t("column.keywords"), t("column.kind"), t("column.facet"),
           t("column.group"), t("column.votes"), t("column.municipality"), t("column.created"), t("column.text")]
    for q in model.questions:
        label = f"{q.number}. {q.label}"
        seen: set[str] = set()
        for n in [n for group in q.by_keyword for n in group.notes] + list(q.without_keyword):
            if n.id in seen:  # a note with several keywords is one row; its keywords are listed in it
                continue
            seen.add(n.id)
            keywords = "; ".join(distinct_keywords(n.keywords)) or t("keywords.none")
            yield [n.id, label, keywords, t("kind.note"), _facet_label(q, n.facet), n.group or "", str(n.votes),
                   n.municipality or "", n.created or "", n.text]
        if q.summary.strip():
            yield ["", label, "", t("kind.summary"), "", "", "", "", "", q.summary]
        if q.minutes.strip():
            yield ["", label, "", t("kind.minutes"), "", "", "", "", "", q.minutes]
    for talk in model.talks:
        kind = text("talks.with", model.lang, role=talk.role)
        for label, notes in talk.questions:
            for n in notes:
                yield [n.id, label, "; ".join(distinct_keywords(n.keywords)), kind, "", "", str(n.votes),
                       n.municipality or "", n.created or "", n.text]
    if model.next_steps.strip():
        yield ["", "", "", t("kind.next_steps"), "", "", "", "", "", model.next_steps]


def write_material_csv(model: ReportModel, output) -> None:
    """Write the base material as CSV (UTF-8 with BOM and semicolons, as Swedish Excel expects)."""
    with open(output, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in material_rows(model):
            writer.writerow([clean(c) for c in row])
