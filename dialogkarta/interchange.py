"""The session interchange format, JSON version 1 (see docs/interchange.md): a public contract.

Export writes every field of the contract plus a few extra fields (board position,
preparation, vocabulary, …) so a session survives the trip .dkarta → JSON → .dkarta whole;
import accepts the contract as written, with unknown extra fields ignored.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import date
from pathlib import Path
from typing import overload

from dialogkarta import atomic
from dialogkarta.errors import ContentProblem, FileProblem, NewerVersionError
from dialogkarta.interchange_history import history_to_json, read_history, read_stamps
from dialogkarta.maps import load_map, template_of_stored
from dialogkarta.model.values import (
    CHANNELS,
    MEETING_FORMS,
    NoteData,
    ParticipantData,
    QuestionData,
    SessionData,
    TalkData,
    is_clock,
    survey_items_problem,
)

FORMAT = "dialogkarta-session"
VERSION = 1


# --- export --------------------------------------------------------------------------


def _drop_none(mapping: dict, optional: tuple[str, ...]) -> dict:
    return {k: v for k, v in mapping.items() if not (k in optional and v is None)}


def note_to_json(note: NoteData) -> dict:
    return _drop_none(
        {
            "id": note.id,
            "text": note.text,
            "facet": note.facet,
            "keywords": list(note.keywords),
            "group": note.group,
            "votes": note.votes,
            "municipality": note.municipality,
            "created": note.created,
            "modified": note.modified,
            "x": note.x,
            "y": note.y,
            "color": note.color,
            "channel": note.channel,
            "talk": note.talk,
            "stamps": dict(note.stamps) or None,
        },
        ("created", "modified", "x", "y", "color", "channel", "talk", "stamps"),
    )


def session_to_json(data: SessionData) -> dict:
    """Return the session as a version 1 interchange object."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": data.id,
        "title": data.title,
        "county": data.county,
        "municipalities": list(data.municipalities),
        "date": data.date,
        "place": data.place,
        "facilitators": list(data.facilitators),
        "template": data.template,
        "participants": [
            _drop_none({"role": p.role, "area": p.area, "municipality": p.municipality, "name": p.name,
                        "id": p.id or _participant_id(data.id, index), "stamps": dict(p.stamps) or None},
                       ("name", "stamps"))
            for index, p in enumerate(data.participants, 1)
        ],
        "questions": [
            _drop_none(
                {
                    "key": q.key,
                    "summary": q.summary,
                    "minutes": q.minutes,
                    "notes": [note_to_json(n) for n in q.notes],
                    "groups": list(q.groups),
                    **({"theme_votes": dict(q.theme_votes)} if q.theme_votes else {}),
                    **({"folded_themes": list(q.folded_themes)} if q.folded_themes else {}),
                    "planned_minutes": q.planned_minutes,
                    "elapsed_seconds": q.elapsed_seconds,
                    "group_stamps": dict(q.group_stamps) or None,
                },
                ("planned_minutes", "group_stamps"),
            )
            for q in data.questions
        ],
        "status": data.status,
        "preparation": data.preparation,
        "contact_talk": data.contact_talk,
        "next_steps": data.next_steps,
        "start_time": data.start_time,
        "end_time": data.end_time,
        "meeting_form": data.meeting_form,
        "round": data.round,
        "vocabulary": list(data.vocabulary),
        "survey": [dict(r) for r in data.survey],
        "survey_items": [dict(i) for i in data.survey_items],
        "talks": [_drop_none({"id": t.id, "role": t.role, "municipality": t.municipality, "summary": t.summary,
                              "created": t.created}, ("created",)) for t in data.talks],
        **({"map": data.map} if data.map else {}),
        **({"created": data.created} if data.created else {}),
        **({"modified": data.modified} if data.modified else {}),
        **history_to_json(data),
    }


def dumps(data: SessionData) -> str:
    """Return the session as pretty-printed JSON text."""
    return json.dumps(session_to_json(data), ensure_ascii=False, indent=2) + "\n"


def write_json(data: SessionData, path: str | Path) -> None:
    """Write the session as JSON, atomically (a crash leaves the old file or none)."""
    atomic.write_text(path, dumps(data))


# --- import --------------------------------------------------------------------------


# What the app can hold and every document can carry; a value outside is refused at the door,
# naming the field, so no file imports that an export or the app would then fail on.
TITLE_MAX = 255  # Word's document title (core properties) holds at most 255 characters
COUNT_MAX = 10**7  # votes, minutes, seconds: far beyond any meeting, well inside SQLite's 64 bits
COORDINATE_MAX = 10**6  # a note's place on the board, in points
RATING_RANGE = (1, 5)
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# Control characters are kept: the document writers leave out what XML cannot carry (report/xmltext.py).


class _Reader:
    """Validates one interchange object, naming the file and the place of every problem."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, message: str) -> ContentProblem:
        return ContentProblem(message, path=self.path)

    @overload
    def text(self, obj: dict, key: str, where: str, *, default: str = "", required: bool = False) -> str: ...
    @overload
    def text(self, obj: dict, key: str, where: str, *, default: None, required: bool = False) -> str | None: ...
    def text(self, obj: dict, key: str, where: str, *, default: str | None = "", required: bool = False) -> str | None:
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(f"{where}: fältet '{key}' saknas")
            return default
        value = obj[key]
        if not isinstance(value, str):
            raise self.fail(f"{where}: fältet '{key}' ska vara text")
        return self.clean(value, f"{where}, fältet '{key}'")

    def clean(self, value: str, where: str) -> str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(f"{where}: innehåller ogiltiga tecken (ensamma surrogattecken)") from None
        return value

    def clock(self, obj: dict, key: str, where: str) -> str:
        value = self.text(obj, key, where) or ""
        if value and not is_clock(value):
            raise self.fail(f"{where}: fältet '{key}' ska vara en tid som 09:30")
        return value

    def choice(self, obj: dict, key: str, where: str, allowed: tuple[str, ...]) -> str:
        value = self.text(obj, key, where) or ""
        if value and value not in allowed:
            raise self.fail(f"{where}: fältet '{key}' ska vara ett av {', '.join(allowed)}")
        return value

    def survey_items(self, obj: dict) -> list[dict]:
        items = obj.get("survey_items") or []
        problem = survey_items_problem(items)
        if problem:
            raise self.fail(f"sessionen: {problem}")
        return [{"key": i["key"], "text": i["text"]} for i in items]

    def text_list(self, obj: dict, key: str, where: str) -> list[str]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}: fältet '{key}' ska vara en lista med texter")
        return [self.clean(v, f"{where}, fältet '{key}'") for v in value]

    @overload
    def integer(self, obj: dict, key: str, where: str, *, default: int = 0) -> int: ...
    @overload
    def integer(self, obj: dict, key: str, where: str, *, default: None) -> int | None: ...
    def integer(self, obj: dict, key: str, where: str, *, default: int | None = 0) -> int | None:
        value = obj.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= COUNT_MAX:
            raise self.fail(f"{where}: fältet '{key}' ska vara ett heltal mellan 0 och {COUNT_MAX}")
        return value

    def number(self, obj: dict, key: str, where: str) -> float | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not abs(value) <= COORDINATE_MAX:
            # `not <=` also refuses NaN and infinity, which Python's json reads
            raise self.fail(f"{where}: fältet '{key}' ska vara ett tal mellan -{COORDINATE_MAX} och {COORDINATE_MAX}")
        return float(value)

    def colour(self, obj: dict, key: str, where: str) -> str | None:
        value = self.text(obj, key, where, default=None) or None
        if value is not None and not _COLOUR.fullmatch(value):
            raise self.fail(f"{where}: fältet '{key}' ska vara en färg som #AACCEE, inte {value[:20]!r}")
        return value

    def survey(self, obj: dict) -> list[dict]:
        raw = obj.get("survey") or []
        if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
            raise self.fail("sessionen: fältet 'survey' ska vara en lista med objekt")
        low, high = RATING_RANGE
        responses = []
        for index, response in enumerate(raw, 1):
            where = f"enkätsvar {index}"
            ratings = response.get("ratings") or {}
            if not isinstance(ratings, dict) or not all(
                    isinstance(v, int) and not isinstance(v, bool) and low <= v <= high for v in ratings.values()):
                raise self.fail(f"{where}: fältet 'ratings' ska ange betyg som heltal från {low} till {high}")
            for item in ratings:
                self.clean(item, f"{where}, fältet 'ratings'")
            responses.append({"ratings": dict(ratings), "comment": self.text(response, "comment", where),
                              "created": self.text(response, "created", where, default=None)})
        return responses

    def mapping(self, value, where: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(f"{where} ska vara ett JSON-objekt")
        return value


def session_from_json(obj, *, path: str | Path | None = None) -> SessionData:
    """Validate a version 1 interchange object and return the session it describes."""
    path = Path(path) if path is not None else None
    r = _Reader(path)
    if not isinstance(obj, dict) or "format" not in obj:
        raise ContentProblem("är inte en Dialogkarta-session (fältet 'format' saknas)", path=path)
    if obj["format"] != FORMAT:
        raise ContentProblem(
            f"är JSON av ett annat format ({str(obj['format'])[:60]!r}), inte en Dialogkarta-session", path=path
        )
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ContentProblem("saknar giltig formatversion (fältet 'version')", path=path)
    if version > VERSION:
        raise NewerVersionError(
            f"är skriven i formatversion {version}, som är nyare än den här versionen av Dialogkarta "
            f"kan läsa (högst {VERSION}); uppdatera programmet",
            path=path,
        )
    if version < 1:
        raise ContentProblem(f"har en okänd formatversion ({version})", path=path)

    session_id = r.text(obj, "id", "sessionen", required=True)
    if not session_id.strip():
        raise r.fail("sessionen: fältet 'id' är tomt")
    template_key = r.text(obj, "template", "sessionen", default="kuf")
    stored_map = obj.get("map")
    if stored_map is not None:
        # The session's own map decides its questions, so a machine without that map reads it.
        template = template_of_stored(r.mapping(stored_map, "sessionen: fältet 'map'"), path=path)
        if template.key != template_key:
            raise r.fail(f"sessionen: kartan i fältet 'map' ({template.key[:40]}) är inte sessionens ({template_key[:40]})")
    else:
        try:
            template = load_map(template_key)
        except ContentProblem as exc:
            raise ContentProblem(exc.message, path=path) from exc
    talks = _talks(r, obj)
    municipalities = r.text_list(obj, "municipalities", "sessionen")
    session_date = r.text(obj, "date", "sessionen")
    if session_date:
        try:
            date.fromisoformat(session_date)
        except ValueError:
            raise r.fail(f"sessionen: datumet {session_date[:40]!r} är inte ett datum på formen ÅÅÅÅ-MM-DD") from None

    participants = []
    raw_participants = obj.get("participants") or []
    if not isinstance(raw_participants, list):
        raise r.fail("sessionen: fältet 'participants' ska vara en lista")
    for index, raw in enumerate(raw_participants, 1):
        where = f"deltagare {index}"
        raw = r.mapping(raw, where)
        participants.append(
            ParticipantData(
                role=r.text(raw, "role", where),
                area=r.text(raw, "area", where),
                municipality=r.text(raw, "municipality", where, default=None),
                name=r.text(raw, "name", where, default=None),
                # Derived when absent, so one JSON file imported on two laptops gives the same ids.
                id=r.text(raw, "id", where, default=None) or _participant_id(obj.get("id"), index),
                stamps=read_stamps(raw, where, path=path),
            )
        )

    raw_questions = obj.get("questions")
    if not isinstance(raw_questions, list):
        raise r.fail("sessionen: fältet 'questions' saknas eller är ingen lista")
    default_municipality = municipalities[0] if len(municipalities) == 1 else None
    by_key: dict[str, QuestionData] = {}
    seen_notes: set[str] = set()
    for index, raw in enumerate(raw_questions, 1):
        raw = r.mapping(raw, f"fråga {index}")
        key = r.text(raw, "key", f"fråga {index}", required=True)
        try:
            question = template.question(key)
        except KeyError:
            known = ", ".join(template.question_keys)
            raise r.fail(f"frågan '{key[:60]}' finns inte i mallen '{template.key}' (mallens frågor: {known})") from None
        if key in by_key:
            raise r.fail(f"frågan '{key}' förekommer två gånger")
        where = f"frågan '{key}'"
        notes_raw = raw.get("notes") or []
        if not isinstance(notes_raw, list):
            raise r.fail(f"{where}: fältet 'notes' ska vara en lista")
        notes = []
        for note_index, raw_note in enumerate(notes_raw, 1):
            note_where = f"{where}, anteckning {note_index}"
            raw_note = r.mapping(raw_note, note_where)
            note_id = r.text(raw_note, "id", note_where, required=True)
            if not note_id.strip() or note_id in seen_notes:
                raise r.fail(f"{note_where}: id saknas eller förekommer flera gånger ({note_id[:40]!r})")
            seen_notes.add(note_id)
            facet = r.text(raw_note, "facet", note_where, default=None)
            if facet is not None and facet not in question.facet_keys:
                allowed = ", ".join(question.facet_keys) or "inga (lämna tomt)"
                raise r.fail(f"{note_where}: okänd facett '{facet[:40]}' (tillåtna: {allowed})")
            notes.append(
                NoteData(
                    id=note_id,
                    text=r.text(raw_note, "text", note_where, required=True),
                    facet=facet,
                    keywords=list(dict.fromkeys(r.text_list(raw_note, "keywords", note_where))),
                    group=r.text(raw_note, "group", note_where, default=None) or None,
                    votes=r.integer(raw_note, "votes", note_where),
                    municipality=r.text(raw_note, "municipality", note_where, default=None) or default_municipality,
                    created=r.text(raw_note, "created", note_where, default=None),
                    modified=r.text(raw_note, "modified", note_where, default=None),
                    x=r.number(raw_note, "x", note_where),
                    y=r.number(raw_note, "y", note_where),
                    color=r.colour(raw_note, "color", note_where),
                    channel=r.choice(raw_note, "channel", note_where, CHANNELS) or None,
                    talk=_talk_of(r, raw_note, note_where, talks),
                    stamps=read_stamps(raw_note, note_where, path=path),
                )
            )
        groups = list(dict.fromkeys(r.text_list(raw, "groups", where) + [n.group for n in notes if n.group]))
        by_key[key] = QuestionData(
            key=key,
            summary=r.text(raw, "summary", where),
            minutes=r.text(raw, "minutes", where),
            notes=notes,
            groups=groups,
            theme_votes=_theme_votes(r, raw, where, groups),
            folded_themes=_folded_themes(r, raw, where, groups),
            planned_minutes=r.integer(raw, "planned_minutes", where, default=None),
            elapsed_seconds=r.integer(raw, "elapsed_seconds", where),
            group_stamps=read_stamps({"stamps": raw.get("group_stamps")}, where, path=path),
        )

    deleted, history = read_history(obj, path=path)
    survey = r.survey(obj)
    title = _default_title(municipalities) if obj.get("title") is None else r.text(obj, "title", "sessionen")
    if len(title) > TITLE_MAX:
        raise r.fail(f"sessionen: fältet 'title' är {len(title)} tecken; högst {TITLE_MAX} går in i dokumenten")

    return SessionData(
        id=session_id,
        title=title,
        county=r.text(obj, "county", "sessionen"),
        municipalities=municipalities,
        date=session_date,
        place=r.text(obj, "place", "sessionen"),
        facilitators=r.text_list(obj, "facilitators", "sessionen"),
        template=template.key,
        participants=participants,
        questions=[by_key.get(q.key) or QuestionData(key=q.key) for q in template.questions],
        vocabulary=list(dict.fromkeys(r.text_list(obj, "vocabulary", "sessionen"))),
        preparation=r.text(obj, "preparation", "sessionen"),
        contact_talk=r.text(obj, "contact_talk", "sessionen"),
        next_steps=r.text(obj, "next_steps", "sessionen"),
        start_time=r.clock(obj, "start_time", "sessionen") or "09:00",
        end_time=r.clock(obj, "end_time", "sessionen"),
        meeting_form=r.choice(obj, "meeting_form", "sessionen", MEETING_FORMS) or "on_site",
        round=r.text(obj, "round", "sessionen"),
        survey=survey,
        survey_items=r.survey_items(obj),
        talks=list(talks.values()),
        map=dict(stored_map) if stored_map is not None else None,
        status=r.text(obj, "status", "sessionen") or "held",
        created=r.text(obj, "created", "sessionen", default=None),
        modified=r.text(obj, "modified", "sessionen", default=None),
        deleted=deleted,
        history=history,
    )


def _talks(r: _Reader, obj: dict) -> dict[str, TalkData]:
    raw_talks = obj.get("talks") or []
    if not isinstance(raw_talks, list):
        raise r.fail("sessionen: fältet 'talks' ska vara en lista")
    talks: dict[str, TalkData] = {}
    for index, raw in enumerate(raw_talks, 1):
        where = f"enskilt samtal {index}"
        raw = r.mapping(raw, where)
        talk_id = r.text(raw, "id", where, required=True)
        if not talk_id.strip() or talk_id in talks:
            raise r.fail(f"{where}: id saknas eller förekommer flera gånger ({talk_id[:40]!r})")
        talks[talk_id] = TalkData(id=talk_id, role=r.text(raw, "role", where), summary=r.text(raw, "summary", where),
                                  municipality=r.text(raw, "municipality", where, default=None),
                                  created=r.text(raw, "created", where, default=None))
    return talks


def _talk_of(r: _Reader, raw_note: dict, where: str, talks: dict[str, TalkData]) -> str | None:
    talk = r.text(raw_note, "talk", where, default=None) or None
    if talk is not None and talk not in talks:
        raise r.fail(f"{where}: det enskilda samtalet {talk[:40]!r} finns inte i sessionen")
    return talk


def _theme_votes(r, raw: dict, where: str, groups: list[str]) -> dict[str, int]:
    """The optional votes on themes: {label: count}, each label one of the question's themes."""
    votes = r.mapping(raw.get("theme_votes") or {}, f"{where}, fältet 'theme_votes'")
    result = {}
    for label, count in votes.items():
        if label not in groups or not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise r.fail(f"{where}: 'theme_votes' ska ge ett heltal ≥ 0 per tema i 'groups' ({str(label)[:40]!r})")
        if count:
            result[label] = count
    return result


def _folded_themes(r, raw: dict, where: str, groups: list[str]) -> list[str]:
    """The optional themes folded to their label: a list of the question's themes (revision 0008)."""
    folded = r.text_list(raw, "folded_themes", where)
    unknown = next((label for label in folded if label not in groups), None)
    if unknown is not None:
        raise r.fail(f"{where}: 'folded_themes' nämner ett tema som inte finns i 'groups' ({unknown[:40]!r})")
    return list(dict.fromkeys(folded))


def _participant_id(session_id, index: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"dialogkarta:{session_id}:participant-json:{index}"))


def _default_title(municipalities: list[str]) -> str:
    if len(municipalities) == 1:
        return f"Kommundialog {municipalities[0]}"
    return "Dialogdag " + ", ".join(municipalities) if municipalities else "Kommundialog"


def loads(text: str, *, path: str | Path | None = None) -> SessionData:
    """Parse interchange JSON text."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentProblem(
            f"är inte giltig JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg})", path=path
        ) from None
    except RecursionError:
        raise ContentProblem("är inte giltig JSON (för djupt nästlad)", path=path) from None
    return session_from_json(obj, path=path)


def read_json(path: str | Path) -> SessionData:
    """Read and validate an interchange file."""
    path = Path(path)
    if not path.exists():
        raise FileProblem("filen finns inte", path=path)
    if not path.is_file():
        raise FileProblem("är ingen fil", path=path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileProblem(f"filen kan inte läsas ({exc.strerror})", path=path) from exc
    if not raw.strip():
        raise ContentProblem("filen är tom", path=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContentProblem("är inte en textfil i UTF-8 och kan inte vara en Dialogkarta-session", path=path) from None
    return loads(text, path=path)
