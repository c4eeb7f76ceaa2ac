"""The Word writer's own style lookup gives exactly the paragraphs python-docx's lookup gives."""

from __future__ import annotations

from docx import Document

from dialogkarta.report.docx_styles import ParagraphStyles


def _body(document) -> list[tuple[str | None, str]]:
    return [(paragraph.style.name if paragraph._p.pPr is not None and paragraph._p.pPr.pStyle is not None else None,
             paragraph.text) for paragraph in document.paragraphs]


def test_same_styles_as_python_docx():
    ours, theirs = Document(), Document()
    styles = ParagraphStyles(ours)
    for text, style in [("a", "List Bullet"), ("b", None), ("c", "Normal"), ("d", "Quote"), ("e", "List Bullet")]:
        styles.paragraph(text, style)
        theirs.add_paragraph(text, style)
    for level in (0, 1, 2, 3):
        styles.heading(f"h{level}", level)
        theirs.add_heading(f"h{level}", level)
    assert _body(ours) == _body(theirs)
    assert _body(ours)[0] == ("List Bullet", "a")
    assert _body(ours)[2] == (None, "c")  # the default style is written as no style, as python-docx does
    assert [p.style.name for p in ours.paragraphs[-4:]] == ["Title", "Heading 1", "Heading 2", "Heading 3"]
    assert ours.element.body.xml == theirs.element.body.xml
