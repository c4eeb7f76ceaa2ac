"""Undo commands on keywords: rename or merge across all notes, the session's vocabulary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.document import SessionDocument


class MergeKeywordsCommand(DocumentCommand):
    """Rename one keyword, or merge several into one, across all notes."""

    def __init__(self, document: SessionDocument, *, sources: list[str], target: str) -> None:
        super().__init__(document, document.tr("Slå ihop nyckelord"))
        self.sources, self.target, self.snapshot = list(sources), target, None

    def forward(self) -> None:
        self.snapshot = self.call(ops.merge_keywords, sources=self.sources, target=self.target)

    def backward(self) -> None:
        self.call(ops.restore_keywords, snapshot=self.snapshot)


class RenameKeywordCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, old: str, new: str) -> None:
        super().__init__(document, document.tr("Byt namn på nyckelord"))
        self.old, self.new, self.snapshot = old, new, None

    def forward(self) -> None:
        self.snapshot = self.call(ops.rename_keyword, old=self.old, new=self.new)

    def backward(self) -> None:
        self.call(ops.restore_keywords, snapshot=self.snapshot)


class SetVocabularyCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, keywords: list[str]) -> None:
        super().__init__(document, document.tr("Ändra nyckelordslistan"))
        self.keywords = list(keywords)
        self.old: list = []

    def forward(self) -> None:
        self.old = self.call(ops.set_vocabulary, keywords=self.keywords)

    def backward(self) -> None:
        self.call(ops.set_vocabulary, keywords=self.old)
