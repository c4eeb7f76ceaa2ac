"""Load dialogue-map templates (TOML files in resources/templates)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from dialogkarta.errors import ContentProblem
from dialogkarta.model.question_kind import question_kind
from dialogkarta.paths import TEMPLATES


@dataclass(frozen=True)
class Facet:
    key: str
    label: str
    description: str = ""
    color: str = "#FFF3A0"
    translations: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    prompt: str
    planned_minutes: int
    cues: tuple[str, ...] = ()
    capture: str = ""
    facet_label: str = ""
    facets: tuple[Facet, ...] = ()
    translations: dict = field(default_factory=dict, compare=False, hash=False)

    def facet(self, key: str | None) -> Facet | None:
        """Return the facet with this key, or None."""
        for facet in self.facets:
            if facet.key == key:
                return facet
        return None

    @property
    def facet_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.facets)

    @property
    def kind(self) -> str | None:
        """The needs or the collaboration question, or None (model.question_kind decides)."""
        return question_kind(self.facet_keys)


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    kind: str
    hub: str
    hub_label: str
    intro: str
    questions: tuple[Question, ...]
    intro_minutes: int = 0
    break_minutes: int = 0
    closing_minutes: int = 0
    extra: dict = field(default_factory=dict, compare=False)

    def question(self, key: str) -> Question:
        """Return the question with this key; KeyError if the template lacks it."""
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    @property
    def question_keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.questions)

    def localized(self, lang: str) -> Template:
        """Return the template with its texts in the language (as it is if it has no such texts)."""
        texts = self.extra.get(lang)
        if not isinstance(texts, dict):
            return self
        questions = tuple(
            replace(q, **{k: v for k, v in q.translations.get(lang, {}).items() if k in ("label", "prompt", "facet_label")},
                    cues=tuple(q.translations.get(lang, {}).get("cues", q.cues if lang == "sv" else ())),
                    facets=tuple(replace(f, label=f.translations.get(lang, f.label)) for f in q.facets))
            for q in self.questions
        )
        changes: dict[str, Any] = {k: v.strip() if isinstance(v, str) else v for k, v in texts.items() if k in ("name", "hub_label", "intro")}
        return replace(self, questions=questions, **changes)

    def texts(self, lang: str = "sv") -> dict[str, str]:
        """Return the map's own document texts (title, subtitle, briefing …) in the language."""
        table = self.extra.get("texts") if lang == "sv" else (self.extra.get(lang) or {}).get("texts")
        return {k: v.strip() for k, v in (table or {}).items() if isinstance(v, str)}

    @property
    def total_minutes(self) -> int:
        planned = sum(q.planned_minutes for q in self.questions)
        return self.intro_minutes + planned + self.break_minutes + self.closing_minutes


def _facet(raw: dict) -> Facet:
    return Facet(
        key=raw["key"],
        label=raw["label"],
        description=raw.get("description", ""),
        color=raw.get("color", "#FFF3A0"),
        translations={k.removeprefix("label_"): v for k, v in raw.items() if k.startswith("label_")},
    )


def _question(raw: dict) -> Question:
    return Question(
        key=raw["key"],
        label=raw["label"],
        prompt=raw.get("prompt", ""),
        planned_minutes=int(raw.get("planned_minutes", 30)),
        cues=tuple(raw.get("cues", ())),
        capture=raw.get("capture", ""),
        facet_label=raw.get("facet_label", ""),
        facets=tuple(_facet(f) for f in raw.get("facets", ())),
        translations={k: v for k, v in raw.items() if isinstance(v, dict) and k != "facets"},
    )


KNOWN_FIELDS = ("key", "name", "kind", "hub", "hub_label", "intro", "questions",
                "intro_minutes", "break_minutes", "closing_minutes")


def template_from_dict(raw: dict, *, default_key: str = "") -> Template:
    """Build a template from its TOML (or stored JSON) table; KeyError/TypeError/ValueError if malformed."""
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list) or not raw["questions"]:
        raise ValueError("inga frågor")
    questions = tuple(_question(q) for q in raw["questions"])
    if len({q.key for q in questions}) != len(questions):
        raise ValueError("två frågor har samma nyckel")
    return Template(
        key=str(raw.get("key", default_key)),
        name=str(raw["name"]),
        kind=str(raw.get("kind", "")),
        hub=str(raw.get("hub", "")),
        hub_label=str(raw.get("hub_label", "")),
        intro=str(raw.get("intro", "")),
        questions=questions,
        intro_minutes=int(raw.get("intro_minutes", 0)),
        break_minutes=int(raw.get("break_minutes", 0)),
        closing_minutes=int(raw.get("closing_minutes", 0)),
        extra={k: v for k, v in raw.items() if k not in KNOWN_FIELDS},
    )


def parse_template(path: Path) -> Template:
    """Parse one template file; ContentProblem if it is not a valid template."""
    try:
        return template_from_dict(tomllib.loads(path.read_text(encoding="utf-8")), default_key=path.stem)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ContentProblem(f"mallen kan inte läsas ({exc})", path=path) from exc


@cache
def available_templates(folder: Path = TEMPLATES) -> dict[str, Template]:
    """Return every template in the folder by key, in file-name order."""
    templates = {}
    for path in sorted(folder.glob("*.toml")):
        template = parse_template(path)
        templates[template.key] = template
    return templates


def load_template(key: str) -> Template:
    """Return the shipped map with this key; ContentProblem if there is none (maps.load_map adds user maps)."""
    templates = available_templates()
    if key not in templates:
        known = ", ".join(sorted(templates)) or "inga"
        raise ContentProblem(f"okänd dialogkartmall '{key}' (kända mallar: {known})")
    return templates[key]
