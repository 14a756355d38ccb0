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


class PageActions:
    """A page's action maker: `make(text, keys, slot, write=True)` gives a page_action that,
    when it changes something (`write`), is neither shown nor enabled for an operator who
    only reads the page."""

    def __init__(self, page: QWidget, writable: bool) -> None:
        self._page = page
        self.writable = writable

    def __call__(
        self, text: str, keys: tuple[str, ...], slot: Callable[[], object], *, write: bool = True
    ) -> QAction:
        return page_action(self._page, text, keys, slot, allowed=self.writable or not write)


def text_button(parent: QWidget, action: QAction) -> QToolButton:
    """A button showing the action's text, hidden with it."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setVisible(action.isVisible())
    return button
