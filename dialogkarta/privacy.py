"""Find personal data in a session before anything leaves the app.

Personal identity numbers (personnummer: YYMMDD-NNNN or YYYYMMDD-NNNN, also with '+' or
without separator, a valid date and a correct Luhn check digit; samordningsnummer, with 60
added to the day, count too), e-mail addresses and Swedish phone numbers; and, as a warning only,
likely personal names (dialogkarta/person_names.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass
from datetime import date

from dialogkarta.catalogue import text
from dialogkarta.model.values import NoteData, QuestionData, SessionData
from dialogkarta.person_names import find_names

# Written in a hurry: any dash (‐ - ‑ – — −), spaces between the digit pairs and around the dash.
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
PERSONNUMMER = re.compile(
    rf"(?<![\d{DASHES}])(?:(\d{{2}}) ?)?(\d{{2}}) ?(\d{{2}}) ?(\d{{2}})\s?([{DASHES}+]?)\s?(\d{{2}} ?\d{{2}})(?![\d{DASHES}])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# "namn at kommun punkt se", "namn(at)kommun.se", "namn [snabel-a] kommun dot se"
_AT = r"(?:\s*[(\[]\s*(?:at|snabel-?a)\s*[)\]]\s*|\s+(?:at|snabel-?a)\s+)"
_DOT = r"(?:\s*[(\[]\s*(?:dot|punkt)\s*[)\]]\s*|\s+(?:dot|punkt)\s+|\.)"
_AT_WORD = re.compile(r"(?i)\b(?:at|snabel-?a)\b")
OBFUSCATED_EMAIL = re.compile(rf"(?i)\b[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:se|nu|com|org|net|eu|fi|no|dk)\b")
# 07x-xxx xx xx, 070 123 45 67, 070/123 45 67, 070.123.45.67, +46 70 123 45 67, +46 (0)70-123 45 67,
# 0046 70 …, 090-12 34 56, 0951-123 45, 08–123 456 78 …
PHONE = re.compile(rf"(?<![\w+])(?:(?:\+46|0046)[\s{DASHES}]?(?:\(0\)\s?)?|0)\d{{1,3}}(?:[\s{DASHES}/.]{{0,2}}\d{{2,3}}){{2,4}}(?!\w)")

# Hits are listed surest first: a Luhn-valid personnummer before one with a wrong check digit.
RANK = {"personnummer": 0, "email": 1, "phone": 2, "personnummer_unchecked": 3, "name": 4}
# Kinds that warn and never stop an export: the facilitator may dismiss them (the command line prints `obs:`).
WARNING_KINDS = frozenset({"name"})


@dataclass(frozen=True)
class Hit:
    """One piece of personal data found in the session."""

    kind: str  # personnummer, personnummer_unchecked, email, phone, name
    match: str
    question: str | None  # question key, or None for session-level text
    # note, minutes, summary, keyword, group, participant, survey, or the SessionData field's name
    field: str
    note_id: str | None = None

    @property
    def kind_label(self) -> str:
        return text(f"privacy.kind.{self.kind}")

    @property
    def warning(self) -> bool:
        return self.kind in WARNING_KINDS


def blocking(hits: list) -> list:
    """The hits (Hit, or (path, Hit) pairs) that stop an export unless allowed; names only warn."""
    return [h for h in hits if not (h[1] if isinstance(h, tuple) else h).warning]


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


def find_personnummer(text: str, *, checked: bool = True) -> list[str]:
    """Return the personal identity numbers in the text (checked=False: those with a wrong check digit)."""
    return _personnummer(text)[0 if checked else 1]


def _personnummer(text: str) -> tuple[list[str], list[str]]:
    """The personal identity numbers in the text, (Luhn-valid, wrong check digit), in one pass over it."""
    found: tuple[list[str], list[str]] = ([], [])
    if not any(digit in text for digit in "0123456789"):  # most notes: no pass of the pattern at all
        return found
    for m in PERSONNUMMER.finditer(text):
        century, yy, mm, dd, _sep, tail = m.groups()
        if not _valid_date(century, yy, mm, dd):
            continue
        found[0 if luhn_ok(yy + mm + dd + tail.replace(" ", "")) else 1].append(m.group(0).strip())
    return found


def scan_text(text: str, *, names: bool = True) -> list[tuple[str, str]]:
    """Return (kind, match) for every piece of personal data in one text (names=False: no name warnings)."""
    checked, unchecked = _personnummer(text)
    hits = [("personnummer", m) for m in checked] + [("personnummer_unchecked", m) for m in unchecked]
    # each address pattern tries every word of the text: only where its "@" or its "at" is there at all
    if "@" in text:
        hits += [("email", m.group(0)) for m in EMAIL.finditer(text)]
    if _AT_WORD.search(text):
        hits += [("email", m.group(0)) for m in OBFUSCATED_EMAIL.finditer(text) if "@" not in m.group(0)]
    taken = {m for _, m in hits}
    for m in PHONE.finditer(text):
        value = m.group(0).strip()
        digits = re.sub(r"\D", "", value)
        if len(digits) < 8 or any(value in t or t in value for t in taken):
            continue
        hits.append(("phone", value))
    if names:
        hits += [("name", name) for name in find_names(text)]
    return hits


# Values the app itself sets (ids, times, choices from a list): never typed, never personal data.
# Every other text field of the data model is scanned, also one added later (see _texts).
MACHINE_FIELDS = frozenset({"id", "created", "modified", "color", "template", "status", "facet", "date",
                            "start_time", "end_time", "meeting_form", "key", "ratings", "channel", "talk",
                            "map", "origin", "stamps", "group_stamps", "history", "deleted", "clocks"})
# map: the copy of the dialogue map the session was made with; origin, stamps, history, deleted: what
# a copy remembers for merging (issue 12), written by the app, not by a person
# Fields that hold a person's name by design: the facilitators sign every document, and participants'
# names are shown only when asked for (include_names); a name there is no warning.
NAMED_BY_DESIGN = frozenset({"facilitators", "participant"})
# Where a field's texts are reported: the name documents and the dialog know them by.
_PLACE = {("QuestionData", "notes", "text"): "note", ("QuestionData", "notes", "keywords"): "keyword",
          ("QuestionData", "notes", "group"): "group", ("QuestionData", "notes", "municipality"): "municipality",
          ("QuestionData", "groups"): "group", ("SessionData", "participants", "name"): "participant",
          ("SessionData", "participants"): "participant_role", ("SessionData", "survey"): "survey",
          ("SessionData", "talks"): "talk"}


def _texts(value, trail: tuple[str, ...], owner: str):
    """Yield (trail, text, question key, note id) for every text in a value of the data model."""
    if isinstance(value, str):
        yield trail, value, None, None
    elif is_dataclass(value):
        for item in fields(value):
            if item.name in MACHINE_FIELDS:
                continue
            for found, text, question, note in _texts(getattr(value, item.name), (*trail, item.name),
                                                       type(value).__name__ if not trail else owner):
                if isinstance(value, QuestionData):
                    question = question or value.key
                if isinstance(value, NoteData):
                    note = note or value.id
                yield found, text, question, note
    elif isinstance(value, dict):
        for key, child in value.items():
            if key not in MACHINE_FIELDS:
                yield from _texts(child, trail, owner)
    elif isinstance(value, (list, tuple)):
        for child in value:
            yield from _texts(child, trail, owner)


def _place(trail: tuple[str, ...]) -> str:
    if trail[0] == "questions":
        return _PLACE.get(("QuestionData", *trail[1:]), trail[-1])
    return _PLACE.get(("SessionData", *trail), _PLACE.get(("SessionData", trail[0]), trail[0]))


def scan_session(data: SessionData) -> list[Hit]:
    """Return every piece of personal data in every text of the session, the surest first."""
    hits: list[Hit] = []
    for trail, value, question, note_id in _texts(data, (), "SessionData"):
        place = _place(trail)
        hits += [Hit(kind, match, question, place, note_id)
                 for kind, match in scan_text(value, names=place not in NAMED_BY_DESIGN)]
    return sorted(hits, key=lambda hit: RANK.get(hit.kind, 0))


def describe(hit: Hit, question_labels: dict[str, str] | None = None) -> str:
    """Return a one-line description of where a hit is, in the catalogue's current language."""
    try:
        where = text(f"privacy.place.{hit.field}")
    except KeyError:  # a field added to the data model later: its name beats a traceback
        where = hit.field
    if hit.question:
        where = text("privacy.in_question", question=(question_labels or {}).get(hit.question, hit.question), place=where)
    return text("privacy.hit", kind=hit.kind_label, match=hit.match, place=where)
