"""The About dialog names the program, its version and every bundled library's licence."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QDialogButtonBox

from dialogkarta import __version__
from dialogkarta.ui.about_dialog import AboutDialog


def _rows(dialog) -> dict[str, tuple[str, str]]:
    tree = dialog.libraries
    return {tree.topLevelItem(i).text(0): (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
            for i in range(tree.topLevelItemCount())}


def test_about_shows_version_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.title.text()
    assert "kommundialoger" in dialog.description.text()
    rows = _rows(dialog)
    assert rows["PySide6-Essentials"] == (metadata.version("PySide6-Essentials"), "LGPL-3.0")
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert rows["reportlab"][1] == "BSD License"
    for name in ("SQLModel", "alembic", "python-docx", "python-pptx", "openpyxl", "rapidfuzz"):
        assert rows[name][0] == metadata.version(name) and rows[name][1], name
    assert "Bitstream Vera" in rows["DejaVu Sans (typsnitt)"][1]
    # Scrollable when the list is longer than the space it gets.
    dialog.resize(400, 300)
    qtbot.waitUntil(lambda: dialog.libraries.verticalScrollBar().maximum() > 0)


def test_close_button_closes(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Close).click()
    assert not dialog.isVisible()
