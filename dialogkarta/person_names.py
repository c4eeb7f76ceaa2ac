"""Likely personal names in a text: a common Swedish given name where it plausibly names a person.

The lists are shipped data (resources/names/, each file says its source). A given name is the weakest
kind of personal data the guard reports: a warning the facilitator may dismiss, never a stop. To keep
the warnings worth reading, a capitalised given name counts only where it is plausibly a person:

- not merely the first word of a sentence ("Maria berättade" is a name, but so capitalised is every
  first word; "Vi ringde Maria" is);
- or followed by a capitalised surname-like word ("Maria Svensson", also at a sentence's start),
- or preceded by a title or role ("enhetschef Maria"),
- or standing alone as a short label (a keyword or theme "Maria");
- and not after "i" ("i Fredrika" is a village).

Names that are also ordinary words or are commonly capitalised for another reason ("Bo", "Per",
"Mark", "Dag", resources/names/ordinary_words.txt) and the shipped municipalities' names count only
with a surname from the list after them or a title before them.
"""

from __future__ import annotations

import re
from functools import cache

from dialogkarta import defaults
from dialogkarta.paths import RESOURCES

NAMES = RESOURCES / "names"
# A title-case word, also a double name ("Anna-Karin"); letters only (no digits, no underscore).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Ends of a sentence, a line and a list item: the next word is capitalised anyway (not after a colon:
# Swedish goes on in lower case there).
_SENTENCE_END = re.compile(r"(?:[.!?…]|\n)[\s\"'«»”(\[*•\-–—\d.)]*$")
_LOOK_BACK = 40  # characters before a word that decide whether it starts a sentence (linear in the text)
# Surname-like: -son/-sson, -berg, -ström … (most Swedish surnames) besides the list itself.
_SURNAME_ENDING = re.compile(r"(?:s?son|sen|berg|ström|gren|lund|qvist|kvist|holm|dahl|lin|blad|bäck|mark|"
                             r"ling|man|sköld|stedt|strand|vall|by|ell|ius|éus)$")
# Titles and roles that make the next given name a person (the shipped participant roles too).
_TITLES = frozenset({
    "chef", "chefen", "kollega", "kollegan", "handläggare", "handläggaren", "socialsekreteraren", "brukare",
    "brukaren", "klient", "klienten", "mamma", "mamman", "pappa", "pappan", "fru", "herr", "dr", "doktor",
    "rektor", "ordförande", "ordföranden", "samordnare", "samordnaren", "ombud", "ombudet", "politikern",
    "sjuksköterskan", "kontaktperson", "kontaktpersonen", "assistent", "assistenten", "sekreterare",
    "boende", "patienten", "eleven", "barnet", "dottern", "sonen", "utvecklingsledare", "projektledare",
    "projektledaren", "enhetschefen", "socialchefen", "verksamhetschefen", "förvaltningschefen",
})
# "i Fredrika", "utanför Sofia": a place (villages and districts carry given names), not a person.
_PLACE_BEFORE = frozenset({"i", "utanför", "inom"})
_SHORT_LABEL_WORDS = 2  # "Kerstin", "Kerstin Berg": a keyword or theme that is a name


def _read(name: str) -> frozenset[str]:
    with open(NAMES / name, encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    return _read("given_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _read("surnames.txt")


@cache
def weak_names() -> frozenset[str]:
    """Given names that are also ordinary words or municipality names: they need a surname or a title."""
    municipalities = {m.name for county in defaults.counties() for m in county.municipalities}
    return _read("ordinary_words.txt") | (given_names() & municipalities)


@cache
def titles() -> frozenset[str]:
    return _TITLES | {role.lower() for role in defaults.roles() if " " not in role}


def _is_name(word: str) -> bool:
    """A title-case word (each part of a double name) that is a given name."""
    parts = word.split("-")
    return all(part[:1].isupper() and part[1:].islower() for part in parts) and parts[0] in given_names() and \
        all(part in given_names() for part in parts)


def _surname_like(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and (word in surnames() or bool(_SURNAME_ENDING.search(word)))


def find_names(text: str) -> list[str]:
    """Return the likely personal names in the text ("Maria" or "Maria Svensson"), in order."""
    if text == text.lower():  # most keywords and much typed text: nothing to look at (in C, not char by char)
        return []
    words = list(_WORD.finditer(text))
    short_label = len(words) <= _SHORT_LABEL_WORDS and not re.search(r"[.!?]", text)
    found = []
    for index, match in enumerate(words):
        word = match.group(0)
        if not word[:1].isupper() or not _is_name(word):
            continue
        after = words[index + 1] if index + 1 < len(words) else None
        adjacent = after is not None and text[match.end():after.start()] in (" ", "\u00a0")
        surname = after.group(0) if adjacent and after and _surname_like(after.group(0)) else None
        before = words[index - 1].group(0).lower() if index else ""
        titled = bool(before) and before in titles() and text[words[index - 1].end():match.start()].strip() in ("", ",")
        if before in _PLACE_BEFORE and not surname:
            plausible = False
        elif word in weak_names():
            plausible = bool(titled or (surname and surname in surnames()))
        else:
            start = match.start()
            before_text = "\n" + text[:start] if start < _LOOK_BACK else text[start - _LOOK_BACK:start]
            sentence_start = bool(_SENTENCE_END.search(before_text))
            plausible = bool(titled or surname or short_label or not sentence_start)
        if plausible:
            found.append(f"{word} {surname}" if surname else word)
    return found
