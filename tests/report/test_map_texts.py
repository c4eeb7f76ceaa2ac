"""Every document of every shipped map carries that map's texts and none of another map's."""

from __future__ import annotations

import csv

import pytest
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from dialogkarta import files, ops
from dialogkarta.maps import session_template
from dialogkarta.report.export import export_session
from dialogkarta.report.response_form import write_response_form
from dialogkarta.store.queries import load_session
from dialogkarta.synthesis.run import prepare, write

# Words that belong to one map only: its name, hub and question labels in the documents' wording.
OWN_WORDS = {
    "kuf": ("KUF", "kunskapsbildning", "kommundialog", "Pågående KUF-arbete", "Förutsättningar"),
    "municipal_visit": ("Kommunbesök", "Forskning i praktiken", "Stöd från FoU", "Forskning och utveckling i kommunens"),
    "quality_network": ("Kvalitetsnätverk", "förbättringsarbete", "nätverksträff", "Kvalitet att förbättra"),
}
SESSION_KINDS = (("summary", ".docx"), ("summary", ".pdf"), ("material", ".docx"), ("material", ".xlsx"),
                 ("material", ".csv"), ("slides", ".pptx"), ("map", ".pdf"), ("briefing", ".pdf"),
                 ("briefing", ".docx"), ("survey", ".docx"))


def document_text(path) -> str:
    suffix = path.suffix
    if suffix == ".docx":
        document = Document(path)
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
        parts += [p.text for s in document.sections for p in s.header.paragraphs]
        return "\n".join(parts)
    if suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if suffix == ".pptx":
        return "\n".join(shape.text_frame.text for slide in Presentation(path).slides for shape in slide.shapes
                         if shape.has_text_frame)
    if suffix == ".xlsx":
        book = load_workbook(path)
        return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v)
    with open(path, encoding="utf-8-sig") as handle:
        return "\n".join(" ".join(row) for row in csv.reader(handle, delimiter=";"))


def make_session(path, key: str, municipality: str) -> None:
    spec = files.NewSession(county="Norrbottens län", municipalities=[municipality], date="2026-05-05", template=key,
                            place="Kommunhuset", facilitators=["A. Berg"])
    with files.create_new(path, spec) as file:
        template = session_template(load_session(file.db))
        for number, question in enumerate(template.questions):
            for i in range(3):
                facet = question.facets[i % len(question.facets)].key if question.facets else None
                ops.add_note(file.db, question=question.key, text=f"Anteckning {number}.{i} från {municipality}",
                             facet=facet, keywords=[f"tema {i}"])
            ops.update_question(file.db, question=question.key, changes={"summary": f"Summering {number}"})
        ops.add_participant(file.db, role="socialchef", area="IFO", municipality=municipality)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Render every document of every shipped map once; return {map: {document name: text}}."""
    out = {}
    for key in OWN_WORDS:
        folder = tmp_path_factory.mktemp(key)
        texts = {}
        for municipality in ("Kiruna", "Jokkmokk"):
            make_session(folder / f"{municipality}.dkarta", key, municipality)
        data = files.read_session(folder / "Kiruna.dkarta")
        template = session_template(data)
        documents = tmp_path_factory.mktemp(f"{key}-documents")
        for kind, suffix in SESSION_KINDS:
            # the examples' phone-like figures are not what this test is about (tests/test_privacy*.py are)
            path = export_session(data, template, kind=kind, output=documents / f"{kind}{suffix}", allow_personal_data=True)
            texts[f"{kind}{suffix}"] = document_text(path)
        texts["blank map"] = document_text(export_session(data, template, kind="map", blank=True,
                                                          output=documents / "blank.pdf"))
        texts["form"] = document_text(write_response_form(data, template, municipality="Kiruna",
                                                          output=documents / "form.docx"))
        run = prepare([folder])
        for suffix in (".docx", ".pdf", ".pptx", ".xlsx"):
            texts[f"county{suffix}"] = document_text(write(run, documents / f"county{suffix}"))
        out[key] = texts
    return out


@pytest.mark.parametrize("key", sorted(OWN_WORDS))
def test_every_document_carries_no_word_of_another_map(rendered, key):
    others = [word for other, words in OWN_WORDS.items() if other != key for word in words]
    for name, text in rendered[key].items():
        found = [word for word in others if word.casefold() in text.casefold()]
        assert not found, f"{key}: {name} carries {found}"


@pytest.mark.parametrize("key", sorted(OWN_WORDS))
def test_the_texts_people_read_first_are_the_maps_own(rendered, key):
    words = OWN_WORDS[key]
    texts = rendered[key]
    for name in ("summary.docx", "summary.pdf", "briefing.pdf", "briefing.docx", "slides.pptx", "county.docx", "form"):
        assert any(word.casefold() in texts[name].casefold() for word in words), f"{key}: {name} has none of {words}"


def test_the_quality_network_briefing_asks_for_written_answers_and_its_questions_read_as_sent(rendered):
    briefing = " ".join(rendered["quality_network"]["briefing.docx"].split())
    assert "Du behöver inte förbereda något skriftligt" not in briefing
    assert "svarsformuläret" in briefing
    for question in ("Behöver vi förbättra kvaliteten inom något område? Inom vilka områden?",
                     "Behöver vi fördjupa vår kunskap för att kunna jobba bättre med kvalitets- och "
                     "förbättringsarbete? Ge exempel på vad som behövs?",
                     "Vilka utmaningar/behov har vi i vår kommun?",
                     "Annat som kan vara relevant att arbeta med i ett kvalitetsnätverk?"):
        assert question in briefing
        assert question in " ".join(rendered["quality_network"]["form"].split())
