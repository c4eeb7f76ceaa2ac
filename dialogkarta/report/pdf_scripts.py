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
    _without_discretionary_ligatures()


# What HarfBuzz applies when reportlab shapes a word. reportlab asks for discretionary ligatures too
# (dlig), which OpenType leaves off unless a reader chooses them: DejaVu then drew the historical
# "st" ligature in every "röst" of a shaped paragraph.
FEATURES = {"kern": True, "liga": True}


def _without_discretionary_ligatures() -> None:
    from reportlab.pdfbase import ttfonts

    # platypus calls shapeFragWord(word) with its default features; the function object is shared
    ttfonts.shapeFragWord.__defaults__ = (FEATURES, *(ttfonts.shapeFragWord.__defaults__ or ())[1:])


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

    content, style = shaped_markup(value, style, label=label)
    return Paragraph(content, style, **options)


def shaped_markup(value: str | None, style, *, label: str = "") -> tuple[str, object]:
    """The text's paragraph markup and the style to lay it out in: a shaping clone when its script needs HarfBuzz."""
    shaped = needs_shaping(clean(value)) or needs_shaping(label)
    content = pdf_markup(value, style.fontName, shaped=shaped)
    if label:
        content = f"<b>{pdf_markup(label, style.fontName, shaped=shaped)}</b> {content}"
    return content, _shaped(style) if shaped else style


_shaped_styles: dict[str, object] = {}


def _shaped(style):
    if style.name not in _shaped_styles:
        _shaped_styles[style.name] = style.clone(f"{style.name}-shaped", shaping=1)
    return _shaped_styles[style.name]


def pdf_markup(value: str | None, base: str, *, shaped: bool = False) -> str:
    """Return the text as reportlab paragraph markup: escaped, line breaks kept, each glyph in a font that has it.

    shaped: the paragraph goes through HarfBuzz, so each word is given one font (see _one_font_per_word).
    """
    register_fallbacks()
    lines = []
    for line in clean(value).split("\n"):
        if _RTL.search(line):
            line = _visual_word_order(line)
        glyphs = _fonts(line, base)
        if shaped:
            glyphs = _one_font_per_word(glyphs, base)
        parts: list[str] = []
        current, chunk = base, ""
        for char, font in glyphs:
            if font != current and chunk:
                parts.append(_tagged(chunk, current, base))
                chunk = ""
            current = font
            chunk += char
        if chunk:
            parts.append(_tagged(chunk, current, base))
        lines.append("".join(parts))
    return "<br/>".join(lines)


def _tagged(chunk: str, font: str, base: str) -> str:
    return escape(chunk) if font == base else f'<font name="{font}">{escape(chunk)}</font>'


def _fonts(line: str, base: str) -> list[tuple[str, str]]:
    """Each character of the line with the font that draws it."""
    glyphs: list[tuple[str, str]] = []
    current = base
    for char in line:
        font = _font_for(char, base, current)
        if ord(char) not in _covered(font) and not char.isspace():
            # no shipped font has it: a visible stand-in, never a glyph-less character in a font
            char, font = "\ufffd", base if 0xFFFD in _covered(base) else _font_for("\ufffd", base, current)
        glyphs.append((char, font))
        current = font
    return glyphs


def _one_font_per_word(glyphs: list[tuple[str, str]], base: str) -> list[tuple[str, str]]:
    """Give each word of a shaped line one font; split a word no single font can draw at its font changes.

    reportlab shapes a word (what lies between its word separators) with the font of the word's
    first character and then reads every glyph back through the font of that glyph's own
    character, so a word in two fonts breaks the shaping. A word that one font draws whole is
    drawn in it (the font that already draws most of it first); otherwise a space goes between
    the fonts' runs (reportlab separates words only at whitespace, and draws any separator as a space).
    """
    from reportlab.platypus.paragraph import _wsc

    # reportlab splits at str.split()'s whitespace, or at its own list when a no-break space is in the
    # text: a character is taken as a separator only if it is one either way
    separators = {char for char in _wsc if char.isspace()}

    out: list[tuple[str, str]] = []
    word: list[tuple[str, str]] = []

    def flush() -> None:
        fonts = [font for _char, font in word]
        if len(set(fonts)) > 1:
            candidates = sorted(dict.fromkeys(fonts), key=fonts.count, reverse=True) + [base, *FALLBACKS]
            whole = next((f for f in candidates if all(ord(c) in _covered(f) for c, _font in word)), None)
            if whole is not None:
                word[:] = [(char, whole) for char, _font in word]
            else:
                split: list[tuple[str, str]] = []
                for char, font in word:
                    if split and font != split[-1][1]:
                        split.append((" ", font))
                    split.append((char, font))
                word[:] = split
        out.extend(word)
        word.clear()

    for char, font in glyphs:
        if char in separators:
            flush()
            out.append((char, font))
        else:
            word.append((char, font))
    flush()
    return out
