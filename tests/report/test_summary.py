"""The summary as its reader uses it: I korthet on page one, each note once, properties, one municipality."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from docx import Document
from pypdf import PdfReader

from dialogkarta import files
from dialogkarta.report.export import export_session
from tests.conftest import EXAMPLES
from tests.report.conftest import LEVELS, generated_session
from tests.test_cli import run_cli

LEVEL_LABELS = ["Inom verksamheten", "Lokalt", "Mellankommunalt", "Delregionalt", "Regionalt", "Nationellt"]


@pytest.fixture
def day(example_paths):
    path = next(p for p in example_paths if "sorsele" in p.name)
    return files.read_session(path)


def _body_after_brief(document) -> list[str]:
    """Paragraph texts (table cells included) after I korthet's page break, in body order."""
    texts, past_break = [], False
    for element in document.element.body.iterchildren():
        for p in element.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
            if past_break:
                texts.append("".join(t.text or "" for t in p.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
            elif 'w:type="page"' in p.xml:
                past_break = True
    return texts


def test_the_first_page_is_i_korthet_with_summaries_needs_levels_and_next_steps(tmp_path, umea, kuf):
    reader = PdfReader(export_session(umea, kuf, kind="summary", output=tmp_path / "s.pdf"))
    first = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "I korthet" in first
    for question in umea.questions:  # each question's summary, headed by its label
        label = {"conditions": "Förutsättningar", "current_work": "Pågående KUF-arbete", "needs": "Behov av KUF",
                 "collaboration": "Samverkan"}[question.key]
        assert f"{label}: {' '.join(question.summary.split()[:8])}" in first
    needs = umea.question("needs")
    for facet, label in (("own", "Eget område"), ("general", "Generellt")):
        notes = [n for n in needs.notes if n.facet == facet]
        top = max(notes, key=lambda n: n.votes)
        assert f"{label} ({len(notes)})" in first and top.text[:25] in first
    collaboration = umea.question("collaboration")
    counts = " ".join(str(sum(1 for n in collaboration.notes if n.facet == level)) for level in LEVELS)
    assert "Samverkan per nivå" in first and counts in first
    assert "Nästa steg" in first and " ".join(umea.next_steps.split()[:6]) in first
    assert "1. Förutsättningar" not in first  # the details begin on the next page
    assert "Sammanfattning: Kommundialog Umeå" in first  # no separate, empty cover page


def test_each_note_and_the_participant_list_appear_once(tmp_path, umea, kuf):
    document = Document(export_session(umea, kuf, kind="summary", output=tmp_path / "s.docx"))
    body = _body_after_brief(document)
    for _, note in umea.all_notes():
        assert sum(1 for line in body if line.startswith(note.text)) == 1, note.text
    assert sum(1 for t in document.tables if t.rows[0].cells[0].text == "Roll") == 1
    assert not re.search(r"\bsocialchef\b", "\n".join(p.text for p in document.paragraphs))  # roles only in that table
    text = "\n".join(p.text for p in document.paragraphs)
    assert "fyra frågeområden" in text and "4 frågeområden" not in text
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1].startswith("Bilaga")  # the part the reader can skip comes last


def test_collaboration_notes_stand_under_their_level_and_a_theme_never_repeats_the_level(tmp_path, kuf):
    data = generated_session(12)
    for note in data.question("collaboration").notes:
        note.group = "Regionalt" if note.facet == "regional" else note.group
    document = Document(export_session(data, kuf, kind="summary", output=tmp_path / "s.docx"))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet" and p.text.startswith("collaboration")]
    assert len(bullets) == 12
    assert not any("[Regionalt]" in b for b in bullets)
    assert "collaboration lapp 1 (1 röst) [Tema 1]" in bullets


def test_the_word_file_names_its_author_and_date_and_leaves_spell_checking_on(tmp_path, umea, kuf):
    out = export_session(umea, kuf, kind="summary", output=tmp_path / "s.docx")
    document = Document(out)
    properties = document.core_properties
    assert properties.author == "Karin Holmqvist, Jonas Öberg"
    assert properties.title == "Sammanfattning: Kommundialog Umeå"
    assert properties.language == "sv-SE"
    assert "python-docx" not in (properties.comments + properties.author + properties.last_modified_by)
    assert abs(properties.created - datetime.now(UTC)) < timedelta(minutes=10)
    assert "proofState" not in document.settings.element.xml
    rows = [r for t in document.tables for r in t.rows[1:]]
    assert rows and all("w:cantSplit" in r._tr.xml for r in rows)
    pdf = PdfReader(export_session(umea, kuf, kind="summary", output=tmp_path / "s.pdf"))
    assert pdf.metadata.author == "Karin Holmqvist, Jonas Öberg"


def test_the_dialogue_day_shows_the_municipality_on_every_note_and_participant(tmp_path, day, kuf):
    document = Document(export_session(day, kuf, kind="summary", output=tmp_path / "s.docx"))
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == ["Kommun", "Roll", "Antal"])
    assert {r.cells[0].text for r in table.rows[1:]} == {"Sorsele", "Malå", "Åsele"}
    assert sum(int(r.cells[2].text) for r in table.rows[1:]) == len(day.participants)
    body = _body_after_brief(document)
    for _, note in day.all_notes():
        assert any(line.startswith(note.text) and line.endswith(f" – {note.municipality}") for line in body), note.text


@pytest.mark.parametrize("kind, extension", [("summary", "docx"), ("summary", "pdf"), ("material", "docx")])
def test_a_municipalitys_document_holds_only_its_notes(tmp_path, capsys, day, kuf, kind, extension):
    source = tmp_path / "day.dkarta"
    files.import_json(next(p for p in EXAMPLES if "sorsele" in p.name), source)
    out = tmp_path / f"mala.{extension}"
    status, _, err = run_cli(capsys, "export", source, "--kind", kind, "-o", out, "--municipality", "malå")
    assert (status, err) == (0, "")
    if extension == "pdf":
        text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(out).pages))
    else:
        document = Document(out)
        text = "\n".join([p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells])
    text = re.sub(r"\s+", " ", text)
    own = [n.text for _, n in day.all_notes() if n.municipality == "Malå"]
    day_texts = " ".join([q.summary + q.minutes for q in day.questions] + own)  # the day's texts are in every copy
    others = {n.text for _, n in day.all_notes() if n.municipality != "Malå" and n.text not in day_texts}
    assert own and others
    for note in own:
        assert re.sub(r"\s+", " ", note) in text
    assert not [note for note in others if re.sub(r"\s+", " ", note) in text]
    assert "Malå" in text and "Sorsele (" not in text


def test_an_unknown_municipality_is_one_swedish_line_naming_the_file(tmp_path, capsys, day):
    source = tmp_path / "day.dkarta"
    files.import_json(next(p for p in EXAMPLES if "sorsele" in p.name), source)
    status, _, err = run_cli(capsys, "export", source, "--kind", "summary", "-o", tmp_path / "x.docx", "--municipality", "Umeå")
    assert status == 2 and str(source) in err and "Umeå" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.docx").exists()


def test_no_near_empty_last_page_and_no_heading_at_a_page_foot(tmp_path, day, kuf):
    reader = PdfReader(export_session(day, kuf, kind="summary", output=tmp_path / "s.pdf"))
    last = [line for line in reader.pages[-1].extract_text().splitlines() if line.strip()]
    assert len(last) >= 10, last  # header, page number and a few lines would be fewer
    for page in reader.pages[:-1]:
        lines = [line for line in page.extract_text().splitlines() if line.strip() and not line.startswith("Sida ")]
        assert not re.fullmatch(r"\d\. .+", lines[-1]), lines[-1]  # a question heading never ends a page
