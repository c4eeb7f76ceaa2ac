"""Undo command for merging a colleague's copy of the session into the open one."""

from __future__ import annotations

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand


class MergeCopyCommand(DocumentCommand):
    """redo merges the other copy in (ops.merge_copy), undo puts the content before it back."""

    def __init__(self, document, *, other, other_label: str) -> None:
        super().__init__(document, document.tr("Slå ihop med %1").replace("%1", other_label))
        self.other, self.other_label = other, other_label
        self.before = self.report = None

    def redo(self) -> None:
        try:
            self.before, self.report = ops.merge_copy(self.db, other=self.other, own_label=self.document.path.name,
                                                      other_label=self.other_label)
        except Exception:
            self.setObsolete(True)  # nothing was merged: the step must not stay on the stack
            raise
        self.document.notify("session", None)

    def undo(self) -> None:
        ops.restore_session(self.db, data=self.before)
        self.document.notify("session", None)
