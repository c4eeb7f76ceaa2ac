"""Make any text safe for XML-based documents (Word, PowerPoint, Excel) and PDF paragraphs."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# Characters XML 1.0 cannot carry (C0 controls except tab/newline, lone surrogates, U+FFFE/U+FFFF),
# and the C1 controls U+007F–U+009F, which XML tolerates but no font draws and Word flags.
_NOT_XML = re.compile("[^\t\n\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_ENDS = re.compile("\r\n?")


def clean(text: str | None) -> str:
    """Return the text without the characters XML cannot carry; everything else survives.

    Windows and old Mac line ends become plain newlines, so a pasted line break stays one break.
    """
    if not text:
        return ""
    return _NOT_XML.sub("", _LINE_ENDS.sub("\n", text))


def _cleaned_within(text: str | None, limit: int) -> str:
    """Cleaned text of at most `limit` characters: a longer one is cut and ends in "…"."""
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


PROPERTY_MAX = 255  # Word's and PowerPoint's core properties (title, author, …) hold at most 255 characters


def core_property(text: str | None) -> str:
    """A document property as Office takes it: cleaned, and a long one shortened with "…".

    A title may be at most 255 characters, but "Sammanfattning: " before it makes the property longer.
    """
    return _cleaned_within(text, PROPERTY_MAX)


CELL_MAX = 32_767  # an Excel cell holds at most this many characters; Excel "repairs" a file with more


def cell_text(text: str | None) -> str:
    """A text as an Excel cell takes it: cleaned, and one beyond a cell's limit shortened with "…".

    Only a note of tens of thousands of characters meets the limit; its whole text is in the Word
    and PDF documents.
    """
    return _cleaned_within(text, CELL_MAX)


def markup(text: str | None) -> str:
    """Return cleaned text escaped for reportlab's paragraph mini-markup (newlines kept as breaks)."""
    return escape(clean(text)).replace("\n", "<br/>")


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


def sort_key(text: str) -> str:
    """Sort key that puts å, ä, ö after z, as Swedish readers expect."""
    return " ".join(text.casefold().split()).translate(_SWEDISH_ORDER)


def lines(text: str | None) -> list[str]:
    """Return the cleaned text's non-empty lines (any line end counts), for one paragraph each."""
    return [line for line in clean(text).split("\n") if line.strip()]
