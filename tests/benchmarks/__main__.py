"""Run every benchmark: `python -m tests.benchmarks [name …]`; prints one `name: value` line per figure.

Each module bench_<name>.py has run() -> dict[str, float]. Figures are ratios against a baseline
measured in the same run, because these machines are noisy.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))
    wanted = [n for n in names if not argv or n.removeprefix("bench_") in argv or n in argv]
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} · {sys.platform} · Python {sys.version.split()[0]}")
    for name in wanted:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        for key, value in module.run().items():
            print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
