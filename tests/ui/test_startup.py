"""The app paints its first window before the data layer (SQLAlchemy, SQLModel, pydantic, alembic) loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_LAYER = ("sqlalchemy", "sqlmodel", "pydantic", "alembic")


def test_the_window_is_painted_before_the_data_layer_is_imported_and_the_list_fills_after(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIALOGKARTA_STARTUP_PROBE": "1", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / ".config"), "PYTHONPATH": str(ROOT),
           "DIALOGKARTA_SETTINGS": str(tmp_path / "settings.ini")}
    # -X importtime writes each finished import to stderr; stdout and stderr share one pipe, so the
    # lines come in the order they happened
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "dialogkarta"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, cwd=ROOT, env=env, timeout=120)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout[-2000:]
    painted = next(i for i, line in enumerate(lines) if line.startswith("painted: "))
    _, when, peak_mb = lines[painted].split()
    assert float(when) > 0 and 20 < float(peak_mb) < 2000
    imported = [line.rsplit("|", 1)[-1].strip() for line in lines if line.startswith("import time:")]
    before = [line.rsplit("|", 1)[-1].strip() for line in lines[:painted] if line.startswith("import time:")]
    assert "dialogkarta.ui.main_window" in before
    assert not [name for name in before if name.split(".")[0] in DATA_LAYER]
    # ... and the start screen's listing loads it afterwards, on its worker thread
    assert "sqlalchemy" in imported and "dialogkarta.files" in imported
