"""The county report as blocks (Word and PDF): overview, method, per question the comparison."""

from __future__ import annotations

from collections import Counter

from dialogkarta.report import blocks as b
from dialogkarta.synthesis.compare import QuestionComparison, Synthesis
from dialogkarta.synthesis.county_sections import (
    appendix,
    change_since_last_round,
    header_cm,
    method_sources,
    overview,
    particular_by_municipality,
    quote,
    size_shares,
)
from dialogkarta.synthesis.texts import t

MAX_HEATMAP_COLUMNS = 16
MAX_THEMES = 25
MAX_LISTED = 10
MAX_EXAMPLES = 3
MAX_PARTICULAR = 15


def heat(value: int, top: int) -> str | None:
    """A colour from light to dark blue for a count (None for zero)."""
    if not value or not top:
        return None
    shades = ("#E3EEF9", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6")
    return shades[min(len(shades) - 1, int((value / top) * (len(shades) - 1) + 0.5))]


PAGE_CM = 16.0  # usable width of an A4 portrait page
KEYWORD_CM = 3.5  # the narrowest keyword column that stays legible


def header_name(name: str, limit: int = 6) -> str:
    """Put a long column name on two lines at the space nearest its middle; a word is never broken (the column is
    made as wide as its longest word instead)."""
    if len(name) <= limit or " " not in name:
        return name
    middle = len(name) / 2
    cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
    return f"{name[:cut]}\n{name[cut + 1:]}"


def _column_cm(header: str) -> float:
    return header_cm(header)


def _heatmap(s: Synthesis, q: QuestionComparison) -> list:
    LANG = s.lang  # noqa: N806
    themes = q.themes[:MAX_THEMES]
    if not themes:
        return []
    if len(s.municipalities) <= MAX_HEATMAP_COLUMNS:
        columns = s.municipalities
        values = [[theme.counts.get(m, 0) for m in columns] for theme in themes]
        heading = t("heatmap", LANG)
    else:  # national scale: by size class; every municipality is in the workbook
        columns = list(s.size_classes)
        values = [[sum(theme.counts.get(m, 0) for m in s.size_classes[c]) for c in columns] for theme in themes]
        heading = t("heatmap.by_size", LANG)
    if not columns:  # many municipalities of unknown size: the matrix is only in the workbook
        return [b.Heading(heading, 2), b.Paragraph(t("heatmap.note", LANG), "small")]
    top = max((v for row in values for v in row), default=0)  # one colour scale for every part of the table
    out: list = [b.Heading(heading, 2)]
    count_header = header_name(t("heatmap.count", LANG))
    widest = max(_column_cm(header_name(c)) for c in columns)  # whole names: as many columns as fit beside the keywords
    per_table = max(1, int((PAGE_CM - KEYWORD_CM - _column_cm(count_header)) // widest))
    parts = -(-len(columns) // per_table)
    size = -(-len(columns) // parts)
    for start in range(0, len(columns), size):
        part = range(start, min(start + size, len(columns)))
        headers = [header_name(columns[c]) for c in part]
        widths = [_column_cm(h) for h in headers]
        keyword_cm = max(KEYWORD_CM, PAGE_CM - sum(widths) - _column_cm(count_header))
        rows = tuple((theme.keyword, *[str(row[c]) if row[c] else "" for c in part],
                      str(theme.municipality_count))  # in the whole county, also in a part
                     for theme, row in zip(themes, values))
        shades = tuple((None, *[heat(row[c], top) for c in part], None) for row in values)
        out.append(b.Table((t("keyword", LANG), *headers, count_header), rows,
                           (keyword_cm, *widths, _column_cm(count_header)), cell_shade=shades, compact=True))
    if len(q.themes) > MAX_THEMES or columns is not s.municipalities:
        out.append(b.Paragraph(t("heatmap.note", LANG), "small"))
    return out


def _examples(s: Synthesis, theme) -> list:
    """Distinct wordings, the one most municipalities used first, each credited to the smallest municipality that
    wrote it, so that the examples show the range of what was said and do not always quote the largest."""
    by_text: dict[str, list] = {}
    for ref in theme.notes:
        by_text.setdefault(" ".join(ref.note.text.casefold().split()), []).append(ref)

    def size(ref) -> tuple:
        return (s.populations.get(ref.municipality) or 0, ref.municipality)

    ranked = sorted(by_text.values(), key=lambda refs: (-len({r.municipality for r in refs}), size(min(refs, key=size))))
    return [min(refs, key=size) for refs in ranked]


def _common(s: Synthesis, q: QuestionComparison) -> list:
    lang = s.lang
    out: list = [b.Heading(t("common", lang), 2)]
    if not q.common:
        return out + [b.Paragraph(t("common.none", lang))]
    for theme in q.common[:MAX_LISTED]:
        places = [m for m, c in theme.counts.items() if c]
        out.append(b.Heading(t("theme.counts", lang, keyword=theme.keyword, count=theme.municipality_count, notes=theme.total), 3))
        out.append(b.Paragraph(", ".join(places), "small"))
        refs = _examples(s, theme)
        items = [f"{r.note.text} ({r.municipality})" for r in refs[:MAX_EXAMPLES]]
        if len(refs) > MAX_EXAMPLES:
            items.append(t("more", lang, count=len(refs) - MAX_EXAMPLES))
        out.append(b.Bullets(tuple(items)))
    if len(q.common) > MAX_LISTED:
        out.append(b.Paragraph(", ".join(th.keyword for th in q.common[MAX_LISTED:MAX_LISTED + 5]) + " "
                               + t("more", lang, count=len(q.common) - MAX_LISTED), "small"))
    return out


def _particular(s: Synthesis, q: QuestionComparison) -> list:
    lang = s.lang
    out: list = [b.Heading(t("particular", lang), 2)]
    refs = q.particular_notes
    if not refs:
        return out + [b.Paragraph(t("particular.none", lang))]
    items = [f"{quote(r)} – {r.municipality}" for r in refs[:MAX_PARTICULAR]]
    if len(refs) > MAX_PARTICULAR:
        items.append(t("more", lang, count=len(refs) - MAX_PARTICULAR))
    return out + [b.Bullets(tuple(items))]


def _facet_table(s: Synthesis, q: QuestionComparison) -> b.Table:
    LANG = s.lang  # noqa: N806
    keys = q.facet_keys
    rows = []
    for m in [*s.municipalities, ""]:
        counts = q.facets.get(m, {})
        rows.append((m or t("county", LANG), *[str(counts.get(k, 0)) for k in keys]))
    shade = tuple(None for _ in s.municipalities) + ("#DCE6F2",)
    compact = len(keys) > 3
    labels = [header_name(q.facet_labels[k], 9) if compact else q.facet_labels[k] for k in keys]
    widths = [_column_cm(label) for label in labels] if compact else [1.0 * PAGE_CM / 5] * len(keys)
    first = max(3.0, PAGE_CM - sum(widths))
    table = b.Table((t("municipality", LANG), *labels), tuple(rows), (first, *widths), shade=shade, compact=compact)
    return table


def _level_chart(s: Synthesis, q: QuestionComparison) -> b.BarChart:
    """Collaboration by level for the county, as bars in the levels' own colours."""
    LANG = s.lang  # noqa: N806
    county = q.facets.get("", {})
    colours = {f.key: f.color for f in s.template.question(q.key).facets}  # the comparison's questions are the template's
    return b.BarChart(f"{t('levels', LANG)}, {t('county', LANG).lower()}", tuple(q.facet_labels[k] for k in q.facet_keys),
                      tuple(county.get(k, 0) for k in q.facet_keys), tuple(colours.get(k) for k in q.facet_keys))


def county_document(s: Synthesis) -> b.Document:
    """Return the county report as blocks."""
    LANG = s.lang  # noqa: N806
    dates = sorted(d.date for d in s.sessions if d.date)
    title = f"{t('title', LANG)} {s.county}".strip()
    doc = b.Document(title=title, header=title, lang=LANG)
    needed = max(1, int(-(-len(s.municipalities) * s.min_share // 1)))
    facts = ((t("county.label", LANG), s.county), (t("round", LANG), s.round), (t("sessions", LANG), str(len(s.sessions))),
             (t("municipalities", LANG), str(len(s.municipalities))),
             (t("participants", LANG), str(s.participant_count)), (t("notes", LANG), str(s.note_count)),
             (t("date", LANG), f"{dates[0]} – {dates[-1]}" if dates else ""))
    subtitle = s.template.texts(LANG).get("county.subtitle") or t("subtitle", LANG)  # the map's own words
    doc.add(b.Cover(title, subtitle, tuple((k, v) for k, v in facts if v)), b.PageBreak(), b.TableOfContents(), b.PageBreak())
    doc.add(*overview(s))
    doc.add(b.Heading(t("method", LANG), 1),
            b.Paragraph(t("method.text", LANG, sessions=len(s.sessions), municipalities=len(s.municipalities),
                          first=dates[0] if dates else "", last=dates[-1] if dates else "",
                          participants=s.participant_count, notes=s.note_count,
                          share=f"{round(s.min_share * 100)} %", needed=needed)),
            *method_sources(s),
            b.Table((t("session", LANG), t("date", LANG), t("municipalities", LANG), t("participants", LANG), t("notes", LANG)),
                    tuple((d.title, d.date, ", ".join(d.municipalities), str(len(d.participants)), str(d.note_count))
                          for d in s.sessions[:60]), (3.6, 1.9, 2.8, 2.1, 1.6), compact=len(s.sessions) > 20))
    roles = s.roles.get("", Counter())
    if roles:
        doc.add(b.Heading(t("roles", LANG), 2),
                b.Table((t("role", LANG), t("participants", LANG)), tuple((r, str(n)) for r, n in roles.most_common()), (4, 1)))
    doc.add(b.PageBreak(), *particular_by_municipality(s))  # the workshop's second question, before the details
    for q in s.questions:
        doc.add(b.Heading(q.label, 1), b.Paragraph(f"{q.note_count} {t('notes', LANG).lower()}."))
        doc.add(*_common(s, q), *_particular(s, q))
        if q.is_needs:
            doc.add(b.Heading(t("needs", LANG), 2), _facet_table(s, q))
        elif q.is_collaboration:
            doc.add(b.Heading(t("levels", LANG), 2), _level_chart(s, q), _facet_table(s, q))
        doc.add(*_heatmap(s, q))
    doc.add(*size_shares(s), *change_since_last_round(s), *appendix(s))
    return doc
