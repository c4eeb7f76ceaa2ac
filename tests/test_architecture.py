"""The layering rules of ARCHITECTURE.md hold: import-linter contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout or "0 broken" in result.stdout


def test_only_ui_and_app_mention_pyside6():
    offenders = []
    for path in (ROOT / "dialogkarta").rglob("*.py"):
        relative = path.relative_to(ROOT / "dialogkarta")
        if relative.parts[0] == "ui" or relative.name == "app.py":
            continue
        if "PySide6" in path.read_text(encoding="utf-8"):
            offenders.append(str(relative))
    assert offenders == []
