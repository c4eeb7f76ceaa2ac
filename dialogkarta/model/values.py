"""Plain value types of a loaded session, shared by interchange, reports and synthesis."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

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
    planned_minutes: int | None = None
    elapsed_seconds: int = 0


@dataclass
class ParticipantData:
    role: str
    area: str = ""
    municipality: str | None = None
    name: str | None = None


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
    talks: list[TalkData] = field(default_factory=list)
    map: dict | None = None  # the map the session was made with (templates.template_to_dict)
    status: str = "planned"
    created: str | None = None
    modified: str | None = None

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
