"""The app as a child process for the kill tests (tests/faults, tests/merge): started, held, killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The command line with os.replace held up: what it writes is complete under its temporary name
# (it prints "partial-written") but not yet in place when the test kills it.
CLI_WITH_REPLACE_HELD = textwrap.dedent(
    """
    import os, sys, time
    real = os.replace
    def held(source, target):
        print("partial-written", flush=True)
        time.sleep(60)
        real(source, target)
    os.replace = held
    from dialogkarta.cli import main
    raise SystemExit(main(sys.argv[1:]))
    """
)


def child_env() -> dict[str, str]:
    """The environment of a child: this checkout's package first on the path."""
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def start_script(script: str, *args: object) -> subprocess.Popen:
    """Run `python -c script args…` from the repository root; its output is read line by line."""
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env=child_env())


def start_cli(*args: object) -> subprocess.Popen:
    """Run `python -m dialogkarta args…` from the repository root, its output kept from the terminal."""
    return subprocess.Popen([sys.executable, "-m", "dialogkarta", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=child_env())


def kill(process: subprocess.Popen) -> list[str]:
    """SIGKILL the child; return the lines it printed that were not read yet."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    out = process.stdout.read() if process.stdout is not None else ""
    text = out.decode() if isinstance(out, bytes) else out
    return [line.strip() for line in text.splitlines() if line.strip()]


def kill_cli_after(seconds: float, *args: object) -> None:
    """Start the command line and kill it after `seconds`, wherever it is."""
    process = start_cli(*args)
    time.sleep(seconds)
    kill(process)


def wait_for(process: subprocess.Popen, text: str, timeout: float = 60) -> list[str]:
    """Read the child's lines until one is `text`; return them (an AssertionError if it never comes)."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline() if process.stdout is not None else ""
        if not line:
            break
        seen.append(line.strip())
        if line.strip() == text:
            return seen
    raise AssertionError(f"never saw {text!r}: {seen[-5:]}")
