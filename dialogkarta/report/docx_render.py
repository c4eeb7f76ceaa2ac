"""Render a block document to Word (.docx) with python-docx.

Real heading styles (navigation pane, table of contents), page numbers in the footer, the
document title in the header, Swedish as the document language.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import text
from dialogkarta.report.docx_append import append_run
from dialogkarta.report.docx_styles import ParagraphStyles
from dialogkarta.report.xmltext import clean, core_property

LANG_TAGS = {"sv": "sv-SE", "en": "en-GB"}
ACCENT = RGBColor(0x1F, 0x4E, 0x79)


def _set_language(document, tag: str) -> None:
    for style in document.styles:
        element = style.element
        rpr = element.get_or_add_rPr() if hasattr(element, "get_or_add_rPr") else None
        if rpr is None:
            continue
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), tag)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                rpr.append(lang)
            lang.set(qn("w:val"), tag)


def _field(paragraph, instruction: str, placeholder: str = "") -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(separate)
    shown = paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    shown._r.append(end)


def _fld_char(run, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _contents(document, doc: b.Document, following: list) -> None:
    """Add a table of contents: a TOC field (level-1 headings) whose shown result already lists them.

    Word updates the field, with page numbers, when the file is opened (updateFields); until then,
    and in programs that never update fields, the headings are listed without page numbers.
    """
    run = document.add_paragraph().add_run(text("toc", doc.lang))
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), ACCENT
    headings = [clean(block.text) for block in following if isinstance(block, b.Heading) and block.level == 1]
    first = document.add_paragraph()
    start = first.add_run()
    _fld_char(start, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = 'TOC \\o "1-1" \\h \\z \\u'
    start._r.append(instruction)
    _fld_char(start, "separate")
    paragraph = first
    for number, heading in enumerate(headings or [text("toc.placeholder", doc.lang)]):
        if number:
            paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(3)
        paragraph.add_run(heading)
    _fld_char(paragraph.add_run(), "end")


def _shade(cell, color: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), color.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shading)


def _setup(document, doc: b.Document, landscape: bool) -> None:
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    document.styles["Title"].font.size = Pt(22)  # the first page holds I korthet too
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        style = document.styles[f"Heading {level}"]
        style.font.color.rgb = ACCENT
        style.font.size = Pt(size)
    _set_language(document, LANG_TAGS.get(doc.lang, "sv-SE"))
    header = section.header.paragraphs[0]
    header.text = clean(doc.header)
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in header.runs:
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    label, _, _ = text("page", doc.lang, page="\0").partition("\0")
    footer.add_run(label)
    _field(footer, "PAGE", "1")
    _properties(document, doc)
    settings = document.settings.element
    proof_state = settings.find(qn("w:proofState"))
    if proof_state is not None:  # python-docx's template marks spelling "clean": Word would never check it
        settings.remove(proof_state)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _properties(document, doc: b.Document) -> None:
    """Title, author, dates and language as the file's properties show them (not python-docx's template)."""
    properties = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)  # python-docx writes it as UTC
    properties.title = core_property(doc.title)
    properties.subject = core_property(doc.subject)
    properties.author = properties.last_modified_by = core_property(doc.author) or "Dialogkarta"
    properties.comments = ""
    properties.keywords = ""
    properties.created = properties.modified = now
    for printed in properties._element.findall(qn("cp:lastPrinted")):  # the template's, years old
        properties._element.remove(printed)
    properties.revision = 1
    properties.language = LANG_TAGS.get(doc.lang, "sv-SE")


def _cover(document, block: b.Cover) -> None:
    title = document.add_paragraph(style="Title")
    title.add_run(clean(block.title))
    subtitle = document.add_paragraph(clean(block.subtitle))
    subtitle.runs[0].font.size = Pt(14)
    subtitle.runs[0].font.color.rgb = ACCENT
    table = document.add_table(rows=0, cols=2)
    for label, value in block.facts:
        cells = table.add_row().cells
        cells[0].text = clean(label)
        cells[1].text = clean(value)
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].width, cells[1].width = Cm(4.5), Cm(12)


def _mark_size(paragraph, half_points: int) -> None:
    """Give the paragraph mark a font size (it sets the height of an empty paragraph)."""
    properties = paragraph._p.get_or_add_pPr()
    marks = properties.find(qn("w:rPr"))
    if marks is None:
        marks = OxmlElement("w:rPr")
        properties.append(marks)
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(half_points))
    marks.append(size)


def _table(document, block: b.Table) -> None:
    has_header = any(block.header)  # a table of facts or a writing box has no header row
    table = document.add_table(rows=1 if has_header else 0, cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    if has_header:  # the header row repeats on every page the table runs over
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(repeat)
    for cell, value in zip(table.rows[0].cells if has_header else (), block.header):
        cell.text = clean(value)
        _shade(cell, "#DCE6F2")
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for index, row in enumerate(block.rows):
        added = table.add_row()
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row never splits across pages
        cells = added.cells
        for cell, value in zip(cells, row):
            cell.text = clean(value)
        color = block.shade[index] if index < len(block.shade) else None
        if color:
            for cell in cells:
                _shade(cell, color)
        if index < len(block.cell_shade):
            for cell, cell_color in zip(cells, block.cell_shade[index]):
                if cell_color:
                    _shade(cell, cell_color)
    section = document.sections[-1]
    usable = section.page_width - section.left_margin - section.right_margin
    weights = block.widths or tuple(1 for _ in block.header)
    total = sum(weights)
    widths = [int(usable * w / total) for w in weights]
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
            if block.compact:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(7.5)
                    _mark_size(paragraph, 15)  # an empty cell's line is as high as its paragraph mark
    gap = document.add_paragraph()  # Word joins two tables that touch; a small empty line keeps them apart
    gap.paragraph_format.space_after = Pt(4)
    _mark_size(gap, 8)


def _bar_chart(document, block: b.BarChart) -> None:
    """The chart as a picture, with its values as alternative text for screen readers."""
    from dialogkarta.report import bar_chart  # reportlab and Pillow, only for a document with a chart

    width = Cm(bar_chart.WIDTH_CM)
    document.add_picture(io.BytesIO(bar_chart.png(block, width.pt)), width=width)
    properties = document.inline_shapes[-1]._inline.docPr
    properties.set("descr", bar_chart.description(block))
    properties.set("title", clean(block.title))


def _form_field(document, block) -> None:
    """A question and its answer as a Word content control (a drop-down list or a text box)."""
    question = document.add_paragraph()
    question.add_run(clean(block.label)).bold = True
    question.paragraph_format.keep_with_next = True
    question.paragraph_format.space_after = Pt(2)
    answer = document.add_paragraph()
    sdt, properties, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    for name, value in (("w:alias", clean(block.label)[:255]), ("w:tag", block.key)):
        element = OxmlElement(name)
        element.set(qn("w:val"), value)
        properties.append(element)
    properties.append(OxmlElement("w:showingPlcHdr"))
    if isinstance(block, b.FormChoice):
        choices = OxmlElement("w:dropDownList")
        for option in block.options:
            item = OxmlElement("w:listItem")
            item.set(qn("w:displayText"), clean(option))
            item.set(qn("w:value"), clean(option))
            choices.append(item)
        properties.append(choices)
    else:
        kind = OxmlElement("w:text")
        if block.lines > 1:
            kind.set(qn("w:multiLine"), "1")
        properties.append(kind)
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = clean(block.prompt) or "…"
    run.append(shown)
    content.append(run)
    sdt.append(properties)
    sdt.append(content)
    answer._p.append(sdt)
    if isinstance(block, b.FormChoice):  # on paper the options are circled
        hint = answer.add_run("    " + "   ".join(clean(o) for o in block.options))
        hint.font.size = Pt(9)
        hint.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    else:
        for _ in range(block.lines - 1):  # room to write by hand
            document.add_paragraph()


def _bookmark(paragraph, name: str, number: int) -> None:
    """Put a bookmark around the paragraph's text (the target of a PAGEREF field)."""
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _page_index(document, block: b.PageIndex) -> None:
    """The register as a table; each place is followed by a PAGEREF field, kept on one line with its page."""
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    for cell, value in zip(table.rows[0].cells, block.header):
        cell.text = clean(value)
        _shade(cell, "#DCE6F2")
        cell.paragraphs[0].runs[0].bold = True
    for term, places in block.rows:
        row = table.add_row()
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        row.cells[0].text = clean(term)
        paragraph = row.cells[1].paragraphs[0]
        for index, (place, anchor) in enumerate(places):
            # no-break spaces: "3. Behov av KUF s. 7" never breaks between a number and its word
            paragraph.add_run(("; " if index else "") + clean(place).replace(" ", "\u00a0") + f"\u00a0{block.page_word}\u00a0")
            _field(paragraph, f"PAGEREF {anchor} \\h", "–")
    section = document.sections[-1]
    usable = section.page_width - section.left_margin - section.right_margin
    widths = (int(usable * 0.38), int(usable * 0.62))
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = widths
    document.add_paragraph()


def _keep_together(document, first_new: int) -> None:
    """Keep every paragraph added since first_new with the next one (cells included), so the blocks share a page."""
    added = list(document.element.body)[first_new:]
    for element in added[:-1]:
        for p in element.iter(qn("w:p")):
            p_pr = p.get_or_add_pPr()
            if p_pr.find(qn("w:keepNext")) is None:
                p_pr.insert(0, OxmlElement("w:keepNext"))


def _blocks(document, doc: b.Document, blocks, styles: ParagraphStyles) -> None:
    blocks = list(blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, b.Heading):
            heading = styles.heading(clean(block.text), block.level)
            if block.anchor:
                _bookmark(heading, block.anchor, len(document.element.body))
        elif isinstance(block, b.PageIndex):
            _page_index(document, block)
        elif isinstance(block, b.Keep):
            first_new = len(document.element.body) - 1  # the last child is the section properties
            _blocks(document, doc, block.blocks, styles)
            _keep_together(document, first_new)
        elif isinstance(block, b.Paragraph):
            style = {"small": None, "quote": "Quote", "lead": None}.get(block.style)
            paragraph = styles.paragraph(style=style)
            if block.label:
                paragraph.add_run(clean(block.label) + " ").bold = True
            append_run(paragraph, clean(block.text))
            if block.style == "small":
                for run in paragraph.runs:
                    run.font.size = Pt(9)
            if block.style == "lead":
                for run in paragraph.runs:
                    run.font.size = Pt(12)
        elif isinstance(block, (b.FormChoice, b.FormText)):
            _form_field(document, block)
        elif isinstance(block, b.Bullets):
            for item in block.items:
                styles.paragraph(clean(item), "List Bullet")
        elif isinstance(block, b.Table):
            _table(document, block)
        elif isinstance(block, b.BarChart):
            _bar_chart(document, block)
        elif isinstance(block, b.TableOfContents):
            _contents(document, doc, blocks[index + 1:])
        elif isinstance(block, b.PageBreak):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, b.Cover):
            _cover(document, block)


def render_docx(doc: b.Document, output, *, landscape: bool = False) -> None:
    """Write the block document as a Word file."""
    document = new_docx()
    _setup(document, doc, landscape)
    _blocks(document, doc, doc.blocks, ParagraphStyles(document))
    document.save(output)
