"""The county documents' texts, from the one catalogue (resources/texts/county.toml)."""

from __future__ import annotations

from dialogkarta import catalogue


def t(key: str, lang: str = "sv", **values) -> str:
    """Return a county-document text in the language, filled in."""
    return catalogue.text(f"county.{key}", lang, **values)
