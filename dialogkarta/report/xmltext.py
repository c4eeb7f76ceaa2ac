"""Make any text safe for XML-based documents (Word, PowerPoint, Excel) and PDF paragraphs."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# Characters XML 1.0 cannot carry: C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str | None) -> str:
    """Return the text without the characters XML cannot carry; everything else survives."""
    if not text:
        return ""
    return _NOT_XML.sub("", text)


def markup(text: str | None) -> str:
    """Return cleaned text escaped for reportlab's paragraph mini-markup (newlines kept as breaks)."""
    return escape(clean(text)).replace("\n", "<br/>")


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


def sort_key(text: str) -> str:
    """Sort key that puts å, ä, ö after z, as Swedish readers expect."""
    return " ".join(text.casefold().split()).translate(_SWEDISH_ORDER)
