"""Undo and redo of the session's last change, with every platform's keys registered once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

if TYPE_CHECKING:  # for the annotations only
    from collections.abc import Iterable

    from PySide6.QtCore import QObject

    from dialogkarta.ui.document import SessionDocument

# Keys that belong to the session, never to the line edit that happens to have the focus.
SESSION_KEYS = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+E")


def _unique(sequences: Iterable[QKeySequence | str]) -> list[QKeySequence]:
    """One of each: the same key twice on one action is Qt's "Ambiguous shortcut overload"."""
    seen: set[str] = set()
    result: list[QKeySequence] = []
    for sequence in sequences:
        text = QKeySequence(sequence).toString()
        if text and text not in seen:
            seen.add(text)
            result.append(QKeySequence(sequence))
    return result


def undo_shortcuts() -> list[QKeySequence]:
    return _unique([*QKeySequence.keyBindings(QKeySequence.StandardKey.Undo), "Ctrl+Z"])


def redo_shortcuts() -> list[QKeySequence]:
    return _unique(["Ctrl+Shift+Z", "Ctrl+Y", *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)])


def undo_actions(document: SessionDocument, parent: QObject, *, undo_text: str, redo_text: str) -> tuple[QAction, QAction]:
    """Actions that undo and redo through the document (a failed write is reported, not raised)."""
    stack = document.undo_stack
    undo = QAction(undo_text, parent)
    undo.setShortcuts(undo_shortcuts())
    undo.triggered.connect(document.undo)
    redo = QAction(redo_text, parent)
    redo.setShortcuts(redo_shortcuts())
    redo.triggered.connect(document.redo)
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(lambda text: undo.setText(f"{undo_text} {text}".strip()))
    stack.redoTextChanged.connect(lambda text: redo.setText(f"{redo_text} {text}".strip()))
    return undo, redo


def is_session_key(event: QKeyEvent) -> bool:
    """Tell whether a key press is one of the session's shortcuts (see SESSION_KEYS)."""
    pressed = QKeySequence(event.keyCombination()).toString()
    return pressed in {QKeySequence(k).toString() for k in SESSION_KEYS}
