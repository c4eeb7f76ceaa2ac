"""The county report as blocks (Word and PDF): overview, method, per question the comparison."""

from __future__ import annotations

from dialogkarta.report import blocks as b
from dialogkarta.synthesis.compare import QuestionComparison, Synthesis
from dialogkarta.synthesis.texts import t

MAX_HEATMAP_COLUMNS = 16
MAX_THEMES = 25
MAX_LISTED = 10
MAX_EXAMPLES = 3


def heat(value: int, top: int) -> str | None:
    """A colour from light to dark blue for a count (None for zero)."""
    if not value or not top:
        return None
    shades = ("#E3EEF9", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6")
    return shades[min(len(shades) - 1, int((value / top) * (len(shades) - 1) + 0.5))]


def bar(value: int, top: int, width: int = 20) -> str:
    return "█" * max(1 if value else 0, round(width * value / top)) if top else ""


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
    top = max((v for row in values for v in row), default=0)
    rows = tuple((theme.keyword, *[str(v) if v else "" for v in row], str(theme.municipality_count))
                 for theme, row in zip(themes, values))
    shades = tuple((None, *[heat(v, top) for v in row], None) for row in values)
    out = [b.Heading(heading, 2),
           b.Table((t("keyword", LANG), *columns, t("municipality_count", LANG)), rows, (4, *[1.15] * len(columns), 1.3),
                   cell_shade=shades, compact=True)]
    if len(q.themes) > MAX_THEMES or columns is not s.municipalities:
        out.append(b.Paragraph(t("heatmap.note", LANG), "small"))
    return out


def _themes(q: QuestionComparison, themes, heading: str, none: str, examples: bool, lang: str = "sv") -> list:
    out = [b.Heading(heading, 2)]
    if not themes:
        return out + [b.Paragraph(none)]
    for theme in themes[:MAX_LISTED]:
        places = ", ".join(m for m, c in theme.counts.items() if c)
        out.append(b.Heading(t("theme.counts", lang, keyword=theme.keyword, count=theme.municipality_count, notes=theme.total)
                             if theme.municipality_count > 1 else f"{theme.keyword} – {places}", 3))
        if examples:
            out.append(b.Paragraph(places, "small"))
        refs = []
        seen_places: set[str] = set()
        seen_texts: set[str] = set()
        for ref in theme.notes:  # different texts from different municipalities first, for breadth
            text_key = " ".join(ref.note.text.casefold().split())
            if ref.municipality not in seen_places and text_key not in seen_texts:
                seen_places.add(ref.municipality)
                seen_texts.add(text_key)
                refs.append(ref)
        out.append(b.Bullets(tuple(f"{r.note.text} ({r.municipality})" for r in refs[:MAX_EXAMPLES])))
    return out


def _facet_table(s: Synthesis, q: QuestionComparison) -> b.Table:
    LANG = s.lang  # noqa: N806
    keys = q.facet_keys
    rows = []
    top = max((q.facets.get("", {}).get(k, 0) for k in keys), default=0)
    for m in [*s.municipalities, ""]:
        counts = q.facets.get(m, {})
        rows.append((m or t("county", LANG), *[str(counts.get(k, 0)) for k in keys]))
    shade = tuple(None for _ in s.municipalities) + ("#DCE6F2",)
    table = b.Table((t("municipality", LANG), *[q.facet_labels[k] for k in keys]), tuple(rows), (2, *[1] * len(keys)), shade=shade,
                    compact=len(keys) > 3)
    return table if top or rows else table


def _level_chart(s: Synthesis, q: QuestionComparison) -> b.Table:
    LANG = s.lang  # noqa: N806
    county = q.facets.get("", {})
    top = max(county.values(), default=0)
    rows = tuple((q.facet_labels[k], str(county.get(k, 0)), bar(county.get(k, 0), top)) for k in q.facet_keys)
    return b.Table((t("levels", LANG), t("notes", LANG), ""), rows, (2.2, 1.2, 4.6))


def _size_table(s: Synthesis) -> list:
    LANG = s.lang  # noqa: N806
    if not s.size_classes:
        return []
    rows = []
    needs = next((q for q in s.questions if q.key == "needs"), None)
    collaboration = next((q for q in s.questions if q.key == "collaboration"), None)
    header = [t("size.class", LANG), t("municipalities", LANG), t("notes", LANG)]
    if needs:
        header += [needs.facet_labels.get(k, k) for k in needs.facet_keys]
    if collaboration:
        header += [collaboration.facet_labels.get(k, k) for k in collaboration.facet_keys]
    for label, members in s.size_classes.items():
        row = [label, str(len(members)), str(sum(s.notes_by_municipality[m] for m in members))]
        for q in (needs, collaboration):
            if q:
                row += [str(sum(q.facets.get(m, {}).get(k, 0) for m in members)) for k in q.facet_keys]
        rows.append(tuple(row))
    return [b.Heading(t("size", LANG), 1), b.Table(tuple(header), tuple(rows), (3, 1, 1, *[1] * (len(header) - 3)), compact=True)]


def county_document(s: Synthesis) -> b.Document:
    """Return the county report as blocks."""
    LANG = s.lang  # noqa: N806
    dates = sorted(d.date for d in s.sessions if d.date)
    title = f"{t('title', LANG)} {s.county}".strip()
    doc = b.Document(title=title, header=title, lang=LANG)
    needed = max(1, int(-(-len(s.municipalities) * s.min_share // 1)))
    facts = ((t("county", LANG), s.county), (t("sessions", LANG), str(len(s.sessions))), (t("municipalities", LANG), str(len(s.municipalities))),
             (t("participants", LANG), str(s.participant_count)), (t("notes", LANG), str(s.note_count)),
             (t("date", LANG), f"{dates[0]} – {dates[-1]}" if dates else ""))
    doc.add(b.Cover(title, t("subtitle", LANG), tuple((k, v) for k, v in facts if v)), b.PageBreak(), b.TableOfContents(), b.PageBreak())
    doc.add(b.Heading(t("method", LANG), 1),
            b.Paragraph(t("method.text", LANG, sessions=len(s.sessions), municipalities=len(s.municipalities),
                          first=dates[0] if dates else "", last=dates[-1] if dates else "",
                          participants=s.participant_count, notes=s.note_count,
                          share=f"{round(s.min_share * 100)} %", needed=needed)),
            b.Table((t("session", LANG), t("date", LANG), t("municipalities", LANG), t("participants", LANG), t("notes", LANG)),
                    tuple((d.title, d.date, ", ".join(d.municipalities), str(len(d.participants)), str(d.note_count))
                          for d in s.sessions[:60]), (4, 2, 3, 1.5, 1.5), compact=len(s.sessions) > 20))
    if s.excluded:
        doc.add(b.Heading(t("excluded", LANG), 2), b.Bullets(tuple(f"{title}: {why}" for title, why in s.excluded)))
    roles = s.roles.get("", {})
    if roles:
        doc.add(b.Heading(t("roles", LANG), 2),
                b.Table((t("role", LANG), t("participants", LANG)), tuple((r, str(n)) for r, n in roles.most_common()), (4, 1)))
    for q in s.questions:
        doc.add(b.Heading(q.label, 1), b.Paragraph(f"{q.note_count} {t('notes', LANG).lower()}."))
        doc.add(*_themes(q, q.common, t("common", LANG), t("common.none", LANG), examples=True, lang=LANG))
        doc.add(*_themes(q, q.particular, t("particular", LANG), t("particular.none", LANG), examples=False, lang=LANG))
        if q.facet_keys and set(q.facet_keys) == {"own", "general"}:
            doc.add(b.Heading(t("needs", LANG), 2), _facet_table(s, q))
        elif q.facet_keys and len(q.facet_keys) == 6:
            doc.add(b.Heading(t("levels", LANG), 2), _level_chart(s, q), _facet_table(s, q))
        doc.add(*_heatmap(s, q))
    doc.add(*_size_table(s))
    return doc
