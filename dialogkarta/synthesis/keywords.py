"""Keyword harmonisation across sessions, and the county vocabulary that remembers decisions.

Keywords match case- and whitespace-insensitively. Near-duplicates (spelling variants,
singular/plural, missing å/ä/ö) are proposed with rapidfuzz: two keywords are proposed when
their ASCII-folded forms are equal, or their similarity ratio (rapidfuzz.fuzz.ratio, 0–100) is
at least THRESHOLD and they share their first three letters, or one is the other plus a Swedish
plural/definite ending (stems of four letters or more) — unless they differ only in a municipality's
name ("lokal modell sorsele" / "lokal modell åsele" are two things). The user's decisions (merge, keep apart) are kept in a county
vocabulary file (JSON) that later syntheses reuse.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from dialogkarta import atomic, defaults
from dialogkarta.errors import ContentProblem, FileProblem
from dialogkarta.model.keywords import keyword_key
from dialogkarta.model.values import SessionData

THRESHOLD = 85
# Swedish plural and definite endings: "nätverk"/"nätverken", "behov"/"behoven", "stöd"/"stödet"
ENDINGS = ("arna", "erna", "orna", "na", "en", "et", "er", "ar", "or", "n", "t")
FORMAT = "dialogkarta-county-vocabulary"
SUFFIX = ".dkvocab.json"


canonical = keyword_key  # the form keywords are matched by (one rule for every layer: model.keywords)


def folded(keyword: str) -> str:
    """The canonical form without diacritics (å→a, ä→a, ö→o, é→e)."""
    decomposed = unicodedata.normalize("NFKD", canonical(keyword))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Proposal:
    variant: str  # canonical form that would disappear
    target: str  # canonical form it would become
    score: float
    variant_count: int
    target_count: int


@dataclass
class CountyVocabulary:
    """Decisions on keyword variants: merges (variant → target) and pairs kept apart."""

    merges: dict[str, str] = field(default_factory=dict)
    rejected: set[frozenset[str]] = field(default_factory=set)
    path: Path | None = None

    def resolve(self, keyword: str) -> str:
        key = canonical(keyword)
        seen = set()
        while key in self.merges and key not in seen:
            seen.add(key)
            key = self.merges[key]
        return key

    def accept(self, proposal: Proposal) -> None:
        self.merges[proposal.variant] = proposal.target

    def reject(self, proposal: Proposal) -> None:
        self.rejected.add(frozenset((proposal.variant, proposal.target)))

    def decided(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.rejected or self.resolve(a) == self.resolve(b)

    @classmethod
    def load(cls, path: str | Path) -> CountyVocabulary:
        path = Path(path)
        if not path.exists():
            return cls(path=path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FileProblem(f"länsvokabulären kan inte läsas ({exc})", path=path) from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ContentProblem("filen är ingen länsvokabulär från Dialogkarta", path=path)
        if raw.get("version") != 1:
            raise ContentProblem(f"länsvokabulären har formatversion {raw.get('version')}, som den här versionen inte kan läsa", path=path)
        merges = {canonical(k): canonical(v) for k, v in raw.get("merges", {}).items()}
        rejected = {frozenset(map(canonical, pair)) for pair in raw.get("rejected", []) if len(pair) == 2}
        return cls(merges, rejected, path)

    def save(self, path: str | Path | None = None) -> Path:
        target = path or self.path
        if target is None:
            raise ValueError("save() needs a path: this vocabulary was not read from a file")
        path = Path(target)
        payload = {"format": FORMAT, "version": 1, "merges": dict(sorted(self.merges.items())),
                   "rejected": sorted(sorted(pair) for pair in self.rejected)}
        try:
            atomic.write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        except FileProblem as exc:
            raise FileProblem(f"länsvokabulären kunde inte sparas ({exc.message})", path=path) from exc
        self.path = path
        return path


def keyword_counts(sessions: list[SessionData], vocabulary: CountyVocabulary) -> Counter:
    """Notes per resolved keyword over all sessions."""
    counts: Counter = Counter()
    for data in sessions:
        for _, note in data.all_notes():
            for key in {vocabulary.resolve(k) for k in note.keywords if k.strip()}:
                counts[key] += 1
    return counts


def place_names() -> frozenset[str]:
    """The municipalities of every known county, folded: words that tell keywords apart however alike they look."""
    return frozenset(folded(m.name) for county in defaults.counties() for m in county.municipalities)


def differ_by_place(a: str, b: str, places: frozenset[str]) -> bool:
    """Whether two keywords differ only in a place name ("lokal modell sorsele" / "lokal modell åsele")."""
    words_a, words_b = folded(a).split(), folded(b).split()
    if len(words_a) != len(words_b):
        return False
    different = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    return bool(different) and all(x in places and y in places for x, y in different)


def propose(sessions: list[SessionData], vocabulary: CountyVocabulary, preferred: tuple[str, ...] = ()) -> list[Proposal]:
    """Return merge proposals for near-duplicate keywords not yet decided."""
    counts = keyword_counts(sessions, vocabulary)
    keys = sorted(counts)
    forms = [folded(k) for k in keys]
    preferred_set = {canonical(p) for p in preferred}
    proposals: list[Proposal] = []
    if len(keys) < 2:
        return proposals
    by_stem: dict[str, list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        for ending in ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 4:
                by_stem[form[: -len(ending)]].append(index)
    pairs: dict[tuple[int, int], float] = {}
    for i in range(len(keys)):  # rapidfuzz compares one keyword with all later ones in C
        matches = process.extract(forms[i], forms[i + 1:], scorer=fuzz.ratio, score_cutoff=THRESHOLD, limit=None)
        for _, score, offset in matches:
            j = i + 1 + offset
            if forms[i] == forms[j]:
                pairs[i, j] = 100.0
            elif forms[i][:3] == forms[j][:3]:
                pairs[i, j] = score
        for j in by_stem.get(forms[i], ()):  # inflected forms the ratio may find too far apart
            pairs.setdefault((min(i, j), max(i, j)), float(fuzz.ratio(forms[i], forms[j])))

    def weight(k: str) -> tuple:
        return (k in preferred_set, counts[k], k != folded(k), -len(k))

    places = place_names()
    for (i, j), score in pairs.items():
        a, b = keys[i], keys[j]
        if vocabulary.decided(a, b) or differ_by_place(a, b, places):
            continue
        target, variant = (a, b) if weight(a) >= weight(b) else (b, a)
        proposals.append(Proposal(variant, target, score, counts[variant], counts[target]))
    proposals.sort(key=lambda p: (-p.score, p.variant))
    return proposals


def vocabulary_files(inputs) -> list[Path]:
    """The county vocabularies (*.dkvocab.json) lying in the folders given as inputs."""
    found: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            found += sorted(p for p in item.iterdir() if p.name.lower().endswith(SUFFIX) and p.is_file())
    return found


def default_vocabulary_path(inputs, county: str) -> Path | None:
    """Where a new county vocabulary goes: <first folder>/<county>.dkvocab.json (None without a folder)."""
    folder = next((Path(p) for p in inputs if Path(p).is_dir()), None)
    if folder is None:
        return None
    name = "-".join(canonical(county or "lan").replace("/", " ").split()) or "lan"
    return folder / f"{name}{SUFFIX}"
