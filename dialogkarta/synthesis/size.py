"""Size that means something: shares per size class, and plain sentences from the figures (county.toml's finding.*).

A share is counted among the municipalities of a class (3 of 6 small ones raised it), never as raw
totals, so that two large municipalities with many notes do not outweigh six small ones.
"""

from __future__ import annotations

from collections import Counter

from dialogkarta.synthesis.compare import QuestionComparison, Synthesis, Theme
from dialogkarta.synthesis.texts import t

MIN_GAP = 0.5  # a difference in share between size classes worth a sentence
MAX_SIZE_FINDINGS = 2


def theme_shares(s: Synthesis, theme: Theme) -> dict[str, tuple[int, int]]:
    """Size class → (municipalities that raised the keyword, municipalities in the class)."""
    return {label: (sum(1 for m in members if theme.counts.get(m)), len(members)) for label, members in s.size_classes.items()}


def level_shares(s: Synthesis, q: QuestionComparison) -> dict[str, dict[str, float]]:
    """Size class → level → share of the class's collaboration notes on that level."""
    out = {}
    for label, members in s.size_classes.items():
        counts: Counter = Counter()
        for m in members:
            counts.update(q.facets.get(m, {}))
        total = sum(counts.values())
        out[label] = {k: counts.get(k, 0) / total if total else 0.0 for k in q.facet_keys}
    return out


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def _listed(items: list[str], lang: str) -> str:
    """"a, b and c" in the document's language."""
    return items[0] if len(items) == 1 else t("finding.and", lang, first=", ".join(items[:-1]), last=items[-1])


def _size_findings(s: Synthesis) -> list[str]:
    """Keywords whose share differs most between size classes; those with the same figures in one sentence."""
    lang = s.lang
    # keyed by figures and positions, not labels, so that both languages pick the same findings
    order = {label: index for index, label in enumerate(s.size_classes)}
    found: dict[tuple, list[str]] = {}
    for number, q in enumerate(s.questions):
        for theme in q.themes:
            if theme.municipality_count < 2:
                continue
            shares = {c: v for c, v in theme_shares(s, theme).items() if v[1] >= 2}
            if len(shares) < 2:
                continue
            high = max(shares, key=lambda c: shares[c][0] / shares[c][1])
            low = min(shares, key=lambda c: shares[c][0] / shares[c][1])
            gap = shares[high][0] / shares[high][1] - shares[low][0] / shares[low][1]
            if gap >= MIN_GAP:
                found.setdefault((-gap, number, order[high], shares[high], order[low], shares[low]), []).append(
                    t("finding.quoted", lang, text=theme.keyword))
    out = []
    classes = list(s.size_classes)
    for (_, number, high_index, (a, n), low_index, (b, m)), keywords in sorted(found.items())[:MAX_SIZE_FINDINGS]:
        label, high, low = s.questions[number].label, classes[high_index], classes[low_index]
        shown = keywords[:3] + ([t("finding.more_keywords", lang, count=len(keywords) - 3)] if len(keywords) > 3 else [])
        if a == n:
            high_count = t("finding.size.both", lang) if n == 2 else t("finding.size.all", lang, count=n)
        else:
            high_count = t("finding.size.some", lang, count=a, total=n)
        low_count = t("finding.size.some_of_the", lang, count=b, total=m) if b else t("finding.size.none_of_the", lang, total=m)
        out.append(t("finding.size", lang, keywords=_listed(shown, lang), question=label, high_count=high_count, high=high,
                     low_count=low_count, low=low))
    return out


def findings(s: Synthesis) -> list[str]:
    """A sentence or two per finding, from the figures (the analyst may rewrite them before export)."""
    lang = s.lang
    out = []
    everything = [(q, theme) for q in s.questions for theme in q.themes]
    if everything and len(s.municipalities) > 1:
        q, top = max(everything, key=lambda qt: (qt[1].municipality_count, qt[1].total))
        out.append(t("finding.most_raised", lang, keyword=t("finding.quoted", lang, text=top.keyword), question=q.label,
                     count=top.municipality_count, total=len(s.municipalities)))
    particular = Counter(r.municipality for q in s.questions for r in q.particular_notes)
    if particular:
        most, count = max(particular.items(), key=lambda mc: (mc[1], -len(mc[0])))
        out.append(t("finding.particular", lang, count=len(particular), total=len(s.municipalities), municipality=most,
                     notes=count))
    out += _size_findings(s)
    levels = next((q for q in s.questions if q.is_collaboration), None)
    if levels is not None and len(s.size_classes) > 1:
        shares = level_shares(s, levels)
        gaps = [(max(shares[c][k] for c in shares) - min(shares[c][k] for c in shares), k) for k in levels.facet_keys]
        gap, level = max(gaps)
        if gap >= 0.1:
            high = max(shares, key=lambda c: shares[c][level])
            low = min(shares, key=lambda c: shares[c][level])
            out.append(t("finding.levels", lang, high=high, low=low, level=levels.facet_labels[level].lower(),
                         high_share=percent(shares[high][level]), low_share=percent(shares[low][level])))
    change = s.change
    if change is not None:
        for m in change.municipalities:
            then = {k for c in change.changes if c.municipality == m for k in c.kept + c.gone}
            now = {k for c in change.changes if c.municipality == m for k in c.kept + c.new}
            new, gone = sorted(now - then), sorted(then - now)
            text = t("finding.change", lang, municipality=m, count=len(new), current=t("finding.quoted", lang, text=change.current),
                     previous=t("finding.quoted", lang, text=change.previous))
            if len(gone) == 1:
                text += t("finding.change.one_gone", lang, keyword=t("finding.quoted", lang, text=gone[0]))
            elif gone:
                text += t("finding.change.some_gone", lang, count=len(gone), keyword=t("finding.quoted", lang, text=gone[0]))
            else:
                text += t("finding.change.none_gone", lang)
            out.append(text)
    return out
