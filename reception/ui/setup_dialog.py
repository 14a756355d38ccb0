"""First start: name the office and create the administrator, who is then signed in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reception.core.errors import DeskError
from reception.core.security.operators import (
    SignIn,
    authenticate,
    create_first_administrator,
)
from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.db.database import Database
from reception.ui.forms.ui_setup_dialog import Ui_SetupDialog
from reception.ui.messages import error_text


class SetupDialog(QDialog):
    """Accepted once the administrator exists (with the office name, in one unit of work)
    and has signed in; `sign_in` then holds the outcome."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self._db = db
        self.sign_in: SignIn | None = None
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create and sign in"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.officeName.setFocus()

    def _refuse(self, text: str) -> None:
        self.ui.errorLabel.setText(text)

    def _create(self) -> None:
        ui = self.ui
        password = ui.password.text()
        if password != ui.passwordAgain.text():
            self._refuse(self.tr("The two passwords differ. Type the same password twice."))
            ui.passwordAgain.clear()
            ui.passwordAgain.setFocus()
            return
        login = ui.login.text().strip()
        try:
            with self._db.unit() as session:
                view = create_first_administrator(
                    session, login, ui.displayName.text() or login, password
                )
                administrator = Actor(view.id, view.login, Role.ADMINISTRATOR)
                update_settings(session, administrator, office_name=ui.officeName.text())
            with self._db.unit() as session:
                result = authenticate(session, view.login, password)
        except DeskError as error:
            self._refuse(error_text(error))
            return
        if result.error is not None:
            self._refuse(error_text(result.error))
            return
        self.sign_in = result
        self.accept()
