"""Sign-in: the operator's name (a list of active operators, or typed) and password."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reception.core.errors import DeskError
from reception.core.security.operators import SignIn, signed_in_names
from reception.db.database import Database
from reception.ui.forms.ui_login_dialog import Ui_LoginDialog
from reception.ui.messages import error_text
from reception.ui.sign_in import try_sign_in


class LoginDialog(QDialog):
    """Accepted once `authenticate` let an operator in; `sign_in` then holds the outcome.
    A refusal is shown in the dialog, the password is cleared and nothing else happens."""

    def __init__(
        self, db: Database, office_name: str = "", login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._db = db
        self.sign_in: SignIn | None = None
        if office_name:
            self.ui.officeLabel.setText(office_name)
        heading = QFont(self.ui.officeLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        heading.setBold(True)
        self.ui.officeLabel.setFont(heading)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill_names(login)

    def _fill_names(self, login: str) -> None:
        try:
            with self._db.read() as session:
                names = signed_in_names(session)
        except DeskError as error:
            names = []
            self.ui.errorLabel.setText(error_text(error))
        self.ui.operatorCombo.addItems(names)
        if not login and len(names) == 1:
            login = names[0]
        self.ui.operatorCombo.setCurrentText(login)
        (self.ui.password if login else self.ui.operatorCombo).setFocus()

    def _sign_in(self) -> None:
        login = self.ui.operatorCombo.currentText().strip()
        password = self.ui.password.text()
        if not login:
            self.ui.errorLabel.setText(self.tr("Enter or choose your sign-in name."))
            self.ui.operatorCombo.setFocus()
            return
        if not password:
            # Enter in the name field moves on instead of counting a failed sign-in.
            self.ui.errorLabel.clear()
            self.ui.password.setFocus()
            return
        result = try_sign_in(self._db, login, password, self.ui.errorLabel, self.ui.password)
        if result is None:
            return
        self.sign_in = result
        self.accept()
