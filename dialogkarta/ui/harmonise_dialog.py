"""Decide on proposed keyword merges; the decisions go into the county vocabulary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

if TYPE_CHECKING:  # for the annotations only
    from PySide6.QtWidgets import QWidget

    from dialogkarta.synthesis.keywords import CountyVocabulary, Proposal


class HarmoniseDialog(QDialog):
    """Checked proposals are merged; unchecked ones are kept apart (and not proposed again)."""

    def __init__(self, proposals: list[Proposal], vocabulary: CountyVocabulary, target: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals, self.vocabulary = proposals, vocabulary
        self.setWindowTitle(self.tr("Harmonisera nyckelord"))
        text = self.tr("Markerade förslag slås ihop; omarkerade hålls isär och föreslås inte igen.")
        if target:
            text += " " + self.tr("Besluten sparas i länsvokabulären %1 och används i nästa sammanställning.") \
                .replace("%1", str(target))
        if not proposals:
            text = self.tr("Inga nyckelord att harmonisera: alla närliggande stavningar är redan avgjorda.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Förslag"))
        for proposal in proposals:
            item = QListWidgetItem(self.tr("«%1» (%2) → «%3» (%4)").replace("%1", proposal.variant)
                                   .replace("%2", str(proposal.variant_count)).replace("%3", proposal.target)
                                   .replace("%4", str(proposal.target_count)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, buttons):
            layout.addWidget(widget)
        self.resize(560, 420)

    def accept(self) -> None:
        for index, proposal in enumerate(self.proposals):
            if self.list.item(index).checkState() == Qt.CheckState.Checked:
                self.vocabulary.accept(proposal)
            else:
                self.vocabulary.reject(proposal)
        super().accept()
