"""Undo commands on groups (themes): group notes under a label, ungroup, rename."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.ui.document import SessionDocument


class GroupNotesCommand(DocumentCommand):
    """Put notes under a label: an existing theme of that label, or a new one (ops decides)."""

    def __init__(self, document: SessionDocument, *, question: str, label: str, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Gruppera lappar"))
        self.question, self.label, self.note_ids = question, label, list(note_ids)
        self.snapshot: ops.GroupingSnapshot | None = None

    def forward(self) -> None:
        created = self.snapshot.created if self.snapshot else None  # redo recreates the same theme id
        self.snapshot = self.call(ops.group_notes, question=self.question, label=self.label,
                                  note_ids=self.note_ids, group_id=created)

    def backward(self) -> None:
        self.call(ops.restore_grouping, snapshot=self.snapshot)


class UngroupCommand(DocumentCommand):
    """Take notes out of their themes; a theme left without notes is removed (by ops)."""

    def __init__(self, document: SessionDocument, *, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Ta bort ur tema"))
        self.note_ids = list(note_ids)
        self.snapshot: ops.GroupingSnapshot | None = None

    def forward(self) -> None:
        self.snapshot = self.call(ops.ungroup_notes, note_ids=self.note_ids)

    def backward(self) -> None:
        self.call(ops.restore_grouping, snapshot=self.snapshot)


class VoteThemeCommand(DocumentCommand):
    """Votes on a theme itself (the room agrees the theme matters), beside its notes' votes."""

    def __init__(self, document: SessionDocument, *, question: str, label: str, step: int) -> None:
        super().__init__(document, document.tr("Rösta på tema"))
        self.question, self.label, self.step = question, label, step
        self.group_id: str | None = None
        self.old = 0

    def forward(self) -> None:
        self.group_id = self.group_id or ops.find_group(self.db, question=self.question, label=self.label)
        if self.group_id is None:
            raise KeyError(self.label)
        self.old = self.call(ops.vote_theme, group_id=self.group_id, step=self.step)

    def backward(self) -> None:
        self.call(ops.set_theme_votes, group_id=self.group_id, votes=self.old)


class FoldThemeCommand(DocumentCommand):
    """Fold a theme to its label, or unfold it; kept in the session file (revision 0008)."""

    def __init__(self, document: SessionDocument, *, question: str, label: str, folded: bool) -> None:
        super().__init__(document, document.tr("Fäll ihop temat") if folded else document.tr("Fäll ut temat"))
        self.question, self.label, self.folded = question, label, folded
        self.group_id: str | None = None
        self.old = False

    def forward(self) -> None:
        self.group_id = self.group_id or ops.find_group(self.db, question=self.question, label=self.label)
        if self.group_id is None:
            raise KeyError(self.label)
        self.old = self.call(ops.fold_theme, group_id=self.group_id, folded=self.folded)

    def backward(self) -> None:
        self.call(ops.fold_theme, group_id=self.group_id, folded=self.old)


class RenameGroupCommand(DocumentCommand):
    def __init__(self, document: SessionDocument, *, question: str, label: str, new_label: str) -> None:
        super().__init__(document, document.tr("Byt namn på tema"))
        self.question, self.label, self.new_label = question, label, new_label
        self.group_id: str | None = None

    def forward(self) -> None:
        self.group_id = self.group_id or ops.find_group(self.db, question=self.question, label=self.label)
        if self.group_id is None:
            raise KeyError(self.label)
        self.call(ops.rename_group, group_id=self.group_id, label=self.new_label)

    def backward(self) -> None:
        self.call(ops.rename_group, group_id=self.group_id, label=self.label)
