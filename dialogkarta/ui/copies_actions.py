"""The File menu's actions for a colleague's copy: write one, and merge one back into the open session.

Two facilitators, two laptops, no network: the copy travels as an ordinary session file on a USB
stick or a share. Merging it in is one undo step (Ctrl+Z puts the session back as it was).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dialogkarta import copies, files
from dialogkarta.errors import DialogkartaError
from dialogkarta.ui.commands.copies import MergeCopyCommand


def write_copy_for_colleague(parent: QWidget, document) -> Path | None:
    """Ask where, then write a complete copy of the open session there (e.g. on a USB stick)."""
    suggestion = document.path.with_name(f"{document.path.stem}-kopia.dkarta")
    target, _ = QFileDialog.getSaveFileName(parent, parent.tr("Skriv en kopia till kollega"), str(suggestion),
                                            parent.tr("Dialogkarta-sessioner (*.dkarta)"))
    if not target:
        return None
    target = Path(target)
    if target.resolve() == document.path.resolve():
        QMessageBox.warning(parent, parent.tr("Kan inte skriva kopian"),
                            parent.tr("%1: är den öppna sessionen själv; välj ett annat namn").replace("%1", str(target)))
        return None
    try:
        copies.write_copy(document.data(), target, overwrite=True)  # the dialog asked before replacing
    except DialogkartaError as exc:
        QMessageBox.warning(parent, parent.tr("Kan inte skriva kopian"), str(exc))
        return None
    QMessageBox.information(parent, parent.tr("Kopian är skriven"), parent.tr(
        "%1 är skriven. Din kollega öppnar den, arbetar i den och ger den tillbaka; välj då "
        "Arkiv › Slå ihop med en annan kopia… så kommer båda era ändringar med.").replace("%1", str(target)))
    return target


def merge_copy_into(parent: QWidget, document, path: Path | None = None) -> bool:
    """Ask for a colleague's copy and merge it into the open session (one undo step); show the report."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, parent.tr("Slå ihop med en annan kopia"),
                                                str(document.path.parent), parent.tr("Dialogkarta-sessioner (*.dkarta *.json)"))
        if not chosen:
            return False
        path = Path(chosen)
    title = parent.tr("Slå ihop med en annan kopia")
    try:
        if path.resolve() == document.path.resolve():
            raise DialogkartaError(parent.tr("%1: är den öppna sessionen själv").replace("%1", str(path)))
        other = files.read_session(path)
        if other.id != document.data().id:
            raise DialogkartaError(parent.tr("%1: är en annan session («%2»), inte en kopia av den här")
                                   .replace("%1", str(path)).replace("%2", other.title))
    except DialogkartaError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return False
    command = MergeCopyCommand(document, other=other, other_label=path.name)
    if not document.push(command):
        return False
    labels = {q.key: q.label for q in document.template.questions}
    lines = command.report.lines(labels)
    if not command.report.changed_anything:
        lines = [parent.tr("Kopian innehöll inget som inte redan fanns här.")]
    else:
        lines.append(parent.tr("Ångra (Ctrl+Z) tar tillbaka sammanslagningen."))
    QMessageBox.information(parent, title, "\n".join(lines))
    return True
