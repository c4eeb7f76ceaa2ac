"""Find personal data in a session before anything leaves the app.

Personal identity numbers (personnummer: YYMMDD-NNNN or YYYYMMDD-NNNN, also with '+' or
without separator, a valid date and a correct Luhn check digit; samordningsnummer, with 60
added to the day, count too), e-mail addresses and Swedish phone numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dialogkarta.catalogue import text
from dialogkarta.model.values import SessionData

PERSONNUMMER = re.compile(r"(?<![\d-])(?:(\d{2}))?(\d{2})(\d{2})(\d{2})\s?([-+]?)\s?(\d{4})(?![\d-])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# 07x-xxx xx xx, 070 123 45 67, +46 70 123 45 67, 090-12 34 56, 0951-123 45 …
PHONE = re.compile(r"(?<![\w+])(?:\+46[\s-]?|0)\d{1,3}(?:[\s-]?\d{2,3}){2,4}(?!\w)")

@dataclass(frozen=True)
class Hit:
    """One piece of personal data found in the session."""

    kind: str  # personnummer, email, phone
    match: str
    question: str | None  # question key, or None for session-level text
    field: str  # note, minutes, summary, preparation, contact_talk, next_steps, participant
    note_id: str | None = None

    @property
    def kind_label(self) -> str:
        return text(f"privacy.kind.{self.kind}")


def luhn_ok(digits: str) -> bool:
    """Return True if the digits pass the Luhn check (the last digit is the check digit)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _valid_date(century: str | None, yy: str, mm: str, dd: str) -> bool:
    day = int(dd)
    if day > 60:  # samordningsnummer
        day -= 60
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    for year in years:
        try:
            date(year, int(mm), day)
            return True
        except ValueError:
            continue
    return False


def find_personnummer(text: str) -> list[str]:
    """Return the personal identity numbers in the text."""
    found = []
    for m in PERSONNUMMER.finditer(text):
        century, yy, mm, dd, _sep, tail = m.groups()
        if not _valid_date(century, yy, mm, dd):
            continue
        if luhn_ok(yy + mm + dd + tail):
            found.append(m.group(0).strip())
    return found


def scan_text(text: str) -> list[tuple[str, str]]:
    """Return (kind, match) for every piece of personal data in one text."""
    hits = [("personnummer", m) for m in find_personnummer(text)]
    hits += [("email", m.group(0)) for m in EMAIL.finditer(text)]
    taken = {m for _, m in hits}
    for m in PHONE.finditer(text):
        value = m.group(0).strip()
        digits = re.sub(r"\D", "", value)
        if len(digits) < 8 or any(value in t or t in value for t in taken):
            continue
        hits.append(("phone", value))
    return hits


def scan_session(data: SessionData) -> list[Hit]:
    """Return every piece of personal data in the session's notes, minutes and summaries."""
    hits: list[Hit] = []
    for field_name in ("preparation", "contact_talk", "next_steps"):
        hits += [Hit(k, m, None, field_name) for k, m in scan_text(getattr(data, field_name))]
    for question in data.questions:
        for note in question.notes:
            hits += [Hit(k, m, question.key, "note", note.id) for k, m in scan_text(note.text)]
        hits += [Hit(k, m, question.key, "minutes") for k, m in scan_text(question.minutes)]
        hits += [Hit(k, m, question.key, "summary") for k, m in scan_text(question.summary)]
    for participant in data.participants:
        hits += [Hit(k, m, None, "participant") for k, m in scan_text(participant.name or "")]
    for talk in data.talks:  # notes of a talk are among the question's notes above; its summary is here
        hits += [Hit(k, m, None, "talk") for k, m in scan_text(talk.summary)]
    return hits


def describe(hit: Hit, question_labels: dict[str, str] | None = None) -> str:
    """Return a one-line description of where a hit is, in the catalogue's current language."""
    where = text(f"privacy.place.{hit.field}")
    if hit.question:
        where = text("privacy.in_question", question=(question_labels or {}).get(hit.question, hit.question), place=where)
    return text("privacy.hit", kind=hit.kind_label, match=hit.match, place=where)
