"""Undo commands on groups (themes): group notes under a label, ungroup, rename."""

from __future__ import annotations

from dialogkarta import ops
from dialogkarta.ui.commands.base import DocumentCommand


class GroupNotesCommand(DocumentCommand):
    """Put notes under a label: an existing group of that label, or a new one."""

    def __init__(self, document, *, question: str, label: str, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Gruppera lappar"))
        self.question, self.label, self.note_ids = question, label, list(note_ids)
        self.group_id: str | None = None
        self.created = False
        self.old: dict = {}

    def redo(self) -> None:
        existing = ops.find_group(self.db, question=self.question, label=self.label)
        if existing:
            self.created = False
            self.group_id = existing
            old = ops.update_notes(self.db, changes={n: {"group_id": existing} for n in self.note_ids})
            self.old = {n: values["group_id"] for n, values in old.items()}
        else:
            self.created = True
            self.group_id, self.old = ops.create_group(self.db, question=self.question, label=self.label,
                                                       note_ids=self.note_ids, group_id=self.group_id)
        self.document.notify("groups", self.note_ids)

    def undo(self) -> None:
        ops.update_notes(self.db, changes={n: {"group_id": g} for n, g in self.old.items()})
        if self.created:
            ops.delete_group(self.db, group_id=self.group_id)
        self.document.notify("groups", self.note_ids)


class UngroupCommand(DocumentCommand):
    """Take notes out of their groups; a group left without notes is removed."""

    def __init__(self, document, *, note_ids: list[str]) -> None:
        super().__init__(document, document.tr("Ta bort ur tema"))
        self.note_ids = list(note_ids)
        self.old: dict = {}
        self.removed: list[tuple[dict, dict]] = []

    def redo(self) -> None:
        wanted = set(self.note_ids)
        emptied, partial = [], []
        for question in self.document.data().questions:
            for label in question.groups:
                members = {n.id for n in question.notes if n.group == label}
                if members and members <= wanted:
                    emptied.append(ops.find_group(self.db, question=question.key, label=label))
                else:
                    partial.extend(sorted(members & wanted))
        self.old = ops.update_notes(self.db, changes={n: {"group_id": None} for n in partial}) if partial else {}
        self.removed = [ops.delete_group(self.db, group_id=g) for g in emptied if g]
        self.document.notify("groups", self.note_ids)

    def undo(self) -> None:
        for group, members in reversed(self.removed):
            ops.restore_group(self.db, group=group, members=members)
        if self.old:
            ops.update_notes(self.db, changes=self.old)
        self.document.notify("groups", self.note_ids)


class RenameGroupCommand(DocumentCommand):
    def __init__(self, document, *, question: str, label: str, new_label: str) -> None:
        super().__init__(document, document.tr("Byt namn på tema"))
        self.question, self.label, self.new_label = question, label, new_label
        self.group_id: str | None = None

    def redo(self) -> None:
        self.group_id = self.group_id or ops.find_group(self.db, question=self.question, label=self.label)
        if self.group_id is None:
            raise KeyError(self.label)
        ops.rename_group(self.db, group_id=self.group_id, label=self.new_label)
        self.document.notify("groups", None)

    def undo(self) -> None:
        ops.rename_group(self.db, group_id=self.group_id, label=self.label)
        self.document.notify("groups", None)
