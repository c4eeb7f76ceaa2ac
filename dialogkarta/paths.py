"""Where the app's own files live: resources, example sessions, migrations."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    # In a PyInstaller bundle the data files sit under sys._MEIPASS.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


ROOT = _root()
RESOURCES = ROOT / "resources"
TEMPLATES = RESOURCES / "templates"
EXAMPLE_SESSIONS = ROOT / "sessions"
FONTS = RESOURCES / "fonts"
ICONS = RESOURCES / "icons"
