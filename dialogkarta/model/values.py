"""Plain value types of a loaded session, shared by interchange, reports and synthesis."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from dialogkarta.model.provenance import FieldHistory, Tombstone

NEEDS_FACETS = ("own", "general")
COLLABORATION_LEVELS = ("internal", "local", "intermunicipal", "subregional", "regional", "national")
MEETING_FORMS = ("on_site", "digital", "written")  # på plats, digitalt, endast skriftligt
# How a note came in; None means said in the room at the meeting (the quality network's practice).
CHANNELS = ("sent_out", "meeting", "written_after")
CHANNEL_LABELS = {"sent_out": "Utskick i förväg", "meeting": "Dialog på träffen", "written_after": "Skriftligt efter träffen"}
_CLOCK = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def is_clock(text: str) -> bool:
    """Tell whether text is a time of day as the session stores it ("HH:MM")."""
    return bool(_CLOCK.fullmatch(text))


SURVEY_ITEMS_MAX = 30


def survey_items_problem(items) -> str | None:
    """Return what is wrong with a session's survey statements (in Swedish), or None.

    Each is {"key": …, "text": …}; the key ties recorded answers to the statement, so keys are unique.
    """
    if not isinstance(items, list):
        return "enkätens påståenden ska vara en lista"
    if len(items) > SURVEY_ITEMS_MAX:
        return f"enkäten kan ha högst {SURVEY_ITEMS_MAX} påståenden"
    keys = set()
    for number, item in enumerate(items, 1):
        if not (isinstance(item, dict) and isinstance(item.get("key"), str) and isinstance(item.get("text"), str)
                and item["key"].strip() and item["text"].strip()):
            return f"påstående {number} i enkäten saknar nyckel eller text"
        if item["key"] in keys:
            return f"påstående {number} i enkäten har samma nyckel som ett tidigare ({item['key']})"
        keys.add(item["key"])
    return None


def survey_items_from_texts(texts: list[str], current: list[tuple[str, str]]) -> list[dict]:
    """Return survey statements for the texts; a text kept from current keeps its key (and its answers)."""
    keys = {text: key for key, text in current}
    used: set[str] = set()
    items = []
    for text in (" ".join(t.split()) for t in texts):
        if not text:
            continue
        key = keys.get(text)
        if key is None or key in used:
            number = 1
            while f"item{number}" in used or f"item{number}" in keys.values():
                number += 1
            key = f"item{number}"
        used.add(key)
        items.append({"key": key, "text": text})
    return items


def new_id() -> str:
    """Return a new random UUID as text."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """Return the local time now as ISO text with seconds."""
    return datetime.now().replace(microsecond=0).isoformat()


@dataclass
class NoteData:
    id: str
    text: str
    facet: str | None = None
    keywords: list[str] = field(default_factory=list)
    group: str | None = None
    votes: int = 0
    municipality: str | None = None
    created: str | None = None
    modified: str | None = None
    x: float | None = None
    y: float | None = None
    color: str | None = None
    channel: str | None = None  # one of CHANNELS, None = said in the room
    talk: str | None = None  # id of the one-to-one talk it was said in, None = the joint dialogue
    stamps: dict[str, str] = field(default_factory=dict)  # field -> stamp (see model.provenance)


@dataclass
class TalkData:
    """A one-to-one talk besides the joint dialogue (the municipal visit), recorded by role."""

    id: str
    role: str
    municipality: str | None = None
    summary: str = ""
    created: str | None = None


@dataclass
class QuestionData:
    key: str
    summary: str = ""
    minutes: str = ""
    notes: list[NoteData] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    theme_votes: dict[str, int] = field(default_factory=dict)  # theme label → votes on the theme itself
    planned_minutes: int | None = None
    elapsed_seconds: int = 0
    group_stamps: dict[str, str] = field(default_factory=dict)  # label -> stamp of its creation
    folded_themes: list[str] = field(default_factory=list)  # themes shown as their label only


@dataclass
class ParticipantData:
    role: str
    area: str = ""
    municipality: str | None = None
    name: str | None = None
    id: str | None = None  # stable uuid (revision 0005), so copies can be merged
    stamps: dict[str, str] = field(default_factory=dict)


@dataclass
class SessionData:
    id: str
    title: str
    county: str
    municipalities: list[str]
    date: str
    template: str = "kuf"
    place: str = ""
    facilitators: list[str] = field(default_factory=list)
    participants: list[ParticipantData] = field(default_factory=list)
    questions: list[QuestionData] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)
    preparation: str = ""
    contact_talk: str = ""
    next_steps: str = ""
    start_time: str = "09:00"
    end_time: str = ""
    meeting_form: str = "on_site"
    round: str = ""
    survey: list[dict] = field(default_factory=list)
    survey_items: list[dict] = field(default_factory=list)  # the survey's own statements; [] = the default set
    talks: list[TalkData] = field(default_factory=list)
    map: dict | None = None  # the map the session was made with (templates.template_to_dict)
    status: str = "planned"
    created: str | None = None
    modified: str | None = None
    # For merging copies (revision 0005, see model.provenance).
    origin: str = ""
    history: dict[str, FieldHistory] = field(default_factory=dict)  # "title", "needs.minutes", …
    deleted: list[Tombstone] = field(default_factory=list)

    def question(self, key: str) -> QuestionData:
        """Return the question with this key."""
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    def joint_notes(self, question: QuestionData) -> list[NoteData]:
        """Return the question's notes of the joint dialogue (not of one-to-one talks)."""
        return [n for n in question.notes if not n.talk]

    def all_notes(self) -> list[tuple[str, NoteData]]:
        """Return (question key, note) for every note in question order."""
        return [(q.key, n) for q in self.questions for n in q.notes]

    @property
    def note_count(self) -> int:
        return sum(len(q.notes) for q in self.questions)
