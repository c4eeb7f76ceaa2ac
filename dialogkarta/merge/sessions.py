"""Merge copies of one session into one: a pure function over SessionData values.

The result is the union of the copies: every note, participant and group any copy has, each
field at its latest change (merge.records), every session and question field by its clock
(merge.fields), deletions kept as tombstones. A note deleted in one copy but changed later in
another is kept, and reported. Because each part is a join (the latest stamp, the union, the
versions nobody saw), merging is idempotent, commutative and associative, and the inputs are
never changed. Lists without stamps of their own (vocabulary, a question's notes and groups)
keep their order when every copy agrees on it, and are otherwise put in a fixed order.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields

from dialogkarta.errors import ContentProblem
from dialogkarta.merge.fields import merge_field, versions_of
from dialogkarta.merge.records import NOTE_FIELDS, PARTICIPANT_FIELDS, Merged, Version, canonical, last_change, merge_record
from dialogkarta.merge.report import MergeReport
from dialogkarta.model.provenance import BASE, CLOCKED_QUESTION_FIELDS, CLOCKED_SESSION_FIELDS, Tombstone
from dialogkarta.model.values import NoteData, ParticipantData, QuestionData, SessionData, TalkData

SESSION_FIELDS = CLOCKED_SESSION_FIELDS
QUESTION_FIELDS = CLOCKED_QUESTION_FIELDS


@dataclass
class MergeResult:
    data: SessionData
    report: MergeReport = field(default_factory=MergeReport)


def merge_sessions(copies: list[tuple[str, SessionData]]) -> MergeResult:
    """Merge labelled copies (label: e.g. the file name) of one session; the copies are not changed."""
    if not copies:
        raise ValueError("nothing to merge")
    copies = [(label, copy.deepcopy(data)) for label, data in copies]
    first = copies[0][1]
    for label, data in copies[1:]:
        if data.id != first.id:
            raise ContentProblem(f"är en annan session («{data.title}») än «{first.title}» och kan inte slås ihop",
                                 path=label)
        if data.template != first.template:
            raise ContentProblem(f"bygger på en annan karta ({data.template}) än {first.template}", path=label)
    report = MergeReport(sources=[label for label, _ in copies])
    tombs, buried = _tombstones(copies)
    result = SessionData(id=first.id, title="", county="", municipalities=[], date="", template=first.template)
    question_values = _merge_fields(copies, result, report)
    notes = _merge_notes(copies, tombs, buried, report)
    result.questions = [_question(copies, base.key, notes, tombs, question_values) for base in first.questions]
    result.participants = _merge_participants(copies, tombs, buried)
    result.talks = _merge_talks(copies, tombs, notes, report)
    result.map = _agreed_or_latest([d.map for _, d in copies])
    result.vocabulary = _agreed_or_sorted([d.vocabulary for _, d in copies])
    survey = {canonical(r): r for _, d in copies for r in d.survey}
    result.survey = [survey[k] for k in sorted(survey, key=lambda k: (str(survey[k].get("created") or ""), k))]
    result.created = min((d.created for _, d in copies if d.created), default=None)
    result.modified = max((d.modified for _, d in copies if d.modified), default=None)
    result.deleted = sorted(tombs.values(), key=lambda t: (t.at, t.kind, t.id))
    for unknown in fields(SessionData):  # a session field added later without a rule here is not lost
        if unknown.name not in _HANDLED:
            setattr(result, unknown.name, _agreed_or_latest([getattr(d, unknown.name) for _, d in copies]))
    return MergeResult(data=result, report=report)


_HANDLED = {*SESSION_FIELDS, "id", "template", "questions", "participants", "talks", "map", "vocabulary", "survey",
            "created", "modified", "origin", "history", "deleted"}


def _tombstones(copies) -> tuple[dict[tuple[str, str], Tombstone], dict[tuple[str, str], list[dict]]]:
    """Return the latest tombstone per record, and every snapshot any copy's tombstone kept."""
    latest: dict[tuple[str, str], Tombstone] = {}
    snapshots: dict[tuple[str, str], list[dict]] = {}
    for _, data in copies:
        for tomb in data.deleted:
            key = (tomb.kind, tomb.id)
            if tomb.snapshot:
                snapshots.setdefault(key, []).append(tomb.snapshot)
            known = latest.get(key)
            if known is None or (tomb.at, canonical(tomb.snapshot)) > (known.at, canonical(known.snapshot)):
                latest[key] = Tombstone(kind=tomb.kind, id=tomb.id, at=tomb.at, snapshot=dict(tomb.snapshot))
    return latest, snapshots


def _merge_fields(copies, result: SessionData, report: MergeReport) -> dict[str, object]:
    """Merge session fields into result; return the merged question fields by name ("needs.minutes")."""
    names = [*SESSION_FIELDS, *(f"{q.key}.{n}" for q in copies[0][1].questions for n in QUESTION_FIELDS)]
    question_values = {}
    for name in names:
        versions = [v for _, d in copies for v in versions_of(_field_value(d, name), d.history.get(name))]
        outcome = merge_field(name, versions)
        if outcome.history.clock or outcome.history.versions:
            result.history[name] = outcome.history
        if outcome.conflict:
            report.conflicts.append(name)
        if "." in name:
            question_values[name] = copy.deepcopy(outcome.value)
        else:
            setattr(result, name, copy.deepcopy(outcome.value))
    return question_values


def _field_value(data: SessionData, name: str):
    """The value of a session field ("title") or question field ("needs.minutes")."""
    if "." in name:
        key, field_name = name.split(".", 1)
        return getattr(data.question(key), field_name)
    return getattr(data, name)


def _note_version(label: str, values: dict, stamps: dict, created: str, modified: str) -> Version:
    values = {name: values.get(name) for name in NOTE_FIELDS}
    values["keywords"] = list(values["keywords"] or [])
    return Version(values=values, stamps=dict(stamps or {}), source=label, created=created or "",
                   modified=modified or "")


def _merge_notes(copies, tombs, buried, report: MergeReport) -> dict[str, Merged]:
    versions: dict[str, list[Version]] = {}
    for label, data in copies:
        for question, note in data.all_notes():
            values = {**vars(note), "question": question}
            versions.setdefault(note.id, []).append(
                _note_version(label, values, note.stamps, note.created, note.modified))
    present_in = {note_id: {v.source for v in found} for note_id, found in versions.items()}
    for (kind, note_id), snapshots in buried.items():
        if kind == "note":
            for snap in snapshots:
                versions.setdefault(note_id, []).append(_note_version(
                    "", snap, snap.get("stamps"), snap.get("created"), snap.get("modified")))
    kept = {}
    for note_id, found in versions.items():
        merged = merge_record(found, NOTE_FIELDS)
        tomb = tombs.get(("note", note_id))
        if tomb is not None:  # the tombstone keeps everything known of the note, for later merges
            tomb.snapshot = {**merged.values, "created": merged.created, "modified": merged.modified,
                             "stamps": dict(merged.stamps)}
        if note_id not in present_in:
            continue
        if tomb is not None and tomb.at >= last_change(merged):
            report.deleted.append((note_id, merged.values["text"], tomb.origin))
            continue
        kept[note_id] = merged
        if tomb is not None and len(present_in[note_id]) < len(copies):
            report.kept_despite_deletion.append((note_id, merged.values["text"]))
        report.note_sources(note_id, merged.winners, present_in[note_id])
    return kept


def _question(copies, key: str, notes: dict[str, Merged], tombs, question_values: dict) -> QuestionData:
    members = {note_id: m for note_id, m in notes.items() if m.values["question"] == key}
    order = _agreed_order([[n.id for n in d.question(key).notes] for _, d in copies], members)
    q_notes = [_note_data(note_id, members[note_id]) for note_id in order]
    group_stamps: dict[str, str] = {}
    for _, d in copies:
        question = d.question(key)
        for label in question.groups:
            group_stamps[label] = max(group_stamps.get(label, ""), question.group_stamps.get(label, ""))
    used = {n.group for n in q_notes if n.group}
    labels = {label for label, stamp in group_stamps.items() if label in used or not _buried(tombs, key, label, stamp)}
    labels |= used
    agreed = _agreed_or_none([d.question(key).groups for _, d in copies])
    if agreed is not None and set(agreed) == labels:
        ordered = agreed
    else:
        ordered = sorted(labels, key=lambda label: (group_stamps.get(label, ""), label))
    return QuestionData(
        key=key, notes=q_notes, groups=ordered,
        summary=question_values[f"{key}.summary"], minutes=question_values[f"{key}.minutes"],
        planned_minutes=question_values[f"{key}.planned_minutes"],
        elapsed_seconds=max(d.question(key).elapsed_seconds for _, d in copies),
        group_stamps={label: group_stamps[label] for label in ordered if group_stamps.get(label)},
        folded_themes=_folded(copies, key, ordered),
    )


def _folded(copies, key: str, labels: list[str]) -> list[str]:
    """Themes folded in the merge: each as in the copy whose theme changed last (folding stamps the group)."""
    folded = []
    for label in labels:
        holding = [d.question(key) for _, d in copies if label in d.question(key).groups]
        if holding and label in max(holding, key=lambda q: q.group_stamps.get(label, "")).folded_themes:
            folded.append(label)
    return folded


def _buried(tombs, key: str, label: str, stamp: str) -> bool:
    tomb = tombs.get(("group", f"{key}/{label}"))
    return tomb is not None and tomb.at >= stamp


def _note_data(note_id: str, merged: Merged) -> NoteData:
    v = merged.values
    return NoteData(id=note_id, text=v["text"], facet=v["facet"], keywords=list(v["keywords"] or []), group=v["group"],
                    votes=v["votes"], municipality=v["municipality"], x=v["x"], y=v["y"], color=v["color"],
                    channel=v["channel"], talk=v["talk"],
                    created=merged.created or None, modified=merged.modified or None, stamps=dict(merged.stamps))


def _agreed_or_none(lists: list[list]) -> list | None:
    first = lists[0]
    return list(first) if all(lst == first for lst in lists) else None


def _agreed_or_sorted(lists: list[list[str]]) -> list[str]:
    agreed = _agreed_or_none(lists)
    return agreed if agreed is not None else sorted({w for lst in lists for w in lst}, key=lambda w: (w.casefold(), w))


def _agreed_order(orders: list[list[str]], members: dict[str, Merged]) -> list[str]:
    agreed = _agreed_or_none(orders)
    if agreed is not None and set(agreed) == set(members):
        return agreed
    # Creation time to the second, then the creation stamp (microseconds) where the copy has one.
    return sorted(members, key=lambda note_id: (members[note_id].created, members[note_id].stamps.get(BASE, ""), note_id))


def _agreed_or_latest(values: list):
    """The value every copy has, or else the largest in a fixed order (values without history)."""
    if all(value == values[0] for value in values):
        return copy.deepcopy(values[0])
    return copy.deepcopy(max(values, key=canonical))


def _merge_talks(copies, tombs, notes: dict[str, Merged], report: MergeReport) -> list[TalkData]:
    """Union of the one-to-one talks by id; a deleted talk stays away unless a kept note was said in it.

    Talks carry no per-field history yet: two copies that changed one talk differently keep the
    version that sorts last, and the report says so.
    """
    versions: dict[str, list[TalkData]] = {}
    for _, data in copies:
        for talk in data.talks:
            versions.setdefault(talk.id, []).append(talk)
    used = {m.values["talk"] for m in notes.values() if m.values["talk"]}
    kept = []
    for talk_id, found in versions.items():
        if ("talk", talk_id) in tombs and talk_id not in used:
            continue
        distinct = {canonical(vars(t)): t for t in found}
        if len(distinct) > 1:
            report.talks_differing.append(found[0].role or talk_id)
        kept.append(copy.deepcopy(distinct[max(distinct)]))
    return sorted(kept, key=lambda t: (t.created or "", t.id))


def _merge_participants(copies, tombs, buried) -> list[ParticipantData]:
    versions: dict[str, list[Version]] = {}
    for label, data in copies:
        for index, p in enumerate(data.participants, 1):
            values = {"role": p.role, "area": p.area, "municipality": p.municipality, "name": p.name}
            versions.setdefault(p.id or f"{data.id}:{index}", []).append(
                Version(values=values, stamps=dict(p.stamps), source=label))
    present = set(versions)
    for (kind, pid), snapshots in buried.items():
        if kind == "participant":
            for snap in snapshots:
                versions.setdefault(pid, []).append(Version(values={n: snap.get(n) for n in PARTICIPANT_FIELDS},
                                                            stamps=dict(snap.get("stamps") or {}), source=""))
    kept = {}
    for pid, found in versions.items():
        merged = merge_record(found, PARTICIPANT_FIELDS)
        tomb = tombs.get(("participant", pid))
        if tomb is not None:
            tomb.snapshot = {**merged.values, "stamps": dict(merged.stamps)}
        if pid not in present or (tomb is not None and tomb.at >= last_change(merged)):
            continue
        v = merged.values
        kept[pid] = ParticipantData(role=v["role"] or "", area=v["area"] or "", municipality=v["municipality"],
                                    name=v["name"], id=pid, stamps=dict(merged.stamps))
    agreed = _agreed_or_none([[p.id for p in d.participants] for _, d in copies])
    if agreed is not None and set(agreed) == set(kept):
        return [kept[pid] for pid in agreed]
    return [kept[pid] for pid in sorted(kept, key=lambda pid: (kept[pid].stamps.get(BASE, ""), pid))]
