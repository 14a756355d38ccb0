"""The question asked when a room is above the guest's reception standard: why? The stay
is then tried again with the reason, which is recorded with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from reception.core.errors import DeskError
from reception.ui.messages import error_text


def ask_reason(parent: QWidget, error: DeskError, retry: Callable[[str], object]) -> QInputDialog:
    """The room is above the guest's standard: ask why, then `retry(reason)`."""
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("RoomChartPage", "Reason for the exception"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(
        QCoreApplication.translate(
            "RoomChartPage", "{message}\n\nThe reason is recorded with the stay:"
        ).format(message=error_text(error))
    )
    dialog.textValueSelected.connect(lambda text: retry(text) if text.strip() else None)
    dialog.open()
    return dialog
