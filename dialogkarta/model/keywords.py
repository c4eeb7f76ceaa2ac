"""When two keywords are the same keyword: the one rule every layer matches them by."""

from __future__ import annotations


def keyword_key(keyword: str) -> str:
    """The form keywords are matched by: case-folded, runs of whitespace as one space, trimmed.

    "Barn och  unga", "barn och unga" and " BARN OCH UNGA" are one keyword; the spelling shown
    is whichever the vocabulary or the first note used.
    """
    return " ".join(keyword.casefold().split())


def same_keyword(a: str, b: str) -> bool:
    return keyword_key(a) == keyword_key(b)
