"""Parse what the facilitator types into the capture field: `#ord` tokens become keywords."""

from __future__ import annotations

import re

from dialogkarta.model.keywords import keyword_key

# A keyword token: '#' followed by letters, digits, '_' or '-' (Swedish letters included).
TOKEN = re.compile(r"(?<!\w)#([\w\-]+)", re.UNICODE)


def _match_vocabulary(word: str, vocabulary: list[str] | tuple[str, ...]) -> str:
    spoken = " ".join(word.replace("_", " ").split())
    for known in vocabulary:
        if keyword_key(known) == keyword_key(spoken):
            return known
    return spoken


def parse_capture(text: str, vocabulary: list[str] | tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """Return the note text without its #tokens, and the keywords they name.

    `#barn_och_unga` names "barn och unga"; a keyword in the vocabulary keeps the
    vocabulary's spelling, whatever case was typed.
    """
    keywords: list[str] = []
    for match in TOKEN.finditer(text):
        keyword = _match_vocabulary(match.group(1), vocabulary)
        if keyword and keyword not in keywords:
            keywords.append(keyword)
    clean = " ".join(TOKEN.sub(" ", text).split())
    return clean, keywords


def current_token(text: str, cursor: int) -> tuple[int, str] | None:
    """Return (start, partial word) of the #token the cursor is in, for completion."""
    start = text.rfind("#", 0, cursor)
    if start < 0:
        return None
    word = text[start + 1 : cursor]
    if not re.fullmatch(r"[\w\-]*", word) or (start > 0 and text[start - 1].isalnum()):
        return None
    return start, word


def token_for(keyword: str) -> str:
    """Return the #token that names a keyword."""
    return "#" + "_".join(keyword.split())
