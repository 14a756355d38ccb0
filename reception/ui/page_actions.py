"""The actions and buttons of the desk's pages: a shortcut works while the page (or a child)
has focus, its first key is shown in the tooltip, and an action the operator may not use is
neither shown nor enabled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget


def page_action(
    page: QWidget,
    text: str,
    keys: tuple[str, ...],
    slot: Callable[[], object],
    *,
    allowed: bool = True,
) -> QAction:
    action = QAction(text, page)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
        shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.toolTip()} ({shown})")
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    if not allowed:
        action.setEnabled(False)
        action.setVisible(False)
    return action


def text_button(parent: QWidget, action: QAction) -> QToolButton:
    """A button showing the action's text, hidden with it."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setVisible(action.isVisible())
    return button
