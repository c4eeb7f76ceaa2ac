"""Size that means something: shares per size class, and plain Swedish sentences from the figures.

A share is counted among the municipalities of a class (3 of 6 small ones raised it), never as raw
totals, so that two large municipalities with many notes do not outweigh six small ones.
"""

from __future__ import annotations

from collections import Counter

from dialogkarta.synthesis.compare import QuestionComparison, Synthesis, Theme

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


def _size_findings(s: Synthesis) -> list[str]:
    """Keywords whose share differs most between size classes; those with the same figures in one sentence."""
    found: dict[tuple, list[str]] = {}
    for q in s.questions:
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
                found.setdefault((-gap, q.label, high, shares[high], low, shares[low]), []).append(f"«{theme.keyword}»")
    out = []
    for (_, label, high, (a, n), low, (b, m)), keywords in sorted(found.items())[:MAX_SIZE_FINDINGS]:
        shown = keywords[:3] + ([f"{len(keywords) - 3} nyckelord till"] if len(keywords) > 3 else [])
        listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " och " + shown[-1]
        high_count = ("båda kommunerna" if n == 2 else f"alla {n} kommuner") if a == n else f"{a} av {n} kommuner"
        low_count = f"{b} av de {m}" if b else f"ingen av de {m}"
        out.append(f"{listed} togs upp under {label} i {high_count} med {high} men i {low_count} med {low}.")
    return out


def findings(s: Synthesis) -> list[str]:
    """A sentence or two per finding, from the figures (the analyst may rewrite them before export)."""
    out = []
    everything = [(q, t) for q in s.questions for t in q.themes]
    if everything and len(s.municipalities) > 1:
        q, top = max(everything, key=lambda qt: (qt[1].municipality_count, qt[1].total))
        out.append(f"Det som flest kommuner tog upp var «{top.keyword}» under {q.label}: "
                   f"{top.municipality_count} av {len(s.municipalities)} kommuner.")
    particular = Counter(r.municipality for q in s.questions for r in q.particular_notes)
    if particular:
        most, count = max(particular.items(), key=lambda mc: (mc[1], -len(mc[0])))
        out.append(f"{len(particular)} av {len(s.municipalities)} kommuner tog upp något som ingen annan kommun tog upp; "
                   f"flest sådana lappar kom från {most} ({count}).")
    out += _size_findings(s)
    levels = next((q for q in s.questions if q.is_collaboration), None)
    if levels is not None and len(s.size_classes) > 1:
        shares = level_shares(s, levels)
        gaps = [(max(shares[c][k] for c in shares) - min(shares[c][k] for c in shares), k) for k in levels.facet_keys]
        gap, level = max(gaps)
        if gap >= 0.1:
            high = max(shares, key=lambda c: shares[c][level])
            low = min(shares, key=lambda c: shares[c][level])
            out.append(f"Kommuner med {high} lägger en större del av sin samverkan på nivån "
                       f"{levels.facet_labels[level].lower()} ({percent(shares[high][level])} av lapparna) än kommuner "
                       f"med {low} ({percent(shares[low][level])}).")
    change = s.change
    if change is not None:
        for m in change.municipalities:
            then = {k for c in change.changes if c.municipality == m for k in c.kept + c.gone}
            now = {k for c in change.changes if c.municipality == m for k in c.kept + c.new}
            new, gone = sorted(now - then), sorted(then - now)
            text = f"{m} tog i «{change.current}» upp {len(new)} nyckelord som inte fanns med i «{change.previous}»"
            if len(gone) == 1:
                text += f"; «{gone[0]}», som togs upp då, saknas nu."
            elif gone:
                text += f"; {len(gone)} som togs upp då saknas nu, bland dem «{gone[0]}»."
            else:
                text += "."
            out.append(text)
    return out
