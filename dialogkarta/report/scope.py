"""One municipality's part of a dialogue day: its notes, its participants, its survey answers."""

from __future__ import annotations

from dataclasses import replace

from dialogkarta.errors import DialogkartaError
from dialogkarta.model.values import SessionData


class UnknownMunicipality(DialogkartaError):
    """The session has no municipality of that name."""


def find_municipality(data: SessionData, name: str) -> str:
    """Return the session's spelling of the municipality (case-insensitive); UnknownMunicipality otherwise."""
    wanted = " ".join(name.split()).casefold()
    for municipality in data.municipalities:
        if municipality.casefold() == wanted:
            return municipality
    raise UnknownMunicipality(f"kommunen '{name}' finns inte i sessionen (kommuner: {', '.join(data.municipalities)})")


def one_municipality(data: SessionData, name: str) -> SessionData:
    """Return a copy of the session holding only what belongs to the municipality.

    A note without a municipality belongs to a one-municipality session's only municipality; on a
    dialogue day it belongs to none, so it is left out of every municipality's document. The
    questions' summaries, minutes and the next steps are the whole day's and are kept.
    """
    name = find_municipality(data, name)
    only = len(data.municipalities) == 1

    def belongs(municipality: str | None) -> bool:
        return municipality == name or (only and not municipality)

    questions = [replace(q, notes=[n for n in q.notes if belongs(n.municipality)], groups=list(q.groups))
                 for q in data.questions]
    return replace(
        data,
        municipalities=[name],
        participants=[p for p in data.participants if belongs(p.municipality)],
        questions=questions,
        survey=[r for r in data.survey if belongs(r.get("municipality"))],
    )
