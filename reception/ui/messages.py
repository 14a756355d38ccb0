"""Messages a person reads: errors rendered in the shown language, and calm message boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reception.core.errors import DeskError


def qt_translate(context: str, source: str) -> str:
    """`translate(context, source)` as DeskError.render and the core's Phrases expect it."""
    return QCoreApplication.translate(context, source)


def error_text(error: DeskError) -> str:
    return error.render(qt_translate)


def show_error(parent: QWidget | None, error: DeskError | str, title: str = "") -> QMessageBox:
    """A warning box that does not block: the action already stopped, nothing changed."""
    text = error if isinstance(error, str) else error_text(error)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("Messages", "Reception desk"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
