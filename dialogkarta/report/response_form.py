"""The response form sent to a municipality before the meeting (Word, one answer box per question).

The form says in its document properties which session, municipality and questions it belongs
to, so a filled form returned by e-mail is read back without asking (written_input.py). Each
answer area is a one-cell box under a shaded header "Svar på fråga N": Word users click in it and
type, and the box grows with the text; every paragraph typed becomes one note.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from dialogkarta.errors import ContentProblem
from dialogkarta.model.values import SessionData
from dialogkarta.report.export import atomic_output
from dialogkarta.report.xmltext import clean, core_property
from dialogkarta.templates import Template
from dialogkarta.written_input import ANSWER_HEADER, FORM_MARK, PLACEHOLDER

ACCENT = RGBColor(0x1F, 0x4E, 0x79)


def _shade(cell, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


def _answer_box(document, number: int) -> None:
    table = document.add_table(rows=2, cols=1)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header, answer = table.cell(0, 0), table.cell(1, 0)
    header.text = ANSWER_HEADER.format(number=number)
    header.paragraphs[0].runs[0].bold = True
    header.paragraphs[0].paragraph_format.keep_with_next = True  # the header never ends a page alone
    _shade(header, "DCE6F0")
    answer.text = PLACEHOLDER
    run = answer.paragraphs[0].runs[0]
    run.italic, run.font.color.rgb = True, RGBColor(0x80, 0x80, 0x80)
    for _ in range(5):  # room to write in, so the box looks like a place for an answer
        answer.add_paragraph("")
    table.rows[1].height = Cm(6)
    for row in table.rows:  # a box is not split over two pages (Word and LibreOffice both honour this)
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def form_document(data: SessionData, template: Template, municipality: str):
    """Return the response form of one municipality as a python-docx document."""
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    heading = document.add_heading(clean(f"{template.name}: svar från {municipality}"), 0)
    heading.runs[0].font.color.rgb = ACCENT
    facts = ", ".join(filter(None, (data.date, data.place)))
    document.add_paragraph(clean(f"{data.title}{' – ' + facts if facts else ''}"))
    intro = template.texts().get("briefing.prepare") or "Skriv era svar i rutorna nedan."
    document.add_paragraph(clean(intro))
    document.add_paragraph(
        "Svara gärna tillsammans i er verksamhet. Skriv i rutan under varje fråga, spara dokumentet och "
        "skicka tillbaka det som det är (Word-fil). Ändra inte rubrikerna i rutorna; de visar vilken fråga "
        "svaret hör till. Skriv inte namn på brukare eller klienter.")
    for number, question in enumerate(template.questions, start=1):
        # The question, its wording and its cues stay on the page of their answer box.
        parts = [document.add_heading(clean(f"{number}. {question.label}"), 1), document.add_paragraph(clean(question.prompt))]
        parts[1].runs[0].bold = True
        if question.cues:
            parts.append(document.add_paragraph(clean("Till exempel: " + "; ".join(question.cues) + "."), style="Quote"))
        for part in parts:
            part.paragraph_format.keep_with_next = True
        _answer_box(document, number)
    properties = document.core_properties
    properties.title = core_property(f"{template.name}: svar från {municipality}")
    properties.subject = core_property(municipality)
    properties.identifier = FORM_MARK
    properties.comments = json.dumps({"session": data.id, "municipality": municipality, "template": template.key,
                                      "questions": list(template.question_keys), "channel": "sent_out"},
                                     ensure_ascii=False)
    return document


def write_response_form(data: SessionData, template: Template, *, municipality: str | None, output: str | Path) -> Path:
    """Write the response form of one of the session's municipalities, atomically."""
    output = Path(output)
    if output.suffix.lower() != ".docx":
        raise ContentProblem("svarsformuläret skrivs som Word-fil; ge ett filnamn som slutar på .docx", path=output)
    if municipality is None:
        if len(data.municipalities) != 1:
            raise ContentProblem(f"ange kommunen med --municipality (sessionen har {', '.join(data.municipalities)})")
        municipality = data.municipalities[0]
    if municipality not in data.municipalities:
        known = ", ".join(data.municipalities) or "inga"
        raise ContentProblem(f"kommunen '{municipality}' finns inte i sessionen (sessionens kommuner: {known})")
    document = form_document(data, template, municipality)
    with atomic_output(output) as temporary:
        document.save(str(temporary))
    return output
