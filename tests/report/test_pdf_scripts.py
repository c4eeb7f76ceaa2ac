"""PDF text in any script: Arabic shaped and in logical order, emoji and Hebrew drawn with a font that has them."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
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


# ᚠ (runic) and 漢 (CJK): no shipped font has them. Glued to Arabic or an emoji, one word would need two fonts.
MIXED = "نحتاج دعم漢 في ᚠالمتابعة شكرا👍"


def test_arabic_mixed_with_a_character_no_font_has_is_shaped_with_a_visible_stand_in(tmp_path, kuf):
    data = generated_session(3)
    data.question("needs").notes[0].text = MIXED
    data.question("needs").notes[1].text = ARABIC
    data.question("needs").notes[1].votes = 1  # "(1 röst)" in the same shaped paragraph
    reader = PdfReader(export_session(data, kuf, kind="summary", output=tmp_path / "s.pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert ARABIC in text  # still shaped: a note of another script does not switch shaping off
    for word in ("نحتاج", "المتابعة", "شكرا"):  # letters joined and in logical order around the stand-ins
        assert word in text
    assert "\ufffd" in text and "漢" not in text and "ᚠ" not in text  # a visible stand-in, never a blank
    thumbs = _drawn(reader, "👍")
    assert thumbs and all("NotoSansSymbols2" in font and length > 0 for font, length in thumbs)
    arabic = _drawn(reader, "ش")
    assert arabic and all("NotoSansArabic" in font and length > 0 for font, length in arabic)
    # "röst" in a shaped paragraph: s and t are two glyphs, not the discretionary ſt ligature reportlab asks for
    assert "röst" in text and not _ligature_drawn(reader, "st")


def _ligature_drawn(reader: PdfReader, letters: str) -> bool:
    """True if some font of the PDF draws the letters with one glyph (its ToUnicode maps one code to all of them)."""
    wanted = "<" + letters.encode("utf-16-be").hex().upper() + ">"
    return any(line.split(" ")[-1] == wanted
               for page in reader.pages for name in page["/Resources"]["/Font"]
               for font in [page["/Resources"]["/Font"][name].get_object()] if "/ToUnicode" in font
               for line in font["/ToUnicode"].get_data().decode().splitlines())


def test_each_word_of_a_shaped_paragraph_is_in_one_font():
    from dialogkarta.report.pdf_kit import REGULAR, styles
    from dialogkarta.report.pdf_scripts import pdf_markup

    styles()
    markup = pdf_markup("شكرا👍 abc", REGULAR, shaped=True)
    # Arabic and the emoji have no font in common: the word is parted between them; the Latin word stays as it was
    assert markup == '<font name="NotoSansArabic-Regular">شكرا</font><font name="NotoSansSymbols2-Regular"> 👍 </font>abc'
    assert pdf_markup("دaد", REGULAR, shaped=True) == "دaد"  # one font (DejaVu) draws the whole word
    assert pdf_markup("شكرا👍", REGULAR) == '<font name="NotoSansArabic-Regular">شكرا</font><font name="NotoSansSymbols2-Regular">👍</font>'


@settings(max_examples=80, deadline=None)
@given(value=st.text(max_size=30), label=st.text(max_size=6))
def test_any_text_makes_a_shaped_paragraph(value, label):
    """Any text, in any style, lays out and draws with shaping on (there is no unshaped second attempt)."""
    from reportlab.platypus import SimpleDocTemplate

    from dialogkarta.report.pdf_kit import styles
    from dialogkarta.report.pdf_scripts import paragraph

    for name in ("body", "h1", "quote"):
        SimpleDocTemplate(io.BytesIO()).build([paragraph(value + " دعم", styles()[name], label=label)])


def test_a_theme_named_in_arabic_is_a_shaped_heading(tmp_path, kuf):
    theme = "دعم المتابعة"
    data = generated_session(3)
    conditions = data.question("conditions")  # a question whose themes are headings over their notes
    old = conditions.groups[0]
    conditions.groups = [theme if label == old else label for label in conditions.groups]
    for note in conditions.notes:
        if note.group == old:
            note.group = theme
    reader = PdfReader(export_session(data, kuf, kind="summary", output=tmp_path / "s.pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert theme in text  # the heading "<theme> (n)", its letters joined and its words in logical order
    assert f"{theme} (1)" in [str(entry.title) for entry in _outline(reader.outline)]  # its bookmark as written


def _outline(entries):
    for entry in entries:
        if isinstance(entry, list):
            yield from _outline(entry)
        else:
            yield entry
