"""The user's settings (QSettings): workspace folder, recent files, defaults."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths

from dialogkarta.paths import EXAMPLE_SESSIONS

if TYPE_CHECKING:  # for the annotations only
    from typing import Any

    from dialogkarta.report.unit import UnitSettings

MAX_RECENT = 8


class Settings:
    """DIALOGKARTA_SETTINGS names an ini file instead (tests never touch the user's settings)."""

    def __init__(self) -> None:
        path = os.environ.get("DIALOGKARTA_SETTINGS")
        self.store = QSettings(path, QSettings.Format.IniFormat) if path else QSettings("Dialogkarta", "Dialogkarta")

    def _get(self, key: str, default: Any = "") -> Any:
        value = self.store.value(key, default)
        return default if value is None else value

    @property
    def workspace(self) -> Path:
        stored = self._get("workspace", "")
        if stored:
            return Path(stored)
        if not getattr(sys, "frozen", False) and os.access(EXAMPLE_SESSIONS, os.W_OK):
            return EXAMPLE_SESSIONS  # running from a checkout: the examples' folder
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(base) / "Dialogkarta"

    @workspace.setter
    def workspace(self, folder: Path) -> None:
        self.store.setValue("workspace", str(folder))

    @property
    def recent(self) -> list[Path]:
        value = self._get("recent", [])
        values = [value] if isinstance(value, str) else list(value or [])
        return [Path(v) for v in values if v]

    def add_recent(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent if p != path]
        self.store.setValue("recent", paths[:MAX_RECENT])

    @property
    def default_county(self) -> str:
        return str(self._get("default_county", "Västerbottens län"))

    @default_county.setter
    def default_county(self, value: str) -> None:
        self.store.setValue("default_county", value)

    @property
    def facilitator(self) -> str:
        return str(self._get("facilitator", ""))

    @facilitator.setter
    def facilitator(self, value: str) -> None:
        self.store.setValue("facilitator", value)

    UNIT_FIELDS = ("name", "contact", "purpose", "invited", "return_address", "slide_template")

    @property
    def unit(self) -> UnitSettings:
        """The R&D unit's own texts for the documents, as a plain value (documents never import Qt)."""
        from dialogkarta.report.unit import UnitSettings

        return UnitSettings(**{key: str(self._get(f"unit/{key}", "")) for key in self.UNIT_FIELDS})

    def set_unit(self, **values: str) -> None:
        for key, value in values.items():
            if key not in self.UNIT_FIELDS:
                raise KeyError(key)
            self.store.setValue(f"unit/{key}", value)

    @property
    def language(self) -> str:
        value = str(self._get("language", "sv"))
        return value if value in ("sv", "en") else "sv"

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value)

    @property
    def first_start_done(self) -> bool:
        return str(self._get("first_start_done", "false")).lower() == "true"

    def mark_first_start_done(self) -> None:
        self.store.setValue("first_start_done", "true")
