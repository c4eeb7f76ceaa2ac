"""Text in any script for reportlab paragraphs: fallback fonts per character, right-to-left word order, shaping.

DejaVu Sans draws Latin, Greek, Cyrillic and basic Arabic; what it lacks (emoji such as 👍, Hebrew,
more Arabic) is drawn with a Noto font that has the glyph. Arabic and Hebrew are shaped by
HarfBuzz (reportlab's `shaping`, through uharfbuzz): each word's letters are joined and ordered
right to left. reportlab cannot reorder words (its bidi module is not on PyPI), so a run of
right-to-left words is reversed here, before reportlab lays the line out; the PDF then reads in
logical order again (text extractors read right-to-left runs from the right).
Not covered: CJK (no font shipped; the Noto CJK fonts are ~20 MB) and colour emoji.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from dialogkarta.paths import FONTS
from dialogkarta.report.xmltext import clean

FALLBACKS = ("NotoSansSymbols2-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Scripts whose letters change shape with their neighbours, and combining marks: HarfBuzz places them.
_SHAPED = re.compile("[\u0300-\u036f\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufefc]")


@cache
def _covered(font_name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def register_fallbacks() -> None:
    """Register the Noto fallback fonts (once); bold and italic fall back on the regular cut."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FALLBACKS:
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)


def needs_shaping(value: str) -> bool:
    return bool(_SHAPED.search(value))


def _font_for(char: str, base: str, previous: str) -> str:
    code = ord(char)
    if (unicodedata.combining(char) or char.isspace()) and code in _covered(previous):
        return previous  # a mark stays with its letter; a space inside a run keeps the run in one piece
    if code in _covered(base) and not (_RTL.match(char) and base != "NotoSansArabic-Regular" and _arabic(char)):
        return base
    for name in FALLBACKS:
        if code in _covered(name):
            return name
    return base


def _arabic(char: str) -> bool:
    """Arabic letters go to Noto Sans Arabic, whose shaping tables are complete (DejaVu's are partial)."""
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"


def _visual_word_order(line: str) -> str:
    """Reverse each run of right-to-left words (HarfBuzz orders the letters within each word)."""
    tokens = re.split(r"(\s+)", line)
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        trailing: list[str] = []
        while run and not run[-1].strip():  # spaces after the run stay after it
            trailing.insert(0, run.pop())
        out.extend(reversed(run))
        out.extend(trailing)
        run.clear()

    for token in tokens:
        if _RTL.search(token) or (run and not token.strip()):
            run.append(token)
        else:
            flush()
            out.append(token)
    flush()
    return "".join(out)


def paragraph(value: str | None, style, *, label: str = "", **options):
    """Return a reportlab Paragraph of the text in the style, shaped by HarfBuzz when its script needs it."""
    from reportlab.platypus import Paragraph

    content = pdf_markup(value, style.fontName)
    if label:
        content = f"<b>{pdf_markup(label, style.fontName)}</b> {content}"
    if SHAPING[0] and (needs_shaping(clean(value)) or needs_shaping(label)):
        style = _shaped(style)
    return Paragraph(content, style, **options)


_shaped_styles: dict[str, object] = {}
# Shaping on or off: render_pdf switches it off and builds again when HarfBuzz meets a glyph that
# reportlab cannot map back to a character (seen with generated odd Unicode), so the PDF still comes.
SHAPING = [True]


def _shaped(style):
    if style.name not in _shaped_styles:
        _shaped_styles[style.name] = style.clone(f"{style.name}-shaped", shaping=1)
    return _shaped_styles[style.name]


def pdf_markup(value: str | None, base: str) -> str:
    """Return the text as reportlab paragraph markup: escaped, line breaks kept, each glyph in a font that has it."""
    register_fallbacks()
    lines = []
    for line in clean(value).split("\n"):
        if _RTL.search(line):
            line = _visual_word_order(line)
        parts: list[str] = []
        current, chunk = base, ""
        for char in line:
            font = _font_for(char, base, current)
            if ord(char) not in _covered(font) and not char.isspace():
                # no shipped font has it: a visible stand-in, since a glyph-less character breaks HarfBuzz's mapping
                char, font = "\ufffd", base if 0xFFFD in _covered(base) else _font_for("\ufffd", base, current)
            if font != current and chunk:
                parts.append(escape(chunk) if current == base else f'<font name="{current}">{escape(chunk)}</font>')
                chunk = ""
            current = font
            chunk += char
        if chunk:
            parts.append(escape(chunk) if current == base else f'<font name="{current}">{escape(chunk)}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)
