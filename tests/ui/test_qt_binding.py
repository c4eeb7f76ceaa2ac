"""Guard against a Qt binding that loses references to None (PySide6 6.12.0 on Python 3.11).

That build returned None from every void method without counting the reference; after a few
thousand calls Python freed None and the app aborted mid-meeting. pyproject.toml pins below it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem


def test_void_calls_keep_none_alive(qapp):
    item = QTreeWidgetItem(["a"])
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setData(0, Qt.UserRole, "x")
        item.setSelected(False)
    assert sys.getrefcount(None) >= before - 50
