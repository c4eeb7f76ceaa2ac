"""The county window's reading panes: each municipality's particulars, and the findings the analyst edits.

The findings are sentences generated from the figures; what the analyst writes here replaces them in
the exported report, slides and workbook (one finding per line; an empty line is dropped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.synthesis.compare import Synthesis


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FindingsView(QTabWidget):
    """Tabs beside the notes of a cell: Särskilt per kommun, Iakttagelser."""

    def __init__(self, notes: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.synthesis: Synthesis | None = None
        self.particular = QTextBrowser()
        self.particular.setAccessibleName(self.tr("Särskilt för varje kommun"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Iakttagelser"))
        self.editor.textChanged.connect(self._store)
        findings = QWidget()
        layout = QVBoxLayout(findings)
        hint = QLabel(self.tr("Meningarna är skrivna utifrån siffrorna. Ändra dem gärna före export; en iakttagelse per rad."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        self.addTab(notes, self.tr("Lappar i vald cell"))
        self.addTab(self.particular, self.tr("Särskilt per kommun"))
        self.addTab(findings, self.tr("Iakttagelser"))

    def show_synthesis(self, synthesis: Synthesis) -> None:
        """Show a new comparison (the findings are generated anew from its figures)."""
        self.synthesis = None  # not while the editor is filled
        self.editor.setPlainText("\n".join(synthesis.findings))
        labels = {q.key: q.label for q in synthesis.questions}
        parts = []
        for m in synthesis.municipalities:
            refs = synthesis.particular(m)
            if refs:
                items = "".join(f"<li>«{_escape(r.note.text)}» <i>({_escape(labels[r.question])})</i></li>" for r in refs)
                parts.append(f"<h3>{_escape(m)}</h3><ul>{items}</ul>")
        self.particular.setHtml("".join(parts) or self.tr("Ingen lapp är särskild för en enda kommun."))
        self.synthesis = synthesis

    def _store(self) -> None:
        if self.synthesis is not None:
            self.synthesis.findings = [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]
