"""The layering rules of docs/architecture.md hold: import-linter contracts in pyproject.toml.

Each contract is also shown to catch what it forbids: a violation is planted in a copy of the
package and the contract must break.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> tuple[int, str, dict[str, str]]:
    """Run lint-imports in root; return its status, output and each contract's KEPT/BROKEN."""
    result = subprocess.run([str(LINT), "--no-cache"], cwd=root, capture_output=True, text=True)
    output = result.stdout + result.stderr
    verdicts = dict(re.findall(r"^(.+?) (KEPT|BROKEN)$", output, flags=re.MULTILINE))
    return result.returncode, output, verdicts


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {contract["id"]: contract for contract in config["tool"]["importlinter"]["contracts"]}


def test_import_contracts_are_kept():
    status, output, verdicts = _lint(ROOT)
    assert status == 0, output
    assert set(verdicts.values()) == {"KEPT"} and len(verdicts) == len(_contracts()), output


def test_qt_contract_covers_every_layer_below_ui():
    contracts = _contracts()
    layers = contracts["layers"]["layers"]
    below_ui = layers[layers.index("ui") + 1 :]
    modules = {f"dialogkarta.{name.strip()}" for layer in below_ui for name in layer.split("|")}
    assert set(contracts["qt"]["source_modules"]) == modules
    assert not contracts["qt"].get("allow_indirect_imports", False)


PLANTS = {
    # contract id -> (file in the package, line to add); each plant must break exactly that contract
    "layers": ("store/queries.py", "from dialogkarta import ops  # planted: store reaching up into ops\n"),
    "qt": ("model/values.py", "import PySide6.QtCore  # planted\n"),
    "qt-indirect": ("report/blocks.py", "import dialogkarta.ui.language  # planted: Qt through ui\n"),
    "sql": ("report/blocks.py", "import sqlite3  # planted\n"),
    "unplaced": ("helpers.py", "VALUE = 1  # planted: a new module no layer names\n"),
}
EXPECTED_BROKEN = {
    "layers": {"layers"},
    "qt": {"qt"},
    "qt-indirect": {"layers", "qt"},
    "sql": {"sql"},
    "unplaced": {"layers"},
}


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("copy")
    shutil.copytree(ROOT / "dialogkarta", root / "dialogkarta", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_each_contract_catches_a_planted_violation(package_copy, plant):
    relative, line = PLANTS[plant]
    target = package_copy / "dialogkarta" / relative
    original = target.read_text(encoding="utf-8") if target.exists() else None
    target.write_text((original or "") + line, encoding="utf-8")
    try:
        status, output, verdicts = _lint(package_copy)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_text(original, encoding="utf-8")
    names = {contract_id: contract["name"] for contract_id, contract in _contracts().items()}
    broken = {contract_id for contract_id, name in names.items() if verdicts.get(name) == "BROKEN"}
    assert status != 0, output
    assert broken == EXPECTED_BROKEN[plant], output


def test_only_ui_and_app_mention_pyside6():
    offenders = []
    for path in (ROOT / "dialogkarta").rglob("*.py"):
        relative = path.relative_to(ROOT / "dialogkarta")
        if relative.parts[0] == "ui" or relative.name == "app.py":
            continue
        if "PySide6" in path.read_text(encoding="utf-8"):
            offenders.append(str(relative))
    assert offenders == []
