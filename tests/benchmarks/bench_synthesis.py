"""County synthesis at national scale (290 municipalities × 200 notes) and at a tenth of it.

synthesis_scaling = (time at full scale / time at a tenth) / 10: about 1 means the cost grows
linearly with the data. Peak memory is the process's peak resident size after the full-scale run
(ru_maxrss; tracemalloc would slow the timed run several times over).

Keywords are not only the 40 of the default vocabulary: every municipality also has two local
keywords of its own and spells a tenth of its keywords differently (no å/ä/ö, a plural or
definite form, capitals), so the number of distinct keywords, and the harmonisation's all-pairs
comparison, grows with the number of municipalities as it would in a real national round.
"""

from __future__ import annotations

import random
import resource
import tempfile
import time
import unicodedata
from pathlib import Path

from dialogkarta import interchange
from dialogkarta.synthesis.run import prepare, write
from tests.benchmarks.generate import session

SYLLABLES = ("ren", "gruv", "skog", "fjäll", "hamn", "bruk", "myr", "sjö", "älv", "by", "lapp", "kust", "dal", "ås",
             "mark", "vind", "berg", "näs", "torp", "holm")


def _variant(keyword: str, rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return "".join(c for c in unicodedata.normalize("NFKD", keyword) if not unicodedata.combining(c))
    if kind == 1:
        return keyword + ("en" if keyword[-1] not in "aeiouyåäö" else "n")
    return keyword.capitalize() + " "


def _spread(data, index: int, rng: random.Random) -> None:
    """Give the session local keywords and spelling variants (see the module text)."""
    local = ["".join(rng.sample(SYLLABLES, 3)) + rng.choice(("arbete", "näring", "frågor")) for _ in range(2)]
    for _, note in data.all_notes():
        roll = rng.random()
        if note.keywords and roll < 0.1:
            note.keywords = [_variant(k, rng) for k in note.keywords]
        elif roll < 0.15:
            note.keywords = [*note.keywords, rng.choice(local)]


def _round(folder: Path, municipalities: int) -> float:
    for index in range(municipalities):
        data = session(index, 200, seed=municipalities)
        _spread(data, index, random.Random(index))
        interchange.write_json(data, folder / f"s{index:03d}.json")
    start = time.perf_counter()
    run = prepare([folder], accept_proposals=True)
    prepared = time.perf_counter()
    write(run, folder / "county.xlsx", allow_personal_data=True)
    workbook = time.perf_counter()
    write(run, folder / "county.docx", allow_personal_data=True)
    done = time.perf_counter()
    cells = sum(len(q.themes) for q in run.synthesis.questions) * (len(run.synthesis.municipalities) + 3)
    return {"seconds": done - start, "prepare": prepared - start, "xlsx": workbook - prepared, "docx": done - workbook,
            "matrix_cells": cells}


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as warm:  # imports and first-use caches are not part of either figure
        _round(Path(warm), 2)
    with tempfile.TemporaryDirectory() as small, tempfile.TemporaryDirectory() as large:
        tenth = _round(Path(small), 29)
        full = _round(Path(large), 290)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    figures = {
        "synthesis_29_seconds": tenth["seconds"],
        "synthesis_290_seconds": full["seconds"],
        "synthesis_scaling": (full["seconds"] / tenth["seconds"]) / 10,
        "synthesis_peak_mb": peak / 1e6,
    }
    # Where the time goes: merging and comparing grow with the notes (10×); the Nyckelord sheet grows
    # with keywords × municipalities, and local keywords make it grow much faster than the notes.
    for phase in ("prepare", "xlsx", "docx"):
        figures[f"synthesis_{phase}_scaling"] = (full[phase] / tenth[phase]) / 10
    figures["synthesis_matrix_cells_ratio"] = full["matrix_cells"] / tenth["matrix_cells"]
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
