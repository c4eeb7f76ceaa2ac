"""Form fields in a PDF (reportlab's AcroForm): radio buttons for a choice, a box for words."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from dialogkarta.report import blocks as b
from dialogkarta.report.pdf_kit import REGULAR, styles
from dialogkarta.report.xmltext import markup

BUTTON = 11  # points
ROW = 16
LINE = 15


class FormField(Flowable):
    """The question in bold, then its radio buttons in a row or its text field; a filled-in PDF keeps the answers."""

    def __init__(self, block: b.FormChoice | b.FormText) -> None:
        super().__init__()
        self.block = block
        self.label = Paragraph(f"<b>{markup(block.label)}</b>", styles()["body"])

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.label_height = self.label.wrap(available_width, available_height)[1]
        field = ROW if isinstance(self.block, b.FormChoice) else LINE * self.block.lines + 4
        self.height = self.label_height + field + 8
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self.label.drawOn(canvas, 0, self.height - self.label_height)
        form = canvas.acroForm
        top = self.height - self.label_height - 2
        if isinstance(self.block, b.FormChoice):
            x = 4
            canvas.setFont(REGULAR, 9)
            for option in self.block.options:
                form.radio(name=self.block.key, value=option, selected=False, x=x, y=top - BUTTON - 2, size=BUTTON,
                           buttonStyle="circle", borderColor=colors.HexColor("#5A6E86"), fillColor=colors.white,
                           relative=True, tooltip=option)
                canvas.drawString(x + BUTTON + 3, top - BUTTON + 1, option)
                x += BUTTON + 12 + stringWidth(option, REGULAR, 9)
        else:
            height = LINE * self.block.lines
            form.textfield(name=self.block.key, tooltip=self.block.label, x=0, y=top - height - 2,
                           width=self.width, height=height, relative=True, borderColor=colors.HexColor("#5A6E86"),
                           fillColor=colors.HexColor("#F7F9FC"), fontSize=10,
                           fieldFlags="multiline" if self.block.lines > 1 else "")
