"""Generated sessions for the benchmarks (deterministic, realistic sizes)."""

from __future__ import annotations

import random

from dialogkarta.defaults import vocabulary
from dialogkarta.model.values import NoteData, ParticipantData, QuestionData, SessionData

LEVELS = ("internal", "local", "intermunicipal", "subregional", "regional", "national")
WORDS = ("behov", "stöd", "kunskap", "samverkan", "uppföljning", "kompetens", "brukare", "ledning", "metod",
         "rekrytering", "avstånd", "nätverk", "forskning", "förbättring", "digital", "familj", "äldre", "unga")


# every export kind that carries the notes, as the extreme-size test and benchmark write them
NOTE_KINDS = [("summary", ".docx"), ("summary", ".pdf"), ("material", ".docx"), ("material", ".xlsx"),
              ("material", ".csv"), ("slides", ".pptx"), ("map", ".pdf"), ("json", ".json")]


def long_text(characters: int) -> str:
    """Sentences as minutes are typed (a capital, a number, a full stop each), with a counter so that
    every part of the text can be found again in a document."""
    sentences = []
    total = 0
    index = 0
    while total < characters:
        sentence = f"Mening {index} om behov av stöd och kunskap i kommunen."
        sentences.append(sentence)
        total += len(sentence) + 1
        index += 1
    return " ".join(sentences)


def session(index: int, notes: int, *, seed: int = 1) -> SessionData:
    rng = random.Random(seed * 100_003 + index)
    keywords = vocabulary()
    municipality = f"Kommun {index:03d}"
    questions = []
    for q, key in enumerate(("conditions", "current_work", "needs", "collaboration")):
        count = notes // 4 + (1 if q < notes % 4 else 0)
        facet = {"needs": lambda i: ("own", "general")[i % 2], "collaboration": lambda i: LEVELS[rng.randrange(6)]}.get(key, lambda i: None)
        items = [NoteData(id=f"{index}-{key}-{i}", text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))).capitalize(),
                          facet=facet(i), keywords=rng.sample(keywords, rng.randint(0, 2)), group=f"Tema {i % 5}",
                          votes=rng.randrange(4), municipality=municipality, created="2026-03-01T10:00:00")
                 for i in range(count)]
        questions.append(QuestionData(key, summary="Summering " * 20, minutes="Anteckningar. " * 80, notes=items,
                                      groups=[f"Tema {i}" for i in range(5)]))
    return SessionData(id=f"bench-{seed}-{index}", title=f"Kommundialog {municipality}", county="Benchmarklän",
                       municipalities=[municipality], date="2026-03-01", place="Kommunhuset", facilitators=["A", "B"],
                       participants=[ParticipantData("socialchef", "Ledning", municipality)] * 6, questions=questions,
                       status="held")
