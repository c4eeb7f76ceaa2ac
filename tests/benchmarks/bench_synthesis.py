"""County synthesis at national scale (290 municipalities × 200 notes) and at a tenth of it.

synthesis_scaling = (time at full scale / time at a tenth) / 10: about 1 means the cost grows
linearly with the data. Peak memory is the process's peak resident size after the full-scale run
(ru_maxrss; tracemalloc would slow the timed run several times over).
"""

from __future__ import annotations

import tempfile
import time
import resource
from pathlib import Path

from dialogkarta import interchange
from dialogkarta.synthesis.run import prepare, write
from tests.benchmarks.generate import session


def _round(folder: Path, municipalities: int) -> float:
    for index in range(municipalities):
        interchange.write_json(session(index, 200, seed=municipalities), folder / f"s{index:03d}.json")
    start = time.perf_counter()
    run = prepare([folder], accept_proposals=True)
    write(run, folder / "county.xlsx", allow_personal_data=True)
    write(run, folder / "county.docx", allow_personal_data=True)
    return time.perf_counter() - start


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as small, tempfile.TemporaryDirectory() as large:
        small_seconds = _round(Path(small), 29)
        large_seconds = _round(Path(large), 290)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return {
        "synthesis_29_seconds": small_seconds,
        "synthesis_290_seconds": large_seconds,
        "synthesis_scaling": (large_seconds / small_seconds) / 10,
        "synthesis_peak_mb": peak / 1e6,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
