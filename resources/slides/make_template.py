"""Build resources/slides/dialogkarta.pptx, the slides' template, from python-pptx's default one.

Run once from the repository root when the template should change:
    python resources/slides/make_template.py
The result is committed; the app never runs this. A unit can use its own .pptx instead (settings).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.util import Emu, Pt

OUT = Path(__file__).with_name("dialogkarta.pptx")
WIDE, HIGH = Emu(12192000), Emu(6858000)  # 16:9, 13.333 × 7.5 in
KEEP = ("Title Slide", "Section Header", "Title and Content", "Title Only")
ACCENT = "1F4E79"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def _widen(shapes, factor: float) -> None:
    """The default template is 4:3; stretch its placeholders across the 16:9 slide."""
    for shape in shapes:
        # only a shape with its own position: a layout placeholder without one inherits the master's
        if shape.element.spPr.find(f"{{{A}}}xfrm") is not None:
            shape.left, shape.width = int(shape.left * factor), int(shape.width * factor)


def _accent_titles(master) -> None:
    """Titles in the accent colour, left-aligned; body text a little smaller than Office's default."""
    styles = master.element.find(f"{{{P}}}txStyles")
    title = styles.find(f"{{{P}}}titleStyle/{{{A}}}lvl1pPr")
    title.set("algn", "l")
    run = title.find(f"{{{A}}}defRPr")
    run.set("sz", "3600")
    run.set("b", "1")
    for fill in run.findall(f"{{{A}}}solidFill"):
        run.remove(fill)
    fill = etree.SubElement(run, f"{{{A}}}solidFill")
    etree.SubElement(fill, f"{{{A}}}srgbClr", val=ACCENT)
    run.insert(0, fill)
    body = styles.find(f"{{{P}}}bodyStyle")
    for level, size in ((1, 2400), (2, 2000), (3, 1800)):
        body.find(f"{{{A}}}lvl{level}pPr/{{{A}}}defRPr").set("sz", str(size))


def main() -> None:
    deck = Presentation()
    factor = WIDE / deck.slide_width
    deck.slide_width, deck.slide_height = WIDE, HIGH
    master = deck.slide_master
    _widen(master.shapes, factor)
    for layout in list(deck.slide_layouts):
        if layout.name not in KEEP:
            deck.slide_layouts.remove(layout)
        else:
            _widen(layout.placeholders, factor)
    _accent_titles(master)
    title_slide = deck.slide_layouts.get_by_name("Title Slide")
    for placeholder in title_slide.placeholders:
        if placeholder.placeholder_format.type is not None and "TITLE" in str(placeholder.placeholder_format.type):
            placeholder.text_frame.paragraphs[0].font.size = Pt(40)
    deck.core_properties.title = "Dialogkarta"
    deck.core_properties.author = "Dialogkarta"
    deck.save(OUT)
    print(f"{OUT}: {len(deck.slide_layouts)} layouts")


if __name__ == "__main__":
    main()
