"""A long text in a PDF as consecutive paragraphs of a bounded length, so its time is linear in the text.

reportlab lays a paragraph that does not fit on the page out again, whole, for every page it runs
on (and its line breaking takes words off the front of a list): a 10 MB note over 3 000 pages cost
hours. Cut into pieces of at most PIECE characters, at a sentence's end where there is one, each
piece is laid out once or twice. The pieces follow each other without the paragraph spacing between
them, so the reader sees one text; a bullet's continuation keeps the bullet's indent.
"""

from __future__ import annotations

from dialogkarta.report.pdf_scripts import paragraph

PIECE = 2000  # characters: a third to half of a page
_styles: dict[tuple[str, bool, bool], object] = {}


def pieces(value: str, limit: int = PIECE) -> list[str]:
    """The text in consecutive pieces of at most `limit` characters, cut at a sentence's end or a line break,
    else at a space, else anywhere; nothing but the whitespace at a cut is left out."""
    if len(value) <= limit:
        return [value]
    out = []
    start = 0
    while len(value) - start > limit:
        end = start + limit
        floor = start + limit // 2
        cut = max(value.rfind(". ", floor, end) + 1, value.rfind("\n", floor, end))
        if cut <= start:
            cut = value.rfind(" ", floor, end)
        if cut <= start:
            cut = end
        out.append(value[start:cut])
        start = cut
        while start < len(value) and value[start].isspace():
            start += 1
    out.append(value[start:])
    return [piece for piece in out if piece]


def _joined(style, *, first: bool, last: bool):
    """The style without the paragraph spacing where one piece meets the next."""
    key = (style.name, first, last)
    if key not in _styles:
        _styles[key] = style.clone(f"{style.name}-piece-{int(first)}{int(last)}",
                                   spaceBefore=style.spaceBefore if first else 0,
                                   spaceAfter=style.spaceAfter if last else 0)
    return _styles[key]


def long_paragraph(value: str | None, style, *, label: str = "", bulletText: str | None = None) -> list:
    """The text as one paragraph, or as consecutive pieces when it is longer than PIECE characters."""
    parts = pieces(value or "")
    if len(parts) <= 1:
        options = {"bulletText": bulletText} if bulletText else {}
        return [paragraph(value, style, label=label, **options)]
    flowables = []
    for index, part in enumerate(parts):
        first, last = index == 0, index == len(parts) - 1
        options = {"bulletText": bulletText} if bulletText and first else {}
        flowables.append(paragraph(part, _joined(style, first=first, last=last), label=label if first else "", **options))
    return flowables
