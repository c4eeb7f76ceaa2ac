"""Extreme but valid sessions: does every export grow linearly with the notes and with the text?

Each kind that carries the notes is written (in this process, through report.export.export_session,
the one path the command line and the app take) for 10 000 and 100 000 notes, and for one note of
1 MB and of 10 MB. The figures are growth ratios against the smaller size in the same run:
time(100 000 notes) / (10 × time(10 000 notes)) and time(10 MB) / (10 × time(1 MB)). Linear work
gives 1 or a little less (the fixed part of an export does not grow); 1.5 or more means something
grows faster than the text. The larger sizes' seconds are reported too.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path


def one_note(characters: int):
    from tests.benchmarks.generate import long_text, session

    data = session(0, 8)
    needs = data.questions[2]
    big = dataclasses.replace(needs.notes[0], text=long_text(characters), votes=5)
    questions = [*data.questions[:2], dataclasses.replace(needs, notes=[big, *needs.notes[1:]]), *data.questions[3:]]
    return dataclasses.replace(data, questions=questions)


def _times(data, folder: Path) -> dict[str, float]:
    from dialogkarta.maps import session_template
    from dialogkarta.report.export import export_session
    from tests.benchmarks.generate import NOTE_KINDS

    template = session_template(data)
    seconds = {}
    for kind, extension in NOTE_KINDS:
        start = time.perf_counter()
        export_session(data, template, kind=kind, output=folder / f"{kind}{extension}", allow_personal_data=True)
        seconds[f"{kind}_{extension[1:]}"] = time.perf_counter() - start
    return seconds


def run() -> dict[str, float]:
    from tests.benchmarks.generate import session

    sizes = {"notes": (lambda: session(0, 10_000), lambda: session(0, 100_000)),
             "text": (lambda: one_note(1_000_000), lambda: one_note(10_000_000))}
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        _times(session(0, 100), Path(folder))  # imports and fonts loaded before anything is timed
        for name, (small, large) in sizes.items():
            before = _times(small(), Path(folder))
            after = _times(large(), Path(folder))
            for kind in before:
                figures[f"{name}_{kind}_seconds"] = after[kind]
                figures[f"{name}_{kind}_growth"] = after[kind] / (10 * before[kind])
            figures[f"{name}_all_seconds"] = sum(after.values())
            figures[f"{name}_all_growth"] = sum(after.values()) / (10 * sum(before.values()))
    return figures
