"""Gather the sessions of a synthesis: files and folders, duplicates, diverging copies, bad files.

Input files are only ever read (.dkarta files are opened read-only by files.read_session).
Diverging copies of one session (two facilitators' laptops) are merged by the same rules as
`dialogkarta merge` (dialogkarta.merge), so no facilitator's notes drop out of the county picture.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dialogkarta import files, interchange
from dialogkarta.catalogue import language, translate_message
from dialogkarta.errors import ContentProblem, DialogkartaError, FileProblem
from dialogkarta.merge import merge_sessions
from dialogkarta.model.values import SessionData
from dialogkarta.synthesis.texts import t

SESSION_SUFFIXES = (".dkarta", ".json")
VOCABULARY_SUFFIX = ".dkvocab.json"  # a county vocabulary kept beside the sessions is no session


def is_session_file(path: Path) -> bool:
    """Whether a file in a folder is taken as a session (.dkarta or .json, not a county vocabulary)."""
    name = path.name.lower()
    return path.suffix.lower() in SESSION_SUFFIXES and not name.endswith(VOCABULARY_SUFFIX) and path.is_file()


@dataclass(frozen=True)
class LoadedSession:
    path: Path
    data: SessionData


@dataclass(frozen=True)
class Divergence:
    session_id: str
    title: str
    chosen: Path  # the first of the merged copies (or, if they cannot be merged, the one used)
    others: tuple[Path, ...]
    reason: str
    merged: bool = True


@dataclass
class LoadResult:
    sessions: list[LoadedSession] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    duplicates: list[tuple[Path, Path]] = field(default_factory=list)  # (dropped copy, kept file)
    diverging: list[Divergence] = field(default_factory=list)
    repeated_notes: list[tuple[str, Path]] = field(default_factory=list)  # note id seen again, in file

    def report_lines(self) -> list[str]:
        """Lines that say what was left out and why (in the catalogue's current language: Swedish on the command line)."""
        lines = [t("report.duplicate", language(), dropped=dropped, kept=kept) for dropped, kept in self.duplicates]
        for d in self.diverging:
            others = ", ".join(str(p) for p in d.others)
            key = "report.merged" if d.merged else "report.diverging"
            lines.append(t(key, language(), chosen=d.chosen, title=d.title, others=others, reason=d.reason))
        lines += [t("report.skipped", language(), path=path, reason=translate_message(reason)) for path, reason in self.skipped]
        if self.repeated_notes:
            lines.append(t("report.repeated", language(), count=len(self.repeated_notes)))
        return lines


def collect_paths(inputs: Iterable[str | Path]) -> list[Path]:
    """Return the session files named, with a folder standing for its .dkarta and .json files.

    Folders are read one level deep (not recursively), so a subfolder of old copies is left out.
    """
    paths: list[Path] = []
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            paths += sorted(p for p in item.iterdir() if is_session_file(p))
        else:
            paths.append(item)
    unique: dict[Path, None] = {}
    for path in paths:
        unique.setdefault(path.resolve() if path.exists() else path, None)
    return list(unique)


def _fingerprint(data: SessionData) -> str:
    return json.dumps(interchange.session_to_json(data), sort_keys=True, ensure_ascii=False)


def last_change(data: SessionData) -> str:
    """The most recent change recorded in the session (ISO text), or '' if none is recorded."""
    stamps = [data.modified or "", data.created or ""]
    stamps += [n.modified or n.created or "" for _, n in data.all_notes()]
    return max(stamps)


def _choose(copies: list[LoadedSession]) -> tuple[LoadedSession, str]:
    def key(copy: LoadedSession):
        return (last_change(copy.data), copy.data.note_count, os.path.getmtime(copy.path))

    ranked = sorted(copies, key=key, reverse=True)
    chosen = ranked[0]
    stamp = last_change(chosen.data)
    reason = t("report.latest_changed", language(), stamp=stamp.replace("T", " ")) if stamp else t("report.latest_saved", language())
    return chosen, reason


def _merge_copies(session_id: str, versions: list[LoadedSession]) -> tuple[LoadedSession, Divergence]:
    """Merge diverging copies of one session; copies that cannot be merged fall back to the newest."""
    versions = sorted(versions, key=lambda v: str(v.path))
    try:
        merged = merge_sessions([(str(v.path), v.data) for v in versions])
    except ContentProblem as exc:  # e.g. the same session id on another map: no merge possible
        chosen, reason = _choose(versions)
        others = tuple(v.path for v in versions if v is not chosen)
        return chosen, Divergence(session_id, chosen.data.title, chosen.path, others, f"{exc.message}; {reason}",
                                  merged=False)
    report = merged.report
    parts = [f"{merged.data.note_count} anteckningar"]
    if report.kept_despite_deletion:
        parts.append(f"{len(report.kept_despite_deletion)} borttagna i en kopia men ändrade senare i en annan behölls")
    if report.conflicts:
        parts.append(f"{len(report.conflicts)} texter ändrade i flera kopior finns med i alla versioner")
    divergence = Divergence(session_id, merged.data.title, versions[0].path, tuple(v.path for v in versions[1:]),
                            ", ".join(parts))
    return LoadedSession(versions[0].path, merged.data), divergence


def load_sessions(
    inputs: Iterable[str | Path],
    *,
    skip_invalid: bool = False,
    progress: Callable[[int, int, Path], None] | None = None,
) -> LoadResult:
    """Read every session; a bad file stops everything unless skip_invalid is set."""
    paths = collect_paths(inputs)
    if not paths:
        raise FileProblem("inga sessionsfiler (.dkarta eller .json) att sammanställa")
    result = LoadResult()
    by_id: dict[str, list[LoadedSession]] = {}
    for index, path in enumerate(paths):
        if progress:
            progress(index, len(paths), path)
        try:
            data = files.read_session(path)
        except DialogkartaError as exc:
            if not skip_invalid:
                raise
            result.skipped.append((path, exc.message))
            continue
        by_id.setdefault(data.id, []).append(LoadedSession(path, data))
    for session_id, copies in by_id.items():
        distinct: dict[str, LoadedSession] = {}
        for copy in copies:
            fingerprint = _fingerprint(copy.data)
            if fingerprint in distinct:
                result.duplicates.append((copy.path, distinct[fingerprint].path))
            else:
                distinct[fingerprint] = copy
        versions = list(distinct.values())
        if len(versions) > 1:
            chosen, divergence = _merge_copies(session_id, versions)
            result.diverging.append(divergence)
        else:
            chosen = versions[0]
        result.sessions.append(chosen)
    seen: set[str] = set()
    for loaded in result.sessions:
        for question in loaded.data.questions:
            kept = []
            for note in question.notes:
                if note.id in seen:
                    result.repeated_notes.append((note.id, loaded.path))
                    continue
                seen.add(note.id)
                kept.append(note)
            question.notes = kept
    result.sessions.sort(key=lambda s: (s.data.date, s.data.title))
    if progress:
        progress(len(paths), len(paths), paths[-1])
    if not result.sessions:
        raise FileProblem("ingen av filerna kunde läsas; inget att sammanställa")
    return result
