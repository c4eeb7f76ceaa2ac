"""Numbers and dates as a reader writes them: "fyra frågeområden", "10 februari 2026"."""

from __future__ import annotations

from datetime import date

from dialogkarta.report.catalogue import text


def number_word(count: int, lang: str = "sv") -> str:
    """Return small numbers as words (Swedish style guides spell out up to twelve), larger ones as digits."""
    words = text("number.words", lang).split(",")
    return words[count] if 0 <= count < len(words) else str(count)


def long_date(iso: str, lang: str = "sv") -> str:
    """Return an ISO date as "10 februari 2026"; anything else unchanged."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    month = text("months", lang).split(",")[day.month - 1]
    return text("date.long", lang, day=day.day, month=month, year=day.year)


def clock(value: str) -> str:
    """Return a stored "HH:MM" as Swedish documents write times of day, "09.00"."""
    return value.replace(":", ".") if value else ""
