"""Fonts and paragraph styles for PDFs written with reportlab (embedded DejaVu, never Helvetica)."""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from dialogkarta.paths import FONTS

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
ACCENT = colors.HexColor("#1F4E79")


def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode map, corrected so that text can be searched and copied out of the PDF.

    reportlab writes a character beyond U+FFFF as <1F44D>, which readers reject (an emoji would be
    lost), and a shaped Arabic glyph or a ligature (ﬆ) as its presentation form (U+FE8E…, U+FB06), which readers do not treat as
    Arabic; each is written here as the UTF-16 of its plain letters (NFKC), as Unicode intends.
    """
    def utf16(code: int) -> str:
        plain = unicodedata.normalize("NFKC", chr(code)) if 0xFB00 <= code <= 0xFEFF else chr(code)
        return plain.encode("utf-16-be", "surrogatepass").hex().upper()

    return _original_cmap(fontname, [0] * len(subset)).replace(
        "\n".join(f"<{i:02X}> <0000>" for i in range(len(subset))),
        "\n".join(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)))


_original_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (once)."""
    from reportlab.lib.fonts import addMapping

    for name in (REGULAR, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles every PDF uses."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, spaceAfter=6)
    return {
        "body": body,
        "lead": ParagraphStyle("lead", parent=body, fontSize=12, leading=17),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "quote": ParagraphStyle("quote", parent=body, fontName=ITALIC, leftIndent=14, textColor=colors.HexColor("#404040")),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=body, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_small": ParagraphStyle("cell_small", parent=body, fontSize=7, leading=8.5, spaceAfter=0),
        "cellhead_small": ParagraphStyle("cellhead_small", parent=body, fontName=BOLD, fontSize=7, leading=8.5, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=10),
        "doctitle": ParagraphStyle("doctitle", parent=body, fontName=BOLD, fontSize=21, leading=26, textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19, textColor=ACCENT, spaceAfter=24),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceBefore=14, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3, keepWithNext=1),
    }
