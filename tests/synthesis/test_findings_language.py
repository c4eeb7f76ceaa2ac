"""The findings written from the figures, and the size section, follow the document's language."""

from __future__ import annotations

import re
import string

from docx import Document

from dialogkarta import catalogue
from dialogkarta.synthesis.run import prepare, write

# the county.toml texts these sentences and the size section are made of
KEYS = [key for key in catalogue.part("county") if key.startswith(("finding.", "size.classes", "size.class_count", "size.of"))]


def _fragments(template: str) -> list[str]:
    """The literal words of a template between its {fields}: two words or more, which notes do not happen to hold."""
    pieces = [literal.strip(" ;.,:()") for literal, *_ in string.Formatter().parse(template)]
    return [piece for piece in pieces if " " in piece and len(piece) >= 8]


def _text(path) -> str:
    document = Document(path)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_an_english_county_report_has_its_findings_and_size_section_in_english(example_paths, tmp_path):
    swedish, english = (prepare(example_paths, accept_proposals=True, lang=lang) for lang in ("sv", "en"))
    assert len(swedish.synthesis.findings) == len(english.synthesis.findings) >= 5
    text = _text(write(english, tmp_path / "county.docx"))

    for finding in english.synthesis.findings:  # the generated sentences are in the document
        assert finding in text
    found = {key: [f for f in _fragments(catalogue.text(f"county.{key}", "sv")) if re.search(rf"\b{re.escape(f)}\b", text)]
             for key in KEYS}
    assert not any(found.values()), {key: hits for key, hits in found.items() if hits}
    for key in ("finding.most_raised", "finding.size", "finding.levels", "finding.change", "size.classes"):
        assert all(fragment in text for fragment in _fragments(catalogue.text(f"county.{key}", "en"))), key


def test_both_languages_pick_the_same_size_findings(example_paths):
    swedish, english = (prepare(example_paths, accept_proposals=True, lang=lang).synthesis for lang in ("sv", "en"))
    keywords = [[part for part in finding.split("«")[1:]] for finding in swedish.findings if "invånare men i" in finding]
    assert keywords, "the examples give size findings"
    size_en = [finding for finding in english.findings if "inhabitants but in" in finding]
    assert [[k.split("»")[0] for k in found] for found in keywords] == \
        [[k.split("”")[0] for k in finding.split("“")[1:]] for finding in size_en]
