"""Styled paragraphs for the Word writer, each style name resolved once per document.

python-docx resolves a style name on every styled paragraph by scanning every style of the
document twice (to find the name, then to see whether it is the default, which is written as
no style at all). For the base material of a 300-note session that was three quarters of the
time spent writing the document. The ids do not change while a document is written, so each
name is resolved once, the same way python-docx does it, and the paragraph gets the same XML.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.text.paragraph import Paragraph

from dialogkarta.report.docx_append import append_paragraph, append_run


class ParagraphStyles:
    """Adds paragraphs with a named style to one python-docx document."""

    def __init__(self, document) -> None:
        self._document = document
        self._ids: dict[str, str | None] = {}

    def _id(self, name: str) -> str | None:
        if name not in self._ids:
            self._ids[name] = self._document.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        return self._ids[name]

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        """Add a paragraph at the end of the body, as `document.add_paragraph(text, style)` would."""
        paragraph = append_paragraph(self._document)  # in constant time: python-docx walks the body each time
        if text:
            append_run(paragraph, text)
        if style is not None:
            paragraph._p.style = self._id(style)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """Add a heading, as `document.add_heading(text, level)` would (level 0 is the title)."""
        return self.paragraph(text, "Title" if level == 0 else f"Heading {level}")
