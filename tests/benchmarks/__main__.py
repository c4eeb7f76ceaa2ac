"""Run every benchmark: `python -m tests.benchmarks [name …]` from the repository root.

Each module bench_<name>.py in this folder has run() -> dict[str, float]. Every module runs in
its own Python process (one benchmark's Qt application, caches or leaked files cannot slow
down the next), and the runner prints one `name: value` line per figure, after a header with
the date and the machine. Figures are ratios against a baseline measured in the same run,
because these machines are shared and noisy. A benchmark that fails prints
`bench_x: FAILED (reason)` and the runner exits with status 1 after running the others.
"""

from __future__ import annotations

import json
import os
import pkgutil
import platform
import subprocess
import sys
import time
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
ROOT = FOLDER.parent.parent
RESULT = "@@benchmark-result "
TIMEOUT = 1800


def benchmark_names(wanted: list[str]) -> list[str]:
    """Return the bench_* modules in this folder, only those named if any are named."""
    names = sorted(m.name for m in pkgutil.iter_modules([str(FOLDER)]) if m.name.startswith("bench_"))
    return [n for n in names if not wanted or n in wanted or n.removeprefix("bench_") in wanted]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "okänd processor"


def machine_lines() -> list[str]:
    return [
        f"# date: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"# machine: {platform.platform()} · {os.cpu_count()} cores · {cpu_model()}",
        f"# python: {platform.python_version()} ({sys.executable})",
    ]


def format_value(value) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def run_one(name: str) -> tuple[dict | None, str]:
    """Run one benchmark module in a child process; return (figures, "") or (None, reason)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        result = subprocess.run([sys.executable, "-m", "tests.benchmarks", "--child", name], capture_output=True,
                                text=True, cwd=ROOT, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"more than {TIMEOUT} s"
    for line in reversed(result.stdout.splitlines()):
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT):]), ""
    lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
    return None, (lines[-1].strip() if lines else f"exit status {result.returncode}")


def child(name: str) -> int:
    """In the child process: import one module, call run(), print its figures as one JSON line."""
    import importlib

    figures = importlib.import_module(f"tests.benchmarks.{name}").run()
    clean = {str(k): (v if isinstance(v, (int, float, str)) else str(v)) for k, v in figures.items()}
    print(RESULT + json.dumps(clean), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(argv[1])
    names = benchmark_names(argv)
    unknown = [a for a in argv if a not in names and f"bench_{a}" not in names]
    if unknown:
        print(f"okända benchmarks: {', '.join(unknown)}", file=sys.stderr)
        return 2
    for line in machine_lines():
        print(line, flush=True)
    failed = False
    for name in names:
        started = time.perf_counter()
        figures, reason = run_one(name)
        if figures is None:
            failed = True
            print(f"{name}: FAILED ({reason})", flush=True)
            continue
        for key, value in figures.items():
            print(f"{key}: {format_value(value)}", flush=True)
        print(f"# {name} took {time.perf_counter() - started:.1f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
