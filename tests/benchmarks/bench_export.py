"""Export of a 300-note session: summary and base material, against python-docx writing the same texts."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from docx import Document

from dialogkarta.report.export import export_session
from dialogkarta.templates import load_template
from tests.benchmarks.generate import session


def _baseline(data, path: Path) -> None:
    document = Document()
    for question in data.questions:
        document.add_heading(question.key, 1)
        document.add_paragraph(question.summary)
        for note in question.notes:
            document.add_paragraph(note.text, style="List Bullet")
        document.add_paragraph(question.minutes)
    document.save(path)


def _median(action, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> dict[str, float]:
    data = session(0, 300)
    template = load_template("kuf")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        baseline = _median(lambda: _baseline(data, folder / "plain.docx"))
        summary = _median(lambda: export_session(data, template, kind="summary", output=folder / "s.docx"))
        material = _median(lambda: export_session(data, template, kind="material", output=folder / "m.docx"))
    return {
        "export_baseline_seconds": baseline,
        "export_summary_seconds": summary,
        "export_material_seconds": material,
        "export_ratio": (summary + material) / (2 * baseline),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
