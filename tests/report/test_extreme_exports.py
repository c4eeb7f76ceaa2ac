"""Extreme but valid sessions: one 10 MB note and 20 000 notes are exported in every kind, whole.

No timing here (tests/benchmarks/bench_extreme_export.py measures the growth against a baseline in
the same run); these tests show that the exports finish and that nothing of the text is lost where it
is cut into pieces for the PDF.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re

import pytest
from docx import Document
from pypdf import PdfReader

from dialogkarta.maps import session_template
from dialogkarta.model.values import NoteData
from dialogkarta.report.export import export_session
from dialogkarta.report.pdf_long_text import PIECE, pieces
from tests.benchmarks.generate import NOTE_KINDS, long_text
from tests.report.conftest import generated_session


def with_note(text: str):
    data = generated_session(3)
    needs = data.question("needs")
    big = NoteData(id="stor", text=text, facet="own", votes=5, municipality="Storuman")
    questions = [dataclasses.replace(q, notes=[big, *q.notes]) if q is needs else q for q in data.questions]
    return dataclasses.replace(data, questions=questions)


def export_all(data, folder) -> dict[str, object]:
    template = session_template(data)
    return {f"{kind}{extension}": export_session(data, template, kind=kind, output=folder / f"{kind}{extension}",
                                                 allow_personal_data=True)
            for kind, extension in NOTE_KINDS}


def docx_text(path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def pdf_words(path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("limit", [200, 1000, PIECE])
def test_a_long_text_is_cut_into_pieces_without_losing_a_word(limit):
    text = long_text(20 * limit) + "\n" + "x" * (3 * limit) + " slut"
    parts = pieces(text, limit)
    assert all(len(part) <= limit for part in parts) and len(parts) >= 20
    assert re.sub(r"\s", "", "".join(parts)) == re.sub(r"\s", "", text), "only the whitespace at a cut is left out"
    # cut at a sentence's end where one is in reach
    assert sum(part.endswith(".") for part in parts) >= len(parts) // 2


def test_a_pdf_of_a_long_note_holds_every_sentence_in_order(tmp_path):
    text = long_text(120_000)  # some 40 pages: the note runs over many pages, in pieces
    data = with_note(text)
    path = export_session(data, session_template(data), kind="summary", output=tmp_path / "s.pdf",
                          allow_personal_data=True)
    words = pdf_words(path)
    numbers = [int(n) for n in re.findall(r"Mening (\d+) om", words)]
    expected = len(re.findall(r"Mening \d+ om", text))
    # the I korthet page shows the note's first sentences, its question the whole note: every sentence, in order
    start = len(numbers) - expected
    assert 0 < start < 10 and numbers[:start] == list(range(start))
    assert numbers[start:] == list(range(expected)), "every sentence once, in order"


def test_one_10_mb_note_is_exported_in_every_kind_and_whole_where_it_is_whole(tmp_path):
    text = long_text(10_000_000)
    written = export_all(with_note(text), tmp_path)
    assert all(path.stat().st_size > 1000 for path in written.values())
    assert text in docx_text(written["summary.docx"]) and text in docx_text(written["material.docx"])
    note = next(n for q in json.loads(written["json.json"].read_text(encoding="utf-8"))["questions"]
                for n in q["notes"] if n["id"] == "stor")
    assert note["text"] == text
    csv.field_size_limit(2 * len(text))  # Python's reader stops at 128 KB a field; the file itself is fine
    with open(written["material.csv"], encoding="utf-8-sig", newline="") as handle:
        assert any(text in cell for row in csv.reader(handle, delimiter=";") for cell in row)
    # the PDF: as many pages as the text needs, the note's last sentence on one of its last pages
    reader = PdfReader(str(written["summary.pdf"]))
    assert len(reader.pages) > len(text) / 6000
    last = f"Mening {len(re.findall('Mening', text)) - 1} om"
    assert any(last in " ".join((page.extract_text() or "").split()) for page in reader.pages[-60:])


def test_20_000_notes_are_exported_in_every_kind_each_note_in_the_documents(tmp_path):
    data = generated_session(5000, text=lambda q, i: f"Lapp {q}-{i:05d} om behov av stöd")
    written = export_all(data, tmp_path)
    expected = {f"{q.key}-{i:05d}" for q in data.questions for i in range(5000)}
    assert len(expected) == 20_000
    for name in ("summary.docx", "material.docx"):
        found = set(re.findall(r"Lapp ([a-z_]+-\d{5}) om", docx_text(written[name])))
        assert found == expected, name
    found = set(re.findall(r"Lapp ([a-z_]+-\d{5}) om", pdf_words(written["summary.pdf"])))
    assert found == expected
    with open(written["material.csv"], encoding="utf-8-sig", newline="") as handle:
        found = {m for row in csv.reader(handle, delimiter=";") for cell in row for m in re.findall(r"Lapp ([a-z_]+-\d{5}) om", cell)}
    assert found == expected
