"""The county comparison: per question, keyword × municipality, common and particular themes,
needs by area, collaboration by level, size classes, roles and counts. Pure data, no files."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dialogkarta import defaults
from dialogkarta.defaults import population_of
from dialogkarta.maps import map_family, map_family_of_template, session_template
from dialogkarta.model.question_kind import COLLABORATION, NEEDS, question_kind
from dialogkarta.model.values import NoteData, SessionData
from dialogkarta.report.xmltext import sort_key
from dialogkarta.synthesis.keywords import CountyVocabulary, Proposal, canonical
from dialogkarta.synthesis.particular import particular_notes
from dialogkarta.synthesis.rounds import RoundChange
from dialogkarta.synthesis.texts import t as county_text
from dialogkarta.templates import Template

# (lowest, below, Swedish label); the label shown is the catalogue's county.size.class.<index>
SIZE_CLASSES = ((0, 5_000, "under 5 000 invånare"), (5_000, 15_000, "5 000–15 000 invånare"),
                (15_000, 50_000, "15 000–50 000 invånare"), (50_000, None, "över 50 000 invånare"))


def size_class(population: int | None) -> str | None:
    if population is None:
        return None
    for low, high, label in SIZE_CLASSES:
        if population >= low and (high is None or population < high):
            return label
    return None


@dataclass(frozen=True)
class NoteRef:
    """A note with where it came from."""

    note: NoteData
    question: str
    municipality: str
    session_id: str
    session_date: str
    session_title: str

    @property
    def source(self) -> str:
        """Where the note came from: "talk" (a one-to-one talk), a written channel, or "joint"."""
        if self.note.talk:
            return "talk"
        return self.note.channel if self.note.channel in ("sent_out", "written_after") else "joint"


@dataclass
class Theme:
    keyword: str  # display spelling
    key: str  # canonical form
    counts: dict[str, int]  # municipality → notes
    notes: list[NoteRef] = field(default_factory=list)

    @property
    def municipality_count(self) -> int:
        return sum(1 for c in self.counts.values() if c)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class QuestionComparison:
    key: str
    label: str
    themes: list[Theme]  # every keyword, sorted by number of municipalities then notes
    common: list[Theme]
    particular: list[Theme]
    facet_keys: tuple[str, ...]
    facet_labels: dict[str, str]
    facets: dict[str, dict[str, int]]  # municipality → facet → notes ("" = county)
    without_keyword: list[NoteRef]
    note_count: int
    particular_notes: list[NoteRef] = field(default_factory=list)  # by content: no other municipality said it

    @property
    def kind(self) -> str | None:
        return question_kind(self.facet_keys)

    @property
    def is_needs(self) -> bool:
        return self.kind == NEEDS

    @property
    def is_collaboration(self) -> bool:
        return self.kind == COLLABORATION


@dataclass
class Synthesis:
    county: str
    template: Template
    municipalities: list[str]
    sessions: list[SessionData]
    questions: list[QuestionComparison]
    min_share: float
    populations: dict[str, int | None]
    size_classes: dict[str, list[str]]  # class label → municipalities
    roles: dict[str, Counter]  # municipality → role → participants ("" = county)
    notes_by_municipality: Counter
    excluded: list[tuple[str, str]] = field(default_factory=list)  # (session title, why)
    lang: str = "sv"
    spelling: dict[str, str] = field(default_factory=dict)
    unresolved: list[Proposal] = field(default_factory=list)  # spelling proposals not decided
    merged: list[tuple[str, str]] = field(default_factory=list)  # (variant, target) merged for this synthesis
    round: str = ""
    change: RoundChange | None = None  # against the round before, if any
    findings: list[str] = field(default_factory=list)  # sentences from the figures; the analyst may edit them
    files_read: list[str] = field(default_factory=list)
    file_problems: list[str] = field(default_factory=list)  # files not counted, and why

    def particular(self, municipality: str) -> list[NoteRef]:
        """The notes only this municipality raised, in question order."""
        return [r for q in self.questions for r in q.particular_notes if r.municipality == municipality]

    @property
    def note_count(self) -> int:
        return sum(self.notes_by_municipality.values())

    @property
    def participant_count(self) -> int:
        return sum(self.roles.get("", Counter()).values())

    def question(self, key: str) -> QuestionComparison:
        return next(q for q in self.questions if q.key == key)

    @property
    def notes_by_source(self) -> Counter:
        """Notes per source: "joint" (the dialogue), "talk" (one-to-one talks), "sent_out", "written_after"."""
        return Counter(ref.source for ref in self.all_notes())

    def all_notes(self) -> list[NoteRef]:
        out: list[NoteRef] = []
        for q in self.questions:
            seen: set[str] = set()
            for theme in q.themes:
                for ref in theme.notes:
                    if ref.note.id not in seen:
                        seen.add(ref.note.id)
                        out.append(ref)
            out += q.without_keyword
        return out


def _spelling(sessions: list[SessionData], vocabulary: CountyVocabulary, preferred: tuple[str, ...]) -> dict[str, str]:
    """The display spelling of each resolved keyword: the default vocabulary's, else the most used."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for data in sessions:
        for _, note in data.all_notes():
            for k in note.keywords:
                if k.strip():
                    seen[vocabulary.resolve(k)][" ".join(k.split())] += 1
    spelling = {}
    preferred_by_key = {canonical(p): p for p in preferred}
    for key, forms in seen.items():
        spelling[key] = preferred_by_key.get(key) or max(forms, key=lambda f: (forms[f], f == key))
        if canonical(spelling[key]) != key:  # a merge target spelled only through its variants
            spelling[key] = key
    return spelling


def compare(
    sessions: list[SessionData],
    template: Template,
    *,
    vocabulary: CountyVocabulary | None = None,
    min_share: float = 0.5,
    preferred: tuple[str, ...] = (),
    lang: str = "sv",
    unresolved: tuple[Proposal, ...] = (),
) -> Synthesis:
    """Compare the sessions that use the template; labels in the language."""
    template = template.localized(lang)
    vocabulary = vocabulary or CountyVocabulary()
    family = map_family_of_template(template)
    used = [s for s in sessions if map_family(s) == family]
    excluded = [(s.title, county_text("excluded.other_map", lang, template=s.template)) for s in sessions
                if map_family(s) != family]
    municipalities = sorted({m for s in used for m in s.municipalities} |
                            {n.municipality for s in used for _, n in s.all_notes() if n.municipality}, key=sort_key)
    spelling = _spelling(used, vocabulary, preferred)
    notes_by_municipality: Counter = Counter()
    roles: dict[str, Counter] = defaultdict(Counter)
    for data in used:
        for p in data.participants:
            m = p.municipality or (data.municipalities[0] if data.municipalities else "")
            roles[m][p.role] += 1
            roles[""][p.role] += 1
    proper_nouns = {m.name for c in defaults.counties() for m in c.municipalities} | set(municipalities)
    pending = {k for p in unresolved for k in (p.variant, p.target)}  # a spelling variant is no particular theme
    questions = []
    for tq in template.questions:
        refs: list[NoteRef] = []
        themes: dict[str, Theme] = {}
        without: list[NoteRef] = []
        facets: dict[str, Counter] = defaultdict(Counter)
        count = 0
        for data in used:
            try:
                question = data.question(tq.key)
            except KeyError:
                continue
            for note in question.notes:
                m = note.municipality or (data.municipalities[0] if data.municipalities else "")
                ref = NoteRef(note, tq.key, m, data.id, data.date, data.title)
                count += 1
                refs.append(ref)
                notes_by_municipality[m] += 1
                if note.facet:
                    facets[m][note.facet] += 1
                    facets[""][note.facet] += 1
                keys = {vocabulary.resolve(k) for k in note.keywords if k.strip()}
                if not keys:
                    without.append(ref)
                for key in keys:
                    theme = themes.get(key)
                    if theme is None:  # built once per keyword: a row of every municipality
                        theme = themes[key] = Theme(spelling.get(key, key), key, dict.fromkeys(municipalities, 0))
                    theme.counts[m] = theme.counts.get(m, 0) + 1
                    theme.notes.append(ref)
        ordered = sorted(themes.values(), key=lambda t: (-t.municipality_count, -t.total, sort_key(t.keyword)))
        needed = max(1, int(-(-len(municipalities) * min_share // 1))) if municipalities else 1
        common = [t for t in ordered if t.municipality_count >= needed and len(municipalities) > 1]
        particular = [t for t in ordered if t.municipality_count == 1 and len(municipalities) > 1 and t.key not in pending]
        flags = particular_notes(((r.municipality, r.note.text) for r in refs), proper_nouns=proper_nouns)
        alone = [r for r, flag in zip(refs, flags) if flag] if len(municipalities) > 1 else []
        questions.append(QuestionComparison(
            key=tq.key, label=tq.label, themes=ordered, common=common, particular=particular,
            facet_keys=tq.facet_keys, facet_labels={f.key: f.label for f in tq.facets},
            facets={m: dict(c) for m, c in facets.items()}, without_keyword=without, note_count=count,
            particular_notes=sorted(alone, key=lambda r: sort_key(r.municipality))))
    populations = {m: population_of(m) for m in municipalities}
    classes: dict[str, list[str]] = {}
    for index, (_, _, label) in enumerate(SIZE_CLASSES):
        members = [m for m in municipalities if size_class(populations[m]) == label]
        if members:
            classes[county_text(f"size.class.{index}", lang)] = members
    # the county the report is about (run.py has left other counties out); ties by name, never by order
    named = Counter(s.county for s in used if s.county)
    county = min(named, key=lambda name: (-named[name], name)) if named else ""
    return Synthesis(
        county=county,
        template=template, municipalities=municipalities, sessions=used, questions=questions,
        min_share=min_share, populations=populations, size_classes=classes, roles=dict(roles),
        notes_by_municipality=notes_by_municipality, excluded=excluded, spelling=spelling, lang=lang,
        unresolved=list(unresolved))


def main_template_key(sessions: list[SessionData]) -> str:
    """The template most sessions use (the comparison is made on it)."""
    return Counter(s.template for s in sessions).most_common(1)[0][0]


def main_template(sessions: list[SessionData]) -> Template:
    """The map of the family most sessions use, as the latest of them stored it (compared by question key)."""
    family = Counter(map_family(s) for s in sessions).most_common(1)[0][0]
    members = sorted((s for s in sessions if map_family(s) == family), key=lambda s: (s.date, s.template == family))
    return session_template(members[-1])
