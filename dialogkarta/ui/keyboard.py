"""Keyboard conventions shared by several widgets: leaving multi-line fields, closing windows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class _CtrlTabInsertsTab(QObject):
    """With Tab moving the focus on, Ctrl+Tab is how a tab character still gets typed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the field wants it, not a window shortcut
                return True
            if isinstance(watched, QPlainTextEdit):
                watched.insertPlainText("\t")
            return True
        return False


def tab_leaves(edit: QPlainTextEdit) -> None:
    """Tab and Shift+Tab leave a multi-line field (there is no way out by keyboard otherwise)."""
    edit.setTabChangesFocus(True)
    inserter = _CtrlTabInsertsTab(edit)
    edit.installEventFilter(inserter)


def close_keys(window: QWidget) -> None:
    """Escape and Ctrl+W close a secondary window, as they do any dialog."""
    for key in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
        # connected afterwards: PySide6 drops the context when the callable is given to the constructor
        QShortcut(key, window, context=Qt.ShortcutContext.WidgetWithChildrenShortcut).activated.connect(window.close)
