"""One home per domain rule: every layer agrees on when two keywords are one, and on which
question is the needs and which the collaboration question."""

from __future__ import annotations

import dataclasses
import random

import pytest

from dialogkarta import files, ops
from dialogkarta.capture import parse_capture
from dialogkarta.model.keywords import keyword_key
from dialogkarta.model.question_kind import COLLABORATION, NEEDS, question_kind
from dialogkarta.model.values import COLLABORATION_LEVELS, NEEDS_FACETS, NoteData
from dialogkarta.report.model import build_report
from dialogkarta.store import open_session_file
from dialogkarta.synthesis.compare import compare
from dialogkarta.templates import available_templates, load_template
from tests.report.conftest import generated_session

VARIANTS = ("Barn och unga", "barn  och unga", " BARN OCH UNGA ", "Barn\toch\nUnga")
OTHERS = ("barn", "unga", "barn och ungdomar")


def with_keywords(data, keywords_per_note):
    """The session with its needs notes carrying these keywords, in turn."""
    questions = []
    for q in data.questions:
        notes = [dataclasses.replace(n, keywords=[keywords_per_note[i % len(keywords_per_note)]])
                 for i, n in enumerate(q.notes)] if q.key == "needs" else q.notes
        questions.append(dataclasses.replace(q, notes=notes))
    return dataclasses.replace(data, questions=questions)


def test_the_variants_are_one_keyword_and_the_others_are_not():
    assert len({keyword_key(k) for k in VARIANTS}) == 1
    assert len({keyword_key(k) for k in (VARIANTS[0], *OTHERS)}) == 1 + len(OTHERS)


def test_capture_takes_the_vocabulary_spelling_of_any_variant():
    for typed in ("#barn_och_unga", "#BARN_och_Unga", "#barn__och_unga"):
        assert parse_capture(f"Mer stöd {typed}", ["Barn och unga"]) == ("Mer stöd", ["Barn och unga"])
    assert parse_capture("#barn_och_ungdomar", ["Barn och unga"])[1] == ["barn och ungdomar"]


def test_the_session_documents_and_the_county_synthesis_group_the_variants_as_one():
    kuf = load_template("kuf")
    data = with_keywords(generated_session(12), [*VARIANTS, OTHERS[0]])
    needs = next(q for q in build_report(data, kuf).questions if q.key == "needs")
    assert sorted(keyword_key(k.keyword) for k in needs.by_keyword) == ["barn", "barn och unga"]
    other = dataclasses.replace(with_keywords(generated_session(12), [VARIANTS[2]]), id="other", municipalities=["Sorsele"],
                                title="Kommundialog Sorsele")
    other = dataclasses.replace(other, questions=[dataclasses.replace(q, notes=[dataclasses.replace(n, municipality="Sorsele")
                                                                                   for n in q.notes]) for q in other.questions])
    themes = compare([data, other], kuf).question("needs").themes
    assert [t.key for t in themes if t.key.startswith("barn")] == ["barn och unga", "barn"]
    assert next(t for t in themes if t.key == "barn och unga").municipality_count == 2


def test_merging_a_keyword_in_a_session_takes_every_variant(example_session):
    with open_session_file(example_session) as file:
        note_ids = [ops.add_note(file.db, question="needs", text=f"Lapp {i}", facet="own", keywords=[k]).id
                    for i, k in enumerate(VARIANTS)]
        ops.merge_keywords(file.db, sources=["barn och unga"], target="Barn och unga")
    notes = {n.id: n for _, n in files.read_session(example_session).all_notes()}
    assert [notes[i].keywords for i in note_ids] == [["Barn och unga"]] * len(VARIANTS)


def test_the_question_kind_follows_the_facets_in_every_template_and_layer():
    kinds = {key: {q.key: q.kind for q in template.questions} for key, template in
             ((k, load_template(k)) for k in available_templates())}
    assert kinds["kuf"] == {"conditions": None, "current_work": None, "needs": NEEDS, "collaboration": COLLABORATION}
    # the municipal visit's "needs" question is sorted by interest / goal / cooperation: not the needs split
    assert kinds["municipal_visit"]["needs"] is None
    shuffled = list(COLLABORATION_LEVELS)
    random.Random(3).shuffle(shuffled)
    assert question_kind(shuffled) == COLLABORATION and question_kind(reversed(NEEDS_FACETS)) == NEEDS
    assert question_kind(("own",)) is None and question_kind(()) is None

    kuf = load_template("kuf")
    data = generated_session(6)
    report = {q.key: (q.is_needs, q.is_collaboration) for q in build_report(data, kuf).questions}
    county = {q.key: (q.is_needs, q.is_collaboration) for q in compare([data], kuf).questions}
    expected = {q.key: (q.kind == NEEDS, q.kind == COLLABORATION) for q in kuf.questions}
    assert report == county == expected


@pytest.mark.parametrize("template_key", ["municipal_visit"])
def test_a_needs_question_by_name_only_gets_no_needs_sheet(tmp_path, template_key):
    from openpyxl import load_workbook

    from dialogkarta.synthesis.county_xlsx import write_county_xlsx

    template = load_template(template_key)
    question = template.question("needs")
    note = NoteData(id="n1", text="Mer handledning", facet=question.facets[0].key, keywords=["handledning"],
                    municipality="Storuman")
    data = generated_session(1)
    data = dataclasses.replace(data, template=template_key, questions=[
        dataclasses.replace(data.questions[0], key=q.key, notes=[note] if q.key == "needs" else []) for q in template.questions])
    out = tmp_path / "lan.xlsx"
    write_county_xlsx(compare([data], template), out)
    assert "Behov" not in load_workbook(out).sheetnames
