"""The one sign-in check the login and lock dialogs share: authenticate in its own unit of
work (so a miss is counted and audited), then show a refusal in the dialog's error line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from reception.core.errors import DeskError
from reception.core.security.operators import SignIn, authenticate
from reception.db.database import Database
from reception.ui.messages import error_text


def try_sign_in(
    db: Database, login: str, password: str, error_line: QLabel, password_field: QLineEdit
) -> SignIn | None:
    """The accepted sign-in, or None after showing why not and clearing the password."""
    try:
        with db.unit() as session:
            result = authenticate(session, login, password)
    except DeskError as error:
        error_line.setText(error_text(error))
        return None
    # The unit has committed the counted miss; now show it.
    if result.error is not None or result.actor is None:
        if result.error is not None:
            error_line.setText(error_text(result.error))
        password_field.clear()
        password_field.setFocus()
        return None
    error_line.clear()
    return result
