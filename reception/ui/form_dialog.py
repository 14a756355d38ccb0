"""The part every form dialog of the desk shares: a red line for refusals under the form,
the buttons, the first of which saves, and the save itself in one unit of work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from reception.core.errors import DeskError
from reception.ui.messages import error_text
from reception.ui.session import DeskSession

T = TypeVar("T")

ERROR_STYLE = "color: #b00020;"


def error_label(dialog: QDialog) -> QLabel:
    label = QLabel(dialog)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def finish_form(
    dialog: QDialog, form: QFormLayout, ok_text: str | None, save: Callable[[], None]
) -> tuple[QLabel, QDialogButtonBox]:
    """Lay out `form`, the refusal line and OK/Cancel under it; OK (named `ok_text` when
    given) calls `save`, which closes the dialog itself when the change went in."""
    label = error_label(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    if ok_text is not None:
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(label)
    layout.addWidget(buttons)
    return label, buttons


def save_in_unit(session: DeskSession, label: QLabel, change: Callable[[Session], T]) -> T | None:
    """Run a dialog's change in one unit of work. A refusal goes on the dialog's red line
    and gives None (nothing was written); success clears the line and gives the result."""
    try:
        with session.db.unit() as unit:
            result = change(unit)
    except DeskError as error:
        label.setText(error_text(error))
        return None
    label.clear()
    return result
