"""PDF text in any script: Arabic shaped and in logical order, emoji and Hebrew drawn with a font that has them."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from dialogkarta.paths import FONTS
from dialogkarta.report.export import export_session
from tests.report.conftest import generated_session

ARABIC = "نحتاج إلى دعم في المتابعة المنهجية"
HEBREW = "אנחנו צריכים תמיכה"
EMOJI = "Bra möte 👍"


def _drawn(reader: PdfReader, char: str) -> list[tuple[str, int]]:
    """(font, outline length of the char's glyph in that font) for each font the PDF draws char with.

    The font is the one whose ToUnicode map carries the character (alone, or in a shaped cluster);
    its glyph is looked up in the font file the PDF embeds a subset of. Length 0 means .notdef: the
    reader would see a box.
    """
    found: list[tuple[str, int]] = []
    wanted = char.encode("utf-16-be", "surrogatepass").hex().upper()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            font = fonts[name].get_object()
            if "/ToUnicode" not in font or not any(wanted in line.split(" ")[-1] for line in font["/ToUnicode"].get_data().decode().splitlines()):
                continue
            family = str(font["/BaseFont"]).split("+", 1)[-1]
            source = TTFontFile(str(FONTS / f"{family}.ttf"), validate=0)
            glyph = source.charToGlyph.get(ord(char), 0)
            found.append((family, source.glyphPos[glyph + 1] - source.glyphPos[glyph] if glyph else 0))
    return found


def test_an_arabic_and_an_emoji_note_come_out_of_the_summary_with_their_glyphs_in_logical_order(tmp_path, kuf):
    data = generated_session(3)
    data.question("needs").notes[0].text = ARABIC
    data.question("needs").notes[1].text = EMOJI
    data.question("conditions").notes[0].text = HEBREW
    reader = PdfReader(export_session(data, kuf, kind="summary", output=tmp_path / "s.pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert ARABIC in text and HEBREW in text and EMOJI in text  # logical order, searchable, copyable
    thumbs = _drawn(reader, "👍")
    assert thumbs and all("NotoSansSymbols2" in font and length > 0 for font, length in thumbs)  # no .notdef box
    arabic = _drawn(reader, "ن")
    assert arabic and all("NotoSansArabic" in font and length > 0 for font, length in arabic)
