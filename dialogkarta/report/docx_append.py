"""Paragraphs appended to a Word document in constant time each, so 100 000 notes take 100 times 1 000.

python-docx's `Document.add_paragraph` finds the section properties at the end of the body to insert
before them, a walk over every paragraph so far: n paragraphs cost n²/2 steps (a 100 000-note
summary ran past five minutes). Here the section properties are found once per document; the
paragraph is the same `w:p` python-docx would make. A run's text is added whole rather than
character by character, in text nodes of a bounded length.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph

# One <w:t> holds at most this many characters: libxml2 (lxml, so python-docx, and LibreOffice) refuses to
# read a text node over 10 MB, and a 10 MB note in one would make a file that cannot be opened again.
LONGEST_TEXT_NODE = 100_000
_BREAKS = re.compile(r"([\t\r\n])")
# per document part: the element paragraphs go before (the body's sectPr, or None: appended)
_BEFORE: WeakKeyDictionary = WeakKeyDictionary()


def append_paragraph(document) -> Paragraph:
    """Add an empty paragraph at the end of the document (before its section properties), like add_paragraph()."""
    body = document.element.body
    before = _BEFORE.get(document.part)
    if before is None or before.getparent() is not body:
        before = body.sectPr
        if before is not None:
            _BEFORE[document.part] = before
    p = OxmlElement("w:p")
    if before is not None:
        before.addprevious(p)
    else:
        body.append(p)
    return Paragraph(p, document._body)


# One <w:t> holds at most this many characters: libxml2 (lxml, so python-docx, and LibreOffice) refuses to
# read a text node over 10 MB, and a 10 MB note in one would make a file that cannot be opened again.
LONGEST_TEXT_NODE = 100_000
_BREAKS = re.compile(r"([\t\r\n])")


def append_run(paragraph: Paragraph, text: str):
    """Add a run of text like Paragraph.add_run (python-docx adds a text character by character, in one <w:t>)."""
    run = paragraph.add_run()
    for part in _BREAKS.split(text):  # line breaks and tabs become <w:br/> and <w:tab/>, as in python-docx
        if part == "\t":
            run._r.add_tab()
        elif part in ("\n", "\r"):
            run._r.add_br()
        else:
            for start in range(0, len(part), LONGEST_TEXT_NODE):
                run._r.add_t(part[start:start + LONGEST_TEXT_NODE])
    return run
