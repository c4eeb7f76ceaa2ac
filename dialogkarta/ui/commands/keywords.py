"""Undo commands on keywords: rename or merge across all notes, the session's vocabulary."""

from __future__ import annotations

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand


class MergeKeywordsCommand(DocumentCommand):
    """Rename one keyword, or merge several into one, across all notes."""

    def __init__(self, document, *, sources: list[str], target: str) -> None:
        super().__init__(document, document.tr("Slå ihop nyckelord"))
        self.sources, self.target, self.snapshot = list(sources), target, None

    def redo(self) -> None:
        self.snapshot = ops.merge_keywords(self.db, sources=self.sources, target=self.target)
        self.document.notify("vocabulary", None)

    def undo(self) -> None:
        ops.restore_keywords(self.db, snapshot=self.snapshot)
        self.document.notify("vocabulary", None)


class RenameKeywordCommand(DocumentCommand):
    def __init__(self, document, *, old: str, new: str) -> None:
        super().__init__(document, document.tr("Byt namn på nyckelord"))
        self.old, self.new, self.snapshot = old, new, None

    def redo(self) -> None:
        self.snapshot = ops.rename_keyword(self.db, old=self.old, new=self.new)
        self.document.notify("vocabulary", None)

    def undo(self) -> None:
        ops.restore_keywords(self.db, snapshot=self.snapshot)
        self.document.notify("vocabulary", None)


class SetVocabularyCommand(DocumentCommand):
    def __init__(self, document, *, keywords: list[str]) -> None:
        super().__init__(document, document.tr("Ändra nyckelordslistan"))
        self.keywords, self.old = list(keywords), []

    def redo(self) -> None:
        self.old = ops.set_vocabulary(self.db, keywords=self.keywords)
        self.document.notify("vocabulary", None)

    def undo(self) -> None:
        ops.set_vocabulary(self.db, keywords=self.old)
        self.document.notify("vocabulary", None)
