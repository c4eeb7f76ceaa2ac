"""Sections of the county report that answer the workshop's questions: the overview, what rests on
what, each municipality's particulars, change since the last round, size, and the appendix of
the municipalities' own material."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from PIL import ImageFont

from dialogkarta.paths import FONTS
from dialogkarta.report import blocks as b
from dialogkarta.report.model import survey_items
from dialogkarta.synthesis.compare import NoteRef, Synthesis
from dialogkarta.synthesis.size import level_shares, percent, theme_shares
from dialogkarta.synthesis.texts import t

MAX_IN_CELL = 5
SURVEY_SHORT = {"advance_info": "Förhandsinfo", "purpose": "Syfte", "dialogue": "Kom till tals", "relevance": "Relevans", "useful": "Nytta",
                "facilitation": "Samtalsledning"}


@lru_cache(maxsize=1)
def _header_font():
    return ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 75)  # 7.5 pt at ten units a point


def header_cm(header: str) -> float:
    """The width in cm a compact table column needs for its header lines to stay whole (bold 7.5 pt and padding)."""
    points = max(_header_font().getlength(line) for line in header.split("\n")) / 10
    return points / 72 * 2.54 + 0.45


def _whole_headers(headers: list[str], page_cm: float = 16.0) -> tuple[float, ...]:
    """Column widths in cm that keep each header word whole, the first column taking the rest."""
    widths = [header_cm(h) for h in headers]
    return (max(3.0, page_cm - sum(widths)), *widths)


def capped(items: list[str], limit: int, lang: str = "sv") -> str:
    """Items joined, the rest counted: 'a, b och 3 till (alla finns i Excel-filen)'."""
    shown = ", ".join(items[:limit])
    return f"{shown} {t('more', lang, count=len(items) - limit)}" if len(items) > limit else shown


def quote(ref: NoteRef) -> str:
    keywords = f" [{', '.join(ref.note.keywords)}]" if ref.note.keywords else ""
    return f"«{ref.note.text}»{keywords}"


def spelling_notice(s: Synthesis) -> list:
    if not s.unresolved:
        return []
    examples = ", ".join(f"«{p.variant}» ~ «{p.target}»" for p in s.unresolved[:3])
    return [b.Paragraph(t("spelling.unresolved", s.lang, count=len(s.unresolved), examples=examples))]


def overview(s: Synthesis) -> list:
    """One page for the reader in a hurry: per question what is common and who raised something of their own."""
    lang = s.lang
    rows = []
    for q in s.questions:
        common = [f"{th.keyword} ({th.municipality_count})" for th in q.common]
        places = Counter(r.municipality for r in q.particular_notes)
        particular = [f"{m} ({n})" for m, n in sorted(places.items(), key=lambda mn: (-mn[1], mn[0]))]
        rows.append((q.label, capped(common, MAX_IN_CELL, lang) or "–", capped(particular, MAX_IN_CELL, lang) or "–"))
    out: list = [b.Heading(t("summary", lang), 1), b.Paragraph(t("summary.lead", lang)), *spelling_notice(s),
           b.Table((t("question", lang), t("common", lang), t("particular", lang)), tuple(rows), (2.2, 4.4, 3.4))]
    if s.findings:
        out += [b.Heading(t("findings", lang), 2), b.Bullets(tuple(s.findings))]
    for q in s.questions:
        county = q.facets.get("", {})
        if q.is_collaboration and any(county.values()):
            ranked = sorted(q.facet_keys, key=lambda k: -county.get(k, 0))
            out.append(b.Paragraph(t("summary.levels", lang, most=q.facet_labels[ranked[0]], most_count=county.get(ranked[0], 0),
                                     least=q.facet_labels[ranked[-1]], least_count=county.get(ranked[-1], 0))))
        elif q.is_needs and any(county.values()):
            out.append(b.Paragraph(t("summary.needs", lang, own=county.get("own", 0), general=county.get("general", 0))))
    return out


def method_sources(s: Synthesis) -> list:
    """What the report rests on: the round, the spellings merged, the files read and those not counted."""
    lang = s.lang
    out: list = []
    if s.round:
        out.append(b.Paragraph(t("round.text", lang, round=s.round)))
    merged = ", ".join(f"«{variant}» → «{target}»" for variant, target in s.merged)
    out.append(b.Paragraph(t("spelling.merged", lang, merged=merged) if merged else t("spelling.none", lang)))
    out += spelling_notice(s)
    out.append(b.Heading(t("sources", lang), 2))
    if s.files_read:
        names = [name.rsplit("/", 1)[-1] for name in s.files_read]
        out.append(b.Paragraph(t("sources.read", lang, count=len(names), files=", ".join(names)), "small"))
    left_out = [*s.file_problems, *(f"{title}: {why}" for title, why in s.excluded)]
    if left_out:
        out += [b.Paragraph(t("sources.problems", lang)), b.Bullets(tuple(left_out))]
    return out


def particular_by_municipality(s: Synthesis) -> list:
    lang = s.lang
    out: list = [b.Heading(t("particular.section", lang), 1), b.Paragraph(t("particular.lead", lang))]
    for m in s.municipalities:
        refs = s.particular(m)
        if refs:
            labels = {q.key: q.label for q in s.questions}
            out += [b.Heading(m, 2), b.Bullets(tuple(f"{quote(r)} – {labels[r.question]}" for r in refs))]
    return out


def change_since_last_round(s: Synthesis) -> list:
    change = s.change
    if change is None or not change.municipalities:
        return []
    lang = s.lang
    out: list = [b.Heading(t("change", lang), 1),
           b.Paragraph(t("change.lead", lang, municipalities=", ".join(change.municipalities), previous=change.previous,
                         current=change.current))]
    rows = tuple((c.municipality, c.question, ", ".join(c.kept) or "–", ", ".join(c.new) or "–", ", ".join(c.gone) or "–")
                 for c in change.changes)
    out.append(b.Table((t("municipality", lang), t("question", lang), t("change.kept", lang), t("change.new", lang),
                        t("change.gone", lang)), rows, (1.6, 2.0, 3.0, 3.4, 2.4), compact=True))
    if change.levels:
        out += [b.Heading(t("change.levels", lang), 2),
                b.Table((t("level", lang), t("change.then", lang, round=change.previous), t("change.now", lang, round=change.current)),
                        tuple((change.level_labels.get(k, k), str(a), str(n)) for k, (a, n) in change.levels.items()), (3, 2, 2))]
    if change.only_then or change.only_now:
        out.append(b.Paragraph(t("change.only", lang, then=", ".join(change.only_then) or "–",
                                 now=", ".join(change.only_now) or "–"), "small"))
    return out


def size_shares(s: Synthesis) -> list:
    """Per common keyword the share of each size class that raised it; collaboration levels as shares per class."""
    lang = s.lang
    if len(s.size_classes) < 2:
        return []
    classes = list(s.size_classes)
    headers = tuple(c.replace(t("size.inhabitants", lang), "").strip() for c in classes)
    out: list = [b.Heading(t("size", lang), 1), b.Heading(t("size.share", lang), 2),
           b.Paragraph(t("size.classes", lang, classes=", ".join(t("size.class_count", lang, label=c, count=len(s.size_classes[c]))
                                                                  for c in classes)), "small")]
    rows = []
    for q in s.questions:
        for theme in q.common[:6]:
            shares = theme_shares(s, theme)
            rows.append((f"{theme.keyword} ({q.label})", *[t("size.of", lang, count=shares[c][0], total=shares[c][1]) for c in classes]))
    if rows:
        out.append(b.Table((t("keyword", lang), *headers), tuple(rows), (5, *[1.8] * len(classes)), compact=True))
    levels = next((q for q in s.questions if q.is_collaboration), None)
    if levels is not None:
        by_level = level_shares(s, levels)
        out += [b.Heading(t("size.share_levels", lang), 2),
                b.Table((t("level", lang), *headers), tuple((levels.facet_labels[k], *[percent(by_level[c][k]) for c in classes])
                                                  for k in levels.facet_keys), (4, *[1.8] * len(classes)), compact=True)]
    return out


def statements(s: Synthesis) -> dict[str, str]:
    """The survey statements of the sessions compared (key → text), the default set's or their own, in order."""
    found: dict[str, str] = {}
    for d in s.sessions:
        for key, text in survey_items(d, s.lang):
            found.setdefault(key, text)
    return found


def appendix(s: Synthesis) -> list:
    """The municipalities' own material: summaries per question, next steps, survey answers."""
    lang = s.lang
    out: list = [b.PageBreak(), b.Heading(t("appendix", lang), 1), b.Heading(t("appendix.summaries", lang), 2)]
    for q in s.questions:
        texts = [(d, d.question(q.key).summary.strip()) for d in s.sessions if any(x.key == q.key for x in d.questions)]
        texts = [(d, text) for d, text in texts if text]
        if texts:
            out.append(b.Heading(q.label, 3))
            out += [b.Paragraph(f"{', '.join(d.municipalities)}: {text}") for d, text in texts]
    steps = [(d, d.next_steps.strip()) for d in s.sessions if d.next_steps.strip()]
    if steps:
        out += [b.Heading(t("appendix.next_steps", lang), 2),
                b.Bullets(tuple(f"{', '.join(d.municipalities)}: {text}" for d, text in steps))]
    answered = [d for d in s.sessions if d.survey]
    if answered:
        items = statements(s)
        short = {key: SURVEY_SHORT.get(key) or f"P{n}" for n, key in enumerate(items, start=1)}
        rows = []
        for d in answered:
            means = []
            for key in items:
                values = [r.get("ratings", {}).get(key) for r in d.survey]
                values = [v for v in values if isinstance(v, int) and 1 <= v <= 5]
                means.append(f"{sum(values) / len(values):.1f}".replace(".", ",") if values else "–")
            rows.append((", ".join(d.municipalities), str(len(d.survey)), *means))
        out += [b.Heading(t("appendix.survey", lang), 2),
                b.Paragraph("Medelvärde på en skala 1–5. " + "; ".join(f"{short[k]}: {items[k].lower()}" for k in items) + ".",
                            "small"),
                b.Table((t("municipality", lang), t("survey.answers", lang), *short.values()),
                        tuple(rows), _whole_headers([t("survey.answers", lang), *short.values()]), compact=True)]
        comments = [f"«{r['comment'].strip()}» ({', '.join(d.municipalities)})" for d in answered for r in d.survey
                    if str(r.get("comment") or "").strip()]
        if comments:
            out += [b.Heading(t("comment", lang), 3), b.Bullets(tuple(comments))]
    return out
