"""Export of a 300-note session as whole processes: `dialogkarta export` against a plain python-docx script.

What the user waits for is the command, from process start to the file on disk: imports, opening
and checking the session file, building the document and writing it. The baseline is the least a
Python program can do for the same texts: import python-docx and write them as bullets under four
headings. Both run as fresh processes, alternately, and the medians are compared.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dialogkarta import files, interchange
from tests.benchmarks.generate import session

ROOT = Path(__file__).resolve().parents[2]
BASELINE = """
import json, sys
from docx import Document
questions = json.load(open(sys.argv[1], encoding="utf-8"))
document = Document()
for question in questions:
    document.add_heading(question["label"], 1)
    document.add_paragraph(question["summary"])
    for note in question["notes"]:
        document.add_paragraph(note, style="List Bullet")
    document.add_paragraph(question["minutes"])
document.save(sys.argv[2])
"""


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(repeats: int = 5) -> dict[str, float]:
    data = session(0, 300)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "session.json"
        source.write_text(interchange.dumps(data), encoding="utf-8")
        path = folder / "session.dkarta"
        files.import_json(source, path)
        texts = folder / "texts.json"
        texts.write_text(json.dumps([{"label": q.key, "summary": q.summary, "minutes": q.minutes,
                                      "notes": [n.text for n in q.notes]} for q in data.questions]), encoding="utf-8")
        commands = {
            "baseline": [sys.executable, "-c", BASELINE, str(texts), str(folder / "plain.docx")],
            "material": [sys.executable, "-m", "dialogkarta", "export", str(path), "--kind", "material",
                         "-o", str(folder / "m.docx"), "--allow-personal-data", "--force"],
            "summary": [sys.executable, "-m", "dialogkarta", "export", str(path), "--kind", "summary",
                        "-o", str(folder / "s.docx"), "--allow-personal-data", "--force"],
        }
        for command in commands.values():  # warm the disk cache and the bytecode
            _seconds(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeats):  # alternating, so a busy moment hurts all three alike
            for name, command in commands.items():
                times[name].append(_seconds(command))
    median = {name: statistics.median(values) for name, values in times.items()}
    return {
        "export_baseline_seconds": median["baseline"],
        "export_summary_seconds": median["summary"],
        "export_material_seconds": median["material"],
        "export_material_ratio": median["material"] / median["baseline"],
        "export_summary_ratio": median["summary"] / median["baseline"],
        "export_ratio": (median["summary"] + median["material"]) / (2 * median["baseline"]),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
