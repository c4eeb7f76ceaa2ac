"""A tiny document structure that the Word and PDF renderers both draw.

Documents with the same content in Word and PDF (summary, base material, briefing, survey form)
are written once as a list of blocks; docx_render and pdf_render turn the list into a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1
    anchor: str = ""  # a bookmark name other blocks refer to (Word's PAGEREF)


@dataclass(frozen=True)
class PageIndex:
    """A register: each term with where it stands, as "1. Förutsättningar s. 4" (Word fills the page numbers)."""

    header: tuple[str, str]
    rows: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (term, ((place, anchor), …))
    page_word: str = "s."


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body, lead, small, quote
    label: str = ""  # shown in bold before the text ("Samverkan: …")


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative widths; empty = equal
    shade: tuple[str | None, ...] = ()  # background colour (hex) per row, optional
    cell_shade: tuple[tuple[str | None, ...], ...] = ()  # background colour per body cell (heat maps)
    compact: bool = False  # small type, for wide tables


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one per category, with the value after each bar (report/bar_chart.py draws it)."""

    title: str  # what the chart shows, for the alternative text
    labels: tuple[str, ...]
    values: tuple[int, ...]
    colours: tuple[str | None, ...] = ()  # fill per bar (hex), optional


@dataclass(frozen=True)
class TableOfContents:
    pass


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class FormChoice:
    """A question the reader answers by choosing one option (a Word drop-down, PDF radio buttons)."""

    key: str  # the field's name in the filled-in file
    label: str
    options: tuple[str, ...]
    prompt: str = ""  # shown in Word before a choice is made


@dataclass(frozen=True)
class FormText:
    """A question the reader answers in words (a Word text control, a PDF text field)."""

    key: str
    label: str
    lines: int = 1
    prompt: str = ""


@dataclass(frozen=True)
class Keep:
    """Blocks kept on one page (a short last section moves whole rather than leaving a few lines alone)."""

    blocks: tuple


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]


@dataclass
class Document:
    """A document: its running header and its blocks, in order."""

    title: str
    header: str
    lang: str = "sv"
    blocks: list = field(default_factory=list)
    author: str = ""  # the facilitators or the unit; the file's properties name them
    subject: str = ""

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)
