"""What only one municipality raised, found by what the notes say, not only by their keywords.

Within one question each note is reduced to its content words: split into words, proper nouns
(capitalised inside the text, or a municipality of the county) and short function words dropped,
the rest stemmed with the Swedish Snowball stemmer ("rekrytera", "rekryteringen" → "rekryter").
A word raised in many municipalities weighs little (inverse municipality frequency). A note is
*shared* when some note of another municipality covers at least COVERAGE of its weight, and
*particular* when none does — keyword or none, whatever its keywords say.

Near-linear: identical word sets are compared once, candidates come from an inverted index read
rarest word first, and at most MAX_CANDIDATES other notes are looked at per distinct note (a note
whose rare words are everywhere is found shared long before that).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

import snowballstemmer

COVERAGE = 0.5
MAX_CANDIDATES = 300
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Function words the weighting would discount anyway; dropping them keeps short notes comparable.
STOPWORDS = frozenset("""
alla allt att av bara blir de dem den denna dess det detta dig din du där efter eller en ett finns
från får för ha har hon hos hur i inom inte jag kan man med men mer mot många ni nu när och om
oss på sig sin ska som så till under upp ut utan vad var vara vi vid vår våra är än över också
mycket lite hela ofta sedan något några andra annan annat samma varje bli blev gör göra behöver behövs behöva
""".split())

_stemmer = snowballstemmer.stemmer("swedish")


def content_words(text: str, proper_nouns: frozenset[str] = frozenset(), seen: dict[str, str] | None = None) -> frozenset[str]:
    """The stemmed content words of a note, without proper nouns and function words.

    seen caches each word's outcome (its stem, or "" when it does not count) across the notes of one
    comparison: a county's notes use a few thousand words, and stemming is most of the cost.
    """
    seen = {} if seen is None else seen
    words = set()
    for index, match in enumerate(WORD.finditer(text)):
        word = match.group()
        if index and word[0].isupper() and not word.isupper():
            continue  # a name inside the text: a village, a neighbour, an authority
        stem = seen.get(word)
        if stem is None:
            folded = word.casefold()
            dropped = folded in STOPWORDS or (len(word) < 3 and not word.isupper()) or any(folded.startswith(p) for p in proper_nouns)
            stem = seen[word] = "" if dropped else _stemmer.stemWord(folded)
        if stem:
            words.add(stem)
    return frozenset(words)


def particular_notes(notes: Iterable[tuple[str, str]], *, proper_nouns: Iterable[str] = ()) -> list[bool]:
    """For (municipality, text) pairs of one question: whether each was raised by its municipality only."""
    nouns = frozenset(p.casefold() for p in proper_nouns if len(p) >= 3)
    items = list(notes)
    sets: dict[frozenset[str], set[str]] = defaultdict(set)  # distinct word set → municipalities
    keys = []
    seen: dict[str, str] = {}
    for municipality, text in items:
        words = content_words(text, nouns, seen)
        keys.append(words)
        if words:
            sets[words].add(municipality)
    places_of_word: dict[str, set[str]] = defaultdict(set)
    postings: dict[str, list[frozenset[str]]] = defaultdict(list)
    for words, places in sets.items():
        for word in words:
            places_of_word[word] |= places
            postings[word].append(words)
    total = len({m for places in sets.values() for m in places}) + 1
    weight = {w: 1 + math.log(total / len(p)) for w, p in places_of_word.items()}  # rare words count more, not all
    alone: dict[frozenset[str], bool] = {}
    for words, places in sets.items():
        if len(places) > 1:
            alone[words] = False
            continue
        needed = COVERAGE * sum(weight[w] for w in words)
        looked = 0
        found = False
        for word in sorted(words, key=lambda w: (-weight[w], w)):
            if places_of_word[word] == places:
                continue  # only this municipality uses the word: no candidate through it
            for other in postings[word]:
                if other is words or sets[other] == places:
                    continue
                looked += 1
                if sum(weight[w] for w in words & other) >= needed:
                    found = True
                    break
                if looked >= MAX_CANDIDATES:
                    break
            if found or looked >= MAX_CANDIDATES:
                break
        alone[words] = not found
    return [bool(words) and alone[words] for words in keys]
