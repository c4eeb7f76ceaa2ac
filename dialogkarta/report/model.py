"""The report model: everything the documents show, built once from a session and its template.

Writers render only this model; they never read files or query the database.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dialogkarta.agenda import agenda
from dialogkarta.model.keywords import keyword_key
from dialogkarta.model.question_kind import is_collaboration, is_needs
from dialogkarta.model.values import NoteData, ParticipantData, SessionData
from dialogkarta.report.catalogue import SURVEY_ITEMS, text
from dialogkarta.report.unit import UnitSettings
from dialogkarta.report.xmltext import sort_key
from dialogkarta.templates import Template


@dataclass(frozen=True)
class FacetNotes:
    key: str
    label: str
    color: str
    notes: tuple[NoteData, ...]


@dataclass(frozen=True)
class KeywordNotes:
    keyword: str
    notes: tuple[NoteData, ...]


@dataclass(frozen=True)
class QuestionReport:
    number: int
    key: str
    label: str
    prompt: str
    cues: tuple[str, ...]
    planned_minutes: int
    summary: str
    minutes: str
    notes: tuple[NoteData, ...]
    groups: tuple[tuple[str, tuple[NoteData, ...]], ...]  # (label, notes), largest first
    ungrouped: tuple[NoteData, ...]
    facet_label: str
    facets: tuple[FacetNotes, ...]  # every facet of the template, empty ones included
    by_keyword: tuple[KeywordNotes, ...]  # sorted by keyword; a note stands under each keyword
    without_keyword: tuple[NoteData, ...]
    theme_votes: dict[str, int] = field(default_factory=dict)  # votes given to a theme itself (revision 0004)

    def theme_votes_of(self, label: str) -> int:
        return self.theme_votes.get(label, 0)

    def theme_votes_said(self, label: str, lang: str, before: str = "") -> str:
        """'3 röster på temat' (after `before`), or nothing for a theme without votes of its own."""
        count = self.theme_votes_of(label)
        return before + text("theme.votes.one" if count == 1 else "theme.votes", lang, count=count) if count else ""

    @property
    def is_needs(self) -> bool:
        return is_needs(f.key for f in self.facets)

    @property
    def is_collaboration(self) -> bool:
        return is_collaboration(f.key for f in self.facets)


@dataclass(frozen=True)
class TalkReport:
    """A one-to-one talk: its role and its notes per question (label, notes)."""

    role: str
    municipality: str
    summary: str
    questions: tuple[tuple[str, tuple[NoteData, ...]], ...]


@dataclass(frozen=True)
class AgendaItem:
    start: str
    label: str
    minutes: int


@dataclass(frozen=True)
class SurveySummary:
    responses: int
    items: tuple[tuple[str, float | None, int], ...]  # (label, mean, answers)
    comments: tuple[str, ...]


@dataclass(frozen=True)
class ReportModel:
    lang: str
    session_id: str
    title: str
    county: str
    municipalities: tuple[str, ...]
    date: str
    place: str
    facilitators: tuple[str, ...]
    template_name: str
    hub: str
    hub_label: str
    intro: str
    participants_by_role: tuple[tuple[str, int], ...]
    participant_names: tuple[str, ...]
    questions: tuple[QuestionReport, ...]
    top_keywords: tuple[tuple[str, int], ...]
    agenda: tuple[AgendaItem, ...]
    next_steps: str
    survey: SurveySummary | None
    note_count: int
    participant_count: int = 0
    extra: dict = field(default_factory=dict, compare=False)
    texts: dict = field(default_factory=dict, compare=False)  # the map's own wording (Template.texts)
    talks: tuple[TalkReport, ...] = ()  # one-to-one talks, apart from the joint dialogue
    participants: tuple[ParticipantData, ...] = ()
    start_time: str = "09:00"
    end_time: str = ""
    unit: UnitSettings = UnitSettings()
    scope: str = ""  # the one municipality of a dialogue day this document is about, else empty
    day_municipalities: tuple[str, ...] = ()  # every municipality of the day (for a scoped document)
    survey_items: tuple[tuple[str, str], ...] = ()  # (key, statement) of the follow-up survey, in order

    @property
    def municipality_text(self) -> str:
        return ", ".join(self.municipalities)

    @property
    def is_dialogue_day(self) -> bool:
        """Several municipalities in the document: every note and participant says which one."""
        return len(self.municipalities) > 1

    @property
    def unit_name(self) -> str:
        return self.unit.name.strip() or text("unit.default", self.lang)

    @property
    def author(self) -> str:
        """Who the document is from: the facilitators, else the unit."""
        return ", ".join(self.facilitators) or self.unit.name.strip()

    @property
    def needs(self) -> QuestionReport | None:
        return next((q for q in self.questions if q.is_needs), None)

    @property
    def collaboration(self) -> QuestionReport | None:
        return next((q for q in self.questions if q.is_collaboration), None)

    def question_labels(self) -> dict[str, str]:
        return {q.key: q.label for q in self.questions}


def distinct_keywords(keywords) -> list[str]:
    """Return a note's keywords once each (matched as keyword_key does), in their first spelling."""
    seen: dict[str, str] = {}
    for keyword in keywords:
        if keyword_key(keyword):
            seen.setdefault(keyword_key(keyword), " ".join(keyword.split()))
    return list(seen.values())


def _by_keyword(notes: list[NoteData]) -> tuple[tuple[KeywordNotes, ...], tuple[NoteData, ...]]:
    spelling: dict[str, str] = {}
    buckets: dict[str, list[NoteData]] = {}
    without = []
    for note in notes:
        keys = []
        for original in note.keywords:
            key = keyword_key(original)
            if key and key not in keys:
                keys.append(key)
                spelling.setdefault(key, " ".join(original.split()))
                buckets.setdefault(key, []).append(note)
        if not keys:
            without.append(note)
    ordered = sorted(buckets, key=sort_key)
    return tuple(KeywordNotes(spelling[k], tuple(buckets[k])) for k in ordered), tuple(without)


def _question(number: int, data, question, template_question) -> QuestionReport:
    notes = data.joint_notes(question)  # one-to-one talks are reported apart
    groups: dict[str, list[NoteData]] = {label: [] for label in question.groups}
    for note in notes:
        if note.group:
            groups.setdefault(note.group, []).append(note)
    # the room's votes on a theme rank it first, then its size
    grouped = sorted(((label, tuple(ns)) for label, ns in groups.items() if ns),
                     key=lambda g: (-question.theme_votes.get(g[0], 0), -len(g[1]), sort_key(g[0])))
    facets = tuple(
        FacetNotes(f.key, f.label, f.color, tuple(n for n in notes if n.facet == f.key))
        for f in (template_question.facets if template_question else ())
    )
    by_keyword, without = _by_keyword(notes)
    return QuestionReport(
        number=number,
        key=question.key,
        label=template_question.label if template_question else question.key,
        prompt=template_question.prompt if template_question else "",
        cues=template_question.cues if template_question else (),
        planned_minutes=question.planned_minutes or (template_question.planned_minutes if template_question else 0),
        summary=question.summary,
        minutes=question.minutes,
        notes=tuple(notes),
        groups=tuple(grouped),
        ungrouped=tuple(n for n in notes if not n.group),
        facet_label=template_question.facet_label if template_question else "",
        facets=facets,
        by_keyword=by_keyword,
        without_keyword=without,
        theme_votes={label: votes for label, votes in question.theme_votes.items() if votes and groups.get(label)},
    )


def _agenda(data: SessionData, template: Template, questions: list[QuestionReport], lang: str) -> tuple[AgendaItem, ...]:
    labels = {q.key: f"{q.number}. {q.label}" for q in questions}
    kinds = {"intro": text("agenda.intro", lang), "break": text("agenda.break", lang), "closing": text("agenda.closing", lang)}
    return tuple(AgendaItem(slot.start, labels.get(slot.key, slot.key) if slot.kind == "question" else kinds[slot.kind],
                            slot.minutes) for slot in agenda(data, template))


def survey_items(data: SessionData, lang: str) -> tuple[tuple[str, str], ...]:
    """Return the session's survey statements as (key, text): its own, else the default set."""
    own = getattr(data, "survey_items", None) or []
    if own:
        return tuple((str(item["key"]), str(item["text"])) for item in own)
    return tuple((key, text(f"survey.item.{key}", lang)) for key in SURVEY_ITEMS)


def _survey(responses: list[dict], items_shown: tuple[tuple[str, str], ...]) -> SurveySummary | None:
    if not responses:
        return None
    items = []
    for key, label in items_shown:
        values = [r.get("ratings", {}).get(key) for r in responses]
        values = [v for v in values if isinstance(v, int) and 1 <= v <= 5]  # "vet ej" and blanks count as no answer
        mean = round(sum(values) / len(values), 1) if values else None
        items.append((label, mean, len(values)))
    comments = tuple(c for c in (str(r.get("comment") or "").strip() for r in responses) if c)
    return SurveySummary(len(responses), tuple(items), comments)


def build_report(data: SessionData, template: Template, *, lang: str = "sv", include_names: bool = False,
                 unit: UnitSettings | None = None, scope: str = "", day_municipalities: tuple[str, ...] = ()) -> ReportModel:
    """Return the report model of a session, its texts in the language.

    scope names the municipality when data is one municipality's part of a dialogue day.
    """
    template = template.localized(lang)
    questions = []
    for number, question in enumerate(data.questions, start=1):
        try:
            template_question = template.question(question.key)
        except KeyError:
            template_question = None
        questions.append(_question(number, data, question, template_question))
    roles = Counter(p.role for p in data.participants)
    role_order = {role: i for i, role in enumerate(dict.fromkeys(p.role for p in data.participants))}
    keywords: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for _, note in data.all_notes():
        for key in dict.fromkeys(keyword_key(k) for k in note.keywords if k.strip()):
            keywords[key] += 1
        for k in note.keywords:
            spelling.setdefault(keyword_key(k), " ".join(k.split()))
    top = tuple((spelling[k], n) for k, n in sorted(keywords.items(), key=lambda kv: (-kv[1], sort_key(kv[0])))[:15])
    return ReportModel(
        lang=lang,
        session_id=data.id,
        title=data.title,
        county=data.county,
        municipalities=tuple(data.municipalities),
        date=data.date,
        place=data.place,
        facilitators=tuple(data.facilitators),
        template_name=template.name,
        hub=template.hub,
        hub_label=template.hub_label,
        intro=template.intro.strip(),
        participants_by_role=tuple(sorted(roles.items(), key=lambda rc: role_order[rc[0]])),
        participant_names=tuple(p.name for p in data.participants if p.name) if include_names else (),
        questions=tuple(questions),
        top_keywords=top,
        agenda=_agenda(data, template, questions, lang),
        next_steps=data.next_steps,
        survey=_survey(data.survey, survey_items(data, lang)),
        note_count=data.note_count,
        participant_count=len(data.participants),
        participants=tuple(data.participants),
        start_time=data.start_time or "09:00",
        end_time=data.end_time or "",
        unit=unit or UnitSettings(),
        scope=scope,
        day_municipalities=tuple(day_municipalities) or tuple(data.municipalities),
        survey_items=survey_items(data, lang),
        texts=template.texts(lang),
        talks=_talks(data, template),
    )


def _talks(data: SessionData, template: Template) -> tuple[TalkReport, ...]:
    labels = {q.key: q.label for q in template.questions}
    talks = []
    for talk in data.talks:
        per_question = tuple((labels.get(q.key, q.key), tuple(n for n in q.notes if n.talk == talk.id))
                             for q in data.questions)
        talks.append(TalkReport(talk.role, talk.municipality or "", talk.summary,
                                tuple((label, notes) for label, notes in per_question if notes)))
    return tuple(talks)
