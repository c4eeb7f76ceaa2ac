"""Undo command for merging a colleague's copy of the session into the open one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand

if TYPE_CHECKING:  # for the annotations only
    from dialogkarta.merge import MergeReport
    from dialogkarta.model.values import SessionData
    from dialogkarta.ui.document import SessionDocument


class MergeCopyCommand(DocumentCommand):
    """forward merges the other copy in (ops.merge_copy), backward puts the content before it back."""

    def __init__(self, document: SessionDocument, *, other: SessionData, other_label: str) -> None:
        super().__init__(document, document.tr("Slå ihop med %1").replace("%1", other_label))
        self.other, self.other_label = other, other_label
        self.before: SessionData | None = None
        self.report: MergeReport | None = None

    def forward(self) -> None:
        self.before, self.report = self.call(ops.merge_copy, other=self.other, own_label=self.document.path.name,
                                             other_label=self.other_label)

    def backward(self) -> None:
        assert self.before is not None  # undone only after it was done
        self.call(ops.restore_session, data=self.before)
