"""The File menu's actions for a colleague's copy: write one, and merge one back into the open session.

Two facilitators, two laptops, no network: the copy travels as an ordinary session file on a USB
stick or a share. Merging it in is one undo step (Ctrl+Z puts the session back as it was).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dialogkarta import copies, files
from dialogkarta.errors import DialogkartaError
from dialogkarta.ui.commands.copies import MergeCopyCommand

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.document import SessionDocument


class CopiesActions(QObject):
    """Writes a copy for a colleague and merges a colleague's copy in, with dialogs on `window`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def write_copy(self, document: SessionDocument) -> Path | None:
        """Ask where, then write a complete copy of the open session there (e.g. on a USB stick)."""
        suggestion = document.path.with_name(f"{document.path.stem}-kopia.dkarta")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Skriv en kopia till kollega"), str(suggestion),
                                              self.tr("Dialogkarta-sessioner (*.dkarta)"))
        if not name:
            return None
        target = Path(name)
        title = self.tr("Kan inte skriva kopian")
        if target.resolve() == document.path.resolve():
            QMessageBox.warning(self.window, title, self.tr("%1: är den öppna sessionen själv; välj ett annat namn")
                                .replace("%1", str(target)))
            return None
        try:
            copies.write_copy(document.data(), target, overwrite=True)  # the dialog asked before replacing
        except DialogkartaError as exc:
            QMessageBox.warning(self.window, title, str(exc))
            return None
        QMessageBox.information(self.window, self.tr("Kopian är skriven"), self.tr(
            "%1 är skriven. Din kollega öppnar den, arbetar i den och ger den tillbaka; välj då "
            "Arkiv › Slå ihop med en annan kopia… så kommer båda era ändringar med.").replace("%1", str(target)))
        return target

    def merge_copy(self, document: SessionDocument, path: Path | None = None) -> bool:
        """Ask for a colleague's copy and merge it into the open session (one undo step); show the report."""
        title = self.tr("Slå ihop med en annan kopia")
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, title, str(document.path.parent),
                                                    self.tr("Dialogkarta-sessioner (*.dkarta *.json)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            if path.resolve() == document.path.resolve():
                raise DialogkartaError(self.tr("%1: är den öppna sessionen själv").replace("%1", str(path)))
            other = files.read_session(path)
            if other.id != document.data().id:
                raise DialogkartaError(self.tr("%1: är en annan session («%2»), inte en kopia av den här")
                                       .replace("%1", str(path)).replace("%2", other.title))
        except DialogkartaError as exc:
            QMessageBox.warning(self.window, title, str(exc))
            return False
        command = MergeCopyCommand(document, other=other, other_label=path.name)
        if not document.push(command):
            return False
        labels = {q.key: q.label for q in document.template.questions}
        if command.report is not None and command.before != document.data():  # the file itself says whether anything came in
            lines = [*command.report.lines(labels), self.tr("Ångra (Ctrl+Z) tar tillbaka sammanslagningen.")]
        else:
            lines = [self.tr("Kopian innehöll inget som inte redan fanns här.")]
        QMessageBox.information(self.window, title, "\n".join(lines))
        return True
