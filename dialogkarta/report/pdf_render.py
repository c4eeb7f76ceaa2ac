"""Render a block document to PDF with reportlab: bookmarks per heading, header and page numbers."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from dialogkarta.report import bar_chart
from dialogkarta.report import blocks as b
from dialogkarta.report.catalogue import text
from dialogkarta.report.pdf_kit import ACCENT, REGULAR, styles
from dialogkarta.report.pdf_long_text import long_paragraph
from dialogkarta.report.pdf_scripts import paragraph, shaped_markup
from dialogkarta.report.xmltext import clean, markup


class _Heading(Paragraph):
    """A paragraph that becomes a PDF bookmark."""

    def __init__(self, content: str, style, level: int, written: str) -> None:
        super().__init__(content, style)
        self.level = level
        self.plain = content
        self.written = written  # as written, in logical order: the bookmark (the laid-out text may be shaped)


class _Doc(SimpleDocTemplate):
    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, _Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(clean(flowable.written), key, level=flowable.level - 1, closed=False)
            if flowable.level == 1:
                self.notify("TOCEntry", (flowable.level - 1, flowable.plain, self.page, key))


def _contents(lang: str) -> list:
    """Return the heading and the table of contents (levels 1–2, filled in by multiBuild)."""
    st = styles()
    levels = [
        ParagraphStyle("toc1", parent=st["body"], fontName=st["h3"].fontName, fontSize=10.5, leading=15, spaceBefore=4),
        ParagraphStyle("toc2", parent=st["body"], fontSize=9.5, leading=13, leftIndent=14, spaceAfter=0),
    ]
    contents = TableOfContents(levelStyles=levels, dotsMinLevel=0, rightColumnWidth=1.5 * cm)
    return [Paragraph(markup(text("toc", lang)), st["h1"]), contents]


LONGEST_UNSPLIT_CELL = 2500  # characters: about half a page in a narrow column


def _table(block: b.Table, width: float):
    st = styles()
    head, body = (st["cellhead_small"], st["cell_small"]) if block.compact else (st["cellhead"], st["cell"])
    has_header = any(block.header)  # a table of facts or a writing box has no header row
    rows = [[paragraph(h, head) for h in block.header]] if has_header else []
    rows += [[paragraph(c, body) for c in row] for row in block.rows]
    weights = block.widths or tuple(1 for _ in block.header)
    total = sum(weights)
    # A row stays whole on one page; only a row that could be taller than a page (a 20 000-character
    # note) may continue on the next one, since it could not be placed otherwise.
    huge = any(len(c) > LONGEST_UNSPLIT_CELL for row in block.rows for c in row)
    table = Table(rows, colWidths=[width * w / total for w in weights], repeatRows=1 if has_header else 0,
                  splitInRow=1 if huge else 0)
    first = 1 if has_header else 0  # index of the first body row
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB4CC")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if has_header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2")))
    for index, color in enumerate(block.shade):
        if color:
            commands.append(("BACKGROUND", (0, index + first), (-1, index + first), colors.HexColor(color)))
    for r, row in enumerate(block.cell_shade):
        for c, color in enumerate(row):
            if color:
                commands.append(("BACKGROUND", (c, r + first), (c, r + first), colors.HexColor(color)))
    if block.compact:
        commands += [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _flowables(doc: b.Document, width: float, blocks=None) -> list:
    st = styles()
    story: list = []
    for block in doc.blocks if blocks is None else blocks:
        if isinstance(block, b.Heading) and block.level == 0:  # the document's title (Word's Title style)
            story.append(paragraph(block.text, st["doctitle"]))
        elif isinstance(block, b.Heading):
            style = st[f"h{min(block.level, 3)}"]
            story.append(_Heading(*shaped_markup(block.text, style), min(block.level, 3), block.text))
        elif isinstance(block, b.Keep):
            story.append(KeepTogether(_flowables(doc, width, block.blocks)))
        elif isinstance(block, b.Paragraph):
            story += long_paragraph(block.text, st.get(block.style, st["body"]), label=block.label)
        elif isinstance(block, b.PageIndex):  # no page numbers here: the PDF has its bookmarks
            rows = tuple((term, "; ".join(place for place, _ in places)) for term, places in block.rows)
            story += [_table(b.Table(block.header, rows, (2, 3)), width), Spacer(1, 8)]
        elif isinstance(block, (b.FormChoice, b.FormText)):
            from dialogkarta.report.pdf_form import FormField

            story.append(FormField(block))
        elif isinstance(block, b.Bullets):
            story += [piece for item in block.items for piece in long_paragraph(item, st["bullet"], bulletText="•")]
        elif isinstance(block, b.Table):
            story += [_table(block, width), Spacer(1, 8)]
        elif isinstance(block, b.BarChart):
            story += [bar_chart.drawing(block, min(width, bar_chart.WIDTH_CM * cm)), Spacer(1, 8)]
        elif isinstance(block, b.PageBreak):
            story.append(PageBreak())
        elif isinstance(block, b.Cover):
            facts = Table(
                [[Paragraph(markup(k), st["cellhead"]), Paragraph(markup(v), st["cell"])] for k, v in block.facts],
                colWidths=[4.5 * cm, width - 4.5 * cm],
            )
            facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story += [Spacer(1, 3 * cm), Paragraph(markup(block.title), st["title"]),
                      Paragraph(markup(block.subtitle), st["subtitle"]), KeepTogether(facts)]
        elif isinstance(block, b.TableOfContents):
            story += _contents(doc.lang)
    return story


def render_pdf(doc: b.Document, output, *, landscape: bool = False) -> None:
    """Write the block document as a PDF."""
    page = to_landscape(A4) if landscape else A4
    margin = 2 * cm

    def decorate(canvas, template) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(colors.HexColor("#595959"))
        canvas.drawRightString(page[0] - margin, page[1] - 1.2 * cm, clean(doc.header))
        canvas.drawCentredString(page[0] / 2, 1.1 * cm, text("page", doc.lang, page=template.page))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.5)
        canvas.line(margin, page[1] - 1.35 * cm, page[0] - margin, page[1] - 1.35 * cm)
        canvas.restoreState()

    pdf = _Doc(str(output), pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
               bottomMargin=margin, title=clean(doc.title), author=clean(doc.author) or "Dialogkarta",
               subject=clean(doc.subject), lang=doc.lang)
    story = _flowables(doc, page[0] - 2 * margin)
    if any(isinstance(block, b.TableOfContents) for block in doc.blocks):
        pdf.multiBuild(story, onFirstPage=decorate, onLaterPages=decorate, maxPasses=6)
    else:
        pdf.build(story, onFirstPage=decorate, onLaterPages=decorate)
