"""Sessions for the document tests: an example session and generated ones."""

from __future__ import annotations

import pytest

from dialogkarta import files
from dialogkarta.model.values import NoteData, ParticipantData, QuestionData, SessionData
from dialogkarta.templates import load_template

LEVELS = ("internal", "local", "intermunicipal", "subregional", "regional", "national")


@pytest.fixture
def umea(example_paths):
    path = next(p for p in example_paths if "umea" in p.name)
    return files.read_session(path)


@pytest.fixture
def kuf():
    return load_template("kuf")


def generated_session(notes_per_question: int = 10, text=lambda q, i: f"{q} lapp {i}") -> SessionData:
    """A KUF session with a known distribution: facets and levels in turn, keywords k0..k4."""
    questions = []
    for key in ("conditions", "current_work", "needs", "collaboration"):
        notes = []
        for i in range(notes_per_question):
            facet = {"needs": ("own", "general")[i % 2], "collaboration": LEVELS[i % 6]}.get(key)
            notes.append(NoteData(id=f"{key}-{i}", text=text(key, i), facet=facet,
                                  keywords=[f"k{i % 5}"] if i % 7 else [], group=f"Tema {i % 3}" if i % 4 else None,
                                  votes=i % 3, municipality="Storuman"))
        questions.append(QuestionData(key=key, summary=f"Summering av {key}", minutes=f"Anteckningar om {key}.",
                                      notes=notes, groups=sorted({n.group for n in notes if n.group})))
    return SessionData(id="gen", title="Kommundialog Storuman", county="Västerbottens län", municipalities=["Storuman"],
                       date="2026-03-14", place="Kommunhuset", facilitators=["A. Berg"],
                       participants=[ParticipantData("socialchef", "IFO", "Storuman"), ParticipantData("enhetschef", "Äldreomsorg", "Storuman"),
                                     ParticipantData("enhetschef", "IFO", "Storuman")],
                       questions=questions, next_steps="Vi ses i höst.", status="held")


def without_themes(question: QuestionData) -> QuestionData:
    """Take every note of the question out of its group and drop the groups (a question nobody themed)."""
    for note in question.notes:
        note.group = None
    question.groups = []
    return question
