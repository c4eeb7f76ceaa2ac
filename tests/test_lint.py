"""Lint and types run in the default test run: ruff and mypy, configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-cache", "--output-format", "concise", "dialogkarta", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    result = _run("mypy")  # files and settings: [tool.mypy] in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_ruff_would_catch_an_unused_import(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("import os\n", encoding="utf-8")
    result = _run("ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(planted))
    assert result.returncode != 0 and "F401" in result.stdout


def test_mypy_would_catch_a_type_error(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("def half(n: int) -> int:\n    return n / 2\n", encoding="utf-8")
    result = _run("mypy", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(planted))
    assert result.returncode != 0 and "return-value" in result.stdout, result.stdout


def test_ruff_would_catch_an_unannotated_def_in_ui_and_app():
    planted = "def shown(self, event):\n    return event\n"
    for place, caught in (("dialogkarta/ui/planted.py", True), ("dialogkarta/app.py", True), ("dialogkarta/report/planted.py", False)):
        result = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--output-format", "concise", "--stdin-filename", place, "-"],
                                cwd=ROOT, input=planted, capture_output=True, text=True)
        assert ("ANN001" in result.stdout and "ANN201" in result.stdout) is caught, (place, result.stdout)
