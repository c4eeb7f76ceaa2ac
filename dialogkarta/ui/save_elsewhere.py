"""When the open file was deleted, moved or replaced: say so, and offer to save the session elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dialogkarta import files
from dialogkarta.errors import DialogkartaError

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.document import SessionDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveElsewhere", text)


def offer_save_elsewhere(parent: QWidget, document: SessionDocument, message: str) -> Path | None:
    """Show what happened; on *Spara som…* (the default) write the session to a new file and return it."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Sessionsfilen är inte längre densamma"), message, parent=parent)
    box.setInformativeText(_tr("Sessionen som den var finns kvar i programmet. Spara den som en ny fil; "
                               "filen som nu ligger på platsen lämnas orörd."))
    save = box.addButton(_tr("Spara som…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Inte nu"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)  # the safe choice: a hurried Enter keeps the session
    box.exec()
    if box.clickedButton() is not save:
        return None
    data = document.rescue_data()
    suggestion = document.path.with_name(document.path.stem + " (räddad).dkarta")
    while True:
        name, _ = QFileDialog.getSaveFileName(parent, _tr("Spara sessionen som"), str(suggestion),
                                              _tr("Dialogkarta-sessioner (*.dkarta)"))
        if not name:
            return None
        target = Path(name)
        try:
            files.write_session_file(data, target, overwrite=False)
            return target
        except DialogkartaError as exc:
            QMessageBox.warning(parent, _tr("Kan inte spara"), str(exc))
