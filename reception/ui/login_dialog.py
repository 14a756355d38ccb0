"""Sign-in: the operator's name (a list of active operators, or typed) and password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from reception.core.errors import DeskError
from reception.ui.forms.ui_login_dialog import Ui_LoginDialog
from reception.ui.messages import error_text

# The data layer is imported where it is used: at start-up the dialog is shown before it has
# loaded (reception.ui.app opens the database meanwhile, off the GUI thread).
if TYPE_CHECKING:
    from reception.core.security.operators import SignIn
    from reception.db.database import Database


class LoginDialog(QDialog):
    """Accepted once `authenticate` let an operator in; `sign_in` then holds the outcome.
    A refusal is shown in the dialog, the password is cleared and nothing else happens.

    Built with `db=None` while the database is still being opened: the operator types at
    once, `database_opened` brings the office's name and the operators' names, and a sign-in
    asked for before then waits for it (the fields greyed out) and goes ahead by itself.

    Signals:
        ready()  the database is there: signing in no longer waits
    """

    ready = Signal()

    def __init__(
        self,
        db: Database | None,
        office_name: str = "",
        login: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._db = db
        self._waiting = False
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
        if db is None:
            self._offer([], login)
        else:
            self._fill_names(login)

    def is_ready(self) -> bool:
        return self._db is not None

    def _fill_names(self, login: str) -> None:
        from reception.core.security.operators import signed_in_names

        assert self._db is not None
        try:
            with self._db.read() as session:
                names = signed_in_names(session)
        except DeskError as error:
            names = []
            self.ui.errorLabel.setText(error_text(error))
        self._offer(names, login)

    def _offer(self, names: list[str], login: str) -> None:
        self.ui.operatorCombo.addItems(names)
        if not login and len(names) == 1:
            login = names[0]
        self.ui.operatorCombo.setCurrentText(login)
        (self.ui.password if login else self.ui.operatorCombo).setFocus()

    def database_opened(self, db: Database, office_name: str, names: list[str]) -> None:
        """The database is open: offer its operators, keeping what was typed meanwhile."""
        self._db = db
        if office_name:
            self.ui.officeLabel.setText(office_name)
        combo = self.ui.operatorCombo
        typed = combo.currentText()
        untouched = not typed.strip() and not self.ui.password.text()
        combo.addItems(names)  # the first item added would replace the typed text
        if untouched:
            self._offer([], names[0] if len(names) == 1 else "")
        else:
            combo.setCurrentText(typed)
        self.ready.emit()
        if self._waiting:
            self._waiting = False
            self._set_waiting(False)
            self._sign_in()

    def _set_waiting(self, waiting: bool) -> None:
        """A short wait (the database still opening) shows as greyed fields and a busy cursor:
        nothing typed meanwhile can change what is being signed in with."""
        for widget in (self.ui.operatorCombo, self.ui.password, self.ui.buttonBox):
            widget.setEnabled(not waiting)
        if waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
            self.ui.password.setFocus()

    def done(self, result: int) -> None:
        if self._waiting:  # closed while waiting: the cursor must not stay busy
            self._waiting = False
            self._set_waiting(False)
        super().done(result)

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
        if self._db is None:
            if not self._waiting:
                self._waiting = True
                self.ui.errorLabel.clear()
                self._set_waiting(True)
            return
        from reception.ui.sign_in import try_sign_in

        result = try_sign_in(self._db, login, password, self.ui.errorLabel, self.ui.password)
        if result is None:
            return
        self.sign_in = result
        self.accept()
