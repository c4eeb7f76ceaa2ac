"""The one text catalogue: every text a user sees, in Swedish and English, for every layer.

The texts live in `resources/texts/*.toml`, one file per part of the product, one line per text
with both languages side by side, so a text cannot be added without its English and a missing
one is found by a test (tests/test_catalogue.py), not by a reader:

    "summary.title" = { sv = "Sammanfattning", en = "Summary" }      # documents.toml

    text("documents.summary.title", "en")  →  "Summary"

`{name}` placeholders are filled in with str.format. `interface.toml` is the Qt interface,
keyed by the Swedish text given to `tr()` ("Ny session…" = "New session…");
resources/translations/make_translations.py feeds it to Qt's translator, so the widgets keep
using `tr()`. Non-Qt layers (documents, synthesis, errors, progress) call `text()`; what they
raise or report is in the language set with `set_language()` (the app sets the interface's).
Modelled on Anki's single Fluent catalogue (rslib/i18n), without the code generation.
"""

from __future__ import annotations

import tomllib
from functools import cache

from dialogkarta.paths import RESOURCES

TEXTS = RESOURCES / "texts"
LANGUAGES = ("sv", "en")
INTERFACE = "interface"  # the Qt texts: keyed by their Swedish source, valued by their English

_current = {"lang": "sv"}


@cache
def part(name: str) -> dict[str, dict[str, str]]:
    """One file of the catalogue: key → {language → text}."""
    with open(TEXTS / f"{name}.toml", "rb") as handle:
        raw = tomllib.load(handle)
    if name == INTERFACE:
        return {source: {"sv": source, "en": english} for source, english in raw.items()}
    return raw


def parts() -> list[str]:
    return sorted(path.stem for path in TEXTS.glob("*.toml"))


def entries() -> dict[str, dict[str, str]]:
    """Every text of the catalogue, by its full key `<part>.<key>`."""
    return {f"{name}.{key}": texts for name in parts() for key, texts in part(name).items()}


def set_language(lang: str) -> None:
    """The language of texts asked for without one (errors and progress from the non-Qt layers)."""
    _current["lang"] = lang if lang in LANGUAGES else "sv"


def language() -> str:
    return _current["lang"]


def text(key: str, lang: str | None = None, **values: object) -> str:
    """The text of `<part>.<key>` in the language (the current one if not given), filled in.

    A text missing in a language falls back to Swedish; an unknown key is a KeyError (a typo
    must not reach a user as a key).
    """
    name, _, rest = key.partition(".")
    texts = part(name)[rest]
    template = texts.get(lang or language()) or texts["sv"]
    return template.format(**values) if values else template


def lookup(name: str, lang: str = "sv") -> dict[str, str]:
    """All texts of one part in one language (Swedish where the language lacks one), by key."""
    return {key: texts.get(lang) or texts["sv"] for key, texts in part(name).items()}
