"""The map a session carries, and the facilitator's own maps in the settings folder.

A session stores its whole map (as the plain table a template file holds), so it opens,
exports and merges the same on a machine that has never seen that map. Files made before
revision 0007 carry no map: the shipped map of their key stands in.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

from dialogkarta import atomic
from dialogkarta.errors import ContentProblem, FileProblem, os_reason
from dialogkarta.model.values import SessionData
from dialogkarta.templates import (
    Facet,
    Question,
    Template,
    available_templates,
    load_template,
    parse_template,
    template_from_dict,
)

USER_MAP_SUFFIX = ".json"


def _facet_to_dict(facet: Facet) -> dict:
    raw = {"key": facet.key, "label": facet.label, "color": facet.color}
    if facet.description:
        raw["description"] = facet.description
    raw.update({f"label_{lang}": label for lang, label in facet.translations.items()})
    return raw


def _question_to_dict(question: Question) -> dict:
    raw = {"key": question.key, "label": question.label, "prompt": question.prompt,
           "planned_minutes": question.planned_minutes, "cues": list(question.cues)}
    if question.capture:
        raw["capture"] = question.capture
    if question.facet_label:
        raw["facet_label"] = question.facet_label
    if question.facets:
        raw["facets"] = [_facet_to_dict(f) for f in question.facets]
    raw.update(question.translations)
    return raw


def template_to_dict(template: Template) -> dict:
    """Return the template as the plain table its TOML file would hold (JSON-safe)."""
    raw = json.loads(json.dumps(template.extra, ensure_ascii=False, default=str))
    raw.update(key=template.key, name=template.name, kind=template.kind, hub=template.hub,
               hub_label=template.hub_label, intro=template.intro, intro_minutes=template.intro_minutes,
               break_minutes=template.break_minutes, closing_minutes=template.closing_minutes,
               questions=[_question_to_dict(q) for q in template.questions])
    return raw


def template_of_stored(raw: dict, *, path: str | Path | None = None) -> Template:
    """Return the template a session stored; ContentProblem naming the file if it is malformed."""
    try:
        return template_from_dict(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ContentProblem(f"dialogkartan som sparats i sessionen kan inte läsas ({exc})", path=path) from None


def load_map(key: str) -> Template:
    """Return the shipped or user map with this key; ContentProblem if there is none."""
    if key not in available_templates():
        found = user_maps().get(key)  # user maps change while the app runs: never cached
        if found is not None:
            return found
    return load_template(key)


def session_template(data: SessionData) -> Template:
    """Return the session's own map: the stored one, else the shipped or user map of its key."""
    if data.map:
        return template_of_stored(data.map)
    return load_map(data.template)


# --- the facilitator's own maps ------------------------------------------------------


def user_maps_folder() -> Path:
    """Return the folder of user maps, beside the app's settings (DIALOGKARTA_MAPS overrides)."""
    if os.environ.get("DIALOGKARTA_MAPS"):
        return Path(os.environ["DIALOGKARTA_MAPS"])
    if os.environ.get("DIALOGKARTA_SETTINGS"):  # tests and portable use: beside that settings file
        return Path(os.environ["DIALOGKARTA_SETTINGS"]).resolve().parent / "kartor"
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home())
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "Dialogkarta" / "kartor"


def user_maps(folder: Path | None = None) -> dict[str, Template]:
    """Return the user's maps by key; a map that cannot be read is left out."""
    folder = folder or user_maps_folder()
    maps = {}
    for path in sorted(folder.glob(f"*{USER_MAP_SUFFIX}")) if folder.is_dir() else ():
        try:
            maps[path.stem] = read_user_map(path)
        except ContentProblem:
            continue
    return maps


def read_user_map(path: Path) -> Template:
    """Read one user map file; ContentProblem naming it if it cannot be read."""
    try:
        if path.suffix == ".toml":
            return parse_template(path)
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ContentProblem(f"kartan kan inte läsas ({exc})", path=path) from None
    return template_of_stored(raw, path=path)


def free_key(name: str, taken: set[str]) -> str:
    """Return a map key made from the name that no shipped or user map has."""
    base = re.sub(r"[^a-z0-9]+", "_", name.casefold().translate(str.maketrans("åäö", "aao"))).strip("_") or "karta"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


def all_maps() -> dict[str, Template]:
    """Return the shipped maps, then the user's own."""
    shipped = available_templates()
    return {**shipped, **{k: v for k, v in user_maps().items() if k not in shipped}}


def save_user_map(template: Template, folder: Path | None = None) -> Path:
    """Write a user map as <key>.json in the settings folder (atomically); return its path."""
    folder = folder or user_maps_folder()
    if template.key in available_templates():
        raise ContentProblem(f"'{template.key}' är en medföljande karta och kan inte skrivas över")
    path = folder / f"{template.key}{USER_MAP_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem(f"kartan kunde inte sparas ({os_reason(exc)})", path=path) from exc
    atomic.write_text(path, json.dumps(template_to_dict(template), ensure_ascii=False, indent=2))
    return path


def session_title(template: Template, municipalities: list[str]) -> str:
    """Return a new session's default title in the map's words ("Kvalitetsnätverk Kiruna")."""
    texts = template.texts()
    many = len(municipalities) > 1
    pattern = texts.get("session.title_many" if many else "session.title") or (
        "Dialogdag {municipalities}" if many else "Kommundialog {municipalities}")
    return pattern.format(municipalities=", ".join(municipalities)).strip()


def map_family_of_template(template: Template) -> str:
    """Return the shipped map a map was adapted from (its own key for a shipped map)."""
    return str(template.extra.get("based_on") or template.key)


def map_family(data: SessionData) -> str:
    """Return the map family of a session: sessions of one family compare question by question."""
    if data.map and data.map.get("based_on"):
        return str(data.map["based_on"])
    return data.template


# --- adapting a map (the map editor's rules) ------------------------------------------


def duplicate_map(template: Template, *, name: str | None = None) -> Template:
    """Return an editable copy of a map under a new key; it stays comparable with the original."""
    name = name or f"{template.name} (kopia)"
    taken = set(available_templates()) | set(user_maps())
    extra = {k: v for k, v in template.extra.items() if k != "en"}  # the copy is worded anew, in Swedish
    extra["based_on"] = map_family_of_template(template)
    return replace(template, key=free_key(name, taken), name=name, extra=extra)


def remove_question(template: Template, *, key: str) -> Template:
    """Return the map without a question (a very small group skips it); the last one stays."""
    if len(template.questions) <= 1:
        raise ContentProblem("en dialogkarta behöver minst en fråga")
    return replace(template, questions=tuple(q for q in template.questions if q.key != key))


def merge_questions(template: Template, *, first: str, second: str) -> Template:
    """Return the map with the second question folded into the first (its key stays the first's)."""
    a, b = template.question(first), template.question(second)
    facets = a.facets + tuple(f for f in b.facets if f.key not in a.facet_keys)
    merged = replace(a, label=f"{a.label} / {b.label}", prompt=" ".join(filter(None, (a.prompt, b.prompt))),
                     cues=a.cues + tuple(c for c in b.cues if c not in a.cues), facets=facets,
                     planned_minutes=a.planned_minutes + b.planned_minutes, translations={})
    return replace(template, questions=tuple(merged if q.key == first else q for q in template.questions if q.key != second))


def facets_from_labels(question: Question, labels: list[str]) -> tuple[Facet, ...]:
    """Return the question's facets for edited labels: a kept position keeps its key and colour."""
    palette = ("#FFE873", "#C9E8B2", "#B9CFF0", "#F6C6D0", "#E3D3F2", "#FFD8A8")
    facets = []
    for index, label in enumerate(label.strip() for label in labels if label.strip()):
        if index < len(question.facets):
            facets.append(replace(question.facets[index], label=label, translations={}))
        else:
            taken = {f.key for f in facets}
            facets.append(Facet(key=free_key(label, taken), label=label, color=palette[index % len(palette)]))
    return tuple(facets)
