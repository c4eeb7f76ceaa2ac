"""The county report as blocks (Word and PDF): overview, method, per question the comparison."""

from __future__ import annotations

from collections import Counter

from dialogkarta.model.question_kind import COLLABORATION, NEEDS
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


VOWELS = set("aeiouyåäöéü")
PAGE_CM = 16.0  # usable width of an A4 portrait page
PER_TABLE = 7  # municipality columns per heat-map table that fit beside a legible keyword column


def header_name(name: str, limit: int = 6) -> str:
    """Break a long column name into two lines at a syllable (Skel-/lefteå), so narrow columns stay whole words."""
    if len(name) <= limit:
        return name
    middle = len(name) / 2
    if " " in name:  # break at the space nearest the middle
        cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
        # a word still too long for the column is hyphenated too (Inom / verk- / samheten)
        parts = (name[:cut], name[cut + 1:])
        return "\n".join(header_name(p, limit) if len(p) > limit + 2 and " " not in p else p for p in parts)
    cuts = [i for i in range(3, len(name) - 2)
            if name[i - 1].lower() not in VOWELS and name[i].lower() not in VOWELS and name[i + 1].lower() in VOWELS]
    cut = min(cuts, key=lambda i: abs(i - middle)) if cuts else round(middle)
    return f"{name[:cut]}-\n{name[cut:]}"


def _column_cm(header: str) -> float:
    return max(len(line) for line in header.split("\n")) * 0.19 + 0.45  # bold 7.5 pt DejaVu and cell padding


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
    parts = -(-len(columns) // PER_TABLE)
    size = -(-len(columns) // parts)
    for start in range(0, len(columns), size):
        part = range(start, min(start + size, len(columns)))
        headers = [header_name(columns[c]) for c in part]
        count_header = header_name(t("heatmap.count", LANG))
        widths = [_column_cm(h) for h in headers]
        keyword_cm = max(3.5, PAGE_CM - sum(widths) - _column_cm(count_header))
        rows = tuple((theme.keyword, *[str(row[c]) if row[c] else "" for c in part],
                      str(theme.municipality_count))  # in the whole county, also in a part
                     for theme, row in zip(themes, values))
        shades = tuple((None, *[heat(row[c], top) for c in part], None) for row in values)
        out.append(b.Table((t("keyword", LANG), *headers, count_header), rows,
                           (keyword_cm, *widths, _column_cm(count_header)), cell_shade=shades, compact=True))
    if len(q.themes) > MAX_THEMES or columns is not s.municipalities:
        out.append(b.Paragraph(t("heatmap.note", LANG), "small"))
    return out


def _themes(q: QuestionComparison, themes, heading: str, none: str, examples: bool, lang: str = "sv") -> list:
    out: list = [b.Heading(heading, 2)]
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
    for m in [*s.municipalities, ""]:
        counts = q.facets.get(m, {})
        rows.append((m or t("county", LANG), *[str(counts.get(k, 0)) for k in keys]))
    shade = tuple(None for _ in s.municipalities) + ("#DCE6F2",)
    compact = len(keys) > 3
    labels = [header_name(q.facet_labels[k], 9) if compact else q.facet_labels[k] for k in keys]
    table = b.Table((t("municipality", LANG), *labels), tuple(rows), (2, *[1] * len(keys)), shade=shade, compact=compact)
    return table


def _level_chart(s: Synthesis, q: QuestionComparison) -> b.BarChart:
    """Collaboration by level for the county, as bars in the levels' own colours."""
    LANG = s.lang  # noqa: N806
    county = q.facets.get("", {})
    colours = {f.key: f.color for f in s.template.question(q.key).facets}  # the comparison's questions are the template's
    return b.BarChart(f"{t('levels', LANG)}, {t('county', LANG).lower()}", tuple(q.facet_labels[k] for k in q.facet_keys),
                      tuple(county.get(k, 0) for k in q.facet_keys), tuple(colours.get(k) for k in q.facet_keys))


def _size_table(s: Synthesis) -> list:
    """Notes, needs and collaboration levels summed per size class (two tables, so that they stay legible)."""
    LANG = s.lang  # noqa: N806
    if not s.size_classes:
        return []
    out: list = [b.Heading(t("size", LANG), 1)]
    for kind, heading in ((NEEDS, "size.needs"), (COLLABORATION, "size.levels")):
        q = next((q for q in s.questions if q.kind == kind), None)
        if q is None:
            continue
        compact = len(q.facet_keys) > 3
        header = tuple(header_name(h, 7) if compact else h for h in (
            t("size.class", LANG), t("municipalities", LANG), t("notes", LANG), *[q.facet_labels.get(k, k) for k in q.facet_keys]))
        rows = tuple((label, str(len(members)), str(sum(s.notes_by_municipality[m] for m in members)),
                      *[str(sum(q.facets.get(m, {}).get(k, 0) for m in members)) for k in q.facet_keys])
                     for label, members in s.size_classes.items())
        out += [b.Heading(t(heading, LANG), 2),
                b.Table(header, rows, (3.0, 1.9, 2.1, *[1.7] * len(q.facet_keys)), compact=compact)]
    return out


def _listing(themes, limit: int, particular: bool) -> str:
    if particular:
        return ", ".join(f"{th.keyword} ({next(m for m, c in th.counts.items() if c)})" for th in themes[:limit])
    return ", ".join(f"{th.keyword} ({th.municipality_count})" for th in themes[:limit])


def _summary(s: Synthesis) -> list:
    """One page for the reader in a hurry: per question the broadest and the most particular themes."""
    LANG = s.lang  # noqa: N806
    rows = tuple((q.label, _listing(q.common, 6, False) or "–", _listing(q.particular, 4, True) or "–")
                 for q in s.questions)
    out = [b.Heading(t("summary", LANG), 1), b.Paragraph(t("summary.lead", LANG)),
           b.Table((t("question", LANG), t("common", LANG), t("particular", LANG)), rows, (2.2, 4.4, 3.4))]
    for q in s.questions:
        county = q.facets.get("", {})
        if q.is_collaboration and any(county.values()):
            ranked = sorted(q.facet_keys, key=lambda k: -county.get(k, 0))
            out.append(b.Paragraph(t("summary.levels", LANG, most=q.facet_labels[ranked[0]], most_count=county.get(ranked[0], 0),
                                     least=q.facet_labels[ranked[-1]], least_count=county.get(ranked[-1], 0))))
        elif q.is_needs and any(county.values()):
            out.append(b.Paragraph(t("summary.needs", LANG, own=county.get("own", 0), general=county.get("general", 0))))
    return out


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
    subtitle = s.template.texts(LANG).get("county.subtitle") or t("subtitle", LANG)  # the map's own words
    doc.add(b.Cover(title, subtitle, tuple((k, v) for k, v in facts if v)), b.PageBreak(), b.TableOfContents(), b.PageBreak())
    doc.add(*_summary(s))
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
    roles = s.roles.get("", Counter())
    if roles:
        doc.add(b.Heading(t("roles", LANG), 2),
                b.Table((t("role", LANG), t("participants", LANG)), tuple((r, str(n)) for r, n in roles.most_common()), (4, 1)))
    for q in s.questions:
        doc.add(b.Heading(q.label, 1), b.Paragraph(f"{q.note_count} {t('notes', LANG).lower()}."))
        doc.add(*_themes(q, q.common, t("common", LANG), t("common.none", LANG), examples=True, lang=LANG))
        doc.add(*_themes(q, q.particular, t("particular", LANG), t("particular.none", LANG), examples=False, lang=LANG))
        if q.is_needs:
            doc.add(b.Heading(t("needs", LANG), 2), _facet_table(s, q))
        elif q.is_collaboration:
            doc.add(b.Heading(t("levels", LANG), 2), _level_chart(s, q), _facet_table(s, q))
        doc.add(*_heatmap(s, q))
    doc.add(*_size_table(s))
    return doc
