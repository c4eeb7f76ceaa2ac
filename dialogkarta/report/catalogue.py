"""The documents' texts, from the one catalogue (resources/texts/documents.toml). Writers take texts from here only."""

from __future__ import annotations

from dialogkarta import catalogue

SURVEY_ITEMS = ("advance_info", "purpose", "dialogue", "relevance", "useful", "facilitation")  # the default set
SURVEY_SCALE = ("1", "2", "3", "4", "5")


def text(key: str, lang: str = "sv", **values) -> str:
    """Return a document text in the language, filled in."""
    return catalogue.text(f"documents.{key}", lang, **values)


def map_text(model, key: str, **values) -> str:
    """Return a text the session's map words itself (subtitle, intro, briefing), else the catalogue's."""
    own = getattr(model, "texts", {}).get(key)
    return own.format(**values) if own and values else own or text(key, model.lang, **values)
