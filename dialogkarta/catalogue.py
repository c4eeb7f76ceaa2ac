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

import re
import string
from functools import cache

from dialogkarta.paths import RESOURCES

TEXTS = RESOURCES / "texts"
LANGUAGES = ("sv", "en")
INTERFACE = "interface"  # the Qt texts: keyed by their Swedish source, valued by their English
ERRORS = "errors"  # the messages the code raises, keyed the same way (translated when shown)
KEYED_BY_SWEDISH = (INTERFACE, ERRORS)

_current = {"lang": "sv"}


@cache
def part(name: str) -> dict[str, dict[str, str]]:
    """One file of the catalogue: key → {language → text}."""
    import tomllib  # here: the app's first paint needs no text of this catalogue

    with open(TEXTS / f"{name}.toml", "rb") as handle:
        raw = tomllib.load(handle)
    if name in KEYED_BY_SWEDISH:
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


@cache
def _message_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The error messages with {placeholders}, as patterns that match a raised message; longest first."""
    patterns = []
    for source, texts in part(ERRORS).items():
        pieces, fields = [], []
        for literal, field, _, _ in string.Formatter().parse(source):
            pieces.append(re.escape(literal))
            if field is not None:
                pieces.append(f"(?P<{field}>.*?)")
                fields.append(field)
        if fields:
            patterns.append((re.compile("".join(pieces) + r"\Z", re.DOTALL), texts["en"]))
    return sorted(patterns, key=lambda pattern: -len(pattern[0].pattern))


def translate_message(message: str, lang: str | None = None) -> str:
    """A message the code raised in Swedish, in the language: found as it is, or by its pattern with
    the filled-in parts translated too (a reason inside a message); unknown messages stay as they are."""
    lang = lang or language()
    if lang == "sv":
        return message
    known = part(ERRORS).get(message)
    if known is not None:
        return known.get(lang) or message
    for pattern, english in _message_patterns():
        match = pattern.match(message)
        if match:
            return english.format(**{k: translate_message(v, lang) for k, v in match.groupdict().items()})
    return message
