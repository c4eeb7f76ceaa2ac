"""The user guide (resources/guide/anvandarguide.md) in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from dialogkarta.paths import RESOURCES
from dialogkarta.ui.keyboard import close_keys

GUIDES = {"sv": "anvandarguide.md", "en": "user-guide.md"}


class GuideView(QWidget):
    def __init__(self, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Användarguide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Användarguide"))
        path = RESOURCES / "guide" / GUIDES.get(lang, GUIDES["sv"])
        if not path.exists():
            path = RESOURCES / "guide" / GUIDES["sv"]
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(820, 760)
        close_keys(self)
