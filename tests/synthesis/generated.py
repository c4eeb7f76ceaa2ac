"""Generated sessions with a known distribution of keywords, facets and levels."""

from __future__ import annotations

from dialogkarta import files, interchange
from dialogkarta.model.values import NoteData, ParticipantData, QuestionData, SessionData

LEVELS = ("internal", "local", "intermunicipal", "subregional", "regional", "national")
MUNICIPALITIES = ["Arjeplog", "Boden", "Kalix", "Kiruna", "Luleå", "Piteå"]


def municipal_session(index: int, municipality: str, *, extra_needs: int = 0, modified: str = "2026-03-01T12:00:00") -> SessionData:
    """One session per municipality.

    needs: 'kompetensförsörjning' in every municipality (spelled 'kompetensforsorjning' in Kalix,
    'Kompetensförsörjning ' in Boden), 'digitalisering' in the first three, 'rennäring' only in Kiruna
    (2 notes); facets: own for even note numbers, general for odd.
    collaboration: municipality number i has i+1 notes on level LEVELS[i % 6] and one 'local' note.
    """
    spelled = {"Kalix": "kompetensforsorjning", "Boden": "Kompetensförsörjning "}.get(municipality, "kompetensförsörjning")
    needs = [("Rekrytering av socionomer", [spelled])]
    if index < 3:
        needs.append(("Digitala hembesök", ["digitalisering"]))
    if municipality == "Kiruna":
        needs += [("Stadsflytten och socialtjänsten", ["rennäring"]), ("Renskötande familjer", ["rennäring"])]
    needs += [(f"Övrigt behov {i}", []) for i in range(extra_needs)]
    sid = f"00000000-0000-4000-8000-{index:012d}"
    notes = [NoteData(id=f"{sid}-n{i}", text=f"{text} ({municipality})", facet=("own", "general")[i % 2], keywords=kw,
                      municipality=municipality, created="2026-03-01T10:00:00", modified=modified)
             for i, (text, kw) in enumerate(needs)]
    collaboration = [NoteData(id=f"{sid}-c{i}", text=f"Samverkan {i} i {municipality}", facet=LEVELS[index % 6],
                              keywords=["nätverk"], municipality=municipality) for i in range(index + 1)]
    collaboration.append(NoteData(id=f"{sid}-local", text=f"Skolan i {municipality}", facet="local", keywords=["barn och unga"],
                                  municipality=municipality))
    return SessionData(
        id=sid, title=f"Kommundialog {municipality}", county="Norrbottens län", municipalities=[municipality],
        date=f"2026-03-{index + 1:02d}", template="kuf", place="Kommunhuset", facilitators=["Testledare"],
        participants=[ParticipantData("socialchef", "Ledning", municipality), ParticipantData("FoU-ombud", "IFO", municipality)],
        questions=[QuestionData("conditions"), QuestionData("current_work"), QuestionData("needs", notes=notes),
                   QuestionData("collaboration", notes=collaboration)],
        status="held", modified=modified,
    )


def county_round() -> list[SessionData]:
    return [municipal_session(i, m) for i, m in enumerate(MUNICIPALITIES)]


def save_all(folder, sessions, kind="mixed"):
    """Write the sessions into folder: as .dkarta files, JSON, or (mixed) every other one as JSON."""
    paths = []
    for index, data in enumerate(sessions):
        if kind == "json" or (kind == "mixed" and index % 2):
            path = folder / f"s{index}.json"
            interchange.write_json(data, path)
        else:
            path = folder / f"s{index}.dkarta"
            files.write_session_file(data, path)
        paths.append(path)
    return paths
